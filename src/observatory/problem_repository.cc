// The problem board's SQL; see problem_repository.h.
#include "observatory/problem_repository.h"

#include "observatory/repository.h"

namespace vigie::problem_repository {
namespace {

constexpr const char* kColumns =
    "SELECT p.id, p.territory_id, p.title, p.description, p.category_id, p.organisation_id, "
    "p.status, p.longitude, p.latitude, p.x, p.y, p.place, p.opened_on, p.due_on, "
    "p.resolved_on, p.action_id, p.created_at, p.version, o.name, c.label, "
    "(SELECT COUNT(*) FROM incidents i WHERE i.problem_id = p.id) FROM problems p "
    "JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN incident_categories c ON c.id = p.category_id ";

Problem from_row(const Row& r) {
  Problem p;
  p.id = r.integer(0);
  p.territory_id = r.integer(1);
  p.title = r.text(2);
  p.description = r.optional_text(3);
  p.category_id = r.optional_integer(4);
  p.organisation_id = r.integer(5);
  p.status = r.text(6);
  p.longitude = r.optional_real(7);
  p.latitude = r.optional_real(8);
  p.x = r.optional_real(9);
  p.y = r.optional_real(10);
  p.place = r.optional_text(11);
  p.opened_on = r.text(12);
  p.due_on = r.optional_text(13);
  p.resolved_on = r.optional_text(14);
  p.action_id = r.optional_integer(15);
  p.created_at = r.text(16);
  p.version = r.integer(17);
  p.organisation_name = r.text(18);
  p.category_label = r.optional_text(19).value_or("");
  p.incidents = r.integer(20);
  return p;
}

std::vector<Value> fields(const Problem& p) {
  return {p.title,
          optional_value(p.description),
          optional_value(p.category_id),
          p.organisation_id,
          p.status,
          optional_value(p.longitude),
          optional_value(p.latitude),
          optional_value(p.x),
          optional_value(p.y),
          optional_value(p.place),
          p.opened_on,
          optional_value(p.due_on),
          optional_value(p.resolved_on),
          optional_value(p.action_id)};
}

}  // namespace

Result<std::optional<Problem>> find(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE p.id = ?", {id}));
  if (rows.empty()) return std::optional<Problem>();
  return std::optional(from_row(rows[0]));
}

Result<std::vector<Problem>> list(Connection& conn, std::int64_t territory_id,
                                  const std::optional<std::vector<std::int64_t>>& organisations) {
  std::string sql = std::string(kColumns) + "WHERE p.territory_id = ?";
  std::vector<Value> params{territory_id};
  if (organisations) {
    if (organisations->empty()) return std::vector<Problem>();
    observatory_repository::append_in(sql, params, "p.organisation_id", *organisations);
  }
  Rows rows = TRY(conn.query(sql + " ORDER BY p.id DESC", params));
  std::vector<Problem> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(from_row(r));
  return out;
}

namespace {

constexpr const char* kStepColumns =
    "SELECT s.id, s.at, s.status, s.note, u.display_name, s.problem_id FROM problem_steps s "
    "LEFT JOIN users u ON u.id = s.author_id ";

ProblemStep step_from(const Row& r) {
  return {r.integer(0), r.text(1), r.text(2), r.optional_text(3),
          r.optional_text(4).value_or("Vigie")};
}

}  // namespace

Result<std::vector<ProblemStep>> steps(Connection& conn, std::int64_t problem_id) {
  Rows rows = TRY(
      conn.query(std::string(kStepColumns) + "WHERE s.problem_id = ? ORDER BY s.id", {problem_id}));
  std::vector<ProblemStep> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(step_from(r));
  return out;
}

Result<std::map<std::int64_t, std::vector<ProblemStep>>>
steps_in_territory(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(conn.query(std::string(kStepColumns) +
                                 "JOIN problems p ON p.id = s.problem_id WHERE p.territory_id = ? "
                                 "ORDER BY s.id",
                             {territory_id}));
  std::map<std::int64_t, std::vector<ProblemStep>> out;
  for (const Row& r : rows)
    out[r.integer(5)].push_back(step_from(r));
  return out;
}

Result<std::int64_t> insert(Connection& conn, const Problem& p, std::optional<std::int64_t> by) {
  std::vector<Value> params{p.territory_id};
  for (Value& v : fields(p))
    params.push_back(std::move(v));
  params.push_back(optional_value(by));
  params.emplace_back(p.created_at);
  Rows rows = TRY(conn.query(
      "INSERT INTO problems (territory_id, title, description, category_id, organisation_id, "
      "status, longitude, latitude, x, y, place, opened_on, due_on, resolved_on, action_id, "
      "created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, 1) RETURNING id",
      params));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const Problem& p, std::int64_t expected_version) {
  std::vector<Value> params = fields(p);
  params.emplace_back(p.id);
  params.emplace_back(expected_version);
  Rows rows = TRY(conn.query(
      "UPDATE problems SET title = ?, description = ?, category_id = ?, organisation_id = ?, "
      "status = ?, longitude = ?, latitude = ?, x = ?, y = ?, place = ?, opened_on = ?, "
      "due_on = ?, resolved_on = ?, action_id = ?, version = version + 1 WHERE id = ? AND "
      "version = ? RETURNING version",
      params));
  return !rows.empty();
}

Result<void> add_step(Connection& conn, std::int64_t problem_id, const std::string& at,
                      const std::string& status, const std::optional<std::string>& note,
                      std::optional<std::int64_t> author) {
  TRY(conn.query("INSERT INTO problem_steps (problem_id, at, status, note, author_id) VALUES "
                 "(?, ?, ?, ?, ?)",
                 {problem_id, at, status, optional_value(note), optional_value(author)}));
  return success();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("UPDATE incidents SET problem_id = NULL WHERE problem_id = ?", {id}));
  TRY(conn.query("DELETE FROM problems WHERE id = ?", {id}));
  return success();
}

}  // namespace vigie::problem_repository
