// Citizen referents and the yearly bilan of participation citoyenne.
#include <algorithm>

#include "core/dates.h"
#include "participation/repository.h"
#include "participation/rules.h"
#include "participation/service.h"

namespace vigie {
namespace repo = participation_repository;

namespace {

Result<void> check_referent(const CitizenReferent& r, const std::string& today) {
  if (r.consent_on > today) {
    return Error::invalid("Le consentement est recueilli avant l'enregistrement.", "consent_on");
  }
  if (r.left_on && (*r.left_on < r.consent_on || *r.left_on > today)) {
    return Error::invalid("Le départ a lieu entre le consentement et aujourd'hui.", "left_on");
  }
  return success();
}

// A referent who left keeps the days the bilan counts, never a way to reach them.
CitizenReferent minimised(CitizenReferent r) {
  if (r.left_on) {
    r.phone.reset();
    r.email.reset();
  }
  return r;
}

}  // namespace

Result<CitizenReferent> ParticipationService::load_referent(Connection& conn, const Actor& actor,
                                                            std::int64_t id,
                                                            CitizenProtocol& protocol) {
  auto found = TRY(repo::find_referent(conn, id));
  if (!found) return Error::not_found("Référent introuvable.");
  protocol = TRY(load_checked(conn, actor, found->protocol_id, Permission::partner_write));
  return std::move(*found);
}

Result<std::vector<CitizenReferent>> ParticipationService::referents(const Actor& actor,
                                                                     std::int64_t protocol_id) {
  return db_.in_transaction([&](Connection& conn) -> Result<std::vector<CitizenReferent>> {
    CitizenProtocol p = TRY(load_checked(conn, actor, protocol_id, Permission::partner_write));
    TRY_VOID(journal_.record_in(conn, actor, p.territory_id, "participation.referents.lecture",
                                "référents du protocole " + std::to_string(p.id)));
    return repo::referents(conn, protocol_id);
  });
}

Result<CitizenReferent> ParticipationService::add_referent(const Actor& actor, CitizenReferent r) {
  TRY_VOID(check_referent(r, today()));
  return db_.in_transaction([&](Connection& conn) -> Result<CitizenReferent> {
    CitizenProtocol p = TRY(load_checked(conn, actor, r.protocol_id, Permission::partner_write));
    std::int64_t id = TRY(repo::insert_referent(conn, minimised(r)));
    TRY_VOID(journal_.record_in(conn, actor, p.territory_id, "participation.referent.creation",
                                "référent " + std::to_string(id)));
    return std::move(*TRY(repo::find_referent(conn, id)));
  });
}

Result<CitizenReferent> ParticipationService::update_referent(const Actor& actor, CitizenReferent r,
                                                              std::int64_t expected_version) {
  TRY_VOID(check_referent(r, today()));
  return db_.in_transaction([&](Connection& conn) -> Result<CitizenReferent> {
    CitizenProtocol p;
    CitizenReferent current = TRY(load_referent(conn, actor, r.id, p));
    r.protocol_id = current.protocol_id;
    if (!TRY(repo::update_referent(conn, minimised(r), expected_version))) {
      return Error::stale_version();
    }
    TRY_VOID(journal_.record_in(conn, actor, p.territory_id, "participation.referent.modification",
                                "référent " + std::to_string(r.id)));
    return std::move(*TRY(repo::find_referent(conn, r.id)));
  });
}

Result<void> ParticipationService::remove_referent(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    CitizenProtocol p;
    TRY(load_referent(conn, actor, id, p));
    TRY_VOID(repo::remove_referent(conn, id));
    return journal_.record_in(conn, actor, p.territory_id, "participation.referent.suppression",
                              "référent " + std::to_string(id));
  });
}

Result<CitizenBilan> ParticipationService::bilan(const Actor& actor, std::int64_t protocol_id,
                                                 std::optional<int> asked) {
  CitizenProtocol p = TRY(get(actor, protocol_id));
  int this_year = std::stoi(today().substr(0, 4));
  int year = asked.value_or(this_year);
  int first = std::stoi(p.signed_on.substr(0, 4));
  if (year < first || year > this_year) {
    return Error::invalid(
        "Année entre " + std::to_string(first) + " et " + std::to_string(this_year) + ".", "year");
  }
  const CitizenRules& rules = citizen_rules();
  CitizenBilan b;
  b.protocol_id = p.id;
  b.year = year;
  b.indicator = rules.bilan_indicator;
  b.source = rules.bilan_source;
  std::string first_day = std::to_string(year) + "-01-01";
  std::string last_day = year == this_year ? today() : std::to_string(year) + "-12-31";
  {
    Lease conn = db_.acquire();
    for (const CitizenReferent& r : TRY(repo::referents(*conn, p.id))) {
      if (r.consent_on <= last_day && (!r.left_on || *r.left_on > last_day)) ++b.referents;
      if (r.consent_on >= first_day && r.consent_on <= last_day) ++b.referents_joined;
    }
  }
  if (p.body_id) {
    for (const Meeting& m : TRY(governance_.meetings(actor, *p.body_id))) {
      if (m.status == "tenue" && m.starts_at.starts_with(std::to_string(year))) ++b.meetings_held;
    }
  }
  for (const SsmsiPoint& point :
       TRY(diagnostics_.territory_series(actor, p.territory_id, rules.bilan_indicator))) {
    if (point.year == year) {
      b.burglaries = point.count;
      b.burglary_rate = point.rate;
    }
    if (point.year == year - 1) b.burglaries_previous = point.count;
  }
  return b;
}

}  // namespace vigie
