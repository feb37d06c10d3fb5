// vigie generate: a GENERATED département-scale installation for the benchmarks (issue 18 §4):
// hundreds of territories (real communes of one département), thousands of accounts, years of
// strategies, meetings, decisions and incidents, the SSMSI bases. Everything written goes
// through the services, as an operator's imports would; every made-up text says GÉNÉRÉ.
#include <algorithm>
#include <atomic>
#include <iostream>
#include <mutex>
#include <thread>
#include <tuple>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/demo_accounts.h"
#include "cli/demo_bases.h"
#include "cli/demo_observatory.h"
#include "cli/generate_governance.h"
#include "core/dates.h"
#include "territory/official_list.h"

namespace vigie::cli {
namespace fs = std::filesystem;

namespace {

struct GenerateOptions {
  std::string db = kDefaultDatabase;
  std::string departement = "72";
  int territories = 300;
  int users = 2000;
  int years = 10;
  int incidents = 200000;
  std::string seeds = "data/seeds";
  std::string official_list = kOfficialListDir;
  std::string ssmsi = "data/ssmsi";
  std::string contours = "web/public/geo";
};

inline constexpr const char* kPassword = "vigie-demo-2026";

// The département's most populous communes, which become the territories; refused when too
// few, or when the base already holds them.
Result<std::vector<Commune>> pick_communes(App& app, const GenerateOptions& o) {
  auto communes = TRY(app.territories().communes_in({o.departement}));
  std::sort(communes.begin(), communes.end(), [](const Commune& a, const Commune& b) {
    return a.population.value_or(0) > b.population.value_or(0);
  });
  if (communes.size() < static_cast<std::size_t>(o.territories)) {
    return Error::invalid("Le département " + o.departement + " ne compte que " +
                              std::to_string(communes.size()) + " communes.",
                          "--territories");
  }
  communes.resize(static_cast<std::size_t>(o.territories));
  for (const Commune& c : communes) {
    if (TRY(app.territories().find_by_name(c.name))) {
      return Error::conflict("Le territoire « " + c.name +
                                 " » existe déjà : générez dans une "
                                 "base neuve.",
                             "--db");
    }
  }
  return communes;
}

// One territory (a CLSPD) per commune.
Result<std::vector<std::int64_t>> make_territories(App& app, const std::vector<Commune>& communes) {
  std::vector<std::int64_t> ids;
  ids.reserve(communes.size());
  for (const Commune& c : communes)
    ids.push_back(TRY(app.territories().create(c.name, "clspd", {c.code})));
  return ids;
}

// One strategy every four years up to today, each GENERATED from one of the real seeds'
// documents (its axes and fiches), the last one adopted, the earlier ones closed.
Result<int> make_strategies(App& app, const Actor& actor, std::int64_t territory, int index,
                            const std::vector<boost::json::value>& seeds, int years,
                            int this_year) {
  int made = 0;
  for (int start = this_year - years + 1; start <= this_year; start += 4) {
    boost::json::value doc = seeds[static_cast<std::size_t>(index + made) % seeds.size()];
    auto& s = doc.at("strategy").as_object();
    s["title"] = "STSPD " + std::to_string(start) + "–" + std::to_string(start + 3) +
                 " (GÉNÉRÉE d'après : " + std::string(s.at("title").as_string()) + ")";
    s["period_start"] = start;
    s["period_end"] = start + 3;
    s["status"] = start + 4 > this_year ? "adoptee" : "close";
    TRY(app.exchange().import_document(actor, territory, doc));
    ++made;
  }
  return made;
}

// Accounts spread over the territories: a coordonnateur for each, then élus, partenaires and
// lecteurs. Passwords are hashed (Argon2id) on two threads: that is most of the time spent.
Result<void> make_users(App& app, const std::vector<std::int64_t>& territories, int count) {
  std::atomic<int> next{0};
  std::optional<Error> failure;
  std::mutex mutex;
  auto work = [&] {
    for (int k = next++; k < count; k = next++) {
      std::string login = "genere." + std::to_string(k + 1);
      auto t = territories[static_cast<std::size_t>(k) % territories.size()];
      Role role = k < static_cast<int>(territories.size()) ? Role::coordonnateur
                  : k % 3 == 0                             ? Role::elu
                  : k % 3 == 1                             ? Role::partenaire
                                                           : Role::lecteur;
      auto added = app.users().add(login, "Compte GÉNÉRÉ n° " + std::to_string(k + 1),
                                   "Genere-" + login + "-Vigie-2026!");
      auto granted = added ? app.users().grant(login, t, role) : Result<void>(added.error());
      if (!granted) {
        std::lock_guard lock(mutex);
        failure = granted.error();
        next = count;  // the other thread stops too
        return;
      }
    }
  };
  std::jthread helper(work);
  work();
  helper.join();
  if (failure) return *failure;
  return success();
}

std::vector<boost::json::value> read_seeds(const std::string& dir, std::string& failed) {
  std::vector<boost::json::value> docs;
  auto files = json_files(dir, "--seeds");
  if (!files) return {};
  for (const fs::path& file : *files) {
    std::string text;
    std::optional<int> line;
    auto doc = read_json_file(file, text, line);
    if (!doc) {
      failed = file.string();
      return {};
    }
    docs.push_back(std::move(*doc));
  }
  return docs;
}

// Every territory's strategies, observatoire and governance, with a line of progress every
// tenth territory.
int fill_territories(App& app, Database& db, const GenerateOptions& o,
                     const std::vector<std::int64_t>& territories,
                     const std::vector<boost::json::value>& seeds, const Clock& clock) {
  auto actor = operator_actor(db);
  if (!actor) return fail(actor.error());
  const std::int64_t today = clock.now() / 86400;
  const int this_year = std::stoi(date_of(clock.now()).substr(0, 4));
  const int per_territory = o.incidents / o.territories;
  std::int64_t strategies = 0, incidents = 0, meetings = 0;
  for (std::size_t k = 0; k < territories.size(); ++k) {
    auto territory = app.territories().get(*actor, territories[k]);
    if (!territory) return fail(territory.error());
    auto made =
        make_strategies(app, *actor, territory->id, static_cast<int>(k), seeds, o.years, this_year);
    if (!made) return fail(made.error(), "stratégies (" + territory->name + ")");
    auto facts = load_generated_incidents(
        app, *actor, *territory,
        {today, per_territory, o.years * 365, static_cast<std::uint32_t>(k)});
    if (!facts) return fail(facts.error(), "observatoire (" + territory->name + ")");
    auto held = generate_governance(app, *actor, territory->id, o.years, today);
    if (!held) return fail(held.error(), "gouvernance (" + territory->name + ")");
    strategies += *made;
    incidents += *facts;
    meetings += *held;
    if ((k + 1) % 10 == 0 || k + 1 == territories.size()) {
      std::cerr << "Territoires : " << k + 1 << " / " << territories.size() << " — " << strategies
                << " stratégies, " << meetings << " réunions, " << incidents << " faits\n";
    }
  }
  return 0;
}

// The départements whose commune contours ship in `dir` (communes-NN.geojson), sorted.
std::string departements_with_contours(const std::string& dir) {
  std::vector<std::string> codes;
  std::error_code failed;
  for (fs::directory_iterator it(dir, failed), end; !failed && it != end; it.increment(failed)) {
    std::string name = it->path().filename().string();
    if (name.starts_with("communes-") && name.ends_with(".geojson")) {
      codes.push_back(name.substr(9, name.size() - 9 - 8));
    }
  }
  std::sort(codes.begin(), codes.end());
  std::string out;
  for (const auto& c : codes)
    out += (out.empty() ? "" : ", ") + c;
  return out;
}

// Every option within its bounds before anything is written (exit 2 naming the option).
Result<void> check_options(const GenerateOptions& o) {
  if (o.territories < 1 || o.territories > 5000) {
    return Error::invalid("Entre 1 et 5 000 territoires.", "--territories");
  }
  if (o.users < o.territories || o.users > 100'000) {
    return Error::invalid("Au moins un compte par territoire (" + std::to_string(o.territories) +
                              ") et au plus 100 000.",
                          "--users");
  }
  if (o.years < 1 || o.years > 50) return Error::invalid("Entre 1 et 50 ans.", "--years");
  if (o.incidents < 0 || o.incidents > 5'000'000) {
    return Error::invalid("Entre 0 et 5 000 000 faits.", "--incidents");
  }
  if (!fs::is_regular_file(fs::path(o.contours) / ("communes-" + o.departement + ".geojson"))) {
    return Error::invalid("Pas de contours communaux pour le département « " + o.departement +
                              " » : ils sont fournis pour " +
                              departements_with_contours(o.contours) + " (" + o.contours + ").",
                          "--departement");
  }
  return success();
}

int generate(const GenerateOptions& o) {
  if (auto ok = check_options(o); !ok) return fail(ok.error());
  std::string failed;
  auto seeds = read_seeds(o.seeds, failed);
  if (seeds.empty()) {
    return fail(
        Error::invalid(o.seeds + " : stratégies de départ introuvables ou illisibles.", "--seeds"),
        failed);
  }
  auto db = open_store(o.db, 2, NewStore::allowed);
  if (!db) return fail(db.error());
  SystemClock clock;
  App app(**db, clock);
  std::cerr << "Installation GÉNÉRÉE à l'échelle d'un département (" << o.departement
            << ") : " << o.territories << " territoires, " << o.users << " comptes, " << o.years
            << " ans, " << o.incidents << " faits.\n";
  auto counts = load_official_list(**db, o.official_list);
  if (!counts) return fail(counts.error());
  auto communes = pick_communes(app, o);
  if (!communes) return fail(communes.error());
  if (int status = load_contours(**db, o.contours, {o.departement}); status != 0) return status;
  if (int status = load_statistics(**db, o.ssmsi); status != 0) return status;
  auto territories = make_territories(app, *communes);
  if (!territories) return fail(territories.error());
  if (int status = fill_territories(app, **db, o, *territories, seeds, clock); status != 0) {
    return status;
  }
  std::cerr << "Comptes : " << o.users << " (mots de passe chiffrés par Argon2id)…\n";
  if (auto made = make_users(app, *territories, o.users); !made) return fail(made.error());
  // The bench's own accounts: an administrateur of every territory, a coordonnateur of the first.
  for (const auto& [login, role, granted] :
       {std::tuple{"admin", Role::administrateur, *territories},
        {"coordination", Role::coordonnateur, std::vector{territories->front()}}}) {
    auto added = add_account(app, login, "Compte du banc (GÉNÉRÉ)", kPassword, role, granted);
    if (!added) return fail(added.error());
  }
  std::cerr << "Installation GÉNÉRÉE prête. Identifiants : admin (tous les territoires) et "
               "coordination (le premier), mot de passe : "
            << kPassword << ".\n";
  return 0;
}

}  // namespace

void add_generate(CLI::App& app, int& status) {
  auto o = std::make_shared<GenerateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "generate", "Crée une installation GÉNÉRÉE à l'échelle d'un département (bancs d'essai)");
  cmd->add_option("--db", o->db, "Fichier SQLite ou URL postgresql:// d'une base neuve");
  cmd->add_option("--departement", o->departement,
                  "Département dont les communes sont les "
                  "territoires (72 par défaut)");
  cmd->add_option("--territories", o->territories, "Nombre de territoires (300)");
  cmd->add_option("--users", o->users, "Nombre de comptes (2 000)");
  cmd->add_option("--years", o->years, "Années d'historique (10)");
  cmd->add_option("--incidents", o->incidents,
                  "Faits de l'observatoire, en tout, à quelques répétitions près (200 000)");
  cmd->add_option("--seeds", o->seeds, "Dossier des stratégies réelles servant de modèles");
  cmd->add_option("--official-list", o->official_list,
                  "Dossier data/ du paquet @etalab/decoupage-administratif");
  cmd->add_option("--ssmsi", o->ssmsi, "Dossier des bases SSMSI");
  cmd->add_option("--contours", o->contours, "Dossier des contours communes-NN.geojson");
  cmd->callback([o, &status] {
    status = removing_new_base_on_failure(o->db, [&o] { return generate(*o); });
  });
}

}  // namespace vigie::cli
