// The funding tables for spreadsheets; see sheets.h.
#include "funding/sheets.h"

#include <map>

#include "core/dates.h"
#include "core/text.h"
#include "strategy/labels.h"

namespace vigie {
namespace {

// As the screen says them (web/src/i18n/funding.ts).
std::string status_label(const std::string& status) {
  static const std::map<std::string, std::string, std::less<>> kLabels{
      {"en_preparation", "En préparation"},
      {"deposee", "Déposée"},
      {"accordee", "Accordée"},
      {"refusee", "Refusée"},
      {"soldee", "Soldée"}};
  auto found = kLabels.find(status);
  return found == kLabels.end() ? status : found->second;
}

using sheet::Cell;
using sheet::Format;

Cell euros(std::optional<std::int64_t> cents) {
  if (!cents) return Cell();
  return Cell::of(static_cast<double>(*cents), Format::euros);
}

std::string day(const std::optional<std::string>& d) { return d ? french_date(*d) : ""; }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items)
    out += (out.empty() ? "" : " ; ") + s;
  return out;
}

std::string cofunders(const FundingRequest& q) {
  std::vector<std::string> out;
  for (const Cofunder& c : q.cofunders) {
    out.push_back(funding_source_label(c.funder) + (c.name ? " (" + *c.name + ")" : "") + " " +
                  french_euros(c.amount_cents));
  }
  return joined(out);
}

}  // namespace

sheet::Sheet funding_requests_sheet(const std::vector<FundingRequest>& requests,
                                    const std::string& title) {
  sheet::Sheet s;
  s.name = "Demandes";
  s.title = title;
  s.note = "Montants en euros ; part de l'État : FIPD et autres fonds de l'État, au plus 80 %.";
  s.header = {
      "Fiche-action",  "Année",       "Financeur", "Programme",          "Coût du projet",
      "Demandé",       "Accordé",     "Versé",     "Part de l'État (%)", "Cofinanceurs",
      "Canal",         "Date limite", "Statut",    "Compte rendu dû le", "Compte rendu envoyé le",
      "Avertissements"};
  s.widths = {40, 8, 22, 10, 14, 14, 14, 14, 10, 40, 24, 12, 14, 14, 14, 40};
  for (const FundingRequest& q : requests) {
    s.rows.push_back(
        {"Fiche " + std::to_string(q.action_number) + " — " + q.action_title,
         Cell::of(static_cast<double>(q.year)),
         funding_source_label(q.funder) + (q.funder_name ? " — " + *q.funder_name : ""),
         q.programme.value_or(""), euros(q.project_cost_cents), euros(q.requested_cents),
         euros(q.granted_cents), euros(q.paid_cents), Cell::of(q.state_share_percent), cofunders(q),
         q.channel.value_or(""), day(q.deadline), status_label(q.status), day(q.report_due_on),
         day(q.report_sent_on), joined(q.warnings)});
  }
  return s;
}

sheet::Sheet funding_summary_sheet(const FundingSummary& summary) {
  sheet::Sheet s;
  s.name = "Vue budgétaire";
  s.title = "Vue budgétaire " + std::to_string(summary.year);
  s.note = "Prévu : lignes budgétaires des fiches-actions pour l'année ; montants en euros.";
  s.header = {"Regroupement", "Libellé", "Prévu", "Demandé", "Accordé", "Versé"};
  s.widths = {16, 50, 14, 14, 14, 14};
  auto add = [&](const std::string& group, const FundingTotals& t) {
    s.rows.push_back({group, t.label, euros(t.planned_cents), euros(t.requested_cents),
                      euros(t.granted_cents), euros(t.paid_cents)});
  };
  for (const FundingTotals& t : summary.by_programme)
    add("Programme FIPD", t);
  for (const FundingTotals& t : summary.by_funder)
    add("Financeur", t);
  for (const FundingTotals& t : summary.by_axis)
    add("Axe", t);
  add("Total", summary.total);
  return s;
}

}  // namespace vigie
