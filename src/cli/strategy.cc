#include <fstream>
#include <iostream>

#include <boost/json.hpp>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "core/json_locate.h"
#include "core/json_text.h"

namespace vigie::cli {
namespace {

struct StrategyOptions {
  std::string db = kDefaultDatabase;
  std::int64_t id = 0;
  std::int64_t territory = 0;
  std::string file;
};

int export_strategy(const StrategyOptions& o) {
  auto db = open_store(o.db);
  if (!db) return fail(db.error());
  SystemClock clock;
  App app(**db, clock);
  auto actor = operator_actor(**db);
  if (!actor) return fail(actor.error());
  auto doc = app.exchange().export_document(*actor, o.id);
  if (!doc) return fail(doc.error());
  std::string text = json_text(*doc) + "\n";
  if (o.file.empty() || o.file == "-") {
    std::cout << text;
    return 0;
  }
  std::ofstream out(o.file, std::ios::binary);
  out << text;
  return out ? 0 : fail(Error::invalid("Écriture impossible.", ""), o.file);
}

int import_strategy(const StrategyOptions& o) {
  std::string text;
  std::optional<int> line;
  auto doc = read_json_file(o.file, text, line);
  if (!doc) return fail(doc.error(), o.file, line);
  auto db = open_store(o.db);
  if (!db) return fail(db.error());
  SystemClock clock;
  App app(**db, clock);
  auto actor = operator_actor(**db);
  if (!actor) return fail(actor.error());
  if (!app.territories().get(*actor, o.territory)) {
    return fail(Error::invalid("Territoire n° " + std::to_string(o.territory) +
                                   " introuvable (« vigie territory add » le crée et donne son "
                                   "numéro).",
                               "--territory"));
  }
  auto id = app.exchange().import_document(*actor, o.territory, *doc);
  if (!id) {
    if (id.error().field) line = locate_json_path(text, *id.error().field);
    return fail(id.error(), o.file, line);
  }
  std::cout << *id << "\n";
  return 0;
}

}  // namespace

void add_strategy(CLI::App& app, int& status) {
  CLI::App* strategy = app.add_subcommand("strategy", "Exporte ou importe une stratégie entière");
  strategy->require_subcommand(1);
  auto o = std::make_shared<StrategyOptions>();
  CLI::App* exp = strategy->add_subcommand("export", "Écrit la stratégie en un document JSON");
  exp->add_option("--db", o->db, "Fichier SQLite ou URL postgresql://");
  exp->add_option("id", o->id, "Identifiant de la stratégie")->required();
  exp->add_option("-o,--output", o->file, "Fichier de sortie (défaut : sortie standard)");
  exp->callback([o, &status] { status = export_strategy(*o); });
  CLI::App* imp = strategy->add_subcommand("import", "Importe un document JSON de stratégie");
  imp->add_option("--db", o->db, "Fichier SQLite ou URL postgresql://");
  imp->add_option("file", o->file, "Document JSON")->required();
  imp->add_option("--territory", o->territory, "Identifiant du territoire")->required();
  imp->callback([o, &status] { status = import_strategy(*o); });
}

}  // namespace vigie::cli
