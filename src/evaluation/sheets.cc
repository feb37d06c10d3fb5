// The action plan and the indicator series as tables; see sheets.h.
#include "evaluation/sheets.h"

#include <algorithm>
#include <cstdio>

#include "core/dates.h"
#include "core/sheet.h"
#include "evaluation/labels.h"
#include "evaluation/rules.h"

namespace vigie {
namespace {

using sheet::Cell;
using sheet::Format;

std::string number_text(double v) { return sheet::csv_text(Cell::of(v)); }

const Axis* axis_of(const StrategyEvaluation& e, const Action& a) {
  for (const AxisEvaluation& x : e.axes) {
    if (a.axis_id && x.axis.id == *a.axis_id) return &x.axis;
  }
  return nullptr;
}

std::string organisation(const StrategyEvaluation& e, const std::optional<std::int64_t>& id) {
  if (!id) return "";
  auto found = e.organisations.find(*id);
  return found != e.organisations.end() ? found->second : "Organisation n° " + std::to_string(*id);
}

std::string partners(const StrategyEvaluation& e, const Action& a) {
  std::string out;
  for (std::int64_t id : a.partner_ids)
    out += (out.empty() ? "" : ", ") + organisation(e, id);
  return out;
}

const Milestone* next_milestone(const Action& a) {
  const Milestone* next = nullptr;
  for (const Milestone& m : a.milestones) {
    if (m.done_date) continue;
    if (next == nullptr || (m.due_date && (!next->due_date || *m.due_date < *next->due_date))) {
      next = &m;
    }
  }
  return next;
}

bool late(const Action& a, const std::string& today) {
  if (a.status == "realisee" || a.status == "abandonnee") return false;
  bool milestone = std::any_of(a.milestones.begin(), a.milestones.end(), [&](const Milestone& m) {
    return !m.done_date && m.due_date && *m.due_date < today;
  });
  return milestone || std::any_of(a.indicators.begin(), a.indicators.end(),
                                  [](const Indicator& i) { return i.measurement_late; });
}

std::string indicators_text(const StrategyEvaluation& e, const Action& a) {
  std::string out;
  for (const IndicatorEvaluation& ie : e.indicators) {
    if (ie.action_id != a.id) continue;
    const Indicator& i = ie.indicator;
    std::string line = i.label;
    if (ie.latest) line += " : " + number_text(ie.latest->value);
    if (i.target) line += " (cible " + number_text(*i.target) + ")";
    out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

// Fiches in the order of the plan: by axis number, then fiche number; fiches without an axis last.
std::vector<const Action*> plan_order(const StrategyEvaluation& e) {
  std::vector<const Action*> order;
  for (const Action& a : e.actions)
    order.push_back(&a);
  auto rank = [&](const Action* a) {
    const Axis* x = axis_of(e, *a);
    return std::make_pair(x != nullptr ? x->number : INT64_MAX, a->number);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const Action* x, const Action* y) { return rank(x) < rank(y); });
  return order;
}

std::string period_words(const StrategyEvaluation& e) {
  return e.period.from_year == e.period.to_year
             ? std::to_string(e.period.from_year)
             : std::to_string(e.period.from_year) + "-" + std::to_string(e.period.to_year);
}

}  // namespace

sheet::Sheet action_plan_sheet(const StrategyEvaluation& e) {
  sheet::Sheet s{"Plan d'action",
                 "Plan d'action — " + e.strategy.title,
                 e.territory_name + " · état au " + french_date(e.computed_on) +
                     " · source : Vigie",
                 {"Axe", "N°", "Fiche-action", "Pilote", "Partenaires", "Statut", "Prochaine étape",
                  "Échéance", "En retard"},
                 {},
                 {34, 6, 44, 24, 30, 14, 30, 12, 10}};
  for (std::string_view source : kFundingSources)
    s.header.push_back("Budget " + funding_source_label(source));
  s.header.insert(s.header.end(), {"Budget total", "Dépensé", "Indicateurs"});
  for (const Action* a : plan_order(e)) {
    const Milestone* next = next_milestone(*a);
    std::vector<Cell> row{axis_label(axis_of(e, *a)),
                          Cell::of(static_cast<double>(a->number)),
                          a->title,
                          organisation(e, a->pilot_organisation_id),
                          partners(e, *a),
                          action_status_label(a->status),
                          next != nullptr ? next->label : "",
                          next != nullptr && next->due_date ? french_date(*next->due_date) : "",
                          late(*a, e.computed_on) ? "oui" : "non"};
    std::int64_t total = 0;
    std::optional<std::int64_t> spent;
    for (std::string_view source : kFundingSources) {
      std::optional<std::int64_t> sum;
      for (const BudgetLine& b : a->budget_lines) {
        if (b.source == source) sum = sum.value_or(0) + b.amount_cents;
      }
      total += sum.value_or(0);
      row.push_back(Cell::of(sum ? std::optional<double>(*sum) : std::nullopt, Format::euros));
    }
    for (const BudgetLine& b : a->budget_lines) {
      if (b.executed_cents) spent = spent.value_or(0) + *b.executed_cents;
    }
    row.push_back(Cell::of(a->budget_lines.empty() ? std::nullopt : std::optional<double>(total),
                           Format::euros));
    row.push_back(Cell::of(spent ? std::optional<double>(*spent) : std::nullopt, Format::euros));
    row.emplace_back(indicators_text(e, *a));
    s.rows.push_back(std::move(row));
  }
  s.widths.resize(s.header.size(), 14);
  s.widths.back() = 50;
  return s;
}

sheet::Sheet indicator_series_sheet(const StrategyEvaluation& e) {
  sheet::Sheet s{"Séries des indicateurs",
                 "Indicateurs — " + e.strategy.title,
                 e.territory_name + " · état à la fin de " + period_words(e) +
                     " · source : Vigie et, pour les indicateurs qui la suivent, la base "
                     "communale du SSMSI",
                 {"Axe", "N° fiche", "Fiche-action", "Indicateur", "Type", "Unité", "Référence",
                  "Date de référence", "Cible", "Date cible", "Périodicité", "Date de mesure",
                  "Valeur", "Source", "Saisie par", "Note", "État en fin de période"},
                 {},
                 {30, 8, 36, 36, 12, 10, 11, 12, 10, 12, 13, 12, 10, 24, 14, 30, 14}};
  std::map<std::int64_t, const Action*> actions;
  for (const Action& a : e.actions)
    actions[a.id] = &a;
  for (const IndicatorEvaluation& ie : e.indicators) {
    const Action& a = *actions.at(ie.action_id);
    const Indicator& i = ie.indicator;
    std::vector<Cell> head{axis_label(axis_of(e, a)),
                           Cell::of(static_cast<double>(a.number)),
                           a.title,
                           i.label,
                           indicator_kind_label(i.kind),
                           i.unit.value_or(""),
                           Cell::of(i.baseline),
                           i.baseline_date.value_or(""),
                           Cell::of(i.target),
                           i.target_date.value_or(""),
                           i.periodicity.value_or("")};
    auto add = [&](std::string day, std::optional<double> value, std::string source, std::string by,
                   std::string note) {
      std::vector<Cell> row = head;
      row.insert(row.end(), {std::move(day), Cell::of(value), std::move(source), std::move(by),
                             std::move(note), target_state_label(ie.state)});
      s.rows.push_back(std::move(row));
    };
    for (const Measurement& m : i.measurements) {
      add(m.measured_on.value_or(""), m.value, m.source.value_or(i.source.value_or("")),
          m.entered_by.value_or(""), m.note.value_or(""));
    }
    if (i.measurements.empty()) {
      for (const OfficialMeasurement& o : i.official) {
        if (o.value) add(std::to_string(o.year) + "-12-31", o.value, "SSMSI", "", "");
      }
    }
    if (i.measurements.empty() && i.official.empty()) add("", std::nullopt, "", "", "");
  }
  return s;
}

}  // namespace vigie
