#pragma once

#include <string_view>
#include <vector>

#include "store/database.h"

namespace vigie {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

/// The migrations compiled into the binary from src/store/migrations/NNNN_name.sql, in order.
const std::vector<Migration>& builtin_migrations();

/// Applies every migration not yet recorded, each in its own transaction. Idempotent.
/// Returns the number applied.
Result<int> migrate(Database& db);

/// The latest schema version recorded in the store (0 for an empty store).
Result<int> schema_version(Database& db);

}  // namespace vigie
