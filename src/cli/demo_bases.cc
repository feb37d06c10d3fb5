#include "cli/demo_bases.h"

#include <iostream>

#include "cli/common.h"
#include "core/clock.h"
#include "diagnostic/import_service.h"
#include "territory/service.h"

namespace vigie::cli {
namespace fs = std::filesystem;

int load_contours(Database& db, const std::string& dir,
                  const std::vector<std::string>& departements) {
  SystemClock clock;
  TerritoryService territories(db, clock);
  std::string names;
  for (const std::string& departement : departements) {
    fs::path file = fs::path(dir) / ("communes-" + departement + ".geojson");
    auto text = read_text_file(file);
    if (!text) return fail(text.error(), file.string());
    auto loaded = territories.load_contours(*text, file.filename().string());
    if (!loaded) return fail(loaded.error(), file.string());
    names += (names.empty() ? "" : ", ") + departement;
  }
  std::cerr << "Contours des communes chargés (" << names << ").\n";
  return 0;
}

int load_statistics(Database& db, const std::string& dir) {
  SystemClock clock;
  SsmsiImportService service(db, clock);
  for (const char* name :
       {"delinquance-departements-2016-2025.json",
        "GENERE-base-communale-demo-geographie2025-produit-le2026-02-12.csv.gz"}) {
    auto outcome = service.import_file(fs::path(dir) / name, name);
    if (!outcome) return fail(outcome.error(), (fs::path(dir) / name).string());
    std::cerr << (outcome->unchanged ? "Déjà importée : " : "Base SSMSI importée : ") << name
              << "\n";
  }
  return 0;
}

}  // namespace vigie::cli
