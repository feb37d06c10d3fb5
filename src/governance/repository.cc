#include "governance/repository.h"

#include "core/text.h"

namespace vigie::governance_repository {
namespace {

constexpr const char* kBodyColumns =
    "SELECT id, territory_id, name, kind, axis_id, frequency, frequency_count, confidentiality, "
    "description, version, created_on, frequency_max, defaults FROM bodies ";

constexpr const char* kMemberColumns =
    "SELECT m.id, m.body_id, m.contact_id, m.role, m.charter_signed_on, m.left_on, m.version, "
    "c.name, o.name, m.access_state, m.access_requested_by, m.access_requested_at, "
    "m.access_decided_by, m.access_decided_at, c.user_id, rq.display_name, dc.display_name "
    "FROM body_members m JOIN contacts c ON c.id = m.contact_id "
    "JOIN organisations o ON o.id = c.organisation_id "
    "LEFT JOIN users rq ON rq.id = m.access_requested_by "
    "LEFT JOIN users dc ON dc.id = m.access_decided_by ";

Body body_from_row(const Row& r) {
  Body b;
  b.id = r.integer(0);
  b.territory_id = r.integer(1);
  b.name = r.text(2);
  b.kind = r.text(3);
  b.axis_id = r.optional_integer(4);
  b.frequency = r.text(5);
  b.frequency_count = r.optional_integer(6);
  b.confidentiality = r.text(7);
  b.description = r.optional_text(8);
  b.version = r.integer(9);
  b.created_on = r.optional_text(10);
  b.frequency_max = r.optional_integer(11);
  b.defaults = split_codes(r.text(12));
  return b;
}

BodyMember member_from_row(const Row& r) {
  BodyMember m;
  m.id = r.integer(0);
  m.body_id = r.integer(1);
  m.contact_id = r.integer(2);
  m.role = r.text(3);
  m.charter_signed_on = r.optional_text(4);
  m.left_on = r.optional_text(5);
  m.version = r.integer(6);
  m.contact_name = r.text(7);
  m.organisation_name = r.text(8);
  m.access_state = r.text(9);
  m.access_requested_by = r.optional_integer(10);
  m.access_requested_at = r.optional_text(11);
  m.access_decided_by = r.optional_integer(12);
  m.access_decided_at = r.optional_text(13);
  m.account_id = r.optional_integer(14);
  m.access_requested_by_name = r.optional_text(15).value_or("");
  m.access_decided_by_name = r.optional_text(16).value_or("");
  return m;
}

Result<void> load_members(Connection& conn, Body& b) {
  Rows rows =
      TRY(conn.query(std::string(kMemberColumns) + "WHERE m.body_id = ? ORDER BY m.id", {b.id}));
  for (const Row& r : rows)
    b.members.push_back(member_from_row(r));
  return success();
}

}  // namespace

Result<std::optional<Body>> find(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kBodyColumns) + "WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<Body>();
  Body b = body_from_row(rows[0]);
  TRY_VOID(load_members(conn, b));
  return std::optional<Body>(std::move(b));
}

Result<std::vector<Body>> list(Connection& conn, std::int64_t territory_id) {
  Rows rows = TRY(
      conn.query(std::string(kBodyColumns) + "WHERE territory_id = ? ORDER BY id", {territory_id}));
  std::vector<Body> out;
  for (const Row& r : rows) {
    Body b = body_from_row(r);
    TRY_VOID(load_members(conn, b));
    out.push_back(std::move(b));
  }
  return out;
}

Result<bool> name_taken(Connection& conn, std::int64_t territory_id, const std::string& name,
                        std::int64_t except_id) {
  Rows rows = TRY(conn.query("SELECT 1 FROM bodies WHERE territory_id = ? AND name = ? AND id <> ?",
                             {territory_id, name, except_id}));
  return !rows.empty();
}

Result<std::int64_t> insert(Connection& conn, const Body& b) {
  Rows rows = TRY(conn.query(
      "INSERT INTO bodies (territory_id, name, kind, axis_id, frequency, frequency_count, "
      "confidentiality, description, created_on, frequency_max, defaults, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {b.territory_id, b.name, b.kind, optional_value(b.axis_id), b.frequency,
       optional_value(b.frequency_count), b.confidentiality, optional_value(b.description),
       optional_value(b.created_on), optional_value(b.frequency_max), join_codes(b.defaults)}));
  return rows.at(0).integer(0);
}

Result<bool> update(Connection& conn, const Body& b, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE bodies SET name = ?, kind = ?, axis_id = ?, frequency = ?, frequency_count = ?, "
      "confidentiality = ?, description = ?, frequency_max = ?, defaults = ?, "
      "version = version + 1 WHERE id = ? AND version = ? RETURNING version",
      {b.name, b.kind, optional_value(b.axis_id), b.frequency, optional_value(b.frequency_count),
       b.confidentiality, optional_value(b.description), optional_value(b.frequency_max),
       join_codes(b.defaults), b.id, expected_version}));
  return !rows.empty();
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM bodies WHERE id = ?", {id}));
  return success();
}

