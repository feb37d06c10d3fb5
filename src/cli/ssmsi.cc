// `vigie ssmsi import|editions|generate`: the official crime statistics (issue 13).
#include <atomic>
#include <csignal>
#include <iostream>

#include <unistd.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/text.h"
#include "diagnostic/import_service.h"
#include "diagnostic/ssmsi_generator.h"
#include "territory/service.h"

namespace vigie::cli {
namespace {

// Ctrl-C stops the import at its next row; the transaction is rolled back.
std::atomic<bool> g_interrupted{false};
extern "C" void on_import_interrupt(int /*signal*/) { g_interrupted = true; }

// A bar on a terminal: "[##########----------]  50 %  2 600 000 lignes".
std::function<void(double, std::int64_t)> progress_bar(bool quiet) {
  if (quiet || isatty(STDERR_FILENO) == 0) return {};
  auto last = std::make_shared<int>(-1);
  return [last](double fraction, std::int64_t rows) {
    int percent = static_cast<int>(fraction * 100);
    if (percent == *last && fraction < 1) return;
    *last = percent;
    int filled = percent / 5;
    std::cerr << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
              << std::string(static_cast<std::size_t>(20 - filled), '-') << "] " << percent
              << " %  " << (rows >= 0 ? format_thousands(rows) + " lignes   " : "") << std::flush;
  };
}

std::string describe(const SsmsiEdition& e) {
  std::string years = e.years.empty() ? "?" : std::to_string(e.years.front());
  if (e.years.size() > 1) years += "–" + std::to_string(e.years.back());
  const char* base = e.level == SsmsiLevel::commune       ? "base communale"
                     : e.level == SsmsiLevel::departement ? "base départementale"
                                                          : "base régionale";
  std::string out = std::string(base) + (e.years.size() > 1 ? ", années " : ", année ") + years;
  if (e.geography_year) out += ", géographie " + std::to_string(*e.geography_year);
  if (e.produced_on) out += ", produite le " + *e.produced_on;
  auto n = [](std::int64_t count, const char* one, const char* many) {
    return format_thousands(count) + " " + (count > 1 ? many : one);
  };
  out += " : " + n(e.rows, "ligne", "lignes") + " dont " +
         n(e.masked_rows, "non diffusée", "non diffusées") + ", " + n(e.zones, "zone", "zones");
  if (e.unlocated_rows > 0)
    out += ", " + format_thousands(e.unlocated_rows) + " lignes sans lieu ignorées";
  return out;
}

int import_files(const std::string& db_url, const std::vector<std::string>& files, bool quiet) {
  auto db = open_store(db_url);
  if (!db) return fail(db.error());
  SystemClock clock;
  SsmsiImportService service(**db, clock);
  g_interrupted = false;
  std::signal(SIGINT, on_import_interrupt);
  for (const std::string& file : files) {
    SsmsiImportControl control{progress_bar(quiet), &g_interrupted};
    std::string name = std::filesystem::path(file).filename().string();
    auto outcome = service.import_file(file, name, control);
    if (control.progress) std::cerr << "\n";
    if (!outcome) return fail(outcome.error(), file);
    if (outcome->unchanged) {
      std::cout << file << " : déjà importé le " << outcome->edition.imported_at
                << (outcome->edition.replaced_at
                        ? " (remplacé depuis par une édition plus récente, qui reste en vigueur)"
                        : "")
                << " ; rien n'a changé.\n";
      continue;
    }
    std::cout << file << " : " << describe(outcome->edition) << ".\n";
    if (!outcome->replaced.empty()) {
      std::cout << "  remplace " << outcome->replaced.size() << " édition(s) plus ancienne(s).\n";
    }
  }
  return 0;
}

}  // namespace

void add_ssmsi(CLI::App& app, int& status) {
  CLI::App* ssmsi =
      app.add_subcommand("ssmsi", "Statistiques officielles de la délinquance (SSMSI)");
  ssmsi->require_subcommand(1);
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);

  auto files = std::make_shared<std::vector<std::string>>();
  auto quiet = std::make_shared<bool>(false);
  CLI::App* import = ssmsi->add_subcommand(
      "import",
      "Importe des bases SSMSI (communale, départementale, régionale ; .csv, .csv.gz, .json)");
  import->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
  import->add_option("files", *files, "Fichiers à importer")->required();
  import->add_flag("--quiet,-q", *quiet, "Sans barre de progression");
  import->callback([db_url, files, quiet, &status] { status = import_files(*db_url, *files, *quiet);
});

CLI::App* editions = ssmsi->add_subcommand("editions", "Liste les éditions importées");
editions->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
editions->callback([db_url, &status] {
  auto db = open_store(*db_url);
  if (!db) {
    status = fail(db.error());
    return;
  }
  SystemClock clock;
  auto list = SsmsiImportService(**db, clock).editions();
  if (!list) {
    status = fail(list.error());
    return;
  }
  if (list->empty()) std::cout << "Aucune édition importée.\n";
  for (const auto& e : *list) {
    std::cout << e.id << "  " << e.file_name << "  " << describe(e)
              << (e.replaced_at ? "  (remplacée le " + *e.replaced_at + ")" : "") << "\n";
  }
  status = 0;
});

struct GenerateOptions {
  std::string output;
  std::vector<std::string> departements;
  SsmsiGeneration generation;
};
auto g = std::make_shared<GenerateOptions>();
CLI::App* generate = ssmsi->add_subcommand(
    "generate", "Écrit une base communale GÉNÉRÉE au format SSMSI 2025 (essais, démonstration)");
generate->add_option("--db", *db_url, "Base où la liste officielle des communes est chargée");
generate->add_option("--output,-o", g->output, "Fichier à écrire (.csv ou .csv.gz)")->required();
generate->add_option("--departement", g->departements, "Département (répétable ; tous sinon)");
generate->add_option("--first-year", g->generation.first_year, "Première année");
generate->add_option("--last-year", g->generation.last_year, "Dernière année");
generate->add_option("--geography-year", g->generation.geography_year, "Année de géographie");
generate->add_option("--seed", g->generation.seed, "Graine du tirage");
generate->callback([db_url, g, &status] {
  auto db = open_store(*db_url);
  if (!db) {
    status = fail(db.error());
    return;
  }
  SystemClock clock;
  auto communes = TerritoryService(**db, clock).communes_in(g->departements);
  if (!communes || communes->empty()) {
    status = fail(communes ? Error::invalid(g->departements.empty()
                                                ? "Aucune commune : chargez la liste officielle "
                                                  "(vigie territory load-official)."
                                                : "Aucune commune dans ces départements.",
                                            "departement")
                           : communes.error());
    return;
  }
  g->generation.communes = std::move(*communes);
  auto bar = progress_bar(false);
  if (bar) g->generation.progress = [bar](double f) { bar(f, -1); };
  auto rows = write_generated_communal_base(g->output, g->generation);
  if (bar) std::cerr << "\n";
  status = rows ? 0 : fail(rows.error(), g->output);
  if (rows) std::cout << g->output << " : " << format_thousands(*rows) << " lignes générées.\n";
});
}  // namespace vigie::cli

}  // namespace vigie::cli
