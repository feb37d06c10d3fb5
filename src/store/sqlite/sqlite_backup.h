#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace vigie {

/// Copies the SQLite database `from` into the new file `to` with SQLite's online backup API
/// (https://sqlite.org/backup.html): the server may keep running and writing; the copy is the
/// database as it stood at one instant (one read transaction; in WAL mode writers are not held
/// back). The copy is written to a temporary name beside `to`, checked (PRAGMA integrity_check) and
/// then renamed, so `to` is either absent or whole. Errors: 400 "to" when it exists or its folder
/// does not; 400 "db" when `from` is not a SQLite file; 500 with SQLite's message otherwise.
/// Returns the number of pages copied.
Result<std::int64_t> backup_sqlite(const std::string& from, const std::string& to);

/// Checks a file is a whole SQLite database holding Vigie's schema: PRAGMA integrity_check says
/// "ok" and schema_migrations exists. Returns the schema version. Errors: 400 `field`.
Result<std::int64_t> check_sqlite_copy(const std::string& file, const std::string& field);

}  // namespace vigie
