// vigie followup purge: the retention purge, for a scheduler other than `vigie serve`.
#include <iostream>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace vigie::cli {

void add_followup(CLI::App& app, int& status) {
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  CLI::App* followup = app.add_subcommand("followup", "Dossiers de suivi individuel");
  followup->require_subcommand(1);
  CLI::App* purge = followup->add_subcommand(
      "purge", "Détruit les dossiers archivés arrivés à échéance et le journal expiré");
  purge->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
  purge->callback([db_url, &status] {
    auto db = open_store(*db_url);
    if (!db) {
      status = fail(db.error());
      return;
    }
    SystemClock clock;
    App vigie(**db, clock);
    auto report = vigie.followups().purge();
    if (!report) {
      status = fail(report.error());
      return;
    }
    std::cout << "Purge : " << report->records << " dossier(s) détruit(s), "
              << report->journal_entries << " entrée(s) de journal expirée(s).\n";
    status = 0;
  });
}

}  // namespace vigie::cli
