// The strategy as a document; see strategy_document.h.
#include "publication/strategy_document.h"

#include <cmath>

#include "core/dates.h"
#include "core/text.h"
#include "diagnostic/service.h"
#include "strategy/labels.h"

namespace vigie {
namespace {

std::string period_words(const Strategy& s) {
  if (s.period_start && s.period_end) {
    return std::to_string(*s.period_start) + "-" + std::to_string(*s.period_end);
  }
  return s.period_start ? "à partir de " + std::to_string(*s.period_start) : "";
}

std::string organisation(const StrategyDocumentData& d, std::int64_t id) {
  auto found = d.organisations.find(id);
  return found != d.organisations.end() ? found->second : "Organisation n° " + std::to_string(id);
}

std::string list(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string out = "<ul>\n";
  for (const std::string& i : items)
    out += "<li>" + html_escape(i) + "</li>\n";
  return out + "</ul>\n";
}

// A text block of the founding text: its heading at `level`, paragraphs and points.
std::string block(const TextBlock& b, int level) {
  std::string out;
  if (b.title) {
    std::string h = "h" + std::to_string(level);
    out += "<" + h + ">" + html_escape(*b.title) + "</" + h + ">\n";
  }
  for (const std::string& p : b.paragraphs)
    out += html_paragraphs(p);
  if (!b.items.empty()) {
    out += "<ul>\n";
    for (const TextItem& i : b.items) {
      out += "<li><strong>" + html_escape(i.title) + "</strong>" +
             (i.text ? " — " + html_escape(*i.text) : "") + "</li>\n";
    }
    out += "</ul>\n";
  }
  return out;
}

void add_preamble(const StrategyDocumentData& d, OfficeDocument& doc) {
  const Strategy& s = d.strategy;
  std::string h;
  if (s.description) h += html_paragraphs(*s.description);
  std::vector<std::string> dates;
  for (const KeyDate& k : s.key_dates) {
    std::string day = french_date(k.date);
    if (k.kind == "autre" && k.label) {  // the text's own words: "2019 : établissement du bilan"
      dates.push_back(k.label->starts_with(k.date) ? *k.label : day + " : " + *k.label);
    } else {
      dates.push_back(key_date_label(k.kind) + " : " + day +
                      (k.label ? " (" + *k.label + ")" : ""));
    }
  }
  h += list(dates);
  if (!s.partners.empty()) {
    std::string names;
    for (const std::string& p : s.partners)
      names += (names.empty() ? "" : ", ") + p;
    h += "<p>Élaborée avec : " + html_escape(names) + ".</p>\n";
  }
  if (!h.empty()) doc.html += "<h1>Préambule</h1>\n" + h;
  if (!s.objectives.empty()) {
    doc.html += "<h1>Objectifs stratégiques</h1>\n<ol>\n";
    for (const StrategicObjective& o : s.objectives) {
      doc.html += "<li><strong>" + html_escape(o.title) + "</strong>" +
                  (o.description ? " — " + html_escape(*o.description) : "") + "</li>\n";
    }
    doc.html += "</ol>\n";
  }
  for (const TextBlock& b : s.sections) {
    TextBlock titled = b;
    if (!titled.title) titled.title = "Texte de la stratégie";
    doc.html += block(titled, 1);
  }
}

std::string rate_text(const SsmsiSeries& s, int year) {
  for (const SsmsiPoint& p : s.points) {
    if (p.year != year) continue;
    if (!p.published || !p.rate) return "non diffusé";
    return french_number(std::round(*p.rate * 100) / 100) + (p.partial ? " (partiel)" : "");
  }
  return "—";
}

void add_diagnostic(const StrategyDocumentData& d, OfficeDocument& doc) {
  if (!d.diagnostic) return;
  const Diagnostic& g = *d.diagnostic;
  std::vector<std::vector<std::string>> rows;
  for (const IndicatorDiagnostic& i : g.indicators) {
    if (i.territory.points.empty()) continue;
    const SsmsiPoint& last = i.territory.points.back();
    std::string count =
        last.published && last.count ? format_thousands(*last.count) : "non diffusé";
    rows.push_back({html_escape(i.label), std::to_string(last.year), count,
                    rate_text(i.territory, last.year), rate_text(i.departement, last.year),
                    rate_text(i.france, last.year)});
  }
  if (rows.empty()) return;
  doc.html += "<h1>Diagnostic : les chiffres officiels</h1>\n<p>Faits enregistrés par la police "
              "et la gendarmerie sur " +
              html_escape(g.territory_name) +
              " la dernière année publiée, et taux pour 1 000 habitants (logements pour les "
              "cambriolages) à côté de ceux du département et de la France.</p>\n";
  doc.html += html_table({"Indicateur", "Année", "Nombre", "Taux ‰", "Département ‰", "France ‰"},
                         rows, {34, 9, 11, 11, 19, 16});
  doc.html += "<p>Source : " + html_escape(source_line(g)) + ".</p>\n";
}

// One labelled field of a fiche, left out when empty.
std::string field(const std::string& label, const std::optional<std::string>& text) {
  if (!text || text->find_first_not_of(" \n\t") == std::string::npos) return "";
  return "<p><strong>" + html_escape(label) + "</strong></p>\n" + html_paragraphs(*text);
}

std::string fiche_budget(const StrategyDocumentData& d, const Action& a) {
  if (a.budget_lines.empty()) return "";
  std::vector<std::vector<std::string>> rows;
  rows.reserve(a.budget_lines.size());
  for (const BudgetLine& b : a.budget_lines) {
    rows.push_back({html_escape(b.label), funding_source_label(b.source),
                    b.funder_id ? html_escape(organisation(d, *b.funder_id)) : "",
                    b.year ? std::to_string(*b.year) : "", french_euros(b.amount_cents)});
  }
  return "<p><strong>Budget</strong></p>\n" +
         html_table({"Poste", "Source", "Financeur", "Année", "Montant"}, rows,
                    {36, 14, 22, 10, 18});
}

std::string fiche_indicators(const Action& a) {
  if (a.indicators.empty()) return "";
  std::vector<std::vector<std::string>> rows;
  rows.reserve(a.indicators.size());
  auto value = [](const std::optional<double>& v, const std::optional<std::string>& day) {
    if (!v) return std::string("—");
    return french_number(*v) + (day ? " (" + french_date(*day) + ")" : "");
  };
  for (const Indicator& i : a.indicators) {
    rows.push_back({html_escape(i.label) + (i.unit ? " (" + html_escape(*i.unit) + ")" : ""),
                    indicator_kind_label(i.kind), value(i.baseline, i.baseline_date),
                    value(i.target, i.target_date), html_escape(i.source.value_or(""))});
  }
  return "<p><strong>Indicateurs d'évaluation</strong></p>\n" +
         html_table({"Indicateur", "Type", "Référence", "Cible", "Source"}, rows,
                    {34, 14, 16, 16, 20});
}

std::string fiche(const StrategyDocumentData& d, const Action& a) {
  std::string h =
      "<h2>Fiche " + std::to_string(a.number) + " — " + html_escape(a.title) + "</h2>\n";
  std::string status = action_status_label(a.status);
  h += "<p>Statut : " + html_escape(status) + (a.example ? " — exemple donné par le texte" : "") +
       ".</p>\n";
  h += field("Constat", a.constat) + field("Description", a.description) +
       field("Objectif général", a.general_objective);
  if (!a.operational_objectives.empty()) {
    h += "<p><strong>Objectifs opérationnels</strong></p>\n" + list(a.operational_objectives);
  }
  h += field("Public visé", a.target_public) + field("Territoire concerné", a.target_territory) +
       field("Modalités de mise en œuvre", a.solutions);
  if (a.pilot_organisation_id) {
    h += "<p><strong>Pilote :</strong> " + html_escape(organisation(d, *a.pilot_organisation_id)) +
         "</p>\n";
  }
  if (!a.partner_ids.empty()) {
    std::string names;
    for (std::int64_t id : a.partner_ids)
      names += (names.empty() ? "" : ", ") + organisation(d, id);
    h += "<p><strong>Partenaires :</strong> " + html_escape(names) + "</p>\n";
  }
  if (!a.milestones.empty()) {
    std::vector<std::string> steps;
    for (const Milestone& m : a.milestones) {
      steps.push_back(m.label + (m.due_date ? " — échéance " + french_date(*m.due_date) : "") +
                      (m.done_date ? " — fait le " + french_date(*m.done_date) : ""));
    }
    h += "<p><strong>Calendrier</strong></p>\n" + list(steps);
  }
  return h + fiche_budget(d, a) + fiche_indicators(a);
}

void add_axes(const StrategyDocumentData& d, OfficeDocument& doc) {
  for (const Axis& x : d.axes) {
    doc.html += "<h1>" + html_escape(axis_label(&x)) + "</h1>\n";
    if (x.description) doc.html += html_paragraphs(*x.description);
    for (const TextBlock& b : x.orientations)
      doc.html += block(b, 3);
    for (const Action& a : d.actions) {
      if (a.axis_id == x.id) doc.html += fiche(d, a);
    }
  }
  bool loose = false;
  for (const Action& a : d.actions) {
    if (a.axis_id) continue;
    if (!loose) doc.html += "<h1>Fiches-actions hors axe</h1>\n";
    loose = true;
    doc.html += fiche(d, a);
  }
}

std::string rhythm(const Body& b) {
  if (b.frequency == "yearly") return "une fois par an";
  if (b.frequency == "monthly") return "chaque mois";
  if (b.frequency == "on_demand") return "à la demande";
  std::int64_t n = b.frequency_count.value_or(1);
  if (b.frequency == "every_n_months") return "tous les " + std::to_string(n) + " mois";
  if (b.frequency_max && *b.frequency_max > n) {
    return std::to_string(n) + " à " + std::to_string(*b.frequency_max) + " fois par an";
  }
  return std::to_string(n) + " fois par an";
}

void add_governance(const StrategyDocumentData& d, OfficeDocument& doc) {
  if (d.bodies.empty()) return;
  doc.html += "<h1>Gouvernance</h1>\n";
  for (const Body& b : d.bodies) {
    doc.html += "<h2>" + html_escape(b.name) + "</h2>\n<p>Se réunit " + rhythm(b) + ".</p>\n";
    if (b.description) doc.html += html_paragraphs(*b.description);
  }
}

void add_signatories(const StrategyDocumentData& d, OfficeDocument& doc) {
  if (d.strategy.signatories.empty()) return;
  std::vector<std::vector<std::string>> rows;
  rows.reserve(d.strategy.signatories.size());
  for (const Signatory& s : d.strategy.signatories) {
    rows.push_back({html_escape(s.organisation), html_escape(s.person.value_or("")),
                    html_escape(s.role.value_or(""))});
  }
  doc.html +=
      "<h1>Signataires</h1>\n" + html_table({"Organisation", "Nom", "Qualité"}, rows, {40, 30, 30});
}

}  // namespace

OfficeDocument strategy_document(const StrategyDocumentData& d) {
  OfficeDocument doc;
  const Strategy& s = d.strategy;
  std::string period = period_words(s);
  doc.title = s.title;
  doc.subtitle = d.territory_name + (period.empty() ? "" : " — " + period) + " — " +
                 strategy_status_label(s.status);
  doc.footer = d.territory_name + " — Stratégie" + (period.empty() ? "" : " " + period);
  add_preamble(d, doc);
  add_diagnostic(d, doc);
  add_axes(d, doc);
  add_governance(d, doc);
  add_signatories(d, doc);
  if (s.source) {
    doc.html += "<p><em>Source du texte : " + html_escape(*s.source) +
                ". Document produit par Vigie le " + french_date(d.printed_on) + ".</em></p>\n";
  }
  return doc;
}

}  // namespace vigie
