// DiagnosticService::territory_series and indicators: one SSMSI indicator for a fiche.
#include <map>

#include "diagnostic/aggregate.h"
#include "diagnostic/figures_repository.h"
#include "diagnostic/service.h"

namespace vigie {

Result<std::vector<SsmsiPoint>> DiagnosticService::territory_series(const Actor& actor,
                                                                    std::int64_t territory_id,
                                                                    const std::string& indicator) {
  Territory t = TRY(territories_.get(actor, territory_id));
  TRY_VOID(require(actor, Permission::statistics_read, territory_id));
  std::vector<std::string> codes;
  for (const Commune& c : t.communes)
    codes.push_back(c.code);
  Lease conn = db_.acquire();
  std::optional<ssmsi_repository::Indicator> wanted;
  for (auto& i : TRY(ssmsi_repository::indicators(*conn))) {
    if (i.label == indicator) wanted = i;
  }
  if (!wanted) return std::vector<SsmsiPoint>();
  std::map<std::pair<std::string, int>, ssmsi_repository::StoredFigure> figures;
  std::map<int, bool> years;
  for (auto& f : TRY(ssmsi_repository::figures(*conn, SsmsiLevel::commune, codes))) {
    if (f.indicator_id != wanted->id) continue;
    years[f.year] = true;
    figures.emplace(std::pair(f.zone, f.year), f);
  }
  std::map<std::pair<std::string, int>, ssmsi_repository::StoredPopulation> populations;
  for (auto& p : TRY(ssmsi_repository::populations(*conn, SsmsiLevel::commune, codes)))
    populations.emplace(std::pair(p.zone, p.year), p);
  std::vector<SsmsiPoint> out;
  for (const auto& [year, seen] : years) {
    std::vector<ssmsi_aggregate::ZoneFigure> zones;
    for (const std::string& code : codes) {
      auto f = figures.find({code, year});
      if (f == figures.end()) {
        zones.push_back({std::nullopt, std::nullopt, false, std::nullopt});
        continue;
      }
      ssmsi_aggregate::ZoneFigure z{f->second.count, f->second.rate, f->second.published,
                                    std::nullopt};
      std::optional<double> declared;
      if (auto p = populations.find({code, year}); p != populations.end()) {
        declared = wanted->per_dwellings ? p->second.dwellings
                   : p->second.population
                       ? std::optional<double>(static_cast<double>(*p->second.population))
                       : std::nullopt;
      }
      z.base = ssmsi_aggregate::rate_base(z, declared);
      zones.push_back(z);
    }
    out.push_back(ssmsi_aggregate::sum(year, zones));
  }
  return out;
}

Result<std::vector<IndicatorDiagnostic>> DiagnosticService::indicators() {
  Lease conn = db_.acquire();
  std::vector<IndicatorDiagnostic> out;
  for (auto& i : TRY(ssmsi_repository::indicators(*conn))) {
    IndicatorDiagnostic d;
    d.id = i.id;
    d.label = i.label;
    d.unit = i.unit;
    d.per_dwellings = i.per_dwellings;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace vigie
