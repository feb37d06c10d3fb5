#include "strategy/repository.h"

#include <boost/json.hpp>

#include "core/json_write.h"
#include "core/text.h"
#include "store/batch_insert.h"
#include "strategy/json.h"

namespace vigie::strategy_repository {
namespace {

constexpr const char* kStrategyColumns =
    "SELECT id, territory_id, title, status, period_start, period_end, description, source, "
    "announced_axes, announced_actions, signatories, key_dates, objectives, version, created_at, "
    "updated_at, sections, partners FROM strategies ";

Strategy strategy_from_row(const Row& r) {
  Strategy s;
  s.id = r.integer(0);
  s.territory_id = r.integer(1);
  s.title = r.text(2);
  s.status = r.text(3);
  s.period_start = r.optional_integer(4);
  s.period_end = r.optional_integer(5);
  s.description = r.optional_text(6);
  s.source = r.optional_text(7);
  s.announced_axes = r.optional_integer(8);
  s.announced_actions = r.optional_integer(9);
  s.signatories = parse_signatories(r.text(10));
  s.key_dates = parse_key_dates(r.text(11));
  s.objectives = parse_objectives(r.text(12));
  s.version = r.integer(13);
  s.created_at = r.text(14);
  s.updated_at = r.text(15);
  s.sections = parse_blocks(r.text(16));
  s.partners = string_list_of(r.text(17));
  return s;
}

std::vector<Value> strategy_values(const Strategy& s) {
  return {s.title,
          s.status,
          optional_value(s.period_start),
          optional_value(s.period_end),
          optional_value(s.description),
          optional_value(s.source),
          optional_value(s.announced_axes),
          optional_value(s.announced_actions),
          signatories_text(s.signatories),
          key_dates_text(s.key_dates),
          objectives_text(s.objectives),
          blocks_text(s.sections),
          string_list_text(s.partners)};
}

constexpr const char* kAxisColumns =
    "SELECT id, strategy_id, number, title, description, version, orientations FROM axes ";

Axis axis_from_row(const Row& r) {
  return {r.integer(0), r.integer(1),       r.integer(2),
          r.text(3),    r.optional_text(4), parse_blocks(r.text(6)),
          r.integer(5)};
}

}  // namespace

Result<std::optional<Strategy>> find(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kStrategyColumns) + "WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<Strategy>();
  return std::optional<Strategy>(strategy_from_row(rows[0]));
}

Result<std::vector<Strategy>> list(Connection& conn, const std::vector<std::int64_t>& territories,
                                   const std::optional<std::string>& status) {
  std::vector<Strategy> out;
  for (std::int64_t territory : territories) {
    std::string sql = std::string(kStrategyColumns) + "WHERE territory_id = ?";
    std::vector<Value> params{territory};
    if (status) {
      sql += " AND status = ?";
      params.emplace_back(*status);
    }
    Rows rows = TRY(conn.query(sql + " ORDER BY id", params));
    for (const Row& r : rows)
      out.push_back(strategy_from_row(r));
  }
  return out;
}

Result<std::int64_t> insert(Connection& conn, const Strategy& s, const std::string& now) {
  std::vector<Value> params{s.territory_id};
  for (auto& v : strategy_values(s))
    params.push_back(std::move(v));
  params.emplace_back(now);
  params.emplace_back(now);
  Rows rows = TRY(conn.query(
      "INSERT INTO strategies (territory_id, title, status, period_start, period_end, description, "
      "source, announced_axes, announced_actions, signatories, key_dates, objectives, sections, "
      "partners, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
      "RETURNING id",
      params));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const Strategy& s, std::int64_t expected_version,
                    const std::string& now) {
  std::vector<Value> params = strategy_values(s);
  params.emplace_back(now);
  params.emplace_back(s.id);
  params.emplace_back(expected_version);
  Rows rows = TRY(conn.query(
      "UPDATE strategies SET title = ?, status = ?, period_start = ?, period_end = ?, "
      "description = ?, source = ?, announced_axes = ?, announced_actions = ?, signatories = ?, "
      "key_dates = ?, objectives = ?, sections = ?, partners = ?, updated_at = ?, "
      "version = version + 1 "
      "WHERE id = ? AND version = ? RETURNING version",
      params));
  return !rows.empty();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  // Fiches first: they reference axes, which the strategy's cascade would reach in any order.
  TRY(conn.query("DELETE FROM actions WHERE strategy_id = ?", {id}));
  TRY(conn.query("DELETE FROM strategies WHERE id = ?", {id}));
  return success();
}

