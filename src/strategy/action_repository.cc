// The fiche-action half of strategy_repository: a fiche and its child rows (partners, budget
// lines, milestones), which are replaced as a whole on every update; indicators, which keep
// their ids, are in indicator_repository.cc.
#include <map>

#include <boost/json.hpp>

#include "core/json_write.h"
#include "core/text.h"
#include "store/batch_insert.h"
#include "strategy/json.h"
#include "strategy/labels.h"
#include "strategy/repository.h"

namespace vigie::strategy_repository {
namespace {

constexpr const char* kActionColumns =
    "SELECT a.id, a.strategy_id, a.axis_id, a.number, a.title, a.description, a.constat, "
    "a.general_objective, a.operational_objectives, a.target_public, a.target_territory, "
    "a.solutions, a.pilot_organisation_id, a.pilot_contact_id, a.status, a.version, "
    "a.created_at, a.updated_at, a.example FROM actions a ";

Action action_from_row(const Row& r) {
  Action a;
  a.id = r.integer(0);
  a.strategy_id = r.integer(1);
  a.axis_id = r.optional_integer(2);
  a.number = r.integer(3);
  a.title = r.text(4);
  a.description = r.optional_text(5);
  a.constat = r.optional_text(6);
  a.general_objective = r.optional_text(7);
  a.operational_objectives = string_list_of(r.text(8));
  a.target_public = r.optional_text(9);
  a.target_territory = r.optional_text(10);
  a.solutions = r.optional_text(11);
  a.pilot_organisation_id = r.optional_integer(12);
  a.pilot_contact_id = r.optional_integer(13);
  a.status = r.text(14);
  a.version = r.integer(15);
  a.created_at = r.text(16);
  a.updated_at = r.text(17);
  a.example = r.integer(18) != 0;
  return a;
}

// What full-text search looks through, folded once at write time.
std::string search_text(const Action& a) {
  std::string text = a.title;
  for (const auto* part : {&a.description, &a.constat, &a.general_objective, &a.target_public,
                           &a.target_territory, &a.solutions}) {
    if (*part) text += " " + **part;
  }
  for (const auto& o : a.operational_objectives)
    text += " " + o;
  return " " + fold_for_search(text) + " ";
}

std::vector<Value> action_values(const Action& a) {
  return {optional_value(a.axis_id),
          a.number,
          a.title,
          optional_value(a.description),
          optional_value(a.constat),
          optional_value(a.general_objective),
          string_list_text(a.operational_objectives),
          optional_value(a.target_public),
          optional_value(a.target_territory),
          optional_value(a.solutions),
          optional_value(a.pilot_organisation_id),
          optional_value(a.pilot_contact_id),
          a.status,
          search_text(a),
          std::int64_t{a.example ? 1 : 0}};
}

Result<void> load_children(Connection& conn, Action& a) {
  Rows partners = TRY(conn.query(
      "SELECT organisation_id FROM action_partners WHERE action_id = ? ORDER BY organisation_id",
      {a.id}));
  for (const Row& r : partners)
    a.partner_ids.push_back(r.integer(0));
  Rows budget = TRY(
      conn.query("SELECT label, amount_cents, source, funder_organisation_id, year, executed_cents "
                 "FROM budget_lines "
                 "WHERE action_id = ? ORDER BY position",
                 {a.id}));
  for (const Row& r : budget) {
    a.budget_lines.push_back({r.text(0), r.integer(1), r.text(2), r.optional_integer(3),
                              r.optional_integer(4), r.optional_integer(5)});
  }
  Rows milestones = TRY(conn.query(
      "SELECT label, due_date, done_date FROM milestones WHERE action_id = ? ORDER BY position",
      {a.id}));
  for (const Row& r : milestones) {
    a.milestones.push_back({r.text(0), r.optional_text(1), r.optional_text(2)});
  }
  return load_indicators(conn, a);
}

// The children of fiches, many fiches per statement: an import of 2,000 fiches with 60,000
// milestones costs a few hundred statements instead of 70,000 round trips (issue 12 §5).
Result<void> insert_lists(Connection& conn, const std::vector<const Action*>& actions) {
  BatchInsert partners(conn, "INSERT INTO action_partners (action_id, organisation_id)", 2);
  BatchInsert budget(conn,
                     "INSERT INTO budget_lines (action_id, position, label, amount_cents, source, "
                     "funder_organisation_id, year, executed_cents)",
                     8);
  BatchInsert milestones(
      conn, "INSERT INTO milestones (action_id, position, label, due_date, done_date)", 5, 500);
  for (const Action* a : actions) {
    for (std::int64_t id : a->partner_ids)
      TRY_VOID(partners.add({a->id, id}));
    std::int64_t position = 0;
    for (const auto& b : a->budget_lines) {
      TRY_VOID(budget.add({a->id, position++, b.label, b.amount_cents, b.source,
                           optional_value(b.funder_id), optional_value(b.year),
                           optional_value(b.executed_cents)}));
    }
    position = 0;
    for (const auto& m : a->milestones) {
      TRY_VOID(milestones.add(
          {a->id, position++, m.label, optional_value(m.due_date), optional_value(m.done_date)}));
    }
  }
  TRY_VOID(partners.flush());
  TRY_VOID(budget.flush());
  return milestones.flush();
}

Result<void> insert_children(Connection& conn, const std::vector<const Action*>& actions) {
  TRY_VOID(insert_lists(conn, actions));
  return insert_indicators(conn, actions);
}

Result<void> replace_children(Connection& conn, const Action& a) {
  for (const char* table : {"action_partners", "budget_lines", "milestones"}) {
    TRY(conn.query(std::string("DELETE FROM ") + table + " WHERE action_id = ?", {a.id}));
  }
  TRY_VOID(insert_lists(conn, {&a}));
  return save_indicators(conn, a);
}

// LIKE treats % and _ as wildcards; a search for "100%" must find the text "100%".
std::string like_pattern(const std::string& term) {
  std::string out = "% ";
  for (char c : term) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

Result<std::optional<Action>> find_action(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kActionColumns) + "WHERE a.id = ?", {id}));
  if (rows.empty()) return std::optional<Action>();
  Action a = action_from_row(rows[0]);
  TRY_VOID(load_children(conn, a));
  return std::optional<Action>(std::move(a));
}

