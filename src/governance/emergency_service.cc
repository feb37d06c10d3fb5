// The cellule de veille d'urgence: activated by the maire or the procureur, closed with a summary.
#include "core/dates.h"
#include "governance/repository.h"
#include "governance/service.h"

namespace vigie {
namespace repo = governance_repository;

namespace {
std::string activation_subject(std::int64_t id) { return "activation:" + std::to_string(id); }
}  // namespace

Result<Activation> GovernanceService::activate(const Actor& actor, Activation a,
                                               const std::optional<std::string>& place) {
  return db_.in_transaction([&](Connection& conn) -> Result<Activation> {
    Body body = TRY(load_checked(conn, actor, a.body_id, Permission::governance_write));
    if (body.kind != "cellule_urgence") {
      return Error::invalid("Seule une cellule de veille d'urgence peut être activée.", "body_id");
    }
    if (TRY(repo::has_open_activation(conn, body.id))) {
      return Error::conflict("La cellule est déjà activée : clôturez l'activation en cours.");
    }
    // Members are convened at once: the meeting starts now, Paris time.
    Meeting m;
    m.body_id = body.id;
    m.starts_at = paris_local_datetime(clock_.now());
    m.place = place;
    std::int64_t meeting_id = TRY(repo::insert_meeting(conn, m));
    TRY_VOID(repo::invite_current_members(conn, meeting_id, body.id));
    a.meeting_id = meeting_id;
    a.requested_at = format_timestamp(clock_.now());
    a.recorded_by = actor.display_name;
    std::int64_t id = TRY(repo::insert_activation(conn, a));
    std::string who = a.requested_by == "maire" ? "le maire" : "le procureur de la République";
    // The territory's journal is read by roles that may not read a confidential body: the
    // reason stays in the body.
    std::string detail = body.name + " — demandée par " + who;
    if (body.confidentiality != "confidentiel")
      detail += " (" + a.requester_name + ") : " + a.reason;
    TRY_VOID(journal_.record_in(conn, actor, body.territory_id, "cellule_urgence.activation",
                                activation_subject(id), detail));
    return std::move(*TRY(repo::find_activation(conn, id)));
  });
}

Result<Activation> GovernanceService::close_activation(const Actor& actor, std::int64_t id,
                                                       const std::string& summary) {
  return db_.in_transaction([&](Connection& conn) -> Result<Activation> {
    auto a = TRY(repo::find_activation(conn, id));
    if (!a) return Error::not_found("Activation introuvable.");
    Body body = TRY(load_checked(conn, actor, a->body_id, Permission::governance_write));
    a->closed_at = format_timestamp(clock_.now());
    a->summary = summary;
    a->closed_by = actor.display_name;
    if (!TRY(repo::close_activation(conn, *a))) {
      return Error::conflict("Cette activation est déjà clôturée.");
    }
    std::string detail = body.name;
    if (body.confidentiality != "confidentiel") detail += " — " + summary;
    TRY_VOID(journal_.record_in(conn, actor, body.territory_id, "cellule_urgence.cloture",
                                activation_subject(id), detail));
    return std::move(*TRY(repo::find_activation(conn, id)));
  });
}

// That the maire or the procureur asked, and when, is for every reader of the body; the name,
// the reason and the summary are content, as confidential as the body's minutes.
Result<std::vector<Activation>> GovernanceService::activations(const Actor& actor,
                                                               std::int64_t body_id) {
  Lease conn = db_.acquire();
  Body body = TRY(load_checked(*conn, actor, body_id, Permission::governance_read));
  std::vector<Activation> all = TRY(repo::list_activations(*conn, body_id));
  if (body.confidentiality != "confidentiel" || all.empty()) return all;
  if (TRY(content_readable(*conn, actor, body))) {
    TRY_VOID(journal_.record_in(*conn, actor, body.territory_id, "confidentiel.lecture",
                                "instance:" + std::to_string(body.id) + "/activations", body.name));
    return all;
  }
  for (Activation& a : all) {
    a.requester_name = "(confidentiel)";
    a.reason = "(confidentiel)";
    if (a.summary) a.summary = "(confidentiel)";
  }
  return all;
}

}  // namespace vigie