Result<std::optional<Axis>> find_axis(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kAxisColumns) + "WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<Axis>();
  return std::optional<Axis>(axis_from_row(rows[0]));
}

Result<std::optional<Axis>> find_axis_by_number(Connection& conn, std::int64_t strategy_id,
                                                std::int64_t number) {
  Rows rows = TRY(conn.query(std::string(kAxisColumns) + "WHERE strategy_id = ? AND number = ?",
                             {strategy_id, number}));
  if (rows.empty()) return std::optional<Axis>();
  return std::optional<Axis>(axis_from_row(rows[0]));
}

Result<std::vector<Axis>> list_axes(Connection& conn, std::int64_t strategy_id) {
  Rows rows = TRY(conn.query(std::string(kAxisColumns) + "WHERE strategy_id = ? ORDER BY number",
                             {strategy_id}));
  std::vector<Axis> out;
  for (const Row& r : rows)
    out.push_back(axis_from_row(r));
  return out;
}

Result<std::int64_t> insert_axis(Connection& conn, const Axis& a) {
  Rows rows = TRY(conn.query(
      "INSERT INTO axes (strategy_id, number, title, description, orientations, version) "
      "VALUES (?, ?, ?, ?, ?, 1) RETURNING id",
      {a.strategy_id, a.number, a.title, optional_value(a.description),
       blocks_text(a.orientations)}));
  return rows.at(0).integer(0);
}

Result<bool> update_axis(Connection& conn, const Axis& a, std::int64_t expected_version) {
  Rows rows =
      TRY(conn.query("UPDATE axes SET number = ?, title = ?, description = ?, orientations = ?, "
                     "version = version + 1 WHERE id = ? AND version = ? RETURNING version",
                     {a.number, a.title, optional_value(a.description), blocks_text(a.orientations),
                      a.id, expected_version}));
  return !rows.empty();
}

Result<void> renumber_axis(Connection& conn, std::int64_t id, std::int64_t number) {
  TRY(conn.query("UPDATE axes SET number = ?, version = version + 1 WHERE id = ?", {number, id}));
  return success();
}

Result<void> remove_axis(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM axes WHERE id = ?", {id}));
  return success();
}

Result<std::int64_t> count_actions_of_axis(Connection& conn, std::int64_t axis_id) {
  Rows rows = TRY(conn.query("SELECT COUNT(*) FROM actions WHERE axis_id = ?", {axis_id}));
  return rows.at(0).integer(0);
}

Result<void> insert_change(Connection& conn, const ActionChange& c, std::int64_t strategy_id,
                           std::int64_t actor_id) {
  TRY(conn.query(
      "INSERT INTO action_changes (action_id, strategy_id, actor_id, actor_login, at, changes) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {c.action_id, strategy_id, actor_id == 0 ? null_value() : Value(actor_id), c.actor_login,
       c.at, c.changes}));
  return success();
}

Result<void> insert_changes(Connection& conn, const std::vector<ActionChange>& changes,
                            std::int64_t strategy_id, std::int64_t actor_id) {
  BatchInsert batch(
      conn,
      "INSERT INTO action_changes (action_id, strategy_id, actor_id, actor_login, at, changes)", 6);
  for (const ActionChange& c : changes) {
    TRY_VOID(batch.add({c.action_id, strategy_id, actor_id == 0 ? null_value() : Value(actor_id),
                        c.actor_login, c.at, c.changes}));
  }
  return batch.flush();
}

namespace {

// The history rows where `column` (action_id or strategy_id) is `id`, oldest first.
Result<std::vector<ActionChange>> changes_where(Connection& conn, const char* column,
                                                std::int64_t id) {
  Rows rows =
      TRY(conn.query(std::string("SELECT id, action_id, strategy_id, actor_login, at, changes FROM "
                                 "action_changes WHERE ") +
                         column + " = ? ORDER BY id",
                     {id}));
  std::vector<ActionChange> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    out.push_back({r.integer(0), r.integer(1), r.integer(2), r.text(3), r.text(4), r.text(5)});
  }
  return out;
}

}  // namespace

Result<std::vector<ActionChange>> list_changes(Connection& conn, std::int64_t action_id) {
  return changes_where(conn, "action_id", action_id);
}

Result<std::vector<ActionChange>> list_strategy_changes(Connection& conn,
                                                        std::int64_t strategy_id) {
  return changes_where(conn, "strategy_id", strategy_id);
}

}  // namespace vigie::strategy_repository
