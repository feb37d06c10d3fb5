// The bilan's "Dispositifs" section (issue 17): vidéoprotection, participation citoyenne and
// funding, year by year of the period; see bilan.h.
#include <array>

#include "core/text.h"
#include "evaluation/bilan.h"
#include "strategy/labels.h"

namespace vigie {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// "3 sur 4 (75 %)", or "non renseigné" when no outcome was recorded.
std::string share(std::int64_t part, std::int64_t known) {
  if (known == 0) return "non renseigné";
  return std::to_string(part) + " sur " + std::to_string(known) + " (" +
         std::to_string(part * 100 / known) + " %)";
}

std::string count_or_unknown(const std::optional<std::int64_t>& n) {
  return n ? std::to_string(*n) : "non publié";
}

void add_video(const std::vector<VideoEvaluation>& video, std::string& h) {
  if (video.empty()) return;
  static constexpr std::array<const char*, 12> kMonths{"janv.", "févr.", "mars",  "avr.",
                                                       "mai",   "juin",  "juil.", "août",
                                                       "sept.", "oct.",  "nov.",  "déc."};
  Rows totals, months;
  for (const VideoEvaluation& v : video) {
    const VideoYear& y = v.figures;
    std::string name = html_escape(v.system_name) + " " + std::to_string(y.year);
    totals.push_back({name, std::to_string(y.cameras_in_service), std::to_string(y.viewings),
                      std::to_string(y.extractions), std::to_string(y.requisitions),
                      share(y.led_to_procedure, y.outcome_known)});
    std::vector<std::string> row{name};
    for (std::int64_t n : y.requisitions_by_month)
      row.push_back(std::to_string(n));
    months.push_back(std::move(row));
  }
  std::vector<std::string> month_header{"Système"};
  month_header.insert(month_header.end(), kMonths.begin(), kMonths.end());
  h += "<h2>Vidéoprotection</h2>\n<p>Chiffres du registre (comptes seulement) ; caméras en "
       "service au 31 décembre, ou ce jour pour l'année en cours.</p>\n" +
       html_table({"Système et année", "Caméras en service", "Visionnages", "Extractions",
                   "Réquisitions", "Ayant servi à une procédure"},
                  totals, {28, 12, 12, 12, 12, 24}) +
       "<h3>Réquisitions par mois</h3>\n" + html_table(month_header, months);
}

void add_participation(const std::vector<ParticipationEvaluation>& protocols, std::string& h) {
  if (protocols.empty()) return;
  Rows rows;
  for (const ParticipationEvaluation& p : protocols) {
    const CitizenBilan& b = p.bilan;
    rows.push_back({html_escape(p.area), std::to_string(b.year), std::to_string(b.referents),
                    std::to_string(b.referents_joined), std::to_string(b.meetings_held),
                    count_or_unknown(b.burglaries), count_or_unknown(b.burglaries_previous)});
  }
  const CitizenBilan& first = protocols.front().bilan;
  h += "<h2>Participation citoyenne</h2>\n<p>Activité de chaque protocole, année par année, à "
       "côté des chiffres du diagnostic (" +
       html_escape(first.indicator) + ", SSMSI).</p>\n" +
       html_table({"Protocole", "Année", "Référents", "Nouveaux référents", "Réunions tenues",
                   first.indicator + " de l'année", "L'année précédente"},
                  rows, {30, 8, 10, 12, 12, 14, 14});
}

void add_funding(const std::vector<FundingSummary>& years, std::string& h) {
  if (years.empty()) return;
  Rows rows;
  auto add = [&rows](std::int64_t year, const std::string& label, const FundingTotals& t) {
    rows.push_back({std::to_string(year), label, french_euros(t.requested_cents),
                    french_euros(t.granted_cents), french_euros(t.paid_cents)});
  };
  for (const FundingSummary& s : years) {
    for (const FundingTotals& t : s.by_programme) {
      if (t.requested_cents != 0) add(s.year, "FIPD " + html_escape(t.label), t);
    }
    for (const FundingTotals& t : s.by_funder) {
      if (t.requested_cents != 0 && t.key != "fipd") add(s.year, html_escape(t.label), t);
    }
    add(s.year, "Total", s.total);
  }
  h += "<h2>Financements demandés</h2>\n" +
       html_table({"Année", "Programme ou financeur", "Demandé", "Accordé", "Versé"}, rows,
                  {10, 42, 16, 16, 16});
}

}  // namespace

void add_dispositifs(const StrategyEvaluation& e, OfficeDocument& d) {
  if (e.video.empty() && e.participation.empty() && e.funding.empty()) return;
  d.html += "<h1>Dispositifs</h1>\n";
  add_video(e.video, d.html);
  add_participation(e.participation, d.html);
  add_funding(e.funding, d.html);
}

}  // namespace vigie
