#pragma once

#include <memory>
#include <string>

#include "store/connection.h"

struct pg_conn;

namespace vigie {

/// PostgreSQL through libpq: text-format parameters, `?` placeholders rewritten to `$n`. A lost
/// server, or one that became a standby, gives Error::busy (503) and the connection is re-opened
/// before its next statement outside a transaction.
class PostgresConnection final : public Connection {
 public:
  static Result<std::unique_ptr<Connection>> open(const std::string& url);
  ~PostgresConnection() override;

  Dialect dialect() const override { return Dialect::postgres; }
  Result<Rows> query(std::string_view sql, std::span<const Value> params) override;
  Result<void> execute_script(std::string_view sql) override;
  Result<void> begin() override;
  Result<void> commit() override;
  void rollback() override;
  Result<std::unique_ptr<BulkWriter>> bulk_writer(std::string_view table,
                                                  const std::vector<std::string>& columns) override;

 private:
  explicit PostgresConnection(pg_conn* conn) : conn_(conn) {}
  /// Re-opens a connection found broken or pointed at a standby, outside a transaction only.
  void revive();
  pg_conn* conn_;
  bool in_transaction_ = false;
  bool reopen_ = false;  // the last statement failed for a reason a new connection may cure
};

/// Rewrites `?` placeholders (outside quoted literals) to PostgreSQL's `$1, $2...`.
std::string to_postgres_placeholders(std::string_view sql);

}  // namespace vigie
