// The observatoire's SQL for categories and incidents; see repository.h.
#include "observatory/repository.h"

namespace vigie::observatory_repository {
namespace {

constexpr const char* kCategoryColumns =
    "SELECT c.id, c.territory_id, c.label, c.statistical_class, c.natinf, c.position, "
    "(SELECT COUNT(*) FROM incidents i WHERE i.category_id = c.id) FROM incident_categories c ";

IncidentCategory category_from_row(const Row& r) {
  return {r.integer(0),       r.integer(1), r.text(2),   r.optional_text(3),
          r.optional_text(4), r.integer(5), r.integer(6)};
}

constexpr const char* kColumns =
    "SELECT i.id, i.territory_id, i.category_id, i.organisation_id, i.occurred_on, "
    "i.occurred_time, i.period_end, i.longitude, i.latitude, i.x, i.y, i.place, i.description, "
    "i.action_id, i.problem_id, i.source_reference, i.created_at, i.created_by, i.version, "
    "c.label, o.name FROM incidents i JOIN incident_categories c ON c.id = i.category_id "
    "JOIN organisations o ON o.id = i.organisation_id ";

Incident from_row(const Row& r) {
  Incident i;
  i.id = r.integer(0);
  i.territory_id = r.integer(1);
  i.category_id = r.integer(2);
  i.organisation_id = r.integer(3);
  i.occurred_on = r.text(4);
  i.occurred_time = r.optional_text(5);
  i.period_end = r.optional_text(6);
  i.longitude = r.optional_real(7);
  i.latitude = r.optional_real(8);
  i.x = r.optional_real(9);
  i.y = r.optional_real(10);
  i.place = r.optional_text(11);
  i.description = r.optional_text(12);
  i.action_id = r.optional_integer(13);
  i.problem_id = r.optional_integer(14);
  i.source_reference = r.optional_text(15);
  i.created_at = r.text(16);
  i.created_by = r.optional_integer(17);
  i.version = r.integer(18);
  i.category_label = r.text(19);
  i.organisation_name = r.text(20);
  return i;
}

std::vector<Value> fields(const Incident& i) {
  return {i.category_id,
          i.organisation_id,
          i.occurred_on,
          optional_value(i.occurred_time),
          optional_value(i.period_end),
          optional_value(i.longitude),
          optional_value(i.latitude),
          optional_value(i.x),
          optional_value(i.y),
          optional_value(i.place),
          optional_value(i.description),
          optional_value(i.action_id),
          optional_value(i.problem_id),
          optional_value(i.source_reference)};
}

// The filter's clauses on the incidents aliased "i".
void append_filter(std::string& sql, std::vector<Value>& params, const IncidentFilter& filter) {
  auto add = [&](const char* clause, Value v) {
    sql += clause;
    params.push_back(std::move(v));
  };
  if (filter.category_id) add(" AND i.category_id = ?", *filter.category_id);
  if (filter.organisation_id) add(" AND i.organisation_id = ?", *filter.organisation_id);
  if (filter.from) add(" AND i.occurred_on >= ?", *filter.from);
  if (filter.to) add(" AND i.occurred_on <= ?", *filter.to);
}

}  // namespace

namespace {

// Appends the WHERE clause of the territory, filter and organisations to `sql`; false when no
// incident can match (no organisation).
bool where(std::string& sql, std::vector<Value>& params, std::int64_t territory_id,
           const IncidentFilter& filter,
           const std::optional<std::vector<std::int64_t>>& organisations) {
  sql += "WHERE i.territory_id = ?";
  params.emplace_back(territory_id);
  append_filter(sql, params, filter);
  if (!organisations) return true;
  if (organisations->empty()) return false;
  append_in(sql, params, "i.organisation_id", *organisations);
  return true;
}

Result<std::vector<Incident>> incidents(Connection& conn, const std::string& sql,
                                        const std::vector<Value>& params) {
  Rows rows = TRY(conn.query(sql, params));
  std::vector<Incident> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(from_row(r));
  return out;
}

}  // namespace

void append_in(std::string& sql, std::vector<Value>& params, const std::string& column,
               const std::vector<std::int64_t>& ids) {
  sql += " AND " + column + " IN (";
  for (std::size_t k = 0; k < ids.size(); ++k) {
    sql += k == 0 ? "?" : ", ?";
    params.emplace_back(ids[k]);
  }
  sql += ")";
}

Result<std::vector<IncidentCategory>> categories(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(conn.query(std::string(kCategoryColumns) +
                                 "WHERE c.territory_id = ? ORDER BY c.position, c.id",
                             {territory_id}));
  std::vector<IncidentCategory> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(category_from_row(r));
  return out;
}

Result<std::optional<IncidentCategory>> find_category(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kCategoryColumns) + "WHERE c.id = ?", {id}));
  if (rows.empty()) return std::optional<IncidentCategory>();
  return std::optional<IncidentCategory>(category_from_row(rows[0]));
}

Result<std::int64_t> insert_category(Connection& conn, const IncidentCategory& c) {
  Rows rows = TRY(conn.query(
      "INSERT INTO incident_categories (territory_id, label, statistical_class, natinf, position) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {c.territory_id, c.label, optional_value(c.statistical_class), optional_value(c.natinf),
       c.position}));
  return rows.at(0).integer(0);
}

