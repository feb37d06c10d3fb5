#pragma once

#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/value.h"

namespace vigie {

enum class Dialect { sqlite, postgres };

/// Rows streamed into one table inside the caller's transaction, for bulk loads (the SSMSI
/// bases: millions of rows): COPY FROM STDIN on PostgreSQL, one prepared INSERT stepped per row
/// on SQLite. Nothing else may run on the connection until finish() (PostgreSQL stays in COPY
/// mode); a writer dropped unfinished aborts its COPY, and the transaction must be rolled back.
class BulkWriter {
 public:
  virtual ~BulkWriter() = default;
  /// One row, its values in the order of the columns named at creation.
  virtual Result<void> add(std::span<const Value> row) = 0;
  /// Ends the load. A duplicate key found by PostgreSQL at the end comes back as conflict.
  virtual Result<void> finish() = 0;
};

/// One connection to the store. SQL uses `?` placeholders on both backends. A unique-key
/// violation comes back as ErrorCode::conflict, any other store failure as internal.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  virtual Result<Rows> query(std::string_view sql, std::span<const Value> params) = 0;
  /// Several statements without parameters (migrations).
  virtual Result<void> execute_script(std::string_view sql) = 0;
  virtual Result<void> begin() = 0;
  virtual Result<void> commit() = 0;
  virtual void rollback() = 0;
  /// A statement that gives up at once, rather than wait, when another writer holds the store
  /// (SQLite's single writer during a long import); for writes that may be skipped.
  virtual Result<Rows> query_no_wait(std::string_view sql, std::span<const Value> params) {
    return query(sql, params);
  }
  /// A writer of rows into `table` (`columns` in order); see BulkWriter.
  virtual Result<std::unique_ptr<BulkWriter>>
  bulk_writer(std::string_view table, const std::vector<std::string>& columns) = 0;

  Result<Rows> query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return query(sql, std::span<const Value>(params.begin(), params.size()));
  }
  Result<Rows> query(std::string_view sql, const std::vector<Value>& params) {
    return query(sql, std::span<const Value>(params.data(), params.size()));
  }
};

}  // namespace vigie
