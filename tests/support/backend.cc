#include "support/backend.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>

#include <boost/json.hpp>

#include "auth/password.h"
#include "core/text.h"
#include "store/migrations.h"
#include "territory/official_list.h"

namespace vigie::test {
namespace fs = std::filesystem;

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "sqlite" : "postgres";
}

std::string source_path(const std::string& relative) {
  return std::string(VIGIE_SOURCE_DIR) + "/" + relative;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<fs::path> seed_data_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(source_path("data/seeds")))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

FreshStore::FreshStore(Backend backend, std::size_t pool_size) : backend_(backend) {
  std::string suffix = random_token(6);
  if (backend == Backend::sqlite) {
    sqlite_dir_ = (fs::temp_directory_path() / ("vigie-test-" + suffix)).string();
    fs::create_directories(sqlite_dir_);
    url_ = sqlite_dir_ + "/test.db";
  } else {
    const char* base = std::getenv("VIGIE_TEST_POSTGRES");
    if (base == nullptr || *base == '\0') {
      throw std::runtime_error(
          "VIGIE_TEST_POSTGRES is not set: run the tests with `make test` (scripts/test.sh), "
          "which starts a throw-away PostgreSQL server");
    }
    schema_ = "t_" + suffix;
    auto admin = Database::open(base, 1);
    if (!admin) throw std::runtime_error(admin.error().message);
    Lease conn = (*admin)->acquire();
    if (!conn->execute_script("CREATE SCHEMA " + schema_)) {
      throw std::runtime_error("cannot create schema");
    }
    url_ = std::string(base) + "?options=-csearch_path%3D" + schema_;
  }
  auto db = Database::open(url_, pool_size);
  if (!db) throw std::runtime_error(db.error().message);
  db_ = std::move(*db);
  auto migrated = migrate(*db_);
  if (!migrated) throw std::runtime_error(migrated.error().message);
}

FreshStore::~FreshStore() {
  db_.reset();
  if (backend_ == Backend::sqlite) {
    std::error_code ec;
    fs::remove_all(sqlite_dir_, ec);
  } else if (auto admin = Database::open(std::getenv("VIGIE_TEST_POSTGRES"), 1)) {
    Lease conn = (*admin)->acquire();
    (void)conn->execute_script("DROP SCHEMA " + schema_ + " CASCADE");
  }
}

namespace {

const boost::json::array& official_communes() {
  static const boost::json::array communes = [] {
    std::ifstream in(source_path(std::string(kOfficialListDir) + "/communes.json"));
    std::stringstream text;
    text << in.rdbuf();
    return boost::json::parse(text.str()).as_array();
  }();
  return communes;
}

}  // namespace

void add_official_communes(Database& db, const std::vector<std::string>& codes) {
  Lease conn = db.acquire();
  for (const auto& item : official_communes()) {
    const auto& o = item.as_object();
    std::string code(o.at("code").as_string());
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) continue;
    std::string name(o.at("nom").as_string());
    auto inserted = conn->query(
        "INSERT INTO communes (code, kind, name, name_folded, departement_code, region_code, "
        "population) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {code, std::string(o.at("type").as_string()), name, fold_for_search(name),
         std::string(o.at("departement").as_string()), std::string(o.at("region").as_string()),
         o.contains("population") ? Value(o.at("population").to_number<std::int64_t>())
                                  : null_value()});
    if (!inserted) throw std::runtime_error(inserted.error().message);
  }
}

std::string snapshot(Database& db) {
  static const std::vector<std::string> kQueries{
      "SELECT id, territory_id, title, status, version, signatories, key_dates, objectives "
      "FROM strategies ORDER BY id",
      "SELECT id, strategy_id, number, title, description, version FROM axes ORDER BY id",
      "SELECT id, strategy_id, axis_id, number, title, status, version, search_text FROM actions "
      "ORDER BY id",
      "SELECT action_id, organisation_id FROM action_partners ORDER BY 1, 2",
      "SELECT action_id, position, label, amount_cents FROM budget_lines ORDER BY 1, 2",
      "SELECT action_id, position, label FROM milestones ORDER BY 1, 2",
      "SELECT action_id, position, label, kind FROM indicators ORDER BY 1, 2",
      "SELECT id, territory_id, name, kind, version FROM organisations ORDER BY id",
      "SELECT id, organisation_id, name, version FROM contacts ORDER BY id",
      "SELECT id, action_id, changes FROM action_changes ORDER BY id",
      "SELECT id, territory_id, name, kind, axis_id, frequency, version FROM bodies ORDER BY id",
      "SELECT id, body_id, contact_id, role, left_on, version FROM body_members ORDER BY id",
      "SELECT id, body_id, starts_at, place, status, version FROM meetings ORDER BY id",
      "SELECT id, action_id, year, funder, requested_cents, cofunders, version "
      "FROM funding_requests ORDER BY id",
      "SELECT territory_id, fipd_cap_percent FROM funding_settings ORDER BY 1",
      "SELECT id, video_system_id, funding_request_id, filename, size FROM dossier_files "
      "ORDER BY id",
  };
  Lease conn = db.acquire();
  std::string out;
  for (const auto& sql : kQueries) {
    auto rows = conn->query(sql);
    if (!rows) throw std::runtime_error(rows.error().message);
    for (const Row& r : *rows) {
      for (std::size_t i = 0; i < r.size(); ++i)
        out += (r.is_null(i) ? "∅" : r.text(i)) + "|";
      out += "\n";
    }
    out += "--\n";
  }
  return out;
}

}  // namespace vigie::test
