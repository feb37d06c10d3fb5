// Who confirms a change that opens a confidential body's content (issue 12 §1): a new member, a
// new charter date or a return waits until another entitled person decides; every step goes to
// the chained journal with both people.
#include <algorithm>

#include "auth/grant.h"
#include "governance/repository.h"
#include "governance/service.h"

namespace vigie {
namespace repo = governance_repository;

namespace {

std::string describe(const Body& body, const BodyMember& m) {
  return "membre « " + m.contact_name + " » (" + m.organisation_name + ") de « " + body.name + " »";
}

bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::ranges::find(ids, id) != ids.end();
}

}  // namespace

bool GovernanceService::opens_access(const Body& body, const BodyMember& before,
                                     const BodyMember& after) {
  if (!confidential(body) || !after.charter_signed_on) return false;
  if (after.charter_signed_on != before.charter_signed_on) return true;
  if (!before.left_on) return false;
  return !after.left_on || *after.left_on > *before.left_on;
}

void GovernanceService::mark_pending(const Actor& actor, BodyMember& m) const {
  m.access_state = std::string(grant::kPending);
  m.access_requested_by = actor.user_id;
  m.access_requested_at = format_timestamp(clock_.now());
  m.access_decided_by.reset();
  m.access_decided_at.reset();
}

Result<void> GovernanceService::journal_access(Connection& conn, const Actor& actor,
                                               const Body& body, const BodyMember& m,
                                               const std::string& action,
                                               const std::string& detail) {
  return chained_.record_in(conn, actor, body.territory_id, std::nullopt, action,
                            describe(body, m) + detail);
}

Result<std::vector<std::int64_t>>
GovernanceService::member_deciders(Connection& conn, const Body& body, const BodyMember& m) {
  grant::Parties parties{m.access_requested_by, m.account_id};
  // The body's own confirmed signatories decide; only a body without any (its first members)
  // falls back to the territory's administrators and coordonnateurs.
  auto signatories =
      grant::others(TRY(repo::confirmed_signatory_accounts(conn, body.id, today())), parties);
  if (!signatories.empty()) return signatories;
  return grant::others(TRY(grant::holders(conn, body.territory_id, Permission::governance_write)),
                       parties);
}

Result<void> GovernanceService::annotate_pending(Connection& conn, Body& body) {
  for (BodyMember& m : body.members) {
    if (m.access_state != grant::kPending) continue;
    if (TRY(member_deciders(conn, body, m)).empty()) m.access_note = grant::kNobodyElse;
  }
  return success();
}

Result<BodyMember> GovernanceService::with_note(Connection& conn, const Body& body,
                                                BodyMember member) {
  if (member.access_state == grant::kPending && TRY(member_deciders(conn, body, member)).empty()) {
    member.access_note = grant::kNobodyElse;
  }
  return member;
}

Result<BodyMember> GovernanceService::decide_member(const Actor& actor, std::int64_t member_id,
                                                    const std::string& decision) {
  if (!grant::is_decision(decision)) {
    return Error::invalid("Choisissez « confirme » ou « refuse ».", "decision");
  }
  return db_.in_transaction([&](Connection& conn) -> Result<BodyMember> {
    auto current = TRY(repo::find_member(conn, member_id));
    if (!current) return Error::not_found("Membre introuvable.");
    Body body = TRY(load_checked(conn, actor, current->body_id, Permission::governance_read));
    BodyMember m = std::move(*current);
    TRY_VOID(grant::check_decider(actor, {m.access_requested_by, m.account_id}, m.access_state));
    if (!contains(TRY(member_deciders(conn, body, m)), actor.user_id)) {
      return Error::forbidden("Seul un membre signataire de l'instance — ou, pour ses premiers "
                              "membres, un autre administrateur ou coordonnateur du territoire — "
                              "confirme cet accès.");
    }
    std::string requested_by = m.access_requested_by_name;
    m.access_state = decision;
    m.access_decided_by = actor.user_id;
    m.access_decided_at = format_timestamp(clock_.now());
    if (!TRY(repo::update_member(conn, m, m.version))) return Error::stale_version();
    TRY_VOID(journal_access(conn, actor, body, m,
                            decision == grant::kConfirmed ? "acces.confirme" : "acces.refuse",
                            " — demandé par " + requested_by + ", " +
                                (decision == grant::kConfirmed ? "confirmé" : "refusé") + " par " +
                                actor.display_name));
    return std::move(*TRY(repo::find_member(conn, member_id)));
  });
}

}  // namespace vigie
