#include "diagnostic/figures_repository.h"

#include "diagnostic/repository.h"

namespace vigie::ssmsi_repository {
namespace {

// "zone IN (?, ?…)" with its parameters, or nothing for every zone.
std::string zone_filter(const std::vector<std::string>& zones, std::vector<Value>& params) {
  if (zones.empty()) return "";
  std::string sql = " AND zone IN (";
  for (std::size_t i = 0; i < zones.size(); ++i) {
    sql += i > 0 ? ", ?" : "?";
    params.emplace_back(zones[i]);
  }
  return sql + ")";
}

}  // namespace

Result<std::vector<Indicator>> indicators(Connection& conn) {
  Rows rows =
      TRY(conn.query("SELECT id, label, unit, per_dwellings FROM ssmsi_indicators ORDER BY id"));
  std::vector<Indicator> out;
  for (const Row& r : rows)
    out.push_back({r.integer(0), r.text(1), r.text(2), r.integer(3) != 0});
  return out;
}

Result<std::vector<StoredFigure>> figures(Connection& conn, SsmsiLevel level,
                                          const std::vector<std::string>& zones,
                                          std::optional<int> year) {
  std::vector<Value> params{std::string(level_name(level))};
  std::string sql =
      "SELECT zone, year, indicator_id, count, rate, published FROM ssmsi_figures WHERE "
      "level = ?";
  if (year) {
    sql += " AND year = ?";
    params.emplace_back(std::int64_t{*year});
  }
  sql += zone_filter(zones, params);
  Rows rows = TRY(conn.query(sql, params));
  std::vector<StoredFigure> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    out.push_back({r.text(0), static_cast<int>(r.integer(1)), r.integer(2), r.optional_integer(3),
                   r.optional_real(4), r.integer(5) != 0});
  }
  return out;
}

Result<std::vector<StoredPopulation>> populations(Connection& conn, SsmsiLevel level,
                                                  const std::vector<std::string>& zones) {
  std::vector<Value> params{std::string(level_name(level))};
  std::string sql = "SELECT zone, year, population, dwellings FROM ssmsi_populations WHERE "
                    "level = ?" +
                    zone_filter(zones, params);
  Rows rows = TRY(conn.query(sql, params));
  std::vector<StoredPopulation> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    out.push_back(
        {r.text(0), static_cast<int>(r.integer(1)), r.optional_integer(2), r.optional_real(3)});
  }
  return out;
}

Result<std::optional<SsmsiEdition>> latest_edition(Connection& conn, SsmsiLevel level) {
  Rows rows = TRY(
      conn.query("SELECT MAX(year) FROM ssmsi_edition_years WHERE level = ?", {level_name(level)}));
  if (rows.empty() || rows[0].is_null(0)) return std::optional<SsmsiEdition>();
  return holder_of_year(conn, level, static_cast<int>(rows[0].integer(0)));
}

Result<std::int64_t> newest_edition_id(Connection& conn) {
  Rows rows = TRY(conn.query("SELECT MAX(id) FROM ssmsi_editions"));
  return rows.empty() || rows[0].is_null(0) ? 0 : rows[0].integer(0);
}

}  // namespace vigie::ssmsi_repository
