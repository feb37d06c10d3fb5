// The ethics committee's yearly report; see annual_report.h.
#include "videoprotection/annual_report.h"

#include <array>

#include "core/dates.h"
#include "core/text.h"
#include "print/bar_chart.h"

namespace vigie {
namespace {

std::string day_or(const std::optional<std::string>& d, const std::string& none) {
  return d ? french_date(*d) : none;
}

void add_system(const VideoSystem& s, const VideoRules& rules, const VideoYear& y,
                const std::string& written_on, std::string& h) {
  // The current year is counted on the day written, a past one on its 31 December.
  std::string year_end = std::to_string(y.year) + "-12-31";
  std::string counted_on = !written_on.empty() && written_on < year_end ? written_on : year_end;
  h += "<h1>Le système</h1>\n";
  std::vector<std::vector<std::string>> rows{
      {"Autorisation préfectorale",
       html_escape(s.authorisation_reference.value_or("non enregistrée")) +
           (s.authorised_on ? " du " + french_date(*s.authorised_on) : "")},
      {"Fin de l'autorisation", day_or(s.authorisation_ends_on, "—")},
      {"Durée de conservation des images", std::to_string(s.retention_days) + " jours (au plus " +
                                               std::to_string(rules.max_retention_days) + ")"},
      {"Charte déontologique", day_or(s.charter_adopted_on, "non enregistrée")},
      {"Analyse d'impact (AIPD)", day_or(s.aipd_on, "non enregistrée")},
      {"Caméras en service",
       std::to_string(y.cameras_in_service) + " au " + french_date(counted_on)}};
  h += html_table({"", ""}, rows, {45, 55});
  h += "<h2>Finalités</h2>\n<ul>\n";
  for (std::int64_t code : s.purposes) {
    for (const VideoPurpose& p : rules.purposes) {
      if (p.code == code) {
        h += "<li>" + html_escape(p.label) + " (" + html_escape(p.reference) + ")</li>\n";
      }
    }
  }
  h += "</ul>\n";
}

void add_activity(const VideoYear& y, OfficeDocument& d) {
  std::string& h = d.html;
  std::string year = std::to_string(y.year);
  h += "<h1>Activité " + year + "</h1>\n";
  h += html_table({"Consignés au registre", "Nombre"},
                  {{"Visionnages", std::to_string(y.viewings)},
                   {"Extractions", std::to_string(y.extractions)},
                   {"Réquisitions", std::to_string(y.requisitions)}},
                  {70, 30});
  if (y.outcome_known > 0) {
    h += "<p>Entrées dont la suite est connue : " + std::to_string(y.outcome_known) +
         " ; ayant servi à une procédure : " + std::to_string(y.led_to_procedure) + " (" +
         std::to_string(y.led_to_procedure * 100 / y.outcome_known) + " %).</p>\n";
  } else {
    h += "<p>Aucune suite n'est consignée au registre pour l'année.</p>\n";
  }
  static constexpr std::array<const char*, 12> kMonths{
      "janvier", "février", "mars",      "avril",   "mai",      "juin",
      "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  std::vector<ChartBar> bars;
  for (std::size_t m = 0; m < kMonths.size(); ++m)
    bars.push_back({kMonths[m], {static_cast<double>(y.requisitions_by_month[m])}});
  d.images.emplace_back("requisitions.svg",
                        svg_bar_chart("Réquisitions par mois, " + year, {"Réquisitions"}, bars));
  h += "<h2>Réquisitions par mois</h2>\n<p><img src=\"requisitions.svg\"></p>\n";
}

}  // namespace

OfficeDocument video_annual_report(const VideoSystem& s, const VideoYear& y,
                                   const VideoRules& rules, const AnnualReportContext& c) {
  OfficeDocument d;
  std::string year = std::to_string(y.year);
  d.title = "Rapport annuel " + year + " au comité d'éthique de la vidéoprotection";
  d.subtitle = s.name + " — " + c.territory_name;
  d.footer = c.territory_name + " — vidéoprotection, rapport " + year;
  d.html += "<p>Rapport établi le " + french_date(c.written_on) +
            " à partir du registre et des métadonnées tenus dans Vigie : des nombres seulement, "
            "ni image, ni entrée du registre, ni emplacement de caméra.</p>\n";
  add_system(s, rules, y, c.written_on, d.html);
  add_activity(y, d);
  d.html += "<h1>Le comité d'éthique</h1>\n";
  if (!c.committee_meetings_held) {
    d.html += "<p>Aucun comité d'éthique n'est rattaché au système.</p>\n";
  } else {
    d.html += "<p>" + html_escape(s.ethics_body_name) + " : " +
              counted(*c.committee_meetings_held, "réunion tenue", "réunions tenues") + " en " +
              year + ".</p>\n";
  }
  d.html += "<h1>Points d'attention</h1>\n";
  bool any = false;
  for (const VideoAlert& a : c.alerts) {
    if (a.system_id != s.id) continue;
    d.html += "<p>" + html_escape(a.message) + "</p>\n";
    any = true;
  }
  if (!any) d.html += "<p>Aucune alerte en cours.</p>\n";
  return d;
}

}  // namespace vigie
