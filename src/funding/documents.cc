// The subsidy request's project part and the financial report; see documents.h.
#include "funding/documents.h"

#include "core/dates.h"
#include "core/text.h"
#include "funding/rules.h"
#include "strategy/labels.h"

namespace vigie {
namespace {

// A section of the form: its heading and the fiche's text, or a line to fill in.
void section(std::string& h, const std::string& title, const std::optional<std::string>& text) {
  h += "<h2>" + html_escape(title) + "</h2>\n";
  h += text && !text->empty() ? html_paragraphs(*text) : "<p>À compléter.</p>\n";
}

std::string funder_words(const std::string& funder, const std::optional<std::string>& name) {
  return funding_source_label(funder) + (name ? " — " + *name : "");
}

// The resources of the project: the request, then its co-funders, and the total.
std::string resources_table(const FundingRequest& q, bool granted) {
  std::vector<std::vector<std::string>> rows;
  std::int64_t total = 0;
  std::int64_t own = granted ? q.granted_cents.value_or(0) : q.requested_cents;
  std::string label = funder_words(q.funder, q.funder_name);
  if (q.programme) label += " (programme " + *q.programme + ")";
  rows.push_back({html_escape(label), french_euros(own)});
  total += own;
  // Vigie records what the co-funders were asked in the financing plan, not what they gave.
  const std::string planned = granted ? " (prévu au plan de financement, à confirmer)" : "";
  for (const Cofunder& c : q.cofunders) {
    rows.push_back(
        {html_escape(funder_words(c.funder, c.name)) + planned, french_euros(c.amount_cents)});
    total += c.amount_cents;
  }
  rows.push_back(
      {"<strong>Total des ressources</strong>", "<strong>" + french_euros(total) + "</strong>"});
  rows.push_back({"Coût total du projet", french_euros(q.project_cost_cents)});
  return html_table({"Financeur", granted ? "Montant accordé ou prévu" : "Montant demandé"}, rows,
                    {70, 30});
}

std::string indicators_table(const Action& a) {
  std::vector<std::vector<std::string>> rows;
  for (const Indicator& i : a.indicators) {
    auto number = [](std::optional<double> v) { return v ? french_number(*v) : std::string(); };
    rows.push_back({html_escape(i.label), html_escape(indicator_kind_label(i.kind)),
                    number(i.baseline), number(i.target), html_escape(i.source.value_or(""))});
  }
  return html_table({"Indicateur", "Niveau", "Valeur de départ", "Cible", "Source"}, rows,
                    {36, 14, 14, 12, 24});
}

std::string year_of(const std::optional<std::string>& day) {
  return day && day->size() >= 4 ? day->substr(0, 4) : "";
}

}  // namespace

OfficeDocument cerfa_project_document(const Action& a, const FundingRequest& q,
                                      const std::vector<std::string>& partners,
                                      const std::string& territory_name) {
  OfficeDocument d;
  d.title = "Demande de subvention " + std::to_string(q.year) + " — " + a.title;
  d.subtitle = "Cerfa 12156, rubrique 6 « Projet » — " + funder_words(q.funder, q.funder_name) +
               (q.programme ? ", programme " + *q.programme : "") + " — " + territory_name;
  d.footer = territory_name + " — " + a.title + " (" + std::to_string(q.year) + ")";
  std::string& h = d.html;
  h += "<p>Projet rédigé à partir de la fiche-action " + std::to_string(a.number) +
       " de la stratégie territoriale de sécurité et de prévention de la délinquance. Document "
       "modifiable : complétez-le avant de le reporter dans le formulaire.</p>\n";
  section(h, "Intitulé", a.title);
  section(h, "Constat et besoin", a.constat);
  std::string objectives = a.general_objective.value_or("");
  for (const std::string& o : a.operational_objectives)
    objectives += "\n" + o;
  section(h, "Objectifs", objectives);
  std::string description = a.description.value_or("");
  if (a.solutions) description += "\n" + *a.solutions;
  section(h, "Description et actions", description);
  section(h, "Public(s) ciblé(s)", a.target_public);
  section(h, "Territoire", a.target_territory.value_or(territory_name));
  std::string with;
  for (const std::string& p : partners)
    with += (with.empty() ? "" : ", ") + p;
  section(h, "Partenaires", with);
  h += "<h2>Calendrier</h2>\n";
  if (a.milestones.empty()) h += "<p>À compléter.</p>\n";
  for (const Milestone& m : a.milestones) {
    h += "<p>" + html_escape(m.label) + (m.due_date ? " : " + french_date(*m.due_date) : "") +
         "</p>\n";
  }
  h += "<h2>Évaluation : indicateurs proposés</h2>\n" + indicators_table(a);
  h += "<h2>Budget du projet " + std::to_string(q.year) + "</h2>\n" + resources_table(q, false);
  h += "<p>Part des financements de l'État : " +
       std::to_string(state_share_percent(q, funding_rules())) + " % du coût (au plus " +
       std::to_string(funding_rules().state_max_percent) + " %).</p>\n";
  return d;
}

OfficeDocument financial_report_document(const Action& a, const FundingRequest& q,
                                         const std::string& territory_name) {
  OfficeDocument d;
  std::string year = std::to_string(q.year);
  d.title = "Compte rendu financier " + year + " — " + a.title;
  d.subtitle = "Cerfa 15059 et bilan qualitatif — " + funder_words(q.funder, q.funder_name) +
               " — " + territory_name;
  d.footer = territory_name + " — compte rendu " + year;
  std::string& h = d.html;
  h += "<p>À remettre avant le " + french_date(report_due_on(q.year, funding_rules())) +
       " : il conditionne tout renouvellement.</p>\n";
  h += "<h1>Bilan qualitatif de l'action</h1>\n";
  h += "<p>Fiche-action " + std::to_string(a.number) + " « " + html_escape(a.title) +
       " » : " + html_escape(action_status_label(a.status)) + ".</p>\n";
  h += "<h2>Réalisé en " + year + "</h2>\n";
  bool any = false;
  for (const Milestone& m : a.milestones) {
    if (year_of(m.done_date) != year) continue;
    h += "<p>" + html_escape(m.label) + " : fait le " + french_date(*m.done_date) + ".</p>\n";
    any = true;
  }
  if (!any) h += "<p>À compléter : actions menées, public touché, dates et lieux.</p>\n";
  h += "<h2>Indicateurs mesurés en " + year + "</h2>\n";
  std::vector<std::vector<std::string>> measured;
  for (const Indicator& i : a.indicators) {
    for (const Measurement& m : i.measurements) {
      if (year_of(m.measured_on) != year) continue;
      measured.push_back({html_escape(i.label), french_date(*m.measured_on), french_number(m.value),
                          i.target ? french_number(*i.target) : ""});
    }
  }
  h += measured.empty()
           ? "<p>Aucune mesure enregistrée pour l'année.</p>\n"
           : html_table({"Indicateur", "Mesuré le", "Valeur", "Cible"}, measured, {46, 18, 18, 18});
  h += "<h1>Tableau de synthèse</h1>\n<h2>Charges prévues et réalisées</h2>\n";
  std::vector<std::vector<std::string>> lines;
  for (const BudgetLine& b : a.budget_lines) {
    if (b.year != q.year) continue;
    lines.push_back({html_escape(b.label), html_escape(funding_source_label(b.source)),
                     french_euros(b.amount_cents),
                     b.executed_cents ? french_euros(*b.executed_cents) : "À compléter"});
  }
  h += lines.empty() ? "<p>Aucune ligne budgétaire de la fiche pour l'année : à compléter.</p>\n"
                     : html_table({"Poste", "Source", "Prévu", "Réalisé"}, lines, {40, 20, 20, 20});
  h += "<h2>Produits : financements accordés et prévus</h2>\n" + resources_table(q, true);
  h += "<p>Versé à ce jour : " + french_euros(q.paid_cents.value_or(0)) + ".</p>\n";
  h += "<h2>Explication des écarts</h2>\n<p>À compléter : écarts entre le budget prévisionnel et "
       "le réalisé, et leurs raisons.</p>\n";
  return d;
}

}  // namespace vigie
