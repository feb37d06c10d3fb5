// DiagnosticService: a territory's SSMSI figures beside its areas; see service.h.
#include "diagnostic/service.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "diagnostic/aggregate.h"
#include "diagnostic/figures_repository.h"
#include "diagnostic/ssmsi_format.h"
#include "diagnostic/zone_sums.h"

namespace vigie {
namespace {

using ssmsi_aggregate::ZoneFigure;
using zone_sums::FigureKey;
using zone_sums::published_point;

std::string name_of(const std::map<std::string, std::string>& names, const std::string& code) {
  auto it = names.find(code);
  return it == names.end() ? code : it->second;
}

}  // namespace

struct DiagnosticService::AreaSums {
  std::map<std::string, std::string> region_of, region_names, departement_names;
  std::map<FigureKey, SsmsiPoint> departement, region;
  std::map<std::pair<std::int64_t, int>, SsmsiPoint> france;
};

DiagnosticService::DiagnosticService(Database& db, TerritoryService& territories)
    : db_(db), territories_(territories) {}
DiagnosticService::~DiagnosticService() = default;

const std::vector<std::pair<std::int64_t, std::int64_t>>& DiagnosticService::bands() {
  static const std::vector<std::pair<std::int64_t, std::int64_t>> kBands = {
      {0, 2000},      {2000, 5000},    {5000, 10000}, {10000, 20000},
      {20000, 50000}, {50000, 100000}, {100000, 0}};
  return kBands;
}

// Département, région and France series from the départemental base (and the régional base
// where imported), computed once per set of editions.
Result<std::shared_ptr<const DiagnosticService::AreaSums>>
DiagnosticService::area_sums(Connection& conn, const std::vector<Departement>& departements) {
  std::int64_t newest = TRY(ssmsi_repository::newest_edition_id(conn));
  std::lock_guard lock(mutex_);
  if (sums_ && sums_edition_ == newest) return sums_;
  auto sums = std::make_shared<AreaSums>();
  for (const Departement& d : departements) {
    sums->departement_names[d.code] = d.name;
    if (d.region_code) sums->region_of[d.code] = *d.region_code;
    if (d.region_code && d.region_name) sums->region_names[*d.region_code] = *d.region_name;
  }
  std::map<std::int64_t, bool> per_dwellings;
  for (const auto& i : TRY(ssmsi_repository::indicators(conn)))
    per_dwellings[i.id] = i.per_dwellings;
  zone_sums::Populations populations;
  for (auto& p : TRY(ssmsi_repository::populations(conn, SsmsiLevel::departement, {})))
    populations.emplace(std::pair(p.zone, p.year), p);
  std::map<FigureKey, std::vector<ZoneFigure>> by_region;
  std::map<std::pair<std::int64_t, int>, std::vector<ZoneFigure>> by_france;
  for (const auto& f : TRY(ssmsi_repository::figures(conn, SsmsiLevel::departement, {}))) {
    sums->departement[{f.zone, f.indicator_id, f.year}] = published_point(f);
    ZoneFigure z = zone_sums::zone_figure(f, populations, per_dwellings[f.indicator_id]);
    if (auto r = sums->region_of.find(f.zone); r != sums->region_of.end()) {
      by_region[{r->second, f.indicator_id, f.year}].push_back(z);
    }
    by_france[{f.indicator_id, f.year}].push_back(z);
  }
  for (const auto& [key, zones] : by_region)
    sums->region[key] = ssmsi_aggregate::sum(std::get<2>(key), zones);
  for (const auto& [key, zones] : by_france)
    sums->france[key] = ssmsi_aggregate::sum(key.second, zones);
  // A régional base, where imported, gives the régions' own figures.
  for (const auto& f : TRY(ssmsi_repository::figures(conn, SsmsiLevel::region, {})))
    sums->region[{f.zone, f.indicator_id, f.year}] = published_point(f);
  sums_ = sums;
  sums_edition_ = newest;
  return sums_;
}

Result<Diagnostic> DiagnosticService::diagnostic(const Actor& actor, std::int64_t territory_id,
                                                 const SimilarQuery& similar) {
  Territory t = TRY(territories_.get(actor, territory_id));
  TRY_VOID(require(actor, Permission::statistics_read, territory_id));
  Diagnostic d;
  d.territory_id = t.id;
  d.territory_name = t.name;
  d.kind = t.kind;
  for (const Commune& c : t.communes)
    d.communes.push_back(c.code);
  std::string departement = t.communes.empty() ? ""
                            : t.communes[0].departement_code
                                ? *t.communes[0].departement_code
                                : departement_of_commune(t.communes[0].code);
  std::string region;
  // Asked before a connection is held: a request never waits for a second one.
  std::vector<Departement> departements = TRY(territories_.departements());
  {
    Lease conn = db_.acquire();
    auto sums = TRY(area_sums(*conn, departements));
    region = sums->region_of.contains(departement) ? sums->region_of.at(departement) : "";
    auto indicators = TRY(ssmsi_repository::indicators(*conn));
    zone_sums::Figures figures;
    std::set<std::int64_t> present;
    std::set<int> years;
    for (auto& f : TRY(ssmsi_repository::figures(*conn, SsmsiLevel::commune, d.communes))) {
      present.insert(f.indicator_id);
      years.insert(f.year);
      figures.emplace(FigureKey{f.zone, f.indicator_id, f.year}, f);
    }
    zone_sums::Populations populations;
    for (auto& p : TRY(ssmsi_repository::populations(*conn, SsmsiLevel::commune, d.communes)))
      populations.emplace(std::pair(p.zone, p.year), p);
    for (const auto& [key, point] : sums->france) {
      if (present.empty() || present.contains(key.first)) years.insert(key.second);
    }
    d.years.assign(years.begin(), years.end());
    for (const auto& i : indicators) {
      bool in_france = std::any_of(d.years.begin(), d.years.end(), [&](int y) {
        return sums->france.contains({i.id, y});
      });
      if (present.empty() ? !in_france : !present.contains(i.id)) continue;
      IndicatorDiagnostic out{i.id, i.label, i.unit, i.per_dwellings, {}, {}, {}, {}, {}};
      out.territory = {
          t.kind == "clspd" && !t.communes.empty() ? t.communes[0].code : "", t.name, {}};
      out.departement = {departement, name_of(sums->departement_names, departement), {}};
      out.region = {region, name_of(sums->region_names, region), {}};
      out.france = {"FR", "France", {}};
      for (int y : d.years) {
        if (auto sum =
                zone_sums::communes_sum(d.communes, i.id, y, i.per_dwellings, figures, populations))
          out.territory.points.push_back(*sum);
        if (auto it = sums->departement.find({departement, i.id, y}); it != sums->departement.end())
          out.departement.points.push_back(it->second);
        if (auto it = sums->region.find({region, i.id, y}); it != sums->region.end())
          out.region.points.push_back(it->second);
        if (auto it = sums->france.find({i.id, y}); it != sums->france.end())
          out.france.points.push_back(it->second);
      }
      d.indicators.push_back(std::move(out));
    }
    d.communal_edition = TRY(ssmsi_repository::latest_edition(*conn, SsmsiLevel::commune));
    d.departemental_edition = TRY(ssmsi_repository::latest_edition(*conn, SsmsiLevel::departement));
  }
  TRY_VOID(add_similar(d, t.communes, similar, region, departement));
  return d;
}

}  // namespace vigie
