#pragma once

#include <boost/json/object.hpp>

#include "evaluation/model.h"

namespace vigie {

/// The evaluation as the API gives it; shape in docs/api.md ("Évaluation"). Amounts in euro
/// cents; dates YYYY-MM-DD; indicator states "atteint" | "non_atteint" | "en_cours" |
/// "non_mesure".
boost::json::object to_json(const StrategyEvaluation& evaluation);
boost::json::object to_json(const AxisAnalysis& analysis);

}  // namespace vigie
