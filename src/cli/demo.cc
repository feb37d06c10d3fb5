#include <algorithm>
#include <iostream>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "core/json_locate.h"
#include "territory/official_list.h"

namespace vigie::cli {
namespace fs = std::filesystem;

namespace {

struct DemoOptions {
  std::string db = kDefaultDatabase;
  std::string seeds = "data/seeds";
  std::string official_list = kOfficialListDir;
};

inline constexpr const char* kDemoLogin = "admin";
inline constexpr const char* kDemoPassword = "vigie-demo";

// Creates the seed's territory and imports its strategy, unless the territory already exists.
Result<bool> load_seed(App& app, Database& db, const fs::path& file) {
  std::string text;
  std::optional<int> line;
  auto doc = read_json_file(file, text, line);
  if (!doc) return doc.release_error();
  auto hint = TRY(read_territory_hint(*doc));
  if (!hint) return Error::invalid("Le document ne nomme pas son territoire.", "territory");
  if (TRY(app.territories().find_by_name(hint->name))) return false;
  std::int64_t territory = TRY(app.territories().create(hint->name, hint->kind, hint->communes));
  Actor actor = TRY(operator_actor(db));
  TRY(app.exchange().import_document(actor, territory, *doc));
  return true;
}

int demo(const DemoOptions& o) {
  auto db = open_store(o.db);
  if (!db) return fail(db.error());
  SystemClock clock;
  App app(**db, clock);
  std::int64_t communes = 0;
  {
    Lease probe = (*db)->acquire();
    auto loaded = probe->query("SELECT COUNT(*) FROM communes");
    if (!loaded) return fail(loaded.error());
    communes = loaded->at(0).integer(0);
  }
  if (communes == 0) {
    std::cerr << "Chargement de la liste officielle des communes…\n";
    auto counts = load_official_list(**db, o.official_list);
    if (!counts) return fail(counts.error());
    std::cerr << counts->communes << " communes, " << counts->epci << " EPCI, "
              << counts->departements << " départements, " << counts->regions << " régions.\n";
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(o.seeds)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    auto added = load_seed(app, **db, file);
    if (!added) {
      std::string text;
      std::optional<int> line;
      (void)read_json_file(file, text, line);
      if (added.error().field) line = locate_json_path(text, *added.error().field);
      return fail(added.error(), file.string(), line);
    }
    std::cerr << (*added ? "Stratégie chargée : " : "Déjà présente : ") << file.filename().string()
              << "\n";
  }
  auto actor = operator_actor(**db);
  if (!actor) return fail(actor.error());
  auto created = app.users().add(kDemoLogin, "Administrateur de démonstration", kDemoPassword);
  if (!created && created.error().code != ErrorCode::conflict) return fail(created.error());
  for (const auto& [territory, role] : actor->roles) {
    auto granted = app.users().grant(kDemoLogin, territory, Role::administrateur);
    if (!granted) return fail(granted.error());
  }
  std::cerr << "Démonstration prête. Identifiant : " << kDemoLogin
            << ", mot de passe : " << kDemoPassword << " (base de démonstration uniquement).\n";
  return 0;
}

}  // namespace

void add_demo(CLI::App& app, int& status) {
  auto o = std::make_shared<DemoOptions>();
  CLI::App* cmd = app.add_subcommand(
      "demo", "Crée la base de démonstration : communes officielles et les cinq stratégies");
  cmd->add_option("--db", o->db, "Fichier SQLite ou URL postgresql://");
  cmd->add_option("--seeds", o->seeds, "Dossier des stratégies de démonstration");
  cmd->add_option("--official-list", o->official_list,
                  "Dossier data/ du paquet @etalab/decoupage-administratif");
  cmd->callback([o, &status] { status = demo(*o); });
}

}  // namespace vigie::cli
