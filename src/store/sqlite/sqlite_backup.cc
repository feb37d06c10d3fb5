#include "store/sqlite/sqlite_backup.h"

#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>
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

// Whether `file` starts with SQLite's header ("SQLite format 3" and a NUL,
// sqlite.org/fileformat.html).
Result<void> sqlite_header(const std::string& file, const std::string& field) {
  if (fs::is_directory(file)) return Error::invalid(file + " : un dossier, pas un fichier.", field);
  if (!fs::is_regular_file(file)) return Error::invalid(file + " : fichier introuvable.", field);
  std::array<char, 16> head{};
  std::ifstream in(file, std::ios::binary);
  in.read(head.data(), head.size());
  if (in.gcount() != 16 ||
      std::string_view(head.data(), 16) != std::string_view("SQLite format 3\0", 16)) {
    return Error::invalid(file + " : ce n'est pas une base SQLite.", field);
  }
  return success();
}

// The folder `file` is to be written in exists; 400 `field` naming it otherwise.
Result<void> folder_of(const std::string& file, const std::string& field) {
  fs::path parent = fs::path(file).parent_path();
  if (!parent.empty() && !fs::is_directory(parent)) {
    return Error::invalid(parent.string() + " : dossier introuvable.", field);
  }
  return success();
}

// Every page of `source` into `target`, in one step: under one read transaction of the source
// (with the store in WAL mode, writers go on meanwhile, and a copy made in several steps would
// restart at each of their commits) and one write transaction of the target.
Result<std::int64_t> copy_pages(sqlite3* target, sqlite3* source, const std::string& what) {
  sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
  if (backup == nullptr) return Error::internal(what + " : " + sqlite3_errmsg(target));
  int rc = SQLITE_OK;
  while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const std::int64_t pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) return Error::internal(what + " interrompue : " + sqlite3_errstr(rc));
  return pages;
}

}  // namespace

Result<std::int64_t> check_sqlite_copy(const std::string& file, const std::string& field) {
  TRY_VOID(sqlite_header(file, field));
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
  TRY_VOID(folder_of(to, "to"));
  TRY(check_sqlite_copy(from, "db"));
  const std::string partial = to + ".partiel";
  fs::remove(partial);
  Result<std::int64_t> pages = [&]() -> Result<std::int64_t> {
    Handle source = TRY(open(from, SQLITE_OPEN_READONLY, "db"));
    Handle copy = TRY(open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "to"));
    std::int64_t n = TRY(copy_pages(copy.get(), source.get(), "Sauvegarde"));
    // A backup is one file: the live store's WAL mode is not kept (vigie serve sets it again).
    TRY(scalar(copy.get(), "PRAGMA journal_mode = DELETE", partial, "to"));
    return n;
  }();
  if (pages) {
    if (auto checked = check_sqlite_copy(partial, "to"); !checked) pages = checked.release_error();
  }
  if (!pages) {
    fs::remove(partial);
    return pages;
  }
  fs::rename(partial, to);
  return pages;
}

Result<std::int64_t> restore_sqlite(const std::string& from, const std::string& to) {
  TRY(check_sqlite_copy(from, "from"));
  TRY_VOID(folder_of(to, "db"));
  if (fs::exists(to)) {
    if (fs::equivalent(from, to)) {
      return Error::invalid(to + " : c'est la sauvegarde elle-même.", "db");
    }
    TRY_VOID(sqlite_header(to, "db"));
  }
  std::int64_t pages = 0;
  {
    Handle source = TRY(open(from, SQLITE_OPEN_READONLY, "from"));
    Handle base = TRY(open(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "db"));
    pages = TRY(copy_pages(base.get(), source.get(), "Restauration"));
  }
  TRY(check_sqlite_copy(to, "db"));
  return pages;
}

}  // namespace vigie
