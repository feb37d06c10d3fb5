// The social workers' section, orientation shares and transfers between confidential bodies.
#include <algorithm>

#include "auth/grant.h"
#include "followup/repository.h"
#include "followup/service.h"
#include "followup/sharing_repository.h"

namespace vigie {
namespace repo = followup_repository;

namespace {

const char* kSocialOnly = "Section réservée aux travailleurs sociaux désignés sur le dossier "
                          "(secret partagé, CASF L.121-6-2).";

bool in_scope(const std::vector<std::string>& scope, std::string_view part) {
  return std::ranges::find(scope, part) != scope.end();
}

/// What a body the record was shared with may see: the summary, and only the listed parts.
FollowUp scoped(FollowUp f, const std::vector<std::string>& scope) {
  f.access = "partage";
  f.shared_scope = scope;
  if (!in_scope(scope, "identite")) {
    f.last_name.clear();
    f.first_name.clear();
    f.birth_date.reset();
    f.representatives.clear();
  }
  if (!in_scope(scope, "situation")) f.situation.reset();
  if (!in_scope(scope, "parcours")) f.actions.clear();
  f.sensitive_note.reset();
  f.sensitive_justification.reset();
  f.social_professionals.clear();
  f.social_readable = false;
  f.shares.clear();
  return f;
}

}  // namespace

Result<std::optional<FollowUp>> FollowUpService::shared_view(Connection& conn, const Actor& actor,
                                                             std::int64_t id) {
  auto found = TRY(repo::find(conn, id));
  if (!found || found->status != "suivi" || !actor.second_factor ||
      !actor.can(Permission::followup_access, found->territory_id) ||
      TRY(governance_.is_signatory_in(conn, actor, found->body_id))) {
    return std::optional<FollowUp>();
  }
  std::vector<std::string> scope;
  bool shared = false;
  for (const FollowUpShare& s : found->shares) {
    if (s.kind != "orientation" || s.ended_on || s.state != grant::kConfirmed) continue;
    if (!TRY(governance_.is_signatory_in(conn, actor, s.body_id))) continue;
    shared = true;
    for (const auto& part : s.scope)
      if (!in_scope(scope, part)) scope.push_back(part);
  }
  if (!shared) return std::optional<FollowUp>();
  return std::optional<FollowUp>(scoped(std::move(*found), scope));
}

Result<Body> FollowUpService::destination(Connection& conn, const FollowUp& f,
                                          std::int64_t body_id) {
  auto body = TRY(governance_.body_in(conn, body_id));
  if (!body || body->territory_id != f.territory_id || body->confidentiality != "confidentiel" ||
      body->id == f.body_id) {
    return Error::invalid("Choisissez une autre instance confidentielle du territoire.", "body_id");
  }
  return std::move(*body);
}

Result<FollowUp> FollowUpService::load_social(Connection& conn, const Actor& actor, std::int64_t id,
                                              const char* what, Refusal& refusal) {
  FollowUp f = TRY(load_entitled(conn, actor, id, what, refusal));
  if (!f.social_readable) {
    refusal = {f.territory_id, id, what};
    return Error::forbidden(kSocialOnly);
  }
  return f;
}

Result<std::vector<SocialNote>> FollowUpService::social_notes(const Actor& actor, std::int64_t id) {
  std::vector<SocialNote> notes;
  auto done = guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_social(conn, actor, id, "lecture_secret_social", refusal));
    notes = TRY(repo::social_notes(conn, id));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "lecture_secret_social"));
    return f;
  });
  if (!done) return done.error();
  return notes;
}

Result<std::vector<SocialNote>> FollowUpService::add_social_note(const Actor& actor,
                                                                 std::int64_t id, SocialNote note) {
  std::vector<SocialNote> notes;
  auto done = guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_social(conn, actor, id, "ecriture_secret_social", refusal));
    if (note.note_date > today() || note.note_date < f.referral_date) {
      return Error::invalid("La note se date entre la saisine et aujourd'hui.", "note_date");
    }
    note.author = actor.display_name;
    TRY_VOID(repo::insert_social_note(conn, id, note));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "ecriture_secret_social"));
    // The answer shows the section again: a read, journaled as one, in the same transaction.
    notes = TRY(repo::social_notes(conn, id));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "lecture_secret_social"));
    return f;
  });
  if (!done) return done.error();
  return notes;
}

