// Stored SSMSI figures as zones to sum; see zone_sums.h.
#include "diagnostic/zone_sums.h"

namespace vigie::zone_sums {

ssmsi_aggregate::ZoneFigure zone_figure(const ssmsi_repository::StoredFigure& f,
                                        const Populations& populations, bool per_dwellings) {
  ssmsi_aggregate::ZoneFigure z{f.count, f.rate, f.published, std::nullopt};
  std::optional<double> declared;
  if (auto p = populations.find({f.zone, f.year}); p != populations.end()) {
    declared = per_dwellings ? p->second.dwellings
               : p->second.population
                   ? std::optional<double>(static_cast<double>(*p->second.population))
                   : std::nullopt;
  }
  z.base = ssmsi_aggregate::rate_base(z, declared);
  return z;
}

SsmsiPoint published_point(const ssmsi_repository::StoredFigure& f) {
  return ssmsi_aggregate::sum(f.year, {{f.count, f.rate, f.published, std::nullopt}});
}

std::optional<SsmsiPoint> communes_sum(const std::vector<std::string>& codes,
                                       std::int64_t indicator_id, int year, bool per_dwellings,
                                       const Figures& figures, const Populations& populations) {
  std::vector<ssmsi_aggregate::ZoneFigure> zones;
  bool any = false;
  for (const std::string& code : codes) {
    auto f = figures.find({code, indicator_id, year});
    if (f == figures.end()) {
      zones.push_back({std::nullopt, std::nullopt, false, std::nullopt});
      continue;
    }
    any = true;
    zones.push_back(zone_figure(f->second, populations, per_dwellings));
  }
  if (!any) return std::nullopt;
  return ssmsi_aggregate::sum(year, zones);
}

}  // namespace vigie::zone_sums
