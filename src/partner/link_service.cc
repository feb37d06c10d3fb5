// Who confirms an account ↔ contact link (issue 12 §1): the link lets an account act as a
// directory person — a member of a confidential body, a social professional named on a record —
// so it opens nothing until another administrator or coordonnateur of the territory confirms it.
#include <algorithm>

#include "auth/grant.h"
#include "partner/repository.h"
#include "partner/service.h"

namespace vigie {
namespace repo = partner_repository;

namespace {

std::string describe(const Contact& c) {
  return "compte « " + (c.account_name.empty() ? "?" : c.account_name) + " » lié au contact « " +
         c.name + " »";
}

Result<std::int64_t> territory_of(Connection& conn, const Contact& c) {
  auto organisation = TRY(repo::find(conn, c.organisation_id));
  if (!organisation) return Error::not_found("Organisation introuvable.");
  return organisation->territory_id;
}

}  // namespace

void PartnerService::stage_link(const Actor& actor, const std::optional<Contact>& before,
                                Contact& c) {
  if (before && before->user_id == c.user_id) {  // unchanged: keeps its state
    c.link_state = before->link_state;
    c.link_requested_by = before->link_requested_by;
    c.link_decided_by = before->link_decided_by;
    return;
  }
  c.link_decided_by.reset();
  c.link_requested_by = c.user_id ? std::optional(actor.user_id) : std::nullopt;
  // No account: nothing to confirm.
  c.link_state = std::string(c.user_id ? grant::kPending : grant::kConfirmed);
}

Result<void> PartnerService::journal_link(Connection& conn, const Actor& actor,
                                          std::int64_t territory_id,
                                          const std::optional<Contact>& before,
                                          const Contact& stored) {
  if (before && before->user_id == stored.user_id) return success();
  if (before && before->user_id) {
    TRY_VOID(chained_.record_in(conn, actor, territory_id, std::nullopt, "acces.retire",
                                describe(*before) + " — lien retiré par " + actor.display_name));
  }
  if (!stored.user_id) return success();
  return chained_.record_in(conn, actor, territory_id, std::nullopt, "acces.demande",
                            describe(stored) + " — demandé par " + actor.display_name);
}

Result<std::vector<std::int64_t>>
PartnerService::link_deciders(Connection& conn, std::int64_t territory_id, const Contact& c) {
  return grant::others(TRY(grant::holders(conn, territory_id, Permission::partner_write)),
                       {c.link_requested_by, c.user_id});
}

Result<Contact> PartnerService::with_note(Connection& conn, std::int64_t territory_id, Contact c) {
  if (c.link_state == grant::kPending && TRY(link_deciders(conn, territory_id, c)).empty()) {
    c.link_note = grant::kNobodyElse;
  }
  return c;
}

Result<Contact> PartnerService::decide_link(const Actor& actor, std::int64_t contact_id,
                                            const std::string& decision) {
  if (!grant::is_decision(decision)) {
    return Error::invalid("Choisissez « confirme » ou « refuse ».", "decision");
  }
  return db_.in_transaction([&](Connection& conn) -> Result<Contact> {
    Contact c = TRY(load_contact_checked(conn, actor, contact_id));
    std::int64_t territory_id = TRY(territory_of(conn, c));
    TRY_VOID(grant::check_decider(actor, {c.link_requested_by, c.user_id}, c.link_state));
    auto deciders = TRY(link_deciders(conn, territory_id, c));
    if (std::ranges::find(deciders, actor.user_id) == deciders.end()) {
      return Error::forbidden("Un autre administrateur ou coordonnateur du territoire confirme ce "
                              "lien.");
    }
    std::string requested_by = c.link_requested_by_name;
    c.link_state = decision;
    c.link_decided_by = actor.user_id;
    if (!TRY(repo::update_contact(conn, c, c.version))) return Error::stale_version();
    bool confirmed = decision == grant::kConfirmed;
    TRY_VOID(chained_.record_in(
        conn, actor, territory_id, std::nullopt, confirmed ? "acces.confirme" : "acces.refuse",
        describe(c) + " — demandé par " + requested_by + ", " +
            (confirmed ? "confirmé" : "refusé") + " par " + actor.display_name));
    return std::move(*TRY(repo::find_contact(conn, contact_id)));
  });
}

Result<void> PartnerService::suspend_links(const Actor& actor, std::int64_t user_id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    for (Contact c : TRY(repo::contacts_of_account(conn, user_id))) {
      std::int64_t territory_id = TRY(territory_of(conn, c));
      c.link_state = std::string(grant::kPending);
      c.link_requested_by = actor.user_id;
      c.link_decided_by.reset();
      if (!TRY(repo::update_contact(conn, c, c.version))) return Error::stale_version();
      TRY_VOID(chained_.record_in(conn, actor, territory_id, std::nullopt, "acces.suspendu",
                                  describe(c) +
                                      " — à confirmer de nouveau après la "
                                      "réinitialisation faite par " +
                                      actor.display_name));
    }
    return success();
  });
}

}  // namespace vigie
