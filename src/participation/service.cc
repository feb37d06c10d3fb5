// Participation citoyenne protocols and their alerts; referents and the bilan in
// referent_service.cc.
#include "participation/service.h"

#include <algorithm>

#include "core/dates.h"
#include "participation/repository.h"
#include "participation/rules.h"

namespace vigie {
namespace repo = participation_repository;

namespace {

std::string protocol_subject(const CitizenProtocol& p) {
  return "protocole de participation citoyenne signé le " + french_date(p.signed_on);
}

}  // namespace

std::string ParticipationService::today() const { return date_of(clock_.now()); }

Result<CitizenProtocol> ParticipationService::load_checked(Connection& conn, const Actor& actor,
                                                           std::int64_t id, Permission permission) {
  auto found = TRY(repo::find(conn, id));
  if (!found) return Error::not_found("Protocole de participation citoyenne introuvable.");
  TRY_VOID(require(actor, permission, found->territory_id));
  found->current_term_ends_on = current_term_end(*found, today(), citizen_rules());
  return std::move(*found);
}

// What the JSON shape cannot say: the communes are the territory's, the body too, the days in
// order and not ahead of the clock.
Result<void> ParticipationService::check(Connection& conn, const Actor& actor,
                                         const CitizenProtocol& p) {
  if (p.signed_on > today()) {
    return Error::invalid("Un protocole se saisit une fois signé : pas de date future.",
                          "signed_on");
  }
  if (p.ended_on && *p.ended_on < p.signed_on) {
    return Error::invalid("La fin du protocole suit sa signature.", "ended_on");
  }
  if (p.communes.empty()) return Error::invalid("Choisissez au moins une commune.", "communes");
  Territory t = TRY(territories_.get_in(conn, actor, p.territory_id));
  for (std::size_t i = 0; i < p.communes.size(); ++i) {
    bool inside = std::any_of(t.communes.begin(), t.communes.end(),
                              [&](const Commune& c) { return c.code == p.communes[i]; });
    if (!inside) {
      return Error::invalid("Commune hors du territoire : " + p.communes[i] + ".",
                            "communes[" + std::to_string(i) + "]");
    }
  }
  if (p.body_id) {
    auto body = TRY(governance_.body_in(conn, *p.body_id));
    if (!body || body->territory_id != p.territory_id) {
      return Error::invalid("Instance inconnue sur ce territoire.", "body_id");
    }
  }
  return success();
}

Result<std::vector<CitizenProtocol>> ParticipationService::list(const Actor& actor,
                                                                std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::strategy_read, territory_id));
  Lease conn = db_.acquire();
  auto protocols = TRY(repo::list(*conn, territory_id));
  for (CitizenProtocol& p : protocols)
    p.current_term_ends_on = current_term_end(p, today(), citizen_rules());
  return protocols;
}

Result<CitizenProtocol> ParticipationService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  return load_checked(*conn, actor, id, Permission::strategy_read);
}

Result<CitizenProtocol> ParticipationService::create(const Actor& actor, CitizenProtocol p) {
  TRY_VOID(require(actor, Permission::partner_write, p.territory_id));
  return db_.in_transaction([&](Connection& conn) -> Result<CitizenProtocol> {
    TRY_VOID(check(conn, actor, p));
    std::int64_t id = TRY(repo::insert(conn, p));
    TRY_VOID(journal_.record_in(conn, actor, p.territory_id, "participation.protocole.creation",
                                protocol_subject(p)));
    return load_checked(conn, actor, id, Permission::partner_write);
  });
}

Result<CitizenProtocol> ParticipationService::update(const Actor& actor, CitizenProtocol p,
                                                     std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<CitizenProtocol> {
    CitizenProtocol current = TRY(load_checked(conn, actor, p.id, Permission::partner_write));
    p.territory_id = current.territory_id;
    TRY_VOID(check(conn, actor, p));
    if (!TRY(repo::update(conn, p, expected_version))) return Error::stale_version();
    TRY_VOID(journal_.record_in(conn, actor, p.territory_id, "participation.protocole.modification",
                                protocol_subject(p)));
    return load_checked(conn, actor, p.id, Permission::partner_write);
  });
}

Result<void> ParticipationService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    CitizenProtocol p = TRY(load_checked(conn, actor, id, Permission::partner_write));
    TRY_VOID(repo::remove(conn, id));
    return journal_.record_in(conn, actor, p.territory_id, "participation.protocole.suppression",
                              protocol_subject(p));
  });
}

Result<std::vector<ProtocolAlert>> ParticipationService::alerts(const Actor& actor,
                                                                std::int64_t territory_id) {
  std::vector<ProtocolAlert> out;
  for (const CitizenProtocol& p : TRY(list(actor, territory_id))) {
    if (auto a = renewal_alert(p, today(), citizen_rules())) out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace vigie
