// SqliteConnection::bulk_writer: one prepared INSERT, bound and stepped per row.
#include <sqlite3.h>

#include "store/sqlite/sqlite_connection.h"

namespace vigie {
namespace {

class SqliteBulkWriter final : public BulkWriter {
 public:
  SqliteBulkWriter(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteBulkWriter() override { sqlite3_finalize(stmt_); }
  SqliteBulkWriter(const SqliteBulkWriter&) = delete;
  SqliteBulkWriter& operator=(const SqliteBulkWriter&) = delete;

  Result<void> add(std::span<const Value> row) override {
    for (std::size_t i = 0; i < row.size(); ++i) {
      int index = static_cast<int>(i + 1);
      const Value& v = row[i];
      // SQLITE_STATIC: the row outlives the step below.
      if (const auto* n = std::get_if<std::int64_t>(&v)) {
        sqlite3_bind_int64(stmt_, index, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        sqlite3_bind_double(stmt_, index, *d);
      } else if (const auto* s = std::get_if<std::string>(&v)) {
        sqlite3_bind_text(stmt_, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
      } else {
        sqlite3_bind_null(stmt_, index);
      }
    }
    int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    if (rc == SQLITE_DONE) return success();
    int code = sqlite3_extended_errcode(db_);
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
      return Error::conflict("Un enregistrement identique existe déjà.");
    }
    return Error::internal(std::string("insertion en masse : ") + sqlite3_errmsg(db_));
  }

  Result<void> finish() override { return success(); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

}  // namespace

Result<std::unique_ptr<BulkWriter>>
SqliteConnection::bulk_writer(std::string_view table, const std::vector<std::string>& columns) {
  std::string sql = "INSERT INTO " + std::string(table) + " (";
  std::string marks;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    sql += (i > 0 ? ", " : "") + columns[i];
    marks += i > 0 ? ", ?" : "?";
  }
  sql += ") VALUES (" + marks + ")";
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    return error("insertion en masse");
  }
  return std::unique_ptr<BulkWriter>(std::make_unique<SqliteBulkWriter>(db_, stmt));
}

}  // namespace vigie
