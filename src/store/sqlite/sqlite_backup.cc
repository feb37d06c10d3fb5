#include "store/sqlite/sqlite_backup.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

#include <sqlite3.h>

namespace vigie {
namespace fs = std::filesystem;

namespace {

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Result<Handle> open(const std::string& path, int flags, const std::string& field) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Handle db(raw);
  if (rc != SQLITE_OK) {
    return Error::invalid(path + " : ouverture impossible (" + sqlite3_errstr(rc) + ").", field);
  }
  sqlite3_busy_timeout(db.get(), 5000);
  return db;
}

// The first column of the first row of `sql`, as text; empty when there is none.
Result<std::string> scalar(sqlite3* db, const char* sql, const std::string& what,
                           const std::string& field) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) {
    return Error::invalid(what + " : " + sqlite3_errmsg(db), field);
  }
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, sqlite3_finalize);
  int rc = sqlite3_step(stmt.get());
  if (rc == SQLITE_DONE) return std::string();
  if (rc != SQLITE_ROW) return Error::invalid(what + " : " + sqlite3_errmsg(db), field);
  const unsigned char* text = sqlite3_column_text(stmt.get(), 0);
  return text != nullptr ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

}  // namespace

Result<std::int64_t> check_sqlite_copy(const std::string& file, const std::string& field) {
  if (!fs::is_regular_file(file)) return Error::invalid(file + " : fichier introuvable.", field);
  Handle db = TRY(open(file, SQLITE_OPEN_READONLY, field));
  std::string integrity = TRY(scalar(db.get(), "PRAGMA integrity_check", file, field));
  if (integrity != "ok") {
    return Error::invalid(file + " : base endommagée (" + integrity + ").", field);
  }
  std::string version = TRY(scalar(db.get(), "SELECT MAX(version) FROM schema_migrations",
                                   file + " : pas une base Vigie", field));
  if (version.empty()) return Error::invalid(file + " : pas une base Vigie (aucun schéma).", field);
  return std::stoll(version);
}

Result<std::int64_t> backup_sqlite(const std::string& from, const std::string& to) {
  if (fs::exists(to)) return Error::invalid(to + " existe déjà : choisissez un autre nom.", "to");
  fs::path target(to);
  if (target.has_parent_path() && !fs::is_directory(target.parent_path())) {
    return Error::invalid(target.parent_path().string() + " : dossier introuvable.", "to");
  }
  TRY(check_sqlite_copy(from, "db"));
  const std::string partial = to + ".partiel";
  fs::remove(partial);
  Handle source = TRY(open(from, SQLITE_OPEN_READONLY, "db"));
  Handle copy = TRY(open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "to"));
  sqlite3_backup* backup = sqlite3_backup_init(copy.get(), "main", source.get(), "main");
  if (backup == nullptr)
    return Error::internal(std::string("Sauvegarde : ") + sqlite3_errmsg(copy.get()));
  // All pages in one step, under one read transaction: with the store in WAL mode, writers go on
  // meanwhile, and a copy made in several steps would restart at each of their commits.
  int rc = SQLITE_OK;
  while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const std::int64_t pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    copy.reset();
    fs::remove(partial);
    return Error::internal(std::string("Sauvegarde interrompue : ") + sqlite3_errstr(rc));
  }
  copy.reset();
  if (auto checked = check_sqlite_copy(partial, "to"); !checked) {
    fs::remove(partial);
    return checked.release_error();
  }
  fs::rename(partial, to);
  return pages;
}

}  // namespace vigie
