#include "evaluation/json.h"

#include <boost/json.hpp>

#include "core/json_write.h"
#include "evaluation/rules.h"
#include "funding/json.h"
#include "governance/json.h"
#include "participation/json.h"
#include "strategy/json.h"
#include "videoprotection/json.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::object counts_json(const std::map<std::string, int>& counts) {
  json::object out;
  for (const auto& [key, n] : counts)
    out[key] = n;
  return out;
}

json::object states_json(const std::map<TargetState, int>& counts) {
  json::object out;
  for (TargetState s :
       {TargetState::reached, TargetState::missed, TargetState::pending, TargetState::unmeasured}) {
    auto found = counts.find(s);
    out[target_state_name(s)] = found == counts.end() ? 0 : found->second;
  }
  return out;
}

json::array budget_json(const std::vector<BudgetTotal>& totals) {
  json::array out;
  for (const BudgetTotal& t : totals) {
    out.push_back({{"key", t.key},
                   {"planned_cents", t.planned_cents},
                   {"executed_cents", t.executed_cents},
                   {"lines_without_execution", t.lines_without_execution}});
  }
  return out;
}

json::object body_json(const BodyEvaluation& b) {
  json::object o = to_json(b.totals);  // a body's yearly report's shape, over the period
  o.erase("year");
  o.erase("counted_from");
  o["body_id"] = b.body_id;
  o["name"] = b.name;
  o["kind"] = b.kind;
  return o;
}

json::object indicator_evaluation_json(const IndicatorEvaluation& i) {
  json::object o = indicator_json(i.indicator);
  o["action_id"] = i.action_id;
  o["state"] = target_state_name(i.state);
  o["latest_value"] = i.latest ? json::value(i.latest->value) : nullptr;
  o["latest_on"] = i.latest ? json_or_null(i.latest->measured_on) : nullptr;
  o["measured_in_period"] = i.measured_in_period;
  return o;
}

}  // namespace

json::object to_json(const AxisAnalysis& a) {
  return {{"axis_id", a.axis_id}, {"from", a.from_year},        {"to", a.to_year},
          {"text", a.text},       {"updated_at", a.updated_at}, {"updated_by", a.updated_by}};
}

json::object to_json(const StrategyEvaluation& e) {
  json::array actions, changes, indicators, bodies, axes, video, participation, funding;
  for (const Action& a : e.actions) {
    actions.push_back({{"id", a.id},
                       {"axis_id", json_or_null(a.axis_id)},
                       {"number", a.number},
                       {"title", a.title},
                       {"status", a.status},
                       {"example", a.example}});
  }
  for (const StatusChange& c : e.changes)
    changes.push_back({{"action_id", c.action_id}, {"at", c.at}, {"from", c.from}, {"to", c.to}});
  for (const IndicatorEvaluation& i : e.indicators)
    indicators.push_back(indicator_evaluation_json(i));
  for (const BodyEvaluation& b : e.bodies)
    bodies.push_back(body_json(b));
  for (const AxisEvaluation& a : e.axes) {
    axes.push_back({{"axis", to_json(a.axis)},
                    {"fiches_by_status", counts_json(a.fiches_by_status)},
                    {"indicators_by_state", states_json(a.indicators_by_state)},
                    {"analysis", a.analysis ? json::value(to_json(*a.analysis)) : nullptr}});
  }
  for (const VideoEvaluation& v : e.video)
    video.push_back({{"system_name", v.system_name}, {"figures", to_json(v.figures)}});
  for (const ParticipationEvaluation& p : e.participation)
    participation.push_back({{"area", p.area}, {"bilan", to_json(p.bilan)}});
  for (const FundingSummary& f : e.funding)
    funding.push_back(to_json(f));
  return {{"strategy", to_json(e.strategy)},
          {"territory_name", e.territory_name},
          {"from", e.period.from_year},
          {"to", e.period.to_year},
          {"computed_on", e.computed_on},
          {"actions", std::move(actions)},
          {"fiches_by_status", counts_json(e.fiches_by_status)},
          {"changes", std::move(changes)},
          {"indicators", std::move(indicators)},
          {"indicators_by_state", states_json(e.indicators_by_state)},
          {"late_measurements", e.late_measurements},
          {"budget_by_source", budget_json(e.budget_by_source)},
          {"budget_by_funder", budget_json(e.budget_by_funder)},
          {"budget_by_year", budget_json(e.budget_by_year)},
          {"bodies", std::move(bodies)},
          {"axes", std::move(axes)},
          {"video", std::move(video)},
          {"participation", std::move(participation)},
          {"funding", std::move(funding)}};
}

}  // namespace vigie
