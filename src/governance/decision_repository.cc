// Decisions, emergency-cell activations and calendar addresses.
#include "governance/repository.h"

namespace vigie::governance_repository {
namespace {

constexpr const char* kDecisionColumns =
    "SELECT d.id, d.meeting_id, d.text, d.owner_contact_id, d.owner_organisation_id, d.due_date, "
    "d.status, d.action_id, d.milestone_label, d.version, COALESCE(c.name, o.name, ''), "
    "mt.starts_at, b.id, b.name, d.public_label FROM decisions d JOIN meetings mt ON mt.id = "
    "d.meeting_id "
    "JOIN bodies b ON b.id = mt.body_id LEFT JOIN contacts c ON c.id = d.owner_contact_id "
    "LEFT JOIN organisations o ON o.id = d.owner_organisation_id ";

Decision decision_from_row(const Row& r) {
  Decision d;
  d.id = r.integer(0);
  d.meeting_id = r.integer(1);
  d.text = r.text(2);
  d.owner_contact_id = r.optional_integer(3);
  d.owner_organisation_id = r.optional_integer(4);
  d.due_date = r.optional_text(5);
  d.status = r.text(6);
  d.action_id = r.optional_integer(7);
  d.milestone_label = r.optional_text(8);
  d.version = r.integer(9);
  d.owner_name = r.text(10);
  d.meeting_starts_at = r.text(11);
  d.body_id = r.integer(12);
  d.body_name = r.text(13);
  d.public_label = r.optional_text(14);
  return d;
}

Result<std::vector<Decision>> decisions_where(Connection& conn, const std::string& where,
                                              std::initializer_list<Value> params) {
  Rows rows = TRY(conn.query(std::string(kDecisionColumns) + where, params));
  return map_rows(rows, decision_from_row);
}

}  // namespace

Result<std::vector<Decision>> list_decisions(Connection& conn, std::int64_t meeting_id) {
  return decisions_where(conn, "WHERE d.meeting_id = ? ORDER BY d.id", {meeting_id});
}

Result<std::vector<Decision>> list_territory_decisions(Connection& conn,
                                                       std::int64_t territory_id) {
  return decisions_where(conn, "WHERE b.territory_id = ? ORDER BY d.due_date, d.id",
                         {territory_id});
}

Result<std::vector<Decision>> list_body_decisions(Connection& conn, std::int64_t body_id) {
  return decisions_where(conn, "WHERE b.id = ? ORDER BY d.id", {body_id});
}

Result<std::optional<Decision>> find_decision(Connection& conn, std::int64_t id) {
  auto found = TRY(decisions_where(conn, "WHERE d.id = ?", {id}));
  if (found.empty()) return std::optional<Decision>();
  return std::optional<Decision>(std::move(found[0]));
}

Result<std::int64_t> insert_decision(Connection& conn, const Decision& d) {
  Rows rows = TRY(conn.query(
      "INSERT INTO decisions (meeting_id, text, owner_contact_id, owner_organisation_id, "
      "due_date, status, action_id, milestone_label, public_label, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {d.meeting_id, d.text, optional_value(d.owner_contact_id),
       optional_value(d.owner_organisation_id), optional_value(d.due_date), d.status,
       optional_value(d.action_id), optional_value(d.milestone_label),
       optional_value(d.public_label)}));
  return rows.at(0).integer(0);
}

Result<bool> update_decision(Connection& conn, const Decision& d, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE decisions SET text = ?, owner_contact_id = ?, owner_organisation_id = ?, "
      "due_date = ?, status = ?, action_id = ?, milestone_label = ?, public_label = ?, "
      "version = version + 1 WHERE id = ? AND version = ? RETURNING version",
      {d.text, optional_value(d.owner_contact_id), optional_value(d.owner_organisation_id),
       optional_value(d.due_date), d.status, optional_value(d.action_id),
       optional_value(d.milestone_label), optional_value(d.public_label), d.id, expected_version}));
  return !rows.empty();
}

