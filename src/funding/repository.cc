#include "funding/repository.h"

#include "funding/json.h"
#include "strategy/labels.h"

namespace vigie::funding_repository {
namespace {

constexpr const char* kColumns =
    "SELECT q.id, q.action_id, q.year, q.funder, q.funder_name, q.programme, q.police_equipment, "
    "q.project_cost_cents, q.requested_cents, q.granted_cents, q.paid_cents, q.cofunders, "
    "q.channel, q.deadline, q.status, q.report_sent_on, q.notes, q.version, s.territory_id, "
    "a.title, a.number, a.axis_id, x.number, x.title FROM funding_requests q "
    "JOIN actions a ON a.id = q.action_id JOIN strategies s ON s.id = a.strategy_id "
    "LEFT JOIN axes x ON x.id = a.axis_id ";

FundingRequest from_row(const Row& r) {
  FundingRequest q;
  q.id = r.integer(0);
  q.action_id = r.integer(1);
  q.year = r.integer(2);
  q.funder = r.text(3);
  q.funder_name = r.optional_text(4);
  q.programme = r.optional_text(5);
  q.police_equipment = r.integer(6) != 0;
  q.project_cost_cents = r.integer(7);
  q.requested_cents = r.integer(8);
  q.granted_cents = r.optional_integer(9);
  q.paid_cents = r.optional_integer(10);
  q.cofunders = cofunders_from_text(r.text(11));
  q.channel = r.optional_text(12);
  q.deadline = r.optional_text(13);
  q.status = r.text(14);
  q.report_sent_on = r.optional_text(15);
  q.notes = r.optional_text(16);
  q.version = r.integer(17);
  q.territory_id = r.integer(18);
  q.action_title = r.text(19);
  q.action_number = r.integer(20);
  q.axis_id = r.optional_integer(21);
  Axis axis;
  if (q.axis_id) {
    axis.number = r.integer(22);
    axis.title = r.text(23);
  }
  q.axis_label = axis_label(q.axis_id ? &axis : nullptr);
  return q;
}

std::vector<Value> values(const FundingRequest& q) {
  return {q.year,
          q.funder,
          optional_value(q.funder_name),
          optional_value(q.programme),
          std::int64_t{q.police_equipment ? 1 : 0},
          q.project_cost_cents,
          q.requested_cents,
          optional_value(q.granted_cents),
          optional_value(q.paid_cents),
          cofunders_text(q.cofunders),
          optional_value(q.channel),
          optional_value(q.deadline),
          q.status,
          optional_value(q.report_sent_on),
          optional_value(q.notes)};
}

}  // namespace

Result<std::optional<FundingRequest>> find(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE q.id = ?", {id}));
  if (rows.empty()) return std::optional<FundingRequest>();
  return std::optional<FundingRequest>(from_row(rows[0]));
}

Result<std::vector<FundingRequest>> list_for_action(Connection& conn, std::int64_t action_id) {
  Rows rows = TRY(conn.query(std::string(kColumns) +
                                 "WHERE q.action_id = ? ORDER BY q.year DESC, q.funder, q.id",
                             {action_id}));
  return map_rows(rows, from_row);
}

Result<std::vector<FundingRequest>> list_for_territory(Connection& conn, std::int64_t territory_id,
                                                       std::optional<std::int64_t> year) {
  std::vector<Value> params{territory_id};
  std::string sql = std::string(kColumns) + "WHERE s.territory_id = ?";
  if (year) {
    sql += " AND q.year = ?";
    params.emplace_back(*year);
  }
  Rows rows = TRY(conn.query(sql + " ORDER BY q.year DESC, a.number, q.funder, q.id", params));
  return map_rows(rows, from_row);
}

Result<std::int64_t> insert(Connection& conn, const FundingRequest& q) {
  std::vector<Value> v{q.action_id};
  for (Value& x : values(q))
    v.push_back(std::move(x));
  Rows rows = TRY(conn.query(
      "INSERT INTO funding_requests (action_id, year, funder, funder_name, programme, "
      "police_equipment, project_cost_cents, requested_cents, granted_cents, paid_cents, "
      "cofunders, channel, deadline, status, report_sent_on, notes, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      v));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const FundingRequest& q, std::int64_t expected_version) {
  std::vector<Value> v = values(q);
  v.emplace_back(q.id);
  v.emplace_back(expected_version);
  Rows rows = TRY(conn.query(
      "UPDATE funding_requests SET year = ?, funder = ?, funder_name = ?, programme = ?, "
      "police_equipment = ?, project_cost_cents = ?, requested_cents = ?, granted_cents = ?, "
      "paid_cents = ?, cofunders = ?, channel = ?, deadline = ?, status = ?, report_sent_on = ?, "
      "notes = ?, version = version + 1 WHERE id = ? AND version = ? RETURNING version",
      v));
  return !rows.empty();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM funding_requests WHERE id = ?", {id}));
  return success();
}

Result<FundingSettings> settings(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(
      conn.query("SELECT fipd_cap_percent, cap_source FROM funding_settings WHERE territory_id = ?",
                 {territory_id}));
  FundingSettings s;
  s.territory_id = territory_id;
  if (!rows.empty()) {
    if (auto cap = rows[0].optional_integer(0)) s.fipd_cap_percent = static_cast<int>(*cap);
    s.cap_source = rows[0].optional_text(1);
  }
  return s;
}

Result<void> save_settings(Connection& conn, const FundingSettings& s) {
  TRY(conn.query("DELETE FROM funding_settings WHERE territory_id = ?", {s.territory_id}));
  std::optional<std::int64_t> cap;
  if (s.fipd_cap_percent) cap = *s.fipd_cap_percent;
  TRY(conn.query(
      "INSERT INTO funding_settings (territory_id, fipd_cap_percent, cap_source) VALUES (?, ?, ?)",
      {s.territory_id, optional_value(cap), optional_value(s.cap_source)}));
  return success();
}

}  // namespace vigie::funding_repository
