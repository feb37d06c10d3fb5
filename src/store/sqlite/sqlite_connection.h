#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/connection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace vigie {

/// SQLite: WAL journal, foreign keys on, a busy timeout, prepared statements cached per SQL text.
class SqliteConnection final : public Connection {
 public:
  static Result<std::unique_ptr<Connection>> open(const std::string& path);
  ~SqliteConnection() override;

  Dialect dialect() const override { return Dialect::sqlite; }
  Result<Rows> query(std::string_view sql, std::span<const Value> params) override;
  Result<Rows> query_no_wait(std::string_view sql, std::span<const Value> params) override;
  Result<void> execute_script(std::string_view sql) override;
  Result<void> begin() override;
  Result<void> commit() override;
  void rollback() override;
  Result<std::unique_ptr<BulkWriter>> bulk_writer(std::string_view table,
                                                  const std::vector<std::string>& columns) override;

 private:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  Result<sqlite3_stmt*> prepare(std::string_view sql);
  Error error(std::string_view context) const;

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace vigie
