#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "auth/actor.h"
#include "core/result.h"
#include "store/database.h"

namespace vigie::cli {

/// Exit statuses: 0 success, 1 failure of the store or the system, 2 bad input.
inline constexpr int kBadInput = 2;

inline const std::string kDefaultDatabase = "var/vigie.db";

/// The journal key's default place: beside a SQLite file ("var/journal.key" for the default
/// database), "var/journal.key" for a PostgreSQL URL. Production names its own (--journal-key).
std::string default_journal_key(const std::string& db_url);

/// Whether a command may start a new SQLite file: only those that set a store up (migrate,
/// serve, demo, territory load-official); elsewhere a mistyped --db must not yield an empty one.
enum class NewStore { refused, allowed };

/// Opens and migrates the store; with NewStore::allowed, creates a missing SQLite file and its
/// folder. Errors: 400 "--db" for a missing SQLite file when refused; the store's own otherwise.
Result<std::unique_ptr<Database>> open_store(const std::string& url, std::size_t pool_size = 1,
                                             NewStore creation = NewStore::refused);

/// Runs `command`; when it fails and the SQLite file `db` did not exist before, deletes it (with
/// its -wal and -shm): a failed set-up (demo, generate) leaves no half-built base that a later run
/// would take as whole. Returns the command's exit status.
int removing_new_base_on_failure(const std::string& db, const std::function<int()>& command);

/// The CLI acts as an administrator of every territory: it is the operator's own tool.
Result<Actor> operator_actor(Database& db);

/// Prints "vigie: <message>" (with "file:line: " when given) and returns the exit status.
int fail(const Error& error, const std::string& file = "", std::optional<int> line = {});

/// The whole content of a file; a missing or unreadable one is bad input.
Result<std::string> read_text_file(const std::filesystem::path& path);

/// A CSV file a person brings, as UTF-8 text: `.gz` decompressed, the encoding detected
/// (csv::decode). Errors name the line.
Result<std::string> read_csv_file(const std::filesystem::path& path);

/// The `*.json` files of a folder, sorted by name (the seeds' order: 001-…, 002-…). Errors: 400
/// `field` when the folder is missing or cannot be read.
Result<std::vector<std::filesystem::path>> json_files(const std::string& dir,
                                                      const std::string& field);

/// Reads a JSON file; a syntax error comes back with its line in `line`.
Result<boost::json::value> read_json_file(const std::filesystem::path& path, std::string& text,
                                          std::optional<int>& line);

}  // namespace vigie::cli