Result<std::vector<Action>> list_actions(Connection& conn, std::int64_t strategy_id,
                                         const ActionFilter& f) {
  std::string sql = std::string(kActionColumns) + "LEFT JOIN axes x ON x.id = a.axis_id "
                                                  "WHERE a.strategy_id = ?";
  std::vector<Value> params{strategy_id};
  if (f.axis_id) {
    sql += " AND a.axis_id = ?";
    params.emplace_back(*f.axis_id);
  }
  if (f.status) {
    sql += " AND a.status = ?";
    params.emplace_back(*f.status);
  }
  if (f.pilot_id) {
    sql += " AND a.pilot_organisation_id = ?";
    params.emplace_back(*f.pilot_id);
  }
  if (f.partner_id) {
    sql += " AND EXISTS (SELECT 1 FROM action_partners p WHERE p.action_id = a.id AND "
           "p.organisation_id = ?)";
    params.emplace_back(*f.partner_id);
  }
  if (f.text) {
    for (const std::string& term : search_terms(*f.text)) {
      sql += " AND a.search_text LIKE ? ESCAPE '\\'";
      params.emplace_back(like_pattern(term));
    }
  }
  // Fiches without an axis come last, as a strategy document lists them.
  sql += " ORDER BY CASE WHEN x.number IS NULL THEN 1 ELSE 0 END, x.number, a.number";
  Rows rows = TRY(conn.query(sql, params));
  std::vector<Action> out;
  for (const Row& r : rows) {
    Action a = action_from_row(r);
    TRY_VOID(load_children(conn, a));
    out.push_back(std::move(a));
  }
  return out;
}

