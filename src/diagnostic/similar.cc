// DiagnosticService::add_similar and source_line: the latest year among similar communes.
#include <algorithm>
#include <map>
#include <set>

#include "core/dates.h"
#include "diagnostic/aggregate.h"
#include "diagnostic/figures_repository.h"
#include "diagnostic/service.h"

namespace vigie {
namespace {

constexpr std::size_t kZonesPerQuery = 2000;  // well under both stores' parameter limits

std::string edition_words(const char* base, const SsmsiEdition& e) {
  std::string out = std::string("base ") + base;
  if (e.produced_on) return out + ", édition produite le " + french_date(*e.produced_on);
  return out + ", édition « " + e.file_name + " »";
}

}  // namespace

Result<void> DiagnosticService::add_similar(Diagnostic& d, const std::vector<Commune>& communes,
                                            const SimilarQuery& q, const std::string& region,
                                            const std::string& departement) {
  if (q.area != "region" && q.area != "departement" && q.area != "france") {
    return Error::invalid("Zone de comparaison : region, departement ou france.", "area");
  }
  if (q.band_min &&
      (*q.band_min < 0 || (q.band_max && *q.band_max != 0 && *q.band_max <= *q.band_min))) {
    return Error::invalid("Tranche de population invalide.", "band_min");
  }
  int year = 0;
  for (const auto& i : d.indicators) {
    for (const auto& p : i.territory.points)
      year = std::max(year, p.rate ? p.year : 0);
  }
  if (year == 0) return success();
  std::int64_t population = 0;
  for (const Commune& c : communes)
    population += c.population.value_or(0);
  auto band = DiagnosticService::bands().front();
  for (const auto& b : DiagnosticService::bands()) {
    if (population >= b.first && (b.second == 0 || population < b.second)) band = b;
  }
  if (q.band_min) band = {*q.band_min, q.band_max.value_or(0)};
  std::string code = q.area == "region" ? region : q.area == "departement" ? departement : "";
  std::set<std::string> own;  // the territory is compared with the others, not with itself
  for (const Commune& c : communes)
    own.insert(c.code);
  std::vector<std::string> zones;
  for (const Commune& c :
       TRY(territories_.communes_by_population(q.area, code, band.first, band.second))) {
    if (!own.contains(c.code)) zones.push_back(c.code);
  }
  std::map<std::int64_t, std::vector<double>> rates;
  {
    Lease conn = db_.acquire();
    for (std::size_t at = 0; at < zones.size(); at += kZonesPerQuery) {
      std::vector<std::string> part(
          zones.begin() + static_cast<std::ptrdiff_t>(at),
          zones.begin() + static_cast<std::ptrdiff_t>(std::min(zones.size(), at + kZonesPerQuery)));
      for (const auto& f : TRY(ssmsi_repository::figures(*conn, SsmsiLevel::commune, part, year))) {
        if (f.published && f.rate) rates[f.indicator_id].push_back(*f.rate);
      }
    }
  }
  for (auto& i : d.indicators) {
    SimilarCommunes s;
    s.year = year;
    s.band_min = band.first;
    s.band_max = band.second;
    s.area = q.area;
    s.area_name = q.area == "region"        ? i.region.name
                  : q.area == "departement" ? i.departement.name
                                            : "France";
    const std::vector<double>& r = rates[i.id];
    s.communes = static_cast<int>(r.size());
    s.q1 = ssmsi_aggregate::quantile(r, 0.25);
    s.median = ssmsi_aggregate::quantile(r, 0.5);
    s.q3 = ssmsi_aggregate::quantile(r, 0.75);
    for (const auto& p : i.territory.points) {
      if (p.year == year) s.rate = p.rate;
    }
    if (s.rate) {
      s.above = static_cast<int>(
          std::count_if(r.begin(), r.end(), [&](double v) { return v > *s.rate; }));
    }
    i.similar = s;
  }
  return success();
}

bool is_generated_name(const std::string& file_name) {
  std::string upper = file_name;
  for (char& c : upper)
    c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return upper.find("GENERE") != std::string::npos;
}

std::string source_line(const Diagnostic& d) {
  std::string out = "SSMSI";
  if (d.communal_edition && is_generated_name(d.communal_edition->file_name)) {
    out = "Base communale GÉNÉRÉE pour la démonstration, chiffres fictifs — " + out;
  }
  if (d.communal_edition) out += ", " + edition_words("communale", *d.communal_edition);
  if (d.departemental_edition) {
    out += (d.communal_edition ? " ; " : ", ") +
           edition_words("départementale", *d.departemental_edition);
  }
  return out + ", Licence Ouverte";
}

}  // namespace vigie
