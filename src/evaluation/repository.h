#pragma once

#include <optional>
#include <vector>

#include "evaluation/model.h"
#include "store/connection.h"

namespace vigie::evaluation_repository {

/// The analyses of a strategy's axes for exactly this period.
Result<std::vector<AxisAnalysis>> analyses(Connection& conn, std::int64_t strategy_id,
                                           int from_year, int to_year);
/// Writes (or replaces) an axis's analysis for its period.
Result<void> save_analysis(Connection& conn, const AxisAnalysis& analysis);

}  // namespace vigie::evaluation_repository