Result<FollowUp> FollowUpService::share(const Actor& actor, std::int64_t id, FollowUpShare s) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_entitled(conn, actor, id, "partage", refusal));
    Body body = TRY(destination(conn, f, s.body_id));
    s.followup_id = id;
    s.kind = "orientation";
    s.shared_on = today();
    s.shared_by = actor.display_name;
    s.state = std::string(grant::kPending);  // the earlier scope stands until it is confirmed
    s.requested_by = actor.user_id;
    TRY_VOID(repo::insert_share(conn, s));
    std::string scope;
    for (const auto& part : s.scope)
      scope += (scope.empty() ? "" : ", ") + part;
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "acces.demande",
                                "partage vers « " + body.name + " » (" + scope +
                                    ") — demandé par " + actor.display_name));
    return reload(conn, actor, id);
  });
}

Result<FollowUp> FollowUpService::end_share(const Actor& actor, std::int64_t share_id) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    auto s = TRY(repo::find_share(conn, share_id));
    if (!s) return Error::not_found("Partage introuvable.");
    FollowUp f = TRY(load_entitled(conn, actor, s->followup_id, "fin_partage", refusal));
    if (!TRY(repo::end_share(conn, share_id, today()))) {
      return Error::conflict("Ce partage est déjà terminé.");
    }
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, f.id, "fin_partage",
                                "avec « " + s->body_name + " »"));
    return reload(conn, actor, f.id);
  });
}

Result<FollowUp> FollowUpService::transfer(const Actor& actor, std::int64_t id,
                                           std::int64_t body_id, const std::string& reason) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_entitled(conn, actor, id, "transfert", refusal));
    Body body = TRY(destination(conn, f, body_id));
    // The record moves once another signatory confirms.
    FollowUpShare asked{0,
                        id,
                        body.id,
                        body.name,
                        "transfert",
                        {kShareScopes.begin(), kShareScopes.end()},
                        reason,
                        today(),
                        actor.display_name,
                        std::nullopt,
                        std::string(grant::kPending),
                        actor.user_id,
                        ""};
    TRY_VOID(repo::insert_share(conn, asked));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "acces.demande",
                                "transfert vers « " + body.name + " » — demandé par " +
                                    actor.display_name));
    return reload(conn, actor, id);
  });
}

Result<FollowUp> FollowUpService::decide_share(const Actor& actor, std::int64_t share_id,
                                               const std::string& decision) {
  if (!grant::is_decision(decision)) {
    return Error::invalid("Choisissez « confirme » ou « refuse ».", "decision");
  }
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    auto s = TRY(repo::find_share(conn, share_id));
    if (!s) return Error::not_found("Partage introuvable.");
    FollowUp f = TRY(load_entitled(conn, actor, s->followup_id, "partage", refusal));
    TRY_VOID(grant::check_decider(actor, {s->requested_by, std::nullopt}, s->state));
    if (!TRY(repo::decide_share(conn, share_id, decision, actor.user_id))) {
      return Error::conflict("Ce changement n'est plus en attente.");
    }
    bool confirmed = decision == grant::kConfirmed;
    bool transfer = s->kind == "transfert";
    TRY_VOID(journal_.record_in(
        conn, actor, f.territory_id, f.id, confirmed ? "acces.confirme" : "acces.refuse",
        std::string(transfer ? "transfert" : "partage") + " vers « " + s->body_name +
            " » — demandé par " + s->shared_by + ", " + (confirmed ? "confirmé" : "refusé") +
            " par " + actor.display_name));
    if (!confirmed) return reload(conn, actor, f.id);
    TRY_VOID(repo::end_shares_to(conn, f.id, s->body_id, today(), share_id));
    if (!transfer) return reload(conn, actor, f.id);
    TRY_VOID(repo::move_to_body(conn, f.id, s->body_id));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, f.id, "transfert",
                                "de « " + f.body_name + " » vers « " + s->body_name + " »"));
    // The sender is no longer entitled to the record: the answer says where it went, no more.
    FollowUp moved = scoped(std::move(*TRY(repo::find(conn, f.id))), {});
    moved.access = "transfere";
    return moved;
  });
}

}  // namespace vigie