// Many rows per statement; the new ids are then read back by (axis, number), which is unique in
// a strategy, rather than trusting the order of a multi-row RETURNING.
Result<void> insert_actions(Connection& conn, std::vector<Action>& actions,
                            const std::string& now) {
  if (actions.empty()) return success();
  BatchInsert rows(conn,
                   "INSERT INTO actions (strategy_id, axis_id, number, title, description, "
                   "constat, general_objective, operational_objectives, target_public, "
                   "target_territory, solutions, pilot_organisation_id, pilot_contact_id, status, "
                   "search_text, example, version, created_at, updated_at)",
                   19, 100);
  for (const Action& a : actions) {
    std::vector<Value> values{a.strategy_id};
    for (auto& v : action_values(a))
      values.push_back(std::move(v));
    values.emplace_back(std::int64_t{1});
    values.emplace_back(now);
    values.emplace_back(now);
    TRY_VOID(rows.add(std::move(values)));
  }
  TRY_VOID(rows.flush());
  std::map<std::pair<std::optional<std::int64_t>, std::int64_t>, std::int64_t> ids;
  for (const ActionNumber& n : TRY(action_numbers(conn, actions.front().strategy_id)))
    ids[{n.axis_id, n.number}] = n.id;
  std::vector<const Action*> saved;
  for (Action& a : actions) {
    a.id = ids.at({a.axis_id, a.number});
    saved.push_back(&a);
  }
  return insert_children(conn, saved);
}

Result<std::vector<ActionNumber>> action_numbers(Connection& conn, std::int64_t strategy_id) {
  Rows rows = TRY(
      conn.query("SELECT id, axis_id, number FROM actions WHERE strategy_id = ?", {strategy_id}));
  std::vector<ActionNumber> out;
  for (const Row& r : rows) {
    out.push_back({r.integer(0), r.optional_integer(1), r.integer(2)});
  }
  return out;
}

Result<std::vector<std::int64_t>> axis_ids(Connection& conn, std::int64_t strategy_id) {
  Rows rows = TRY(conn.query("SELECT id FROM axes WHERE strategy_id = ?", {strategy_id}));
  std::vector<std::int64_t> out;
  for (const Row& r : rows)
    out.push_back(r.integer(0));
  return out;
}

Result<bool> update_action(Connection& conn, const Action& a, std::int64_t expected_version,
                           const std::string& now) {
  std::vector<Value> params = action_values(a);
  params.emplace_back(now);
  params.emplace_back(a.id);
  params.emplace_back(expected_version);
  Rows rows = TRY(conn.query(
      "UPDATE actions SET axis_id = ?, number = ?, title = ?, description = ?, constat = ?, "
      "general_objective = ?, operational_objectives = ?, target_public = ?, "
      "target_territory = ?, solutions = ?, pilot_organisation_id = ?, pilot_contact_id = ?, "
      "status = ?, search_text = ?, example = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ? RETURNING version",
      params));
  if (rows.empty()) return false;
  TRY_VOID(replace_children(conn, a));
  return true;
}

Result<void> remove_action(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM actions WHERE id = ?", {id}));
  return success();
}

Result<std::vector<PlannedBudgetLine>> planned_budget(Connection& conn, std::int64_t territory_id,
                                                      std::int64_t year) {
  Rows rows = TRY(conn.query(
      "SELECT a.axis_id, x.number, x.title, b.source, b.amount_cents FROM budget_lines b "
      "JOIN actions a ON a.id = b.action_id JOIN strategies s ON s.id = a.strategy_id "
      "LEFT JOIN axes x ON x.id = a.axis_id WHERE s.territory_id = ? AND b.year = ? "
      "ORDER BY s.id, x.number, a.number, b.position",
      {territory_id, year}));
  std::vector<PlannedBudgetLine> out;
  for (const Row& r : rows) {
    Axis axis;
    if (auto id = r.optional_integer(0)) {
      axis.id = *id;
      axis.number = r.integer(1);
      axis.title = r.text(2);
    }
    out.push_back({r.optional_integer(0), axis_label(r.optional_integer(0) ? &axis : nullptr),
                   r.text(3), r.integer(4)});
  }
  return out;
}

}  // namespace vigie::strategy_repository
