#include "followup/service.h"

#include <algorithm>
#include <map>
#include <set>

#include "auth/second_factor.h"
#include "core/dates.h"
#include "core/text.h"
#include "followup/repository.h"
#include "followup/sharing_repository.h"

namespace vigie {
namespace repo = followup_repository;

namespace {
const char* kRefused = "Dossier réservé aux membres de l'instance qui le suit, signataires de la "
                       "charte déontologique.";

std::string first_character(const std::string& s) {
  if (s.empty()) return "";
  std::size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
    ++n;
  return s.substr(0, n);
}
}  // namespace

std::string age_band(const std::optional<std::string>& birth_date, std::string_view today) {
  if (!birth_date) return "âge inconnu";
  int age = months_between(*birth_date, today) / 12;
  if (age < 13) return "moins de 13 ans";
  if (age < 16) return "13-15 ans";
  if (age < 18) return "16-17 ans";
  if (age <= 25) return "18-25 ans";
  return "plus de 25 ans";
}

std::string initials(const std::string& first_name, const std::string& last_name) {
  return first_character(first_name) + ". " + first_character(last_name) + ".";
}

std::string FollowUpService::today() const { return date_of(clock_.now()); }

Result<void> require_second_factor(const Actor& actor) {
  if (actor.second_factor) return success();
  return Error::forbidden("Les dossiers de suivi demandent la double authentification : activez-la "
                          "dans « Mon compte », puis reconnectez-vous avec votre code.");
}

Result<FollowUp> FollowUpService::load_entitled(Connection& conn, const Actor& actor,
                                                std::int64_t id, const char* what,
                                                Refusal& refusal) {
  auto found = TRY(repo::find(conn, id));
  // A territory where the actor holds no role: the record's existence is not revealed.
  if (!found || !actor.roles.contains(found->territory_id)) {
    return Error::not_found("Dossier introuvable.");
  }
  // Every refusal past this point is about a record the actor tried to reach: journaled.
  auto refuse = [&](Error e) -> Error {
    refusal = {found->territory_id, id, what};
    return e;
  };
  if (!actor.can(Permission::followup_access, found->territory_id)) {
    return refuse(Error::forbidden("Votre rôle ne permet pas d'ouvrir un dossier de suivi."));
  }
  if (auto second = require_second_factor(actor); !second) return refuse(second.error());
  if (!TRY(governance_.is_signatory_in(conn, actor, found->body_id))) {
    return refuse(Error::forbidden(kRefused));
  }
  if (found->status == "archive") {
    return refuse(
        Error::forbidden("Dossier archivé : il ne se consulte qu'avec un motif, par le délégué à "
                         "la protection des données ou le président de l'instance."));
  }
  found->social_readable = TRY(repo::is_named_social(conn, id, actor.user_id));
  return std::move(*found);
}

Result<FollowUp> FollowUpService::reload(Connection& conn, const Actor& actor, std::int64_t id) {
  FollowUp f = std::move(*TRY(repo::find(conn, id)));
  f.social_readable = TRY(repo::is_named_social(conn, id, actor.user_id));
  return f;
}

Result<FollowUp>
FollowUpService::guarded(const Actor& actor,
                         const std::function<Result<FollowUp>(Connection&, Refusal&)>& work) {
  Refusal refusal;
  auto result = db_.in_transaction([&](Connection& conn) { return work(conn, refusal); });
  if (refusal.territory_id != 0) {
    TRY_VOID(
        journal_.record(actor, refusal.territory_id, refusal.followup_id, "refus", refusal.what));
  }
  return result;
}

Result<void> FollowUpService::check(Connection& conn, const FollowUp& f,
                                    std::int64_t territory_id) {
  auto body = TRY(governance_.body_in(conn, f.body_id));
  if (!body || body->territory_id != territory_id || body->confidentiality != "confidentiel") {
    return Error::invalid("Choisissez une instance confidentielle du territoire.", "body_id");
  }
  if (f.referral_date > today()) {
    return Error::invalid("La date de saisine ne peut pas être future.", "referral_date");
  }
  if (f.birth_date && *f.birth_date > today()) {
    return Error::invalid("Date de naissance future.", "birth_date");
  }
  if (f.sensitive_note && !f.sensitive_justification) {
    return Error::invalid("Une note sensible doit être justifiée (nécessité stricte).",
                          "sensitive_justification");
  }
  if (f.end_date && !f.end_reason) {
    return Error::invalid("Précisez le motif de fin de suivi.", "end_reason");
  }
  if (f.referent_contact_id) {
    auto contact = TRY(partners_.contact_in(conn, *f.referent_contact_id));
    auto org =
        contact ? TRY(partners_.organisation_in(conn, contact->organisation_id)) : std::nullopt;
    if (!org || org->territory_id != territory_id) {
      return Error::invalid("Référent inconnu dans l'annuaire du territoire.",
                            "referent_contact_id");
    }
  }
  return success();
}

Result<std::vector<FollowUpSummary>>
FollowUpService::list(const Actor& actor, std::int64_t territory_id, const std::string& name) {
  TRY_VOID(require(actor, Permission::followup_access, territory_id));
  TRY_VOID(require_second_factor(actor));
  return db_.in_transaction([&](Connection& conn) -> Result<std::vector<FollowUpSummary>> {
    auto bodies = TRY(governance_.signatory_bodies_in(conn, actor, territory_id));
    std::vector<FollowUp> all = TRY(repo::list_in_bodies(conn, bodies));
    std::set<std::int64_t> handled;
    for (const FollowUp& f : all)
      handled.insert(f.id);
    // Records shared with the actor's bodies, each once, searchable by name only when the
    // share includes the identity.
    std::map<std::int64_t, bool> shared_identity;
    for (const FollowUpShare& s : TRY(repo::active_shares_to(conn, bodies))) {
      if (handled.contains(s.followup_id)) continue;
      bool identity = std::ranges::find(s.scope, "identite") != s.scope.end();
      if (!shared_identity.contains(s.followup_id)) {
        auto f = TRY(repo::find(conn, s.followup_id));
        if (!f || f->status != "suivi") continue;
        all.push_back(std::move(*f));
      }
      shared_identity[s.followup_id] = shared_identity[s.followup_id] || identity;
    }
    std::string wanted = fold_for_search(name);
    if (!wanted.empty()) {
      TRY_VOID(journal_.record_in(conn, actor, territory_id, std::nullopt, "recherche_nom"));
    }
    std::vector<FollowUpSummary> out;
    for (const FollowUp& f : all) {
      bool shared = !handled.contains(f.id);
      std::string full = fold_for_search(f.first_name + " " + f.last_name);
      if (!wanted.empty() &&
          (full.find(wanted) == std::string::npos || (shared && !shared_identity[f.id]))) {
        continue;
      }
      out.push_back({f.id, f.body_id, f.body_name, initials(f.first_name, f.last_name),
                     age_band(f.birth_date, today()), f.referral_date, f.referral_origin,
                     f.programme, f.status, shared});
    }
    return out;
  });
}

Result<FollowUp> FollowUpService::open(const Actor& actor, std::int64_t id) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    if (auto shared = TRY(shared_view(conn, actor, id))) {
      TRY_VOID(journal_.record_in(conn, actor, shared->territory_id, id, "lecture_partagee"));
      return std::move(*shared);
    }
    FollowUp f = TRY(load_entitled(conn, actor, id, "lecture", refusal));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, "lecture"));
    return f;
  });
}

