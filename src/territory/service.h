#pragma once

#include "auth/actor.h"
#include "core/clock.h"
#include "geo/area.h"
#include "store/database.h"
#include "territory/model.h"

namespace vigie {

/// What load_contours did: contours written, and codes set aside (not in the official list).
struct ContoursLoaded {
  std::int64_t loaded = 0;
  std::vector<std::string> unknown_codes;
};

class TerritoryService {
 public:
  TerritoryService(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  /// Creates a territory from INSEE codes of current communes (CLI and demo only).
  Result<std::int64_t> create(const std::string& name, const std::string& kind,
                              const std::vector<std::string>& commune_codes);
  Result<std::optional<std::int64_t>> find_by_name(const std::string& name);
  /// The territories where the actor holds a role.
  Result<std::vector<Territory>> list_for(const Actor& actor);
  Result<Territory> get(const Actor& actor, std::int64_t id);
  /// get() on the caller's connection: for a service checking a territory inside its own
  /// transaction (a second lease there would wait forever on a one-connection pool).
  Result<Territory> get_in(Connection& conn, const Actor& actor, std::int64_t id);
  /// Current communes whose name or code starts with `query`, at most `limit`.
  /// Current communes (not arrondissements) of the given départements, every one when empty,
  /// by code: the zones of the SSMSI communal base.
  Result<std::vector<Commune>> communes_in(const std::vector<std::string>& departements);
  /// Current communes whose population municipale is in [min, max) (max 0: no bound), within a
  /// région ("region", code), a département ("departement", code) or France ("france").
  Result<std::vector<Commune>> communes_by_population(const std::string& area,
                                                      const std::string& code, std::int64_t min,
                                                      std::int64_t max);
  /// Every département with its région.
  Result<std::vector<Departement>> departements();
  Result<std::vector<Commune>> search_communes(const std::string& query,
                                               const std::optional<std::string>& departement,
                                               std::size_t limit);

  /// Loads commune contours from a GeoJSON FeatureCollection (IGN Admin Express as data
  /// providers ship it: properties `code`/`INSEE_COM`/`insee`, `nom`/`NOM`/`NOM_COM`; a UTF-8
  /// byte-order mark is skipped), replacing those already loaded. All features or none: the
  /// first bad one is a 400 naming "features[i].…", unreadable JSON a 400 naming its line.
  /// Contours of codes absent from the official list (load_official_list) are set aside and
  /// listed; none known is a 400. CLI and demo.
  Result<ContoursLoaded> load_contours(std::string_view geojson, const std::string& source);
  /// The contours of the territory's communes (GeoJSON geometries, WGS84) by INSEE code; a
  /// commune without a loaded contour is absent.
  Result<std::vector<std::pair<std::string, std::string>>> contours(const Actor& actor,
                                                                    std::int64_t territory_id);
  /// The union of the territory's commune contours (Lambert-93); none when no contour is
  /// loaded. A few milliseconds for a CISPD's communes (simplified contours): read per request.
  Result<std::optional<geo::Area>> area(const Actor& actor, std::int64_t territory_id);

 private:
  Result<Territory> load(Connection& conn, std::int64_t id);

  Database& db_;
  const Clock& clock_;
};

}  // namespace vigie
