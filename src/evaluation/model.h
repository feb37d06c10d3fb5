#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "funding/model.h"
#include "governance/model.h"
#include "participation/model.h"
#include "strategy/model.h"
#include "videoprotection/model.h"

namespace vigie {

/// Where an indicator stands at the end of a period (the bilan's "atteint / non atteint / non
/// mesuré"). `pending`: not reached while its target date is still ahead.
enum class TargetState { reached, missed, pending, unmeasured };

/// The period a bilan covers: whole calendar years, `from_year` to `to_year` included (a yearly
/// bilan has both equal; an end-of-period one spans the strategy, "2015-2018").
struct EvaluationPeriod {
  int from_year = 0;
  int to_year = 0;
  std::string first_day() const { return std::to_string(from_year) + "-01-01"; }
  std::string last_day() const { return std::to_string(to_year) + "-12-31"; }
};

/// A fiche whose status changed during the period (from its history).
struct StatusChange {
  std::int64_t action_id = 0;
  std::string at;  // YYYY-MM-DD
  std::string from;
  std::string to;
};

/// An indicator of a fiche at the end of the period.
struct IndicatorEvaluation {
  std::int64_t action_id = 0;
  Indicator indicator;
  TargetState state = TargetState::unmeasured;
  std::optional<Measurement> latest;  // the latest on or before the period's end
  int measured_in_period = 0;         // measurements dated within the period
};

/// Planned and spent amounts (euro cents) under one heading: a funding source, a funder, a year.
struct BudgetTotal {
  std::string key;
  std::int64_t planned_cents = 0;
  std::int64_t executed_cents = 0;
  int lines_without_execution = 0;  // planned lines whose spending is not entered yet
};

/// A body's activity summed over the period's years (`totals.year` 0, no `counted_from`).
struct BodyEvaluation {
  std::int64_t body_id = 0;
  std::string name;
  std::string kind;
  BodyReport totals;
};

/// The working groups' analysis and proposals for one axis and one period.
struct AxisAnalysis {
  std::int64_t axis_id = 0;
  int from_year = 0;
  int to_year = 0;
  std::string text;
  std::string updated_at;
  std::string updated_by;
};

/// One axis in the evaluation: its fiches by status, its indicators' states, its analysis.
struct AxisEvaluation {
  Axis axis;
  std::map<std::string, int> fiches_by_status;
  std::map<TargetState, int> indicators_by_state;
  std::optional<AxisAnalysis> analysis;
};

/// A vidéoprotection system's figures for one year of the period (counts only).
struct VideoEvaluation {
  std::string system_name;
  VideoYear figures;
};

/// A participation citoyenne protocol's public bilan for one year of the period.
struct ParticipationEvaluation {
  std::string area;  // the communes or quartiers covered, in words
  CitizenBilan bilan;
};

/// The evaluation of a whole strategy over a period: what a yearly or end-of-period bilan says.
struct StrategyEvaluation {
  Strategy strategy;
  std::string territory_name;
  EvaluationPeriod period;
  std::string computed_on;  // YYYY-MM-DD, by the injected clock
  std::vector<Action> actions;
  std::map<std::string, int> fiches_by_status;
  std::vector<StatusChange> changes;
  std::vector<IndicatorEvaluation> indicators;
  std::map<TargetState, int> indicators_by_state;
  int late_measurements = 0;
  std::vector<BudgetTotal> budget_by_source;
  std::vector<BudgetTotal> budget_by_funder;
  std::vector<BudgetTotal> budget_by_year;
  std::vector<BodyEvaluation> bodies;
  std::vector<AxisEvaluation> axes;
  // The dispositifs of the territory, year by year of the period (up to this year): the
  // vidéoprotection figures (for who reads them), the participation citoyenne bilans, and the
  // funding requested, granted and paid (years with none left out).
  std::vector<VideoEvaluation> video;
  std::vector<ParticipationEvaluation> participation;
  std::vector<FundingSummary> funding;
  std::map<std::int64_t, std::string> organisations;  // the territory's, by id: pilots, funders
};

}  // namespace vigie