Result<FollowUp> FollowUpService::create(const Actor& actor, FollowUp f,
                                         std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::followup_access, territory_id));
  TRY_VOID(require_second_factor(actor));
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    TRY_VOID(check(conn, f, territory_id));
    if (!TRY(governance_.is_signatory_in(conn, actor, f.body_id))) {
      refusal = {territory_id, std::nullopt, "creation"};
      return Error::forbidden(kRefused);
    }
    f.created_at = format_timestamp(clock_.now());
    std::int64_t id = TRY(repo::insert(conn, f));
    TRY_VOID(journal_.record_in(conn, actor, territory_id, id, "creation"));
    return reload(conn, actor, id);
  });
}

Result<FollowUp> FollowUpService::update(const Actor& actor, FollowUp f,
                                         std::int64_t expected_version) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp current = TRY(load_entitled(conn, actor, f.id, "modification", refusal));
    f.body_id = current.body_id;  // a transfer to another body is its own, explicit act
    TRY_VOID(check(conn, f, current.territory_id));
    if (!TRY(repo::update(conn, f, expected_version))) return Error::stale_version();
    TRY_VOID(journal_.record_in(conn, actor, current.territory_id, f.id, "modification"));
    return reload(conn, actor, f.id);
  });
}

Result<FollowUp> FollowUpService::add_action(const Actor& actor, std::int64_t id,
                                             FollowUpAction a) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp current = TRY(load_entitled(conn, actor, id, "ajout_action", refusal));
    if (a.action_date > today()) {
      return Error::invalid("Une action se date au plus tard aujourd'hui.", "action_date");
    }
    a.recorded_by = actor.display_name;
    TRY_VOID(repo::insert_action(conn, id, a));
    TRY_VOID(journal_.record_in(conn, actor, current.territory_id, id, "ajout_action"));
    return reload(conn, actor, id);
  });
}

Result<FollowUp> FollowUpService::export_record(const Actor& actor, std::int64_t id,
                                                const std::string& purpose) {
  return guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_entitled(conn, actor, id, purpose.c_str(), refusal));
    TRY_VOID(require_step_up(actor, clock_.now(),
                             "Confirmez votre identité (mot de passe ou code) avant d'exporter "
                             "ou d'imprimer un dossier."));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, purpose));
    return f;
  });
}

}  // namespace vigie
