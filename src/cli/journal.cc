// vigie journal verify: recomputes the follow-up journal's hash chain.
#include "followup/journal/journal.h"

#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/clock.h"

namespace vigie::cli {

void add_journal(CLI::App& app, int& status) {
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  CLI::App* journal = app.add_subcommand("journal", "Journal des dossiers de suivi individuel");
  journal->require_subcommand(1);
  CLI::App* verify =
      journal->add_subcommand("verify", "Vérifie que le journal n'a été ni modifié ni tronqué");
  verify->add_option("--db", *db_url, "Fichier SQLite ou URL postgresql://");
  verify->callback([db_url, &status] {
    auto db = open_store(*db_url);
    if (!db) {
      status = fail(db.error());
      return;
    }
    SystemClock clock;
    auto check = FollowUpJournal(**db, clock).verify();
    if (!check) {
      status = fail(check.error());
    } else if (check->broken_at) {
      std::cerr << "vigie: journal altéré à partir de l'entrée " << *check->broken_at
                << (*check->broken_at == 0 ? " (dernières entrées supprimées)" : "") << " ("
                << check->entries << " entrées lues).\n";
      status = 1;
    } else {
      std::cout << "Journal intègre : " << check->entries << " entrées, chaîne vérifiée.\n";
      status = 0;
    }
  });
}

}  // namespace vigie::cli
