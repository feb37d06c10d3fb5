#include "territory/official_list.h"

#include <fstream>
#include <sstream>

#include <boost/json.hpp>

#include "core/text.h"
#include "store/batch_insert.h"

namespace vigie {
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

Result<json::array> read_array(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error::not_found("Fichier introuvable : " + path.string() +
                            " (lancez « npm ci » à la racine du projet).");
  }
  std::ostringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  json::value v = json::parse(text.str(), ec);
  if (ec || !v.is_array()) {
    return Error::invalid("Fichier illisible : " + path.string() + " (" + ec.message() + ")",
                          path.filename().string());
  }
  return std::move(v.as_array());
}

Value text_or_null(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || !v->is_string()) return std::monostate{};
  return std::string(v->get_string());
}

Value integer_or_null(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || !v->is_number()) return std::monostate{};
  return v->to_number<std::int64_t>();
}

std::string text(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
}

Result<std::size_t> insert_simple(Connection& conn, const json::array& items,
                                  const std::string& head, bool with_region) {
  BatchInsert batch(conn, head, with_region ? 3 : 2);
  for (const auto& item : items) {
    const json::object& o = item.as_object();
    std::vector<Value> row{text(o, "code"), text(o, "nom")};
    if (with_region) row.push_back(text_or_null(o, "region"));
    TRY_VOID(batch.add(std::move(row)));
  }
  TRY_VOID(batch.flush());
  return batch.inserted();
}

Result<std::size_t> insert_communes(Connection& conn, const json::array& items) {
  BatchInsert batch(conn,
                    "INSERT INTO communes (code, kind, name, name_folded, departement_code, "
                    "region_code, population)",
                    7);
  for (const auto& item : items) {
    const json::object& o = item.as_object();
    std::string name = text(o, "nom");
    TRY_VOID(batch.add({text(o, "code"), text(o, "type"), name, fold_for_search(name),
                        text_or_null(o, "departement"), text_or_null(o, "region"),
                        integer_or_null(o, "population")}));
  }
  TRY_VOID(batch.flush());
  return batch.inserted();
}

Result<void> insert_epci(Connection& conn, const json::array& items, OfficialListCounts& counts) {
  BatchInsert epci(conn, "INSERT INTO epci (code, name, kind, population)", 4);
  BatchInsert members(conn, "INSERT INTO epci_members (epci_code, commune_code)", 2);
  for (const auto& item : items) {
    const json::object& o = item.as_object();
    TRY_VOID(epci.add({text(o, "code"), text(o, "nom"), text(o, "type"),
                       integer_or_null(o, "populationTotale")}));
  }
  TRY_VOID(epci.flush());
  for (const auto& item : items) {
    const json::object& o = item.as_object();
    const json::value* list = o.if_contains("membres");
    if (list == nullptr || !list->is_array()) continue;
    for (const auto& m : list->get_array()) {
      TRY_VOID(members.add({text(o, "code"), text(m.as_object(), "code")}));
    }
  }
  TRY_VOID(members.flush());
  counts.epci = epci.inserted();
  counts.epci_members = members.inserted();
  return success();
}

}  // namespace

Result<OfficialListCounts> load_official_list(Database& db, const fs::path& data_dir) {
  json::array regions = TRY(read_array(data_dir / "regions.json"));
  json::array departements = TRY(read_array(data_dir / "departements.json"));
  json::array communes = TRY(read_array(data_dir / "communes.json"));
  json::array epci = TRY(read_array(data_dir / "epci.json"));
  return db.in_transaction([&](Connection& conn) -> Result<OfficialListCounts> {
    for (const char* table : {"epci_members", "epci", "communes", "departements", "regions"}) {
      TRY(conn.query(std::string("DELETE FROM ") + table));
    }
    OfficialListCounts counts;
    counts.regions = TRY(insert_simple(conn, regions, "INSERT INTO regions (code, name)", false));
    counts.departements = TRY(insert_simple(
        conn, departements, "INSERT INTO departements (code, name, region_code)", true));
    counts.communes = TRY(insert_communes(conn, communes));
    TRY_VOID(insert_epci(conn, epci, counts));
    return counts;
  });
}

}  // namespace vigie
