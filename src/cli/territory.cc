#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/json_locate.h"
#include "territory/official_list.h"
#include "territory/service.h"

namespace vigie::cli {

void add_territory(CLI::App& app, int& status) {
  CLI::App* territory = app.add_subcommand("territory", "Gère les territoires");
  territory->require_subcommand(1);
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  auto dir = std::make_shared<std::string>(kOfficialListDir);
  CLI::App* load = territory->add_subcommand(
      "load-official", "Charge la liste officielle des communes, EPCI, départements et régions");
  load->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
  load->add_option("--dir", *dir, "Dossier data/ du paquet @etalab/decoupage-administratif");
  load->callback([db_url, dir, &status] {
    auto db = open_store(*db_url, 1, NewStore::allowed);
    if (!db) {
      status = fail(db.error());
      return;
    }
    auto counts = load_official_list(**db, *dir);
    status = counts ? 0 : fail(counts.error());
    if (counts) std::cerr << counts->communes << " communes chargées.\n";
  });

  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* contours = territory->add_subcommand(
      "load-contours", "Charge des contours de communes (GeoJSON, IGN Admin Express)");
  contours->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
  contours->add_option("files", *files, "Fichiers GeoJSON (FeatureCollection)")->required();
  contours->callback([db_url, files, &status] {
    auto db = open_store(*db_url);
    if (!db) {
      status = fail(db.error());
      return;
    }
    SystemClock clock;
    TerritoryService territories(**db, clock);
    for (const std::string& file : *files) {
      auto text = read_text_file(file);
      if (!text) {
        status = fail(text.error(), file);
        return;
      }
      auto loaded = territories.load_contours(*text, std::filesystem::path(file).filename());
      if (!loaded) {
        const auto& field = loaded.error().field;
        status = fail(loaded.error(), file,
                      field ? locate_json_path(*text, *field) : std::optional<int>());
        return;
      }
      std::cerr << file << " : " << loaded->loaded
                << (loaded->loaded > 1 ? " contours chargés" : " contour chargé");
      if (!loaded->unknown_codes.empty()) {
        std::cerr << " ; " << loaded->unknown_codes.size()
                  << " mis de côté, codes absents de la liste officielle :";
        for (std::size_t k = 0; k < std::min<std::size_t>(loaded->unknown_codes.size(), 10); ++k)
          std::cerr << " " << loaded->unknown_codes[k];
        if (loaded->unknown_codes.size() > 10) std::cerr << "…";
      }
      std::cerr << ".\n";
    }
    status = 0;
  });

  struct AddOptions {
    std::string name, kind = "clspd";
    std::vector<std::string> communes;
  };
  auto o = std::make_shared<AddOptions>();
  CLI::App* add = territory->add_subcommand("add", "Crée le territoire d'un CLSPD ou CISPD");
  add->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
  add->add_option("name", o->name, "Nom")->required();
  add->add_option("--kind", o->kind, "clspd ou cispd");
  add->add_option("--commune", o->communes, "Code INSEE (répétable)")->required();
  add->callback([db_url, o, &status] {
    auto db = open_store(*db_url);
    if (!db) {
      status = fail(db.error());
      return;
    }
    SystemClock clock;
    TerritoryService territories(**db, clock);
    auto id = territories.create(o->name, o->kind, o->communes);
    status = id ? 0 : fail(id.error());
    if (id) std::cout << *id << "\n";
  });
}

}  // namespace vigie::cli
