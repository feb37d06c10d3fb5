#pragma once

#include <map>
#include <memory>
#include <mutex>

#include "auth/actor.h"
#include "diagnostic/view.h"
#include "store/database.h"
#include "territory/service.h"

namespace vigie {

/// Which communes the latest year is compared with: a population band (inhabitants, [min,
/// max), max 0 for no bound; by default the band of the territory's population) within an area
/// ("region" by default, "departement" or "france").
struct SimilarQuery {
  std::string area = "region";
  std::optional<std::int64_t> band_min, band_max;
};

/// The diagnostic local de sécurité's official part: the SSMSI figures of a territory's
/// communes (summed for a CISPD), beside its département, région and France, and its place
/// among similar communes. Readable by anyone with a role on the territory (public data).
class DiagnosticService {
 public:
  DiagnosticService(Database& db, TerritoryService& territories);
  ~DiagnosticService();

  /// Errors: 404 for a territory where the actor holds no role; 400 "area" / "band_min".
  Result<Diagnostic> diagnostic(const Actor& actor, std::int64_t territory_id,
                                const SimilarQuery& similar = {});

  /// One SSMSI indicator (by label) over the years for the territory (summed for a CISPD),
  /// for a fiche's impact indicator. Unknown label: no points. Errors: 404 as diagnostic().
  Result<std::vector<SsmsiPoint>> territory_series(const Actor& actor, std::int64_t territory_id,
                                                   const std::string& indicator);
  /// The indicators of the imported bases (label, unit, per dwellings), for choosing one.
  Result<std::vector<IndicatorDiagnostic>> indicators();

  /// The population bands offered for similar communes, [min, max) (max 0: no bound).
  static const std::vector<std::pair<std::int64_t, std::int64_t>>& bands();

 private:
  struct AreaSums;
  Result<std::shared_ptr<const AreaSums>> area_sums(Connection& conn,
                                                    const std::vector<Departement>& departements);
  Result<void> add_similar(Diagnostic& d, const std::vector<Commune>& communes,
                           const SimilarQuery& q, const std::string& region,
                           const std::string& departement);

  Database& db_;
  TerritoryService& territories_;
  std::mutex mutex_;
  std::int64_t sums_edition_ = -1;
  std::shared_ptr<const AreaSums> sums_;
};

/// "SSMSI, base communale, édition produite le 12/02/2026 ; base départementale, … ;
/// Licence Ouverte": the source line every chart, table and export carries.
std::string source_line(const Diagnostic& d);

/// True for a file that `vigie ssmsi generate` wrote: its name says GENERE (it must).
bool is_generated_name(const std::string& file_name);

}  // namespace vigie
