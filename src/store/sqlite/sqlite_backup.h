#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace vigie {

/// Copies the SQLite database `from` into the new file `to` with SQLite's online backup API
/// (https://sqlite.org/backup.html): the server may keep running and writing; the copy is the
/// database as it stood at one instant (one read transaction; in WAL mode writers are not held
/// back). The copy is written to a temporary name beside `to`, set to a rollback journal (one
/// self-contained file, no -wal or -shm beside it), checked (PRAGMA integrity_check) and then
/// renamed, so `to` is either absent or whole. Errors: 400 "to" when it exists or its folder does
/// not; 400 "db" when `from` is not a SQLite file; 500 with SQLite's message otherwise.
/// Returns the number of pages copied.
Result<std::int64_t> backup_sqlite(const std::string& from, const std::string& to);

/// Puts the backup `from` back as the SQLite database `to`, through the same API in one write
/// transaction: a server still running on `to` reads the restored data from its next request
/// (replacing the file would have left it writing, unseen, into the deleted one); a missing `to`
/// is created. `from` is checked before, `to` after. Errors: 400 "from" (not a file, not a whole
/// Vigie SQLite database); 400 "db" (the same file as `from`, its folder missing, not a SQLite
/// file); 500 with SQLite's message otherwise. Returns the number of pages copied.
Result<std::int64_t> restore_sqlite(const std::string& from, const std::string& to);

/// Checks a file is a whole SQLite database holding Vigie's schema: the SQLite header, PRAGMA
/// integrity_check says "ok" and schema_migrations exists. Returns the schema version.
/// Errors: 400 `field`.
Result<std::int64_t> check_sqlite_copy(const std::string& file, const std::string& field);

}  // namespace vigie
