// EvaluationService: assembles a strategy's evaluation for a period; see service.h.
#include "evaluation/service.h"

#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "core/dates.h"
#include "core/text.h"
#include "evaluation/repository.h"
#include "evaluation/rules.h"
#include "strategy/indicator_rules.h"

namespace vigie {
namespace repo = evaluation_repository;

Result<void> check_period(const EvaluationPeriod& p) {
  if (p.from_year < 1990 || p.from_year > 2100) {
    return Error::invalid("Année de début entre 1990 et 2100.", "from");
  }
  if (p.to_year < p.from_year || p.to_year > 2100) {
    return Error::invalid("Année de fin entre l'année de début et 2100.", "to");
  }
  if (p.to_year - p.from_year >= 20) {
    return Error::invalid("Une période de 20 ans au plus.", "to");
  }
  return success();
}

Result<StrategyEvaluation> EvaluationService::evaluate(const Actor& actor, std::int64_t strategy_id,
                                                       EvaluationPeriod period) {
  StrategyEvaluation e;
  e.strategy = TRY(strategies_.get(actor, strategy_id));
  TRY_VOID(check_period(period));
  e.period = period;
  e.computed_on = date_of(clock_.now());
  e.territory_name = TRY(territories_.get(actor, e.strategy.territory_id)).name;
  e.actions = TRY(strategies_.list_actions_in_full(actor, strategy_id));
  std::string end = std::min(period.last_day(), e.computed_on);
  std::map<std::int64_t, AxisEvaluation*> axis_of;
  for (Axis& axis : TRY(strategies_.list_axes(actor, strategy_id)))
    e.axes.push_back({std::move(axis), {}, {}, std::nullopt});
  for (AxisEvaluation& a : e.axes)
    axis_of[a.axis.id] = &a;
  for (Action& a : e.actions) {
    ++e.fiches_by_status[a.status];
    AxisEvaluation* axis = a.axis_id ? axis_of[*a.axis_id] : nullptr;
    if (axis != nullptr) ++axis->fiches_by_status[a.status];
    for (Indicator& i : a.indicators) {
      mark_measurement_due(i, end);  // a closed period's measurements are not late today
      if (i.measurement_late) ++e.late_measurements;
      IndicatorEvaluation ie{a.id, i, target_state(i, end), latest_on(i, end), 0};
      for (const Measurement& m : i.measurements) {
        if (m.measured_on && *m.measured_on >= period.first_day() && *m.measured_on <= end) {
          ++ie.measured_in_period;
        }
      }
      ++e.indicators_by_state[ie.state];
      if (axis != nullptr) ++axis->indicators_by_state[ie.state];
      e.indicators.push_back(std::move(ie));
    }
  }
  if (auto orgs = partners_.list(actor, e.strategy.territory_id); orgs) {
    for (const Organisation& o : *orgs)
      e.organisations[o.id] = o.name;
  }
  BudgetViews budget = budget_views(e.actions, period, e.organisations);
  e.budget_by_source = std::move(budget.by_source);
  e.budget_by_funder = std::move(budget.by_funder);
  e.budget_by_year = std::move(budget.by_year);
  TRY_VOID(add_changes(actor, e));
  TRY_VOID(add_governance(actor, e));
  TRY_VOID(add_dispositifs(actor, e));
  Lease conn = db_.acquire();
  for (AxisAnalysis& n :
       TRY(repo::analyses(*conn, strategy_id, period.from_year, period.to_year))) {
    auto axis = axis_of.find(n.axis_id);
    if (axis != axis_of.end()) axis->second->analysis = std::move(n);
  }
  return e;
}

// Status changes dated in the period, from the fiches' history (of the fiches still there).
Result<void> EvaluationService::add_changes(const Actor& actor, StrategyEvaluation& e) {
  std::string from = e.period.first_day();
  std::string to = e.period.last_day();
  std::set<std::int64_t> fiches;
  for (const Action& a : e.actions)
    fiches.insert(a.id);
  for (const ActionChange& c : TRY(strategies_.strategy_history(actor, e.strategy.id))) {
    std::string day = c.at.substr(0, 10);
    if (day < from || day > to || !fiches.contains(c.action_id)) continue;
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(c.changes, ec);
    const boost::json::object* o = ec ? nullptr : v.if_object();
    const boost::json::value* fields = o != nullptr ? o->if_contains("fields") : nullptr;
    if (fields == nullptr || !fields->is_array()) continue;
    for (const boost::json::value& f : fields->get_array()) {
      const boost::json::object* field = f.if_object();
      // A fiche's creation sets its status without changing it: not a change.
      if (field == nullptr || field->at("field") != "status" || !field->at("old").is_string() ||
          !field->at("new").is_string()) {
        continue;
      }
      e.changes.push_back({c.action_id, day, std::string(field->at("old").get_string()),
                           std::string(field->at("new").get_string())});
    }
  }
  std::sort(e.changes.begin(), e.changes.end(),
            [](const StatusChange& x, const StatusChange& y) { return x.at < y.at; });
  return success();
}

// Meetings held against planned, attendance and decisions, per body over the period's years;
// only for an actor who reads the territory's governance.
Result<void> EvaluationService::add_governance(const Actor& actor, StrategyEvaluation& e) {
  if (!require(actor, Permission::governance_read, e.strategy.territory_id)) return success();
  int from = std::max(e.period.from_year, 2000);  // Vigie's reports start in 2000
  for (const Body& b : TRY(governance_.list(actor, e.strategy.territory_id))) {
    BodyEvaluation be{b.id, b.name, b.kind, {}};
    if (from <= e.period.to_year) {
      be.totals = TRY(governance_.report_span(actor, b.id, from, e.period.to_year));
    }
    e.bodies.push_back(std::move(be));
  }
  return success();
}

Result<AxisAnalysis> EvaluationService::save_analysis(const Actor& actor, AxisAnalysis analysis) {
  TRY_VOID(check_period({analysis.from_year, analysis.to_year}));
  if (utf8_length(analysis.text) > 20'000) {
    return Error::invalid("20 000 caractères au plus.", "text");
  }
  return db_.in_transaction([&](Connection& conn) -> Result<AxisAnalysis> {
    auto territory = TRY(strategies_.territory_of_axis_in(conn, analysis.axis_id));
    if (!territory) return Error::not_found("Axe introuvable.");
    TRY_VOID(require(actor, Permission::strategy_write, *territory));
    analysis.updated_at = format_timestamp(clock_.now());
    analysis.updated_by = actor.login.empty() ? "système" : actor.login;
    TRY_VOID(repo::save_analysis(conn, analysis));
    return analysis;
  });
}

}  // namespace vigie