Result<std::optional<BodyMember>> find_member(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kMemberColumns) + "WHERE m.id = ?", {id}));
  if (rows.empty()) return std::optional<BodyMember>();
  return std::optional<BodyMember>(member_from_row(rows[0]));
}

Result<std::int64_t> insert_member(Connection& conn, const BodyMember& m) {
  Rows rows = TRY(conn.query(
      "INSERT INTO body_members (body_id, contact_id, role, charter_signed_on, left_on, version, "
      "access_state, access_requested_by, access_requested_at) "
      "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id",
      {m.body_id, m.contact_id, m.role, optional_value(m.charter_signed_on),
       optional_value(m.left_on), m.access_state, optional_value(m.access_requested_by),
       optional_value(m.access_requested_at)}));
  return rows.at(0).integer(0);
}

Result<bool> update_member(Connection& conn, const BodyMember& m, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE body_members SET role = ?, charter_signed_on = ?, left_on = ?, version = version + "
      "1, "
      "access_state = ?, access_requested_by = ?, access_requested_at = ?, "
      "access_decided_by = ?, access_decided_at = ? WHERE id = ? AND version = ? RETURNING version",
      {m.role, optional_value(m.charter_signed_on), optional_value(m.left_on), m.access_state,
       optional_value(m.access_requested_by), optional_value(m.access_requested_at),
       optional_value(m.access_decided_by), optional_value(m.access_decided_at), m.id,
       expected_version}));
  return !rows.empty();
}

Result<void> pend_members(Connection& conn, std::int64_t body_id, std::int64_t requested_by,
                          const std::string& at) {
  TRY(conn.query("UPDATE body_members SET access_state = 'en_attente', access_requested_by = ?, "
                 "access_requested_at = ?, access_decided_by = NULL, access_decided_at = NULL, "
                 "version = version + 1 WHERE body_id = ? AND left_on IS NULL",
                 {requested_by, at, body_id}));
  return success();
}

Result<std::vector<std::int64_t>>
confirmed_signatory_accounts(Connection& conn, std::int64_t body_id, const std::string& today) {
  Rows rows = TRY(conn.query(
      "SELECT DISTINCT c.user_id FROM body_members m JOIN contacts c ON c.id = m.contact_id "
      "WHERE m.body_id = ? AND c.user_id IS NOT NULL AND c.link_state = 'confirme' "
      "AND m.access_state = 'confirme' AND m.charter_signed_on IS NOT NULL "
      "AND m.charter_signed_on <= ? AND (m.left_on IS NULL OR m.left_on > ?) ORDER BY c.user_id",
      {body_id, today, today}));
  return map_rows(rows, [](const Row& r) { return r.integer(0); });
}

namespace {
constexpr const char* kMeetingColumns =
    "SELECT id, body_id, starts_at, place, status, version, duration_minutes, cancel_reason, "
    "convocation_sent_version FROM meetings ";
Meeting meeting_from_row(const Row& r) {
  return {r.integer(0), r.integer(1), r.text(2),          r.optional_text(3),   r.text(4),
          r.integer(5), r.integer(6), r.optional_text(7), r.optional_integer(8)};
}
}  // namespace

Result<std::vector<Meeting>> list_meetings(Connection& conn, std::int64_t body_id) {
  Rows rows = TRY(
      conn.query(std::string(kMeetingColumns) + "WHERE body_id = ? ORDER BY starts_at", {body_id}));
  return map_rows(rows, meeting_from_row);
}

Result<std::optional<Meeting>> find_meeting(Connection& conn, std::int64_t id) {
  Rows rows = TRY(conn.query(std::string(kMeetingColumns) + "WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<Meeting>();
  return std::optional<Meeting>(meeting_from_row(rows[0]));
}

Result<void> set_convocation_sent(Connection& conn, std::int64_t id, std::int64_t version) {
  // Not a change of the meeting: its version (the invitations' SEQUENCE) stays.
  TRY(conn.query("UPDATE meetings SET convocation_sent_version = ? WHERE id = ?", {version, id}));
  return success();
}

Result<std::int64_t> insert_meeting(Connection& conn, const Meeting& m) {
  Rows rows = TRY(conn.query(
      "INSERT INTO meetings (body_id, starts_at, place, status, duration_minutes, cancel_reason, "
      "version) VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {m.body_id, m.starts_at, optional_value(m.place), m.status, m.duration_minutes,
       optional_value(m.cancel_reason)}));
  return rows.at(0).integer(0);
}

Result<bool> update_meeting(Connection& conn, const Meeting& m, std::int64_t expected_version) {
  Rows rows = TRY(
      conn.query("UPDATE meetings SET starts_at = ?, place = ?, status = ?, duration_minutes = ?, "
                 "cancel_reason = ?, version = version + 1 WHERE id = ? AND version = ? "
                 "RETURNING version",
                 {m.starts_at, optional_value(m.place), m.status, m.duration_minutes,
                  optional_value(m.cancel_reason), m.id, expected_version}));
  return !rows.empty();
}

Result<void> remove_meeting(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM meetings WHERE id = ?", {id}));
  return success();
}

}  // namespace vigie::governance_repository
