#include "evaluation/rules.h"

#include <map>

namespace vigie {

std::optional<Measurement> latest_on(const Indicator& indicator, std::string_view day) {
  std::optional<Measurement> found;
  for (const Measurement& m : indicator.measurements) {  // in order of day
    if (!m.measured_on || *m.measured_on <= day) found = m;
  }
  if (found || !indicator.ssmsi_indicator) return found;
  for (const OfficialMeasurement& o : indicator.official) {
    std::string end = std::to_string(o.year) + "-12-31";
    if (o.value && o.published && end <= day) {
      found = Measurement{end, *o.value, std::nullopt, std::string("SSMSI"), std::nullopt};
    }
  }
  return found;
}

TargetState target_state(const Indicator& indicator, std::string_view day) {
  std::optional<Measurement> latest = latest_on(indicator, day);
  if (!indicator.target || !latest) return TargetState::unmeasured;
  double target = *indicator.target;
  bool rising = !indicator.baseline || target >= *indicator.baseline;
  if (rising ? latest->value >= target : latest->value <= target) return TargetState::reached;
  return indicator.target_date && *indicator.target_date <= day ? TargetState::missed
                                                                : TargetState::pending;
}

std::string_view target_state_name(TargetState state) {
  switch (state) {
  case TargetState::reached: return "atteint";
  case TargetState::missed: return "non_atteint";
  case TargetState::pending: return "en_cours";
  case TargetState::unmeasured: break;
  }
  return "non_mesure";
}

namespace {

void add(std::map<std::string, BudgetTotal>& totals, const std::string& key, const BudgetLine& b) {
  BudgetTotal& t = totals[key];
  t.key = key;
  t.planned_cents += b.amount_cents;
  if (b.executed_cents) {
    t.executed_cents += *b.executed_cents;
  } else {
    ++t.lines_without_execution;
  }
}

std::vector<BudgetTotal> values_of(std::map<std::string, BudgetTotal>& totals) {
  std::vector<BudgetTotal> out;
  out.reserve(totals.size());
  for (auto& [key, total] : totals)
    out.push_back(std::move(total));
  return out;
}

}  // namespace

BudgetViews budget_views(const std::vector<Action>& actions, const EvaluationPeriod& period,
                         const std::map<std::int64_t, std::string>& funder_names) {
  std::map<std::string, BudgetTotal> by_source, by_funder, by_year;
  for (const Action& a : actions) {
    for (const BudgetLine& b : a.budget_lines) {
      if (b.year && (*b.year < period.from_year || *b.year > period.to_year)) continue;
      add(by_source, b.source, b);
      std::string funder = "Non précisé";
      if (b.funder_id) {
        auto name = funder_names.find(*b.funder_id);
        funder = name != funder_names.end() ? name->second
                                            : "Organisation n° " + std::to_string(*b.funder_id);
      }
      add(by_funder, funder, b);
      add(by_year, b.year ? std::to_string(*b.year) : "Sans année", b);
    }
  }
  return {values_of(by_source), values_of(by_funder), values_of(by_year)};
}

}  // namespace vigie
