#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "evaluation/model.h"

namespace vigie {

/// The indicator's latest measurement on or before `day` (YYYY-MM-DD). For an indicator that
/// follows the SSMSI without measurements of its own, the latest published official year,
/// dated its 31 December, its source "SSMSI". None if nothing was measured by then.
std::optional<Measurement> latest_on(const Indicator& indicator, std::string_view day);

/// Reached when the latest measurement by `day` is at or beyond the target, the direction being
/// that from the baseline to the target (a fall in burglaries is reached at or below it);
/// missed once `day` reaches the target date (judged on its day: an end-of-period bilan judges a
/// target due on the period's last day); pending before it (or without one);
/// unmeasured without a measurement or a target. The same rule as the fiche's screen.
TargetState target_state(const Indicator& indicator, std::string_view day);

/// "atteint", "non_atteint", "en_cours", "non_mesure": the JSON and document names.
std::string_view target_state_name(TargetState state);

/// Planned lines counted in the period: those of its years, and those without a year (a fiche's
/// whole budget). Totals by source, by funder name (`funder_names` by organisation id; "Non
/// précisé" without a funder, "Organisation n° 12" for one not named there) and by year ("Sans
/// année"), each sorted by its key.
struct BudgetViews {
  std::vector<BudgetTotal> by_source;
  std::vector<BudgetTotal> by_funder;
  std::vector<BudgetTotal> by_year;
};
BudgetViews budget_views(const std::vector<Action>& actions, const EvaluationPeriod& period,
                         const std::map<std::int64_t, std::string>& funder_names);

}  // namespace vigie
