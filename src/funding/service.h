#pragma once

#include <optional>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "funding/model.h"
#include "governance/calendar.h"
#include "journal/service.h"
#include "print/office.h"
#include "store/database.h"
#include "strategy/service.h"
#include "territory/service.h"

namespace vigie {

/// FIPD and other funding (issue 17 §3): each fiche-action's requests per year and funder with
/// the rules of data/dispositifs/financement.json (State share ≤ 80 % refused, FIPD minimum,
/// the département's local cap as a warning), their alerts by the injected clock (filing
/// deadline, financial report due six months after the funded year), their deadlines as
/// calendar events, and the budget views of a year by programme, funder and axis.
///
/// Who: every role of the territory reads (`strategy.read`: amounts are public money); the
/// coordination writes (`strategy.write`), and sets the local cap (`partner.write`).
class FundingService {
 public:
  FundingService(Database& db, const Clock& clock, JournalService& journal,
                 StrategyService& strategies, TerritoryService& territories)
      : db_(db), clock_(clock), journal_(journal), strategies_(strategies),
        territories_(territories) {}

  Result<std::vector<FundingRequest>> list_for_action(const Actor& actor, std::int64_t action_id);
  /// The territory's requests, of `year` or all.
  Result<std::vector<FundingRequest>> list(const Actor& actor, std::int64_t territory_id,
                                           std::optional<std::int64_t> year);
  Result<FundingRequest> get(const Actor& actor, std::int64_t id);
  /// 400 naming the field when a rule of check_request (funding/rules.h) is broken, or when the
  /// report is dated in the future.
  Result<FundingRequest> create(const Actor& actor, FundingRequest request);
  Result<FundingRequest> update(const Actor& actor, FundingRequest request,
                                std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);

  Result<FundingSettings> settings(const Actor& actor, std::int64_t territory_id);
  Result<FundingSettings> save_settings(const Actor& actor, FundingSettings settings);

  /// The territory's requests needing attention on the clock's day, soonest first.
  Result<std::vector<FundingAlert>> alerts(const Actor& actor, std::int64_t territory_id);
  /// The year's budget view (this year when none): planned (the fiches' budget lines of that
  /// year), requested, granted, paid — by FIPD programme, by funder, by axis, in total (cents).
  Result<FundingSummary> summary(const Actor& actor, std::int64_t territory_id,
                                 std::optional<std::int64_t> year);
  /// The filing deadlines and report due days of the territories where `actor` writes the
  /// strategy, as all-day events for their calendar feed (inside the feed's connection).
  Result<std::vector<CalendarEvent>> calendar_events_in(Connection& conn, const Actor& actor);
  /// The request as an editable document (funding/documents.h): "projet", the project part of
  /// the subsidy request (Cerfa 12156) from its fiche; "compte-rendu", the financial report
  /// (Cerfa 15059) and qualitative bilan of the funded year. 400 "kind" otherwise.
  Result<OfficeDocument> document(const Actor& actor, std::int64_t id, std::string_view kind);

 private:
  std::string today() const;
  Result<FundingRequest> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                                      Permission permission);
  // The computed fields, under the territory's settings (read once per list).
  static void complete(FundingRequest& request, const FundingSettings& settings);
  Result<void> check(Connection& conn, const Actor& actor, FundingRequest& request);

  Database& db_;
  const Clock& clock_;
  JournalService& journal_;
  StrategyService& strategies_;
  TerritoryService& territories_;
};

}  // namespace vigie
