#include "diagnostic/repository.h"

#include <sstream>

namespace vigie::ssmsi_repository {
namespace {

constexpr const char* kEditionColumns =
    "id, level, file_name, sha256, schema_name, years, geography_year, produced_on, row_count, "
    "masked_count, zone_count, unlocated_count, imported_at, replaced_at";

SsmsiLevel level_of(const std::string& name) {
  if (name == "departement") return SsmsiLevel::departement;
  if (name == "region") return SsmsiLevel::region;
  return SsmsiLevel::commune;
}

std::string years_text(const std::vector<int>& years) {
  std::string out;
  for (int y : years)
    out += (out.empty() ? "" : ",") + std::to_string(y);
  return out;
}

std::vector<int> years_of(const std::string& text) {
  std::vector<int> years;
  std::istringstream in(text);
  for (std::string item; std::getline(in, item, ',');)
    years.push_back(std::stoi(item));
  return years;
}

SsmsiEdition edition_from(const Row& r) {
  SsmsiEdition e;
  e.id = r.integer(0);
  e.level = level_of(r.text(1));
  e.file_name = r.text(2);
  e.sha256 = r.text(3);
  e.schema = r.text(4);
  e.years = years_of(r.text(5));
  if (auto g = r.optional_integer(6)) e.geography_year = static_cast<int>(*g);
  e.produced_on = r.optional_text(7);
  e.rows = r.integer(8);
  e.masked_rows = r.integer(9);
  e.zones = r.integer(10);
  e.unlocated_rows = r.integer(11);
  e.imported_at = r.text(12);
  e.replaced_at = r.optional_text(13);
  return e;
}

std::optional<SsmsiEdition> first_edition(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  return edition_from(rows.front());
}

}  // namespace

Result<std::optional<SsmsiEdition>> edition_by_sha(Connection& conn, const std::string& sha256) {
  return first_edition(TRY(
      conn.query(std::string("SELECT ") + kEditionColumns + " FROM ssmsi_editions WHERE sha256 = ?",
                 {sha256})));
}

Result<std::vector<SsmsiEdition>> editions(Connection& conn) {
  Rows rows = TRY(conn.query(std::string("SELECT ") + kEditionColumns +
                             " FROM ssmsi_editions ORDER BY id DESC"));
  std::vector<SsmsiEdition> out;
  for (const Row& r : rows)
    out.push_back(edition_from(r));
  return out;
}

Result<std::int64_t> insert_edition(Connection& conn, const SsmsiEdition& e) {
  Rows rows = TRY(conn.query(
      "INSERT INTO ssmsi_editions (level, file_name, sha256, schema_name, years, "
      "geography_year, produced_on, row_count, masked_count, zone_count, unlocated_count, "
      "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?) RETURNING id",
      {level_name(e.level), e.file_name, e.sha256, e.schema, years_text(e.years),
       optional_value(e.geography_year), optional_value(e.produced_on), e.imported_at}));
  return rows.front().integer(0);
}

Result<void> complete_edition(Connection& conn, const SsmsiEdition& e) {
  TRY(conn.query(
      "UPDATE ssmsi_editions SET years = ?, row_count = ?, masked_count = ?, zone_count = ?, "
      "unlocated_count = ? WHERE id = ?",
      {years_text(e.years), e.rows, e.masked_rows, e.zones, e.unlocated_rows, e.id}));
  return success();
}

Result<std::optional<SsmsiEdition>> holder_of_year(Connection& conn, SsmsiLevel level, int year) {
  std::string sql = "SELECT ";
  for (std::string_view column : {"id", "level", "file_name", "sha256", "schema_name", "years",
                                  "geography_year", "produced_on", "row_count", "masked_count",
                                  "zone_count", "unlocated_count", "imported_at", "replaced_at"}) {
    sql += (sql.size() > 7 ? ", e." : "e.") + std::string(column);
  }
  sql += " FROM ssmsi_edition_years y JOIN ssmsi_editions e ON e.id = y.edition_id "
         "WHERE y.level = ? AND y.year = ?";
  return first_edition(TRY(conn.query(sql, {level_name(level), std::int64_t{year}})));
}

Result<void> take_year(Connection& conn, SsmsiLevel level, int year, std::int64_t edition_id) {
  Value lv = level_name(level);
  Value yv = std::int64_t{year};
  TRY(conn.query("DELETE FROM ssmsi_figures WHERE level = ? AND year = ?", {lv, yv}));
  TRY(conn.query("DELETE FROM ssmsi_populations WHERE level = ? AND year = ?", {lv, yv}));
  if (level == SsmsiLevel::commune) {
    TRY(conn.query("DELETE FROM ssmsi_masked_means WHERE year = ?", {yv}));
  }
  TRY(conn.query("DELETE FROM ssmsi_edition_years WHERE level = ? AND year = ?", {lv, yv}));
  TRY(conn.query("INSERT INTO ssmsi_edition_years (level, year, edition_id) VALUES (?, ?, ?)",
                 {lv, yv, edition_id}));
  return success();
}

Result<std::vector<std::int64_t>> mark_replaced(Connection& conn, const std::string& now) {
  Rows rows = TRY(conn.query(
      "UPDATE ssmsi_editions SET replaced_at = ? WHERE replaced_at IS NULL AND NOT EXISTS "
      "(SELECT 1 FROM ssmsi_edition_years y WHERE y.edition_id = ssmsi_editions.id) "
      "RETURNING id",
      {now}));
  std::vector<std::int64_t> ids;
  for (const Row& r : rows)
    ids.push_back(r.integer(0));
  return ids;
}

Result<std::map<std::string, std::int64_t>> indicator_ids(Connection& conn) {
  std::map<std::string, std::int64_t> ids;
  for (const Row& r : TRY(conn.query("SELECT label, id FROM ssmsi_indicators")))
    ids.emplace(r.text(0), r.integer(1));
  return ids;
}

Result<std::int64_t> insert_indicator(Connection& conn, const std::string& label,
                                      const std::string& unit, bool per_dwellings) {
  Rows rows = TRY(conn.query(
      "INSERT INTO ssmsi_indicators (label, unit, per_dwellings) VALUES (?, ?, ?) RETURNING id",
      {label, unit, std::int64_t{per_dwellings ? 1 : 0}}));
  return rows.front().integer(0);
}

Result<std::unique_ptr<BulkWriter>> figure_writer(Connection& conn) {
  return conn.bulk_writer("ssmsi_figures",
                          {"level", "year", "indicator_id", "zone", "count", "rate", "published"});
}

Result<std::unique_ptr<BulkWriter>> population_writer(Connection& conn) {
  return conn.bulk_writer("ssmsi_populations", {"level", "year", "zone", "population",
                                                "population_year", "dwellings", "dwellings_year"});
}

Result<std::unique_ptr<BulkWriter>> masked_mean_writer(Connection& conn) {
  return conn.bulk_writer("ssmsi_masked_means",
                          {"year", "indicator_id", "departement", "mean_count", "mean_rate"});
}

}  // namespace vigie::ssmsi_repository
