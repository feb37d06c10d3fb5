// vigie backup / vigie restore: the SQLite store's copy and its return (issue 18 §2). PostgreSQL
// is backed up by pgBackRest (docs/operations.md).
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "store/sqlite/sqlite_backup.h"

namespace vigie::cli {
namespace {
namespace fs = std::filesystem;

Result<void> sqlite_only(const std::string& url) {
  if (url.starts_with("postgres")) {
    return Error::invalid("Une base PostgreSQL se sauvegarde avec pgBackRest (archivage continu, "
                          "restauration à un instant donné) : voir docs/operations.md.",
                          "db");
  }
  return success();
}

int backup(const std::string& db, const std::string& to) {
  if (auto ok = sqlite_only(db); !ok) return fail(ok.error());
  std::cerr << "Sauvegarde de " << db << " en cours…\n";
  auto pages = backup_sqlite(db, to);
  if (!pages) return fail(pages.error());
  std::cerr << "Sauvegarde écrite et vérifiée : " << to << " (" << *pages
            << " pages). La clé du journal des suivis (" << default_journal_key(db)
            << ") se sauvegarde à part, hors de la base.\n";
  return 0;
}

int restore(const std::string& from, const std::string& db, bool replace) {
  if (auto ok = sqlite_only(db); !ok) return fail(ok.error());
  if (fs::exists(db) && !replace) {
    return fail(
        Error::invalid(db + " existe déjà : relancez avec --remplacer pour l'écraser.", "db"));
  }
  std::cerr << "Restauration de " << from << " en cours…\n";
  auto pages = restore_sqlite(from, db);
  if (!pages) return fail(pages.error());
  std::cerr << "Base restaurée : " << db << " (" << *pages
            << " pages) ; redémarrez les serveurs : le schéma sera mis à jour au démarrage.\n";
  return 0;
}

}  // namespace

void add_backup(CLI::App& app, int& status) {
  auto db = std::make_shared<std::string>(kDefaultDatabase);
  auto to = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "backup", "Copie la base SQLite, serveur en marche (API de sauvegarde en ligne de SQLite)");
  cmd->add_option("--db", *db, "Fichier SQLite");
  cmd->add_option("--to", *to, "Fichier de la copie (ne doit pas exister)")->required();
  cmd->callback([db, to, &status] { status = backup(*db, *to); });
}

void add_restore(CLI::App& app, int& status) {
  auto from = std::make_shared<std::string>();
  auto db = std::make_shared<std::string>();
  auto replace = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "restore", "Remet une sauvegarde en place, serveurs arrêtés (vérifiée avant et après)");
  cmd->add_option("--from", *from, "Sauvegarde écrite par vigie backup")->required();
  // Never a default: a restore run from the wrong folder would overwrite its var/vigie.db.
  cmd->add_option("--db", *db, "Fichier SQLite à remplacer (ou à créer)")->required();
  cmd->add_flag("--remplacer", *replace, "Écrase la base existante");
  cmd->callback([from, db, replace, &status] { status = restore(*from, *db, *replace); });
}

}  // namespace vigie::cli
