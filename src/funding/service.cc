// Funding requests, settings and alerts; the budget view and calendar events in
// summary_service.cc.
#include "funding/service.h"

#include <algorithm>

#include "core/dates.h"
#include "core/text.h"
#include "funding/repository.h"
#include "funding/rules.h"

namespace vigie {
namespace repo = funding_repository;

namespace {

std::string request_subject(const FundingRequest& q) {
  return "demande de financement " + q.funder + " " + std::to_string(q.year) +
         " de la fiche-action " + std::to_string(q.action_id);
}

}  // namespace

std::string FundingService::today() const { return date_of(clock_.now()); }

// The computed fields: the State's share, the report's due day once granted, the warnings.
void FundingService::complete(FundingRequest& q, const FundingSettings& settings) {
  const FundingRules& rules = funding_rules();
  q.state_share_percent = state_share_percent(q, rules);
  q.report_due_on.reset();
  if (q.granted_cents.value_or(0) > 0) q.report_due_on = report_due_on(q.year, rules);
  q.warnings = request_warnings(q, settings, rules);
}

Result<FundingRequest> FundingService::load_checked(Connection& conn, const Actor& actor,
                                                    std::int64_t id, Permission permission) {
  auto found = TRY(repo::find(conn, id));
  if (!found) return Error::not_found("Demande de financement introuvable.");
  TRY_VOID(require(actor, permission, found->territory_id));
  complete(*found, TRY(repo::settings(conn, found->territory_id)));
  return std::move(*found);
}

// The fiche is the actor's to write, the amounts follow the rules, a report is not dated ahead.
Result<void> FundingService::check(Connection& conn, const Actor& actor, FundingRequest& q) {
  auto territory = TRY(strategies_.territory_of_action_in(conn, q.action_id));
  if (!territory) return Error::not_found("Fiche-action introuvable.");
  TRY_VOID(require(actor, Permission::strategy_write, *territory));
  q.territory_id = *territory;
  if (auto e = check_request(q, funding_rules())) return *e;
  if (q.report_sent_on && *q.report_sent_on > today()) {
    return Error::invalid("Le compte rendu se date du jour de son envoi : pas de date future.",
                          "report_sent_on");
  }
  return success();
}

Result<std::vector<FundingRequest>> FundingService::list_for_action(const Actor& actor,
                                                                    std::int64_t action_id) {
  Lease conn = db_.acquire();
  auto territory = TRY(strategies_.territory_of_action_in(*conn, action_id));
  if (!territory) return Error::not_found("Fiche-action introuvable.");
  TRY_VOID(require(actor, Permission::strategy_read, *territory));
  auto requests = TRY(repo::list_for_action(*conn, action_id));
  const FundingSettings settings = TRY(repo::settings(*conn, *territory));
  for (FundingRequest& q : requests)
    complete(q, settings);
  return requests;
}

Result<std::vector<FundingRequest>> FundingService::list(const Actor& actor,
                                                         std::int64_t territory_id,
                                                         std::optional<std::int64_t> year) {
  TRY_VOID(require(actor, Permission::strategy_read, territory_id));
  Lease conn = db_.acquire();
  auto requests = TRY(repo::list_for_territory(*conn, territory_id, year));
  const FundingSettings settings = TRY(repo::settings(*conn, territory_id));
  for (FundingRequest& q : requests)
    complete(q, settings);
  return requests;
}

Result<FundingRequest> FundingService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  return load_checked(*conn, actor, id, Permission::strategy_read);
}

Result<FundingRequest> FundingService::create(const Actor& actor, FundingRequest q) {
  return db_.in_transaction([&](Connection& conn) -> Result<FundingRequest> {
    TRY_VOID(check(conn, actor, q));
    std::int64_t id = TRY(repo::insert(conn, q));
    TRY_VOID(journal_.record_in(conn, actor, q.territory_id, "financement.creation",
                                request_subject(q)));
    return load_checked(conn, actor, id, Permission::strategy_write);
  });
}

Result<FundingRequest> FundingService::update(const Actor& actor, FundingRequest q,
                                              std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<FundingRequest> {
    FundingRequest current = TRY(load_checked(conn, actor, q.id, Permission::strategy_write));
    q.action_id = current.action_id;
    TRY_VOID(check(conn, actor, q));
    if (!TRY(repo::update(conn, q, expected_version))) return Error::stale_version();
    TRY_VOID(journal_.record_in(conn, actor, q.territory_id, "financement.modification",
                                request_subject(q)));
    return load_checked(conn, actor, q.id, Permission::strategy_write);
  });
}

Result<void> FundingService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    FundingRequest q = TRY(load_checked(conn, actor, id, Permission::strategy_write));
    TRY_VOID(repo::remove(conn, id));
    return journal_.record_in(conn, actor, q.territory_id, "financement.suppression",
                              request_subject(q));
  });
}

Result<FundingSettings> FundingService::settings(const Actor& actor, std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::strategy_read, territory_id));
  Lease conn = db_.acquire();
  return repo::settings(*conn, territory_id);
}

Result<FundingSettings> FundingService::save_settings(const Actor& actor, FundingSettings s) {
  TRY_VOID(require(actor, Permission::partner_write, s.territory_id));
  if (s.cap_source && !s.fipd_cap_percent) {
    return Error::invalid("Indiquez le plafond dont vous citez la source.", "fipd_cap_percent");
  }
  return db_.in_transaction([&](Connection& conn) -> Result<FundingSettings> {
    TRY_VOID(repo::save_settings(conn, s));
    std::string cap = s.fipd_cap_percent ? std::to_string(*s.fipd_cap_percent) + " %" : "aucun";
    TRY_VOID(journal_.record_in(conn, actor, s.territory_id, "financement.plafond",
                                "plafond local du FIPD : " + cap));
    return repo::settings(conn, s.territory_id);
  });
}

Result<std::vector<FundingAlert>> FundingService::alerts(const Actor& actor,
                                                         std::int64_t territory_id) {
  std::vector<FundingAlert> out;
  for (const FundingRequest& q : TRY(list(actor, territory_id, std::nullopt))) {
    for (FundingAlert& a : request_alerts(q, today(), funding_rules()))
      out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(), [](const FundingAlert& a, const FundingAlert& b) {
    return a.due_on < b.due_on;
  });
  return out;
}

}  // namespace vigie
