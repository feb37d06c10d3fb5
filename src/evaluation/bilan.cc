// The bilan as a document; see bilan.h.
#include "evaluation/bilan.h"

#include <cstdio>
#include <map>

#include "core/dates.h"
#include "core/text.h"
#include "evaluation/labels.h"
#include "evaluation/rules.h"
#include "print/bar_chart.h"
#include "strategy/labels.h"

namespace vigie {
namespace {

std::string period_words(const EvaluationPeriod& p) {
  return p.from_year == p.to_year ? std::to_string(p.from_year)
                                  : std::to_string(p.from_year) + "-" + std::to_string(p.to_year);
}

const Action* action_by_id(const StrategyEvaluation& e, std::int64_t id) {
  for (const Action& a : e.actions) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

std::string fiche_name(const Action* a) {
  return a == nullptr ? "Fiche supprimée" : "Fiche " + std::to_string(a->number) + " — " + a->title;
}

void add_summary(const StrategyEvaluation& e, OfficeDocument& d) {
  int fiches = static_cast<int>(e.actions.size());
  int indicators = static_cast<int>(e.indicators.size());
  auto count = [](const auto& map, const auto& key) {
    auto found = map.find(key);
    return found == map.end() ? 0 : found->second;
  };
  std::string& h = d.html;
  h += "<h1>Synthèse</h1>\n<p>" + html_escape(e.strategy.title) + " — " +
       html_escape(e.territory_name) + ", bilan de " + period_words(e.period) + " établi le " +
       french_date(e.computed_on) + ".</p>\n<ul>\n";
  // Agreed with "fiche-action" (feminine): "9 réalisées", "1 abandonnée", "3 en cours".
  static const std::map<std::string_view, std::pair<std::string_view, std::string_view>> kStates{
      {"prevue", {"prévue", "prévues"}},
      {"en_cours", {"en cours", "en cours"}},
      {"realisee", {"réalisée", "réalisées"}},
      {"abandonnee", {"abandonnée", "abandonnées"}},
      {"non_renseigne", {"au statut non renseigné", "au statut non renseigné"}}};
  std::string by_status;
  for (std::string_view status : kActionStatuses) {
    const auto& [one, many] = kStates.at(status);
    if (int n = count(e.fiches_by_status, std::string(status)); n > 0) {
      by_status += (by_status.empty() ? " : " : ", ") + counted(n, one, many);
    }
  }
  h += "<li>" + counted(fiches, "fiche-action", "fiches-actions") + by_status + ".</li>\n";
  if (indicators > 0) {
    auto of = [&](TargetState s, std::string_view one, std::string_view many) {
      return counted(count(e.indicators_by_state, s), one, many);
    };
    h += "<li>" + counted(indicators, "indicateur", "indicateurs") + " : " +
         of(TargetState::reached, "atteint", "atteints") + ", " +
         of(TargetState::missed, "non atteint", "non atteints") + ", " +
         of(TargetState::pending, "en cours", "en cours") + ", " +
         of(TargetState::unmeasured, "non mesuré", "non mesurés") + ".</li>\n";
  }
  std::int64_t planned = 0, spent = 0;
  for (const BudgetTotal& b : e.budget_by_source) {
    planned += b.planned_cents;
    spent += b.executed_cents;
  }
  if (planned > 0) {
    h += "<li>Budget prévu : " + french_euros(planned) + ", dépensé : " + french_euros(spent) +
         ".</li>\n";
  }
  int held = 0;
  for (const BodyEvaluation& b : e.bodies)
    held += b.totals.held;
  if (!e.bodies.empty()) {
    h += "<li>" + counted(held, "réunion tenue", "réunions tenues") + ".</li>\n";
  }
  h += "</ul>\n";
  if (fiches > 0) {
    std::vector<ChartBar> bars;
    for (const auto& [status, n] : e.fiches_by_status)
      bars.push_back({action_status_label(status), {static_cast<double>(n)}});
    d.images.emplace_back("fiches.svg", svg_bar_chart("Fiches-actions par statut", {}, bars));
    h += "<p><img src=\"fiches.svg\" alt=\"Fiches-actions par statut\"></p>\n";
  }
  if (indicators > 0) {
    std::vector<ChartBar> bars;
    for (const auto& [state, n] : e.indicators_by_state)
      bars.push_back({target_state_label(state), {static_cast<double>(n)}});
    d.images.emplace_back("indicateurs.svg",
                          svg_bar_chart("Indicateurs au regard de leur cible", {}, bars));
    h += "<p><img src=\"indicateurs.svg\" alt=\"Indicateurs au regard de leur cible\"></p>\n";
  }
}

void add_governance(const StrategyEvaluation& e, OfficeDocument& d) {
  if (e.bodies.empty()) return;
  std::vector<std::vector<std::string>> rows;
  for (const BodyEvaluation& b : e.bodies) {
    const BodyReport& r = b.totals;
    rows.push_back({html_escape(b.name), r.planned ? std::to_string(*r.planned) : "à la demande",
                    std::to_string(r.held), std::to_string(r.cancelled),
                    std::to_string(r.decisions), std::to_string(r.decisions_done),
                    std::to_string(r.decisions_overdue)});
  }
  d.html += "<h1>Gouvernance</h1>\n<p>Réunions prévues par le rythme de chaque instance, tenues "
            "et annulées ; décisions prises, réalisées et en retard.</p>\n" +
            html_table({"Instance", "Prévues", "Tenues", "Annulées", "Décisions", "Réalisées",
                        "En retard"},
                       rows, {28, 12, 12, 12, 12, 12, 12});
  for (const BodyEvaluation& b : e.bodies) {
    if (b.totals.attendance.empty()) continue;
    std::vector<std::vector<std::string>> present;
    for (const OrganisationAttendance& o : b.totals.attendance) {
      present.push_back(
          {html_escape(o.organisation), std::to_string(o.convened), std::to_string(o.present)});
    }
    d.html += "<h2>Présence : " + html_escape(b.name) + "</h2>\n" +
              html_table({"Organisation", "Convocations", "Présences"}, present);
  }
}

void add_axes(const StrategyEvaluation& e, OfficeDocument& d) {
  if (e.axes.empty() && e.actions.empty()) return;
  d.html += "<h1>Les fiches-actions par axe</h1>\n";
  for (const AxisEvaluation& x : e.axes) {
    d.html += "<h2>" + html_escape(axis_label(&x.axis)) + "</h2>\n";
    std::vector<std::vector<std::string>> rows;
    for (const Action& a : e.actions) {
      if (a.axis_id == x.axis.id) {
        rows.push_back(
            {std::to_string(a.number), html_escape(a.title), action_status_label(a.status)});
      }
    }
    if (!rows.empty()) d.html += html_table({"N°", "Fiche-action", "Statut"}, rows, {8, 70, 22});
    if (x.analysis && !x.analysis->text.empty()) {
      d.html += "<p><strong>Analyse et propositions du groupe de travail</strong></p>\n";
      d.html += html_paragraphs(x.analysis->text);
    }
  }
}

// "2.3": fiche 3 of axis 2 (the fiche's number alone when it has no axis), so that fiches of
// the same number on two axes are told apart.
std::string fiche_number(const StrategyEvaluation& e, const Action* a) {
  if (a == nullptr) return "";
  for (const AxisEvaluation& x : e.axes) {
    if (a->axis_id && x.axis.id == *a->axis_id) {
      return std::to_string(x.axis.number) + "." + std::to_string(a->number);
    }
  }
  return std::to_string(a->number);
}

void add_indicators(const StrategyEvaluation& e, OfficeDocument& d) {
  if (e.indicators.empty()) return;
  std::vector<std::vector<std::string>> rows;
  for (const IndicatorEvaluation& ie : e.indicators) {
    const Indicator& i = ie.indicator;
    const Action* a = action_by_id(e, ie.action_id);
    std::string latest =
        ie.latest
            ? french_number(ie.latest->value) +
                  (ie.latest->measured_on ? " (" + french_date(*ie.latest->measured_on) + ")" : "")
            : "—";
    rows.push_back({fiche_number(e, a), html_escape(i.label), indicator_kind_label(i.kind),
                    i.baseline ? french_number(*i.baseline) : "—",
                    i.target ? french_number(*i.target) : "—", latest,
                    target_state_label(ie.state)});
  }
  d.html +=
      "<h1>Indicateurs</h1>\n<p>État de chaque indicateur à la fin de la période : sa "
      "dernière mesure au regard de sa valeur de référence et de sa cible (N° : l'axe et la "
      "fiche-action de l'indicateur, « 2.3 » pour la fiche 3 de l'axe 2).</p>\n" +
      html_table({"N°", "Indicateur", "Type", "Référence", "Cible", "Dernière mesure", "État"},
                 rows, {7, 28, 14, 12, 9, 18, 12});
  if (e.late_measurements > 0) {
    d.html += "<p>" + counted(e.late_measurements, "mesure", "mesures") +
              " en retard sur la périodicité prévue.</p>\n";
  }
}

std::vector<std::vector<std::string>> budget_rows(const std::vector<BudgetTotal>& totals,
                                                  bool source_keys) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(totals.size());
  for (const BudgetTotal& b : totals) {
    // Nothing spent while lines wait for their figure is not "0 €" spent: it is not entered.
    bool unknown = b.executed_cents == 0 && b.lines_without_execution > 0;
    rows.push_back({html_escape(source_keys ? funding_source_label(b.key) : b.key),
                    french_euros(b.planned_cents),
                    unknown ? "non saisi" : french_euros(b.executed_cents)});
  }
  return rows;
}

void add_budget(const StrategyEvaluation& e, OfficeDocument& d) {
  if (e.budget_by_source.empty()) return;
  std::vector<ChartBar> bars;
  for (const BudgetTotal& b : e.budget_by_source) {
    bars.push_back({funding_source_label(b.key),
                    {static_cast<double>(b.planned_cents), static_cast<double>(b.executed_cents)}});
  }
  d.images.emplace_back("budget.svg", svg_bar_chart("Budget par source de financement",
                                                    {"Prévu", "Dépensé"}, bars, "€"));
  d.html += "<h1>Budget</h1>\n<p><img src=\"budget.svg\" alt=\"Budget prévu et dépensé par "
            "source de financement\"></p>\n<h2>Par source de financement</h2>\n" +
            html_table({"Source", "Prévu", "Dépensé"}, budget_rows(e.budget_by_source, true)) +
            "<h2>Par financeur</h2>\n" +
            html_table({"Financeur", "Prévu", "Dépensé"}, budget_rows(e.budget_by_funder, false)) +
            "<h2>Par année</h2>\n" +
            html_table({"Année", "Prévu", "Dépensé"}, budget_rows(e.budget_by_year, false));
}

void add_changes(const StrategyEvaluation& e, OfficeDocument& d) {
  if (e.changes.empty()) return;
  std::vector<std::vector<std::string>> rows;
  for (const StatusChange& c : e.changes) {
    rows.push_back({french_date(c.at), html_escape(fiche_name(action_by_id(e, c.action_id))),
                    action_status_label(c.from), action_status_label(c.to)});
  }
  d.html += "<h1>Évolution des fiches au cours de la période</h1>\n" +
            html_table({"Date", "Fiche-action", "Ancien statut", "Nouveau statut"}, rows,
                       {15, 45, 20, 20});
}

}  // namespace

OfficeDocument bilan_document(const StrategyEvaluation& e) {
  OfficeDocument d;
  bool yearly = e.period.from_year == e.period.to_year;
  d.title = (yearly ? "Bilan annuel " : "Bilan ") + period_words(e.period);
  d.subtitle = e.strategy.title + " — " + e.territory_name;
  d.footer = e.territory_name + " — " + d.title;
  add_summary(e, d);
  add_governance(e, d);
  add_axes(e, d);
  add_indicators(e, d);
  add_budget(e, d);
  add_changes(e, d);
  add_dispositifs(e, d);
  return d;
}

}  // namespace vigie
