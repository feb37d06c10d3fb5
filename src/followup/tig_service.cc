// Travail d'intérêt général: the host places of the territory and each person's placements.
#include "followup/procedure_repository.h"
#include "followup/service.h"

namespace vigie {
namespace proc = procedure_repository;

namespace {
Result<void> check_placement(const TigPlacement& p) {
  // Code pénal, art. 131-8: from 20 to 400 hours.
  if (p.hours_ordered < 20 || p.hours_ordered > 400) {
    return Error::invalid("Un TIG compte de 20 à 400 heures (code pénal, art. 131-8).",
                          "hours_ordered");
  }
  if (p.hours_done > p.hours_ordered) {
    return Error::invalid("Plus d'heures faites que prononcées.", "hours_done");
  }
  if (p.end_date && *p.end_date < p.start_date) {
    return Error::invalid("La fin suit le début.", "end_date");
  }
  if (p.status == "termine" && p.hours_done != p.hours_ordered) {
    return Error::invalid("Un TIG terminé a toutes ses heures faites.", "hours_done");
  }
  return success();
}

Result<void> check_place(Connection& conn, const FollowUp& f, const TigPlacement& p, bool is_new) {
  auto place = TRY(proc::find_place(conn, p.place_id));
  if (!place || place->territory_id != f.territory_id) {
    return Error::invalid("Lieu d'accueil inconnu sur ce territoire.", "place_id");
  }
  if (is_new && !place->active) {
    return Error::invalid("Ce lieu n'accueille plus de TIG.", "place_id");
  }
  if (is_new && TRY(proc::current_placements(conn, p.place_id)) >= place->capacity) {
    return Error::conflict("Ce lieu accueille déjà autant de personnes que sa capacité.",
                           "place_id");
  }
  return success();
}
}  // namespace

Result<Procedures> FollowUpService::add_placement(const Actor& actor, std::int64_t id,
                                                  TigPlacement p) {
  return on_procedures(actor, id, "tig", [&](Connection& conn, const FollowUp& f) -> Result<void> {
    p.followup_id = id;
    TRY_VOID(check_placement(p));
    TRY_VOID(check_place(conn, f, p, true));
    TRY(proc::insert_placement(conn, p));
    return success();
  });
}

Result<Procedures> FollowUpService::update_placement(const Actor& actor, TigPlacement p,
                                                     std::int64_t expected_version) {
  std::int64_t id = TRY(owning_record("tig-placements", p.id, "Placement introuvable."));
  return on_procedures(actor, id, "tig", [&](Connection& conn, const FollowUp& f) -> Result<void> {
    auto current = TRY(proc::find_placement(conn, p.id));
    if (!current) return Error::not_found("Placement introuvable.");
    p.place_id = current->place_id;  // another place is another placement
    p.followup_id = id;
    TRY_VOID(check_placement(p));
    TRY_VOID(check_place(conn, f, p, false));
    if (!TRY(proc::update_placement(conn, p, expected_version))) {
      return Error::stale_version();
    }
    return success();
  });
}

Result<std::vector<TigPlace>> FollowUpService::places(const Actor& actor,
                                                      std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::followup_access, territory_id));
  Lease conn = db_.acquire();
  return proc::places(*conn, territory_id);
}

Result<TigPlace> FollowUpService::create_place(const Actor& actor, TigPlace place) {
  TRY_VOID(require(actor, Permission::governance_write, place.territory_id));
  return db_.in_transaction([&](Connection& conn) -> Result<TigPlace> {
    std::int64_t id = TRY(proc::insert_place(conn, place));
    return std::move(*TRY(proc::find_place(conn, id)));
  });
}

Result<TigPlace> FollowUpService::update_place(const Actor& actor, TigPlace place,
                                               std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<TigPlace> {
    auto current = TRY(proc::find_place(conn, place.id));
    if (!current) return Error::not_found("Lieu d'accueil introuvable.");
    TRY_VOID(require(actor, Permission::governance_write, current->territory_id));
    place.territory_id = current->territory_id;
    if (!TRY(proc::update_place(conn, place, expected_version))) return Error::stale_version();
    return std::move(*TRY(proc::find_place(conn, place.id)));
  });
}

}  // namespace vigie
