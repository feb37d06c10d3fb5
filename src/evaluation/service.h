#pragma once

#include "core/clock.h"
#include "evaluation/model.h"
#include "funding/service.h"
#include "governance/service.h"
#include "participation/service.h"
#include "partner/service.h"
#include "store/database.h"
#include "strategy/service.h"
#include "territory/service.h"
#include "videoprotection/service.h"

namespace vigie {

/// The evaluation of a strategy over a period of years (issue 16 §1): fiches by status and their
/// changes, indicators reached or not, budget planned against spent, governance activity, and
/// each axis's analysis by its working group. It reads the other modules through their
/// services, so every right they check applies here too.
class EvaluationService {
 public:
  /// The dispositifs whose yearly figures a bilan reports (issue 17).
  struct Dispositifs {
    VideoService& video;
    ParticipationService& participation;
    FundingService& funding;
  };
  EvaluationService(Database& db, const Clock& clock, StrategyService& strategies,
                    GovernanceService& governance, PartnerService& partners,
                    TerritoryService& territories, Dispositifs dispositifs)
      : db_(db), clock_(clock), strategies_(strategies), governance_(governance),
        partners_(partners), territories_(territories), dispositifs_(dispositifs) {}

  /// Errors: 404 for a strategy out of reach; 400 "from"/"to" for years outside 1990–2100, in
  /// the wrong order or more than 20 apart. Governance figures only for who may read them.
  Result<StrategyEvaluation> evaluate(const Actor& actor, std::int64_t strategy_id,
                                      EvaluationPeriod period);

  /// Writes an axis's analysis for its period (strategy.write on its territory); an empty text
  /// removes nothing but is kept empty. Errors: 404 axis, 400 "text" over 20,000 characters.
  Result<AxisAnalysis> save_analysis(const Actor& actor, AxisAnalysis analysis);

 private:
  Result<void> add_governance(const Actor& actor, StrategyEvaluation& e);
  Result<void> add_changes(const Actor& actor, StrategyEvaluation& e);
  Result<void> add_dispositifs(const Actor& actor, StrategyEvaluation& e);

  Database& db_;
  const Clock& clock_;
  StrategyService& strategies_;
  GovernanceService& governance_;
  PartnerService& partners_;
  TerritoryService& territories_;
  Dispositifs dispositifs_;
};

/// 400 naming "from" or "to" unless 1990 ≤ from ≤ to ≤ 2100 and to − from < 20.
Result<void> check_period(const EvaluationPeriod& period);

}  // namespace vigie
