#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

namespace vigie {

namespace {
constexpr int kBusyTimeoutMs = 10000;
}  // namespace

Result<std::unique_ptr<Connection>> SqliteConnection::open(const std::string& path) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : "mémoire insuffisante";
    sqlite3_close(db);
    return Error::internal("Impossible d'ouvrir la base SQLite « " + path + " » : " + message);
  }
  std::unique_ptr<SqliteConnection> conn(new SqliteConnection(db));
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  TRY_VOID(conn->execute_script(
      "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"));
  return std::unique_ptr<Connection>(std::move(conn));
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, stmt] : statements_)
    sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Error SqliteConnection::error(std::string_view context) const {
  int code = sqlite3_extended_errcode(db_);
  std::string message = std::string(context) + " : " + sqlite3_errmsg(db_);
  if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Error::conflict("Un enregistrement identique existe déjà.");
  }
  if ((code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED) {
    return Error::busy("La base est occupée par une autre écriture (un import en cours ?) : "
                       "réessayez dans un instant.");
  }
  if (code == SQLITE_CONSTRAINT_FOREIGNKEY) {
    return Error::conflict("L'enregistrement est lié à d'autres données.");
  }
  return Error::internal(message);
}

Result<sqlite3_stmt*> SqliteConnection::prepare(std::string_view sql) {
  auto found = statements_.find(std::string(sql));
  if (found != statements_.end()) return found->second;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    return error("préparation SQL");
  }
  statements_.emplace(std::string(sql), stmt);
  return stmt;
}

namespace {

void bind(sqlite3_stmt* stmt, int index, const Value& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) {
    sqlite3_bind_int64(stmt, index, *n);
  } else if (const auto* d = std::get_if<double>(&v)) {
    sqlite3_bind_double(stmt, index, *d);
  } else if (const auto* s = std::get_if<std::string>(&v)) {
    sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
  } else {
    sqlite3_bind_null(stmt, index);
  }
}

Value column(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
  case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
  case SQLITE_FLOAT: return sqlite3_column_double(stmt, i);
  case SQLITE_NULL: return std::monostate{};
  default: {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
  }
  }
}

}  // namespace

Result<Rows> SqliteConnection::query(std::string_view sql, std::span<const Value> params) {
  sqlite3_stmt* stmt = TRY(prepare(sql));
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  for (std::size_t i = 0; i < params.size(); ++i)
    bind(stmt, static_cast<int>(i + 1), params[i]);
  Rows rows;
  int columns = sqlite3_column_count(stmt);
  for (;;) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      Error e = error("requête SQL");
      sqlite3_reset(stmt);
      return e;
    }
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int i = 0; i < columns; ++i)
      values.push_back(column(stmt, i));
    rows.emplace_back(std::move(values));
  }
  sqlite3_reset(stmt);
  return rows;
}

Result<Rows> SqliteConnection::query_no_wait(std::string_view sql, std::span<const Value> params) {
  sqlite3_busy_timeout(db_, 0);
  auto rows = query(sql, params);
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  return rows;
}

Result<void> SqliteConnection::execute_script(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string detail = message != nullptr ? message : "";
    sqlite3_free(message);
    int code = sqlite3_errcode(db_);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return error("script SQL");
    return Error::internal("script SQL : " + detail);
  }
  return success();
}

Result<void> SqliteConnection::begin() { return execute_script("BEGIN IMMEDIATE"); }
Result<void> SqliteConnection::commit() { return execute_script("COMMIT"); }
void SqliteConnection::rollback() {
  if (sqlite3_get_autocommit(db_) == 0) (void)execute_script("ROLLBACK");
}

}  // namespace vigie