namespace {
constexpr const char* kActivationColumns =
    "SELECT id, body_id, meeting_id, requested_by, requester_name, reason, requested_at, "
    "recorded_by, closed_at, summary, closed_by, version FROM emergency_activations ";

Activation activation_from_row(const Row& r) {
  return {r.integer(0),       r.integer(1),        r.optional_integer(2),
          r.text(3),          r.text(4),           r.text(5),
          r.text(6),          r.text(7),           r.optional_text(8),
          r.optional_text(9), r.optional_text(10), r.integer(11)};
}
}  // namespace

Result<std::vector<Activation>> list_activations(Connection& conn, std::int64_t body_id) {
  Rows rows = TRY(conn.query(std::string(kActivationColumns) +
                                 "WHERE body_id = ? ORDER BY requested_at DESC, id DESC",
                             {body_id}));
  return map_rows(rows, activation_from_row);
}

Result<std::optional<Activation>> find_activation(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kActivationColumns) + "WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<Activation>();
  return std::optional<Activation>(activation_from_row(rows[0]));
}

Result<bool> has_open_activation(Connection& conn, std::int64_t body_id) {
  Rows rows = TRY(conn.query(
      "SELECT 1 FROM emergency_activations WHERE body_id = ? AND closed_at IS NULL", {body_id}));
  return !rows.empty();
}

Result<std::int64_t> insert_activation(Connection& conn, const Activation& a) {
  Rows rows = TRY(conn.query(
      "INSERT INTO emergency_activations (body_id, meeting_id, requested_by, requester_name, "
      "reason, requested_at, recorded_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {a.body_id, optional_value(a.meeting_id), a.requested_by, a.requester_name, a.reason,
       a.requested_at, a.recorded_by}));
  return rows.at(0).integer(0);
}

Result<bool> close_activation(Connection& conn, const Activation& a) {
  Rows rows = TRY(conn.query(
      "UPDATE emergency_activations SET closed_at = ?, summary = ?, closed_by = ?, "
      "version = version + 1 WHERE id = ? AND closed_at IS NULL RETURNING id",
      {optional_value(a.closed_at), optional_value(a.summary), optional_value(a.closed_by), a.id}));
  return !rows.empty();
}

Result<void> set_calendar_token(Connection& conn, std::int64_t user_id, const std::string& digest,
                                const std::string& created_at) {
  TRY(conn.query("DELETE FROM calendar_tokens WHERE user_id = ?", {user_id}));
  TRY(conn.query("INSERT INTO calendar_tokens (user_id, token_digest, created_at) "
                 "VALUES (?, ?, ?)",
                 {user_id, digest, created_at}));
  return success();
}

Result<std::optional<std::int64_t>> user_of_calendar_token(Connection& conn,
                                                           const std::string& digest) {
  Rows rows =
      TRY(conn.query("SELECT t.user_id FROM calendar_tokens t JOIN users u ON u.id = t.user_id "
                     "WHERE t.token_digest = ? AND u.disabled = 0",
                     {digest}));
  if (rows.empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(rows[0].integer(0));
}

Result<std::vector<std::int64_t>> bodies_of_user(Connection& conn, std::int64_t user_id) {
  Rows rows = TRY(conn.query(
      "SELECT DISTINCT m.body_id FROM body_members m JOIN contacts c ON c.id = m.contact_id "
      "JOIN bodies b ON b.id = m.body_id JOIN role_assignments r ON r.user_id = c.user_id "
      "AND r.territory_id = b.territory_id WHERE c.user_id = ? AND c.link_state = 'confirme' "
      "AND m.left_on IS NULL "
      "ORDER BY m.body_id",
      {user_id}));
  return map_rows(rows, [](const Row& r) { return r.integer(0); });
}

}  // namespace vigie::governance_repository
