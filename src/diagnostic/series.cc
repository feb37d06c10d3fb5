// DiagnosticService::territory_series and indicators: one SSMSI indicator for a fiche.
#include <map>

#include "diagnostic/service.h"
#include "diagnostic/zone_sums.h"

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
  zone_sums::Figures figures;
  std::map<int, bool> years;
  for (auto& f : TRY(ssmsi_repository::figures(*conn, SsmsiLevel::commune, codes))) {
    if (f.indicator_id != wanted->id) continue;
    years[f.year] = true;
    figures.emplace(zone_sums::FigureKey{f.zone, f.indicator_id, f.year}, f);
  }
  zone_sums::Populations populations;
  for (auto& p : TRY(ssmsi_repository::populations(*conn, SsmsiLevel::commune, codes)))
    populations.emplace(std::pair(p.zone, p.year), p);
  std::vector<SsmsiPoint> out;
  out.reserve(years.size());
  for (const auto& [year, seen] : years) {
    out.push_back(*zone_sums::communes_sum(codes, wanted->id, year, wanted->per_dwellings, figures,
                                           populations));
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