Result<void> update_category(Connection& conn, const IncidentCategory& c) {
  TRY(conn.query(
      "UPDATE incident_categories SET label = ?, statistical_class = ?, natinf = ?, "
      "position = ? WHERE id = ?",
      {c.label, optional_value(c.statistical_class), optional_value(c.natinf), c.position, c.id}));
  return success();
}

Result<void> remove_category(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM incident_categories WHERE id = ?", {id}));
  return success();
}

Result<std::optional<Incident>> find(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE i.id = ?", {id}));
  if (rows.empty()) return std::optional<Incident>();
  return std::optional<Incident>(from_row(rows[0]));
}

Result<std::vector<Incident>> list(Connection& conn, std::int64_t territory_id,
                                   const IncidentFilter& filter,
                                   const std::optional<std::vector<std::int64_t>>& organisations) {
  std::string sql = kColumns;
  std::vector<Value> params;
  if (!where(sql, params, territory_id, filter, organisations)) return std::vector<Incident>();
  sql += " ORDER BY i.occurred_on, i.id";
  return incidents(conn, sql, params);
}

Result<std::vector<Incident>> newest(Connection& conn, std::int64_t territory_id,
                                     const IncidentFilter& filter,
                                     const std::optional<std::vector<std::int64_t>>& organisations,
                                     std::int64_t limit) {
  std::string sql = kColumns;
  std::vector<Value> params;
  if (!where(sql, params, territory_id, filter, organisations)) return std::vector<Incident>();
  sql += " ORDER BY i.occurred_on DESC, i.occurred_time IS NULL, i.occurred_time DESC, i.id DESC "
         "LIMIT ?";
  params.emplace_back(limit);
  return incidents(conn, sql, params);
}

Result<std::map<std::string, int>>
counts(Connection& conn, std::int64_t territory_id, const IncidentFilter& filter,
       const std::optional<std::vector<std::int64_t>>& organisations, CountKey key) {
  std::string group = key == CountKey::month ? "substr(i.occurred_on, 1, 7)" : "c.label";
  std::string sql = "SELECT " + group +
                    ", COUNT(*) FROM incidents i JOIN incident_categories c "
                    "ON c.id = i.category_id ";
  std::vector<Value> params;
  std::map<std::string, int> out;
  if (!where(sql, params, territory_id, filter, organisations)) return out;
  sql += " GROUP BY " + group;
  for (const Row& r : TRY(conn.query(sql, params)))
    out[r.text(0)] = static_cast<int>(r.integer(1));
  return out;
}

Result<std::vector<Incident>> located(Connection& conn, std::int64_t territory_id,
                                      const IncidentFilter& filter, bool with_unlocated) {
  std::string sql = "SELECT i.x, i.y, i.occurred_on, i.occurred_time, i.period_end, "
                    "i.organisation_id FROM incidents i WHERE i.territory_id = ?";
  if (!with_unlocated) sql += " AND i.x IS NOT NULL AND i.y IS NOT NULL";
  std::vector<Value> params{territory_id};
  append_filter(sql, params, filter);
  Rows rows = TRY(conn.query(sql, params));
  std::vector<Incident> out(rows.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const Row& r = rows[k];
    out[k].x = r.optional_real(0);
    out[k].y = r.optional_real(1);
    out[k].occurred_on = r.text(2);
    out[k].occurred_time = r.optional_text(3);
    out[k].period_end = r.optional_text(4);
    out[k].organisation_id = r.integer(5);
  }
  return out;
}

Result<std::int64_t> insert(Connection& conn, const Incident& i) {
  std::vector<Value> params{i.territory_id};
  for (Value& v : fields(i))
    params.push_back(std::move(v));
  params.emplace_back(i.created_at);
  params.push_back(optional_value(i.created_by));
  Rows rows = TRY(conn.query(
      "INSERT INTO incidents (territory_id, category_id, organisation_id, occurred_on, "
      "occurred_time, period_end, longitude, latitude, x, y, place, description, action_id, "
      "problem_id, source_reference, created_at, created_by, version) VALUES (?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      params));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const Incident& i, std::int64_t expected_version) {
  std::vector<Value> params = fields(i);
  params.emplace_back(i.id);
  params.emplace_back(expected_version);
  Rows rows = TRY(conn.query(
      "UPDATE incidents SET category_id = ?, organisation_id = ?, occurred_on = ?, "
      "occurred_time = ?, period_end = ?, longitude = ?, latitude = ?, x = ?, y = ?, place = ?, "
      "description = ?, action_id = ?, problem_id = ?, source_reference = ?, "
      "version = version + 1 WHERE id = ? AND version = ? RETURNING version",
      params));
  return !rows.empty();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM incidents WHERE id = ?", {id}));
  return success();
}

Result<std::optional<std::int64_t>> problem_territory(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query("SELECT territory_id FROM problems WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<std::int64_t>();
  return std::optional(rows[0].integer(0));
}

Result<std::vector<std::string>> references(Connection& conn, std::int64_t organisation_id) {
  Rows rows = TRY(conn.query("SELECT source_reference FROM incidents WHERE organisation_id = ? "
                             "AND source_reference IS NOT NULL",
                             {organisation_id}));
  std::vector<std::string> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(r.text(0));
  return out;
}

}  // namespace vigie::observatory_repository
