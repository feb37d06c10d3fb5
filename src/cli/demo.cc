#include <iostream>
#include <tuple>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/demo_accounts.h"
#include "cli/demo_bases.h"
#include "cli/demo_evaluation.h"
#include "cli/demo_funding.h"
#include "cli/demo_observatory.h"
#include "cli/demo_participation.h"
#include "cli/demo_video.h"
#include "core/json_locate.h"
#include "diagnostic/import_service.h"
#include "governance/exchange.h"
#include "territory/official_list.h"

namespace vigie::cli {
namespace fs = std::filesystem;

namespace {

struct DemoOptions {
  std::string db = kDefaultDatabase;
  std::string seeds = "data/seeds";
  std::string governance = "data/governance";
  std::string official_list = kOfficialListDir;
  std::string ssmsi = "data/ssmsi";
  std::string contours = "web/public/geo";
  std::string evaluation = "data/demo";
};

inline constexpr const char* kDemoLogin = "admin";
inline constexpr const char* kDemoPassword = "vigie-demo-2026";
// A second person on every territory: what opens confidential content waits for another
// person's confirmation (issue 12 §1), which a demo with one account could never show.
inline constexpr const char* kDemoSecondLogin = "coordination";

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

// The bodies the seeds describe, for territories that have none yet.
int load_governance(App& app, Database& db, const Actor& actor, const std::string& dir) {
  auto files = json_files(dir, "--seeds");
  if (!files) return fail(files.error());
  for (const auto& file : *files) {
    std::string text;
    std::optional<int> line;
    auto doc = read_json_file(file, text, line);
    if (!doc) return fail(doc.error(), file.string(), line);
    auto name = governance_territory(*doc);
    auto territory = name ? app.territories().find_by_name(*name)
                          : Result<std::optional<std::int64_t>>(name.error());
    if (!territory || !*territory) {
      return fail(territory ? Error::invalid("Territoire inconnu.", "territory")
                            : territory.error(),
                  file.string());
    }
    auto existing = app.governance().list(actor, **territory);
    if (!existing) return fail(existing.error(), file.string());
    if (!existing->empty()) continue;
    auto created =
        import_governance(db, app.governance(), app.strategies(), actor, **territory, *doc);
    if (!created) {
      if (created.error().field) line = locate_json_path(text, *created.error().field);
      return fail(created.error(), file.string(), line);
    }
    std::cerr << "Gouvernance chargée : " << file.filename().string() << " (" << *created
              << (*created > 1 ? " instances)\n" : " instance)\n");
  }
  return 0;
}

int demo(const DemoOptions& o) {
  auto db = open_store(o.db, 1, NewStore::allowed);
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
  auto seed_files = json_files(o.seeds, "--seeds");
  if (!seed_files) return fail(seed_files.error());
  for (const auto& file : *seed_files) {
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
  if (int status = load_governance(app, **db, *actor, o.governance); status != 0) return status;
  if (int status = load_statistics(**db, o.ssmsi); status != 0) return status;
  if (int status = load_contours(**db, o.contours, {"04", "13", "72", "78", "95"}); status != 0) {
    return status;
  }
  if (int status = load_demo_incidents(app, *actor, clock); status != 0) return status;
  if (int status = load_demo_evaluation(app, *actor, o.evaluation); status != 0) return status;
  if (int status = load_demo_video(app, **db, *actor, o.evaluation, kDemoPassword); status != 0) {
    return status;
  }
  if (int status = load_demo_participation(app, *actor, o.evaluation); status != 0) return status;
  if (int status = load_demo_funding(app, *actor, o.evaluation); status != 0) return status;
  const std::tuple<const char*, const char*, Role> accounts[] = {
      {kDemoLogin, "Administrateur de démonstration", Role::administrateur},
      {kDemoSecondLogin, "Coordonnatrice de démonstration", Role::coordonnateur}};
  std::vector<std::int64_t> every_territory;
  for (const auto& [territory, held] : actor->roles)
    every_territory.push_back(territory);
  for (const auto& [login, name, role] : accounts) {
    auto added = add_account(app, login, name, kDemoPassword, role, every_territory);
    if (!added) return fail(added.error());
  }
  std::cerr << "Démonstration prête. Identifiants : " << kDemoLogin << " et " << kDemoSecondLogin
            << " (et agent.pm, agent désigné pour le registre de vidéoprotection), mot de passe : "
            << kDemoPassword << " (base de démonstration uniquement).\n";
  return 0;
}

}  // namespace

void add_demo(CLI::App& app, int& status) {
  auto o = std::make_shared<DemoOptions>();
  CLI::App* cmd = app.add_subcommand(
      "demo", "Crée la base de démonstration : communes officielles et les cinq stratégies");
  cmd->add_option("--db", o->db, "Fichier SQLite ou URL postgresql://");
  cmd->add_option("--seeds", o->seeds, "Dossier des stratégies de démonstration");
  cmd->add_option("--governance", o->governance, "Dossier des instances de démonstration");
  cmd->add_option("--official-list", o->official_list,
                  "Dossier data/ du paquet @etalab/decoupage-administratif");
  cmd->add_option("--ssmsi", o->ssmsi, "Dossier des bases SSMSI de démonstration");
  cmd->add_option("--contours", o->contours, "Dossier des contours communes-NN.geojson");
  cmd->add_option("--evaluation", o->evaluation,
                  "Dossier des évaluations GÉNÉRÉES de démonstration (GENERE-evaluation-*.json)");
  cmd->callback(
      [o, &status] { status = removing_new_base_on_failure(o->db, [&o] { return demo(*o); }); });
}

}  // namespace vigie::cli
