// vigie journal verify | seal | rotate-key: the follow-up journal's chain and its key.
#include "journal/chained/journal.h"

#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/clock.h"

namespace vigie::cli {
namespace {

struct JournalOptions {
  std::string db = kDefaultDatabase;
  std::string key;  // empty: default_journal_key(db)
  std::string checkpoint;
};

std::string key_file(const JournalOptions& o) {
  return o.key.empty() ? default_journal_key(o.db) : o.key;
}

// Verifies with the key when its file exists; without it, says that only the unkeyed check ran.
int verify(const JournalOptions& o) {
  auto db = open_store(o.db);
  if (!db) return fail(db.error());
  std::optional<JournalKeys> keys;
  if (std::filesystem::exists(key_file(o))) {
    auto loaded = load_journal_keys(key_file(o));
    if (!loaded) return fail(loaded.error());
    keys = std::move(*loaded);
  }
  SystemClock clock;
  std::optional<std::string> checkpoint;
  if (!o.checkpoint.empty()) checkpoint = o.checkpoint;
  auto check = ChainedJournal(**db, clock, keys).verify(checkpoint);
  if (!check) return fail(check.error());
  if (check->state == "altere") {
    std::cerr << "vigie: journal altéré ";
    if (*check->broken_at == 0) {
      std::cerr << "à l'une de ses extrémités (entrées retirées au début ou à la fin, tête ou "
                   "point de contrôle ne correspondant plus)";
    } else {
      std::cerr << "à partir de l'entrée " << *check->broken_at;
    }
    std::cerr << " (" << check->entries << " entrées lues).\n";
    return 1;
  }
  if (check->state == "sans_cle") {
    std::cout << "Attention : pas de clé (" << key_file(o)
              << ") : seule la chaîne non signée a été vérifiée.\n";
  } else if (check->state == "non_scelle") {
    std::cout << "Attention : journal pas encore scellé (vigie journal seal).\n";
  }
  std::cout << "Journal intègre : " << check->entries << " entrées, chaîne vérifiée.\n"
            << "Point de contrôle (à conserver hors de la base) : " << check->last_hash << "\n";
  return 0;
}

void add_common(CLI::App* cmd, const std::shared_ptr<JournalOptions>& o) {
  cmd->add_option("--db", o->db, "Fichier SQLite ou URL postgresql://");
  cmd->add_option("--journal-key", o->key,
                  "Fichier de clé du journal (défaut : journal.key à côté du fichier SQLite ; "
                  "var/journal.key pour PostgreSQL)");
}

}  // namespace

void add_journal(CLI::App& app, int& status) {
  auto o = std::make_shared<JournalOptions>();
  CLI::App* journal = app.add_subcommand("journal", "Journal des dossiers de suivi individuel");
  journal->require_subcommand(1);
  CLI::App* check = journal->add_subcommand(
      "verify", "Vérifie que le journal n'a été ni modifié, ni complété, ni tronqué");
  add_common(check, o);
  check->add_option("--checkpoint", o->checkpoint,
                    "Point de contrôle imprimé par une vérification antérieure");
  check->callback([o, &status] { status = verify(*o); });

  CLI::App* seal = journal->add_subcommand("seal", "Scelle le journal sous sa clé (une fois)");
  add_common(seal, o);
  seal->callback([o, &status] {
    auto db = open_store(o->db);
    auto keys = load_journal_keys(key_file(*o));
    if (!db || !keys) {
      status = fail(!db ? db.error() : keys.error());
      return;
    }
    SystemClock clock;
    auto sealed = ChainedJournal(**db, clock, std::move(*keys)).seal_new();
    status = sealed ? 0 : fail(sealed.error());
    if (sealed) std::cout << "Journal scellé.\n";
  });

  CLI::App* rotate = journal->add_subcommand(
      "rotate-key", "Ajoute une nouvelle clé ; les anciennes restent pour vérifier");
  add_common(rotate, o);
  rotate->callback([o, &status] {
    auto version = rotate_journal_key(key_file(*o));
    status = version ? 0 : fail(version.error());
    if (version) {
      std::cout << "Clé " << *version << " ajoutée à " << key_file(*o)
                << " : redémarrez les serveurs, puis sauvegardez le fichier.\n";
    }
  });
}

}  // namespace vigie::cli
