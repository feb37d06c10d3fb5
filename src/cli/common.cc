#include "cli/common.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <boost/json.hpp>

#include "core/csv.h"
#include "core/json_locate.h"
#include "core/json_strict.h"
#include "store/migrations.h"

namespace vigie::cli {

Result<std::unique_ptr<Database>> open_store(const std::string& url, std::size_t pool_size,
                                             NewStore creation) {
  if (!is_postgres_url(url)) {
    std::error_code ec;
    if (creation == NewStore::refused && !std::filesystem::exists(url, ec)) {
      return Error::invalid("base introuvable : " + url +
                                " (une base se crée par « vigie migrate --db " + url + " »).",
                            "--db");
    }
    std::filesystem::path parent = std::filesystem::path(url).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  }
  auto db = TRY(Database::open(url, pool_size));
  TRY(migrate(*db));
  return db;
}

Result<Actor> operator_actor(Database& db) {
  Actor actor;
  actor.login = "operateur";
  Lease conn = db.acquire();
  Rows rows = TRY(conn->query("SELECT id FROM territories"));
  for (const Row& r : rows)
    actor.roles[r.integer(0)] = Role::administrateur;
  return actor;
}

int removing_new_base_on_failure(const std::string& db, const std::function<int()>& command) {
  const bool fresh_file = !db.starts_with("postgres") && !std::filesystem::exists(db);
  int status = command();
  if (status != 0 && fresh_file) {
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(db + suffix);
  }
  return status;
}

int fail(const Error& error, const std::string& file, std::optional<int> line) {
  std::cerr << "vigie: ";
  if (!file.empty()) std::cerr << file << (line ? ":" + std::to_string(*line) : "") << ": ";
  if (error.field && !error.field->empty()) std::cerr << *error.field << ": ";
  std::cerr << error.message << "\n";
  return error.code == ErrorCode::invalid || error.code == ErrorCode::conflict ||
                 error.code == ErrorCode::not_found
             ? kBadInput
             : 1;
}

Result<std::string> read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::invalid("Fichier illisible ou absent.", "");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Result<std::string> read_csv_file(const std::filesystem::path& path) {
  std::string bytes = TRY(read_text_file(path));
  if (csv::is_gzip(bytes)) bytes = TRY(csv::gunzip(bytes));
  return TRY(csv::decode(bytes)).text;
}

Result<std::vector<std::filesystem::path>> json_files(const std::string& dir,
                                                      const std::string& field) {
  std::vector<std::filesystem::path> files;
  std::error_code failed;
  for (std::filesystem::directory_iterator it(dir, failed), end; !failed && it != end;
       it.increment(failed)) {
    if (it->path().extension() == ".json") files.push_back(it->path());
  }
  if (failed) return Error::invalid(dir + " : dossier introuvable ou illisible.", field);
  std::sort(files.begin(), files.end());
  return files;
}

Result<boost::json::value> read_json_file(const std::filesystem::path& path, std::string& text,
                                          std::optional<int>& line) {
  text = TRY(read_text_file(path));
  // A byte-order mark, as some Windows editors write, is not JSON: skipped.
  std::size_t start = std::string_view(text).substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  boost::json::stream_parser parser;
  boost::system::error_code ec;
  std::size_t consumed = parser.write(text.data() + start, text.size() - start, ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    line = line_of_offset(text, start + consumed);
    return Error::invalid("JSON invalide : " + json_syntax_problem(ec, text) + ".", "");
  }
  return parser.release();
}

std::string default_journal_key(const std::string& db_url) {
  if (db_url.starts_with("postgres")) return "var/journal.key";
  std::filesystem::path db(db_url);
  return (db.has_parent_path() ? db.parent_path() / "journal.key" : "journal.key").string();
}

}  // namespace vigie::cli
