// Decisions taken in meetings, followed until done, and carried into fiche-action milestones.
#include <map>

#include "core/dates.h"
#include "governance/repository.h"
#include "governance/service.h"

namespace vigie {
namespace repo = governance_repository;

Result<void> GovernanceService::check_decision(Connection& conn, const Body& body,
                                               const Decision& d) {
  if (d.owner_contact_id) {
    auto contact = TRY(partners_.contact_in(conn, *d.owner_contact_id));
    auto org =
        contact ? TRY(partners_.organisation_in(conn, contact->organisation_id)) : std::nullopt;
    if (!org || org->territory_id != body.territory_id) {
      return Error::invalid("Contact inconnu dans l'annuaire de ce territoire.",
                            "owner_contact_id");
    }
  }
  if (d.owner_organisation_id) {
    auto org = TRY(partners_.organisation_in(conn, *d.owner_organisation_id));
    if (!org || org->territory_id != body.territory_id) {
      return Error::invalid("Organisation inconnue sur ce territoire.", "owner_organisation_id");
    }
  }
  if (d.action_id) {
    auto territory = TRY(strategies_.territory_of_action_in(conn, *d.action_id));
    if (territory != body.territory_id) {
      return Error::invalid("Fiche-action inconnue sur ce territoire.", "action_id");
    }
  }
  return success();
}

// A fiche-action is read by every role: a confidential body's decision reaches it only under a
// public wording that its author wrote and confirmed for that purpose, never its own text.
Result<void> GovernanceService::check_public_label(const Body& body, const Decision& d,
                                                   const std::optional<Decision>& before) {
  if (body.confidentiality != "confidentiel" || !d.action_id) return success();
  if (!d.public_label) {
    return Error::invalid("Décision d'une instance confidentielle : écrivez le libellé public, "
                          "sans rien de confidentiel, qui seul paraîtra dans la fiche-action.",
                          "public_label");
  }
  bool unchanged = before && before->public_label == d.public_label;
  if (!unchanged && !d.public_label_confirmed) {
    return Error::invalid("Confirmez que ce libellé peut être lu par tous les rôles.",
                          "confirm_public_label");
  }
  return success();
}

// The milestone keeps the label it was given, so later changes find it again.
Result<void> GovernanceService::carry_to_milestone(Connection& conn, const Actor& actor,
                                                   const Body& body, Decision& d) {
  if (!d.action_id) return success();
  bool confidential = body.confidentiality == "confidentiel";
  std::string wording = confidential ? *d.public_label : d.text;
  if (wording.size() > 150) wording = wording.substr(0, 150) + "…";
  std::string label =
      "Décision du " + french_date(d.meeting_starts_at.substr(0, 10)) + " : " + wording;
  std::string key = d.milestone_label.value_or(label);
  // A public wording rewritten renames its milestone; other decisions keep their first label.
  if (confidential || !d.milestone_label) d.milestone_label = label;
  Milestone m{*d.milestone_label, d.due_date, std::nullopt};
  if (d.status == "faite") m.done_date = today();
  return strategies_.set_milestone_in(conn, actor, *d.action_id, key, m);
}

Result<Decision> GovernanceService::add_decision(const Actor& actor, Decision d) {
  return db_.in_transaction([&](Connection& conn) -> Result<Decision> {
    auto [meeting, body] =
        TRY(load_meeting(conn, actor, d.meeting_id, Permission::governance_write));
    TRY_VOID(require_content(conn, actor, body, Permission::governance_write,
                             "reunion:" + std::to_string(d.meeting_id) + "/decisions"));
    TRY_VOID(check_decision(conn, body, d));
    TRY_VOID(check_public_label(body, d, std::nullopt));
    d.meeting_starts_at = meeting.starts_at;
    d.milestone_label.reset();
    TRY_VOID(carry_to_milestone(conn, actor, body, d));
    std::int64_t id = TRY(repo::insert_decision(conn, d));
    return std::move(*TRY(repo::find_decision(conn, id)));
  });
}

Result<Decision> GovernanceService::update_decision(const Actor& actor, Decision d,
                                                    std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<Decision> {
    auto current = TRY(repo::find_decision(conn, d.id));
    if (!current) return Error::not_found("Décision introuvable.");
    auto [meeting, body] =
        TRY(load_meeting(conn, actor, current->meeting_id, Permission::governance_write));
    TRY_VOID(require_content(conn, actor, body, Permission::governance_write,
                             "decision:" + std::to_string(d.id)));
    TRY_VOID(check_decision(conn, body, d));
    TRY_VOID(check_public_label(body, d, current));
    d.meeting_id = current->meeting_id;
    d.meeting_starts_at = meeting.starts_at;
    // Same fiche: same milestone. Another fiche: a new milestone there.
    d.milestone_label = d.action_id == current->action_id ? current->milestone_label : std::nullopt;
    TRY_VOID(carry_to_milestone(conn, actor, body, d));
    if (!TRY(repo::update_decision(conn, d, expected_version))) return Error::stale_version();
    auto saved = std::move(*TRY(repo::find_decision(conn, d.id)));
    saved.overdue = is_overdue(saved, today());
    return saved;
  });
}

Result<std::vector<Decision>>
GovernanceService::decisions(const Actor& actor, std::int64_t territory_id, bool open_only) {
  TRY_VOID(require(actor, Permission::governance_read, territory_id));
  Lease conn = db_.acquire();
  std::vector<Decision> all = TRY(repo::list_territory_decisions(*conn, territory_id));
  std::map<std::int64_t, bool> readable;  // body id → may the actor read its content
  std::vector<Decision> out;
  for (Decision& d : all) {
    if (open_only && !is_open(d)) continue;
    if (!readable.contains(d.body_id)) {
      Body body = std::move(*TRY(repo::find(*conn, d.body_id)));
      bool ok = TRY(content_readable(*conn, actor, body));
      if (ok && body.confidentiality == "confidentiel") {
        TRY_VOID(journal_.record_in(*conn, actor, territory_id, "confidentiel.lecture",
                                    "instance:" + std::to_string(body.id) + "/decisions",
                                    body.name));
      }
      readable[d.body_id] = ok;
    }
    if (!readable[d.body_id]) continue;
    d.overdue = is_overdue(d, today());
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace vigie
