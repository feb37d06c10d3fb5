// Convocations, attendance and a meeting's content (agenda, minutes, attachments).
#include "governance/repository.h"

namespace vigie::governance_repository {

// A member reads a confidential body's content through their account only once both the link
// and the membership are confirmed by someone else (issue 12 §1).

Result<bool> is_signed_member(Connection& conn, std::int64_t body_id, std::int64_t user_id,
                              const std::string& today) {
  Rows rows =
      TRY(conn.query("SELECT 1 FROM body_members m JOIN contacts c ON c.id = m.contact_id "
                     "WHERE m.body_id = ? AND c.user_id = ? AND c.link_state = 'confirme' AND "
                     "m.access_state = 'confirme' "
                     "AND m.charter_signed_on IS NOT NULL "
                     "AND m.charter_signed_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)",
                     {body_id, user_id, today, today}));
  return !rows.empty();
}

Result<bool> is_signed_contact(Connection& conn, std::int64_t body_id, std::int64_t contact_id,
                               const std::string& today) {
  Rows rows =
      TRY(conn.query("SELECT 1 FROM body_members m WHERE m.body_id = ? AND m.contact_id = ? "
                     "AND m.access_state = 'confirme' AND m.charter_signed_on IS NOT NULL AND "
                     "m.charter_signed_on <= ? "
                     "AND (m.left_on IS NULL OR m.left_on > ?)",
                     {body_id, contact_id, today, today}));
  return !rows.empty();
}

Result<bool> signs_confidential_body(Connection& conn, std::int64_t user_id,
                                     const std::string& today) {
  Rows rows = TRY(conn.query(
      "SELECT 1 FROM body_members m JOIN contacts c ON c.id = m.contact_id JOIN bodies b ON "
      "b.id = m.body_id WHERE c.user_id = ? AND "
      "c.link_state = 'confirme' AND m.access_state = 'confirme' "
      "AND b.confidentiality = 'confidentiel' AND "
      "m.charter_signed_on IS NOT NULL AND m.charter_signed_on <= ? AND "
      "(m.left_on IS NULL OR m.left_on > ?) LIMIT 1",
      {user_id, today, today}));
  return !rows.empty();
}

Result<std::vector<std::int64_t>> signed_bodies(Connection& conn, std::int64_t territory_id,
                                                std::int64_t user_id, const std::string& today) {
  Rows rows = TRY(conn.query(
      "SELECT DISTINCT m.body_id FROM body_members m JOIN contacts c ON c.id = m.contact_id "
      "JOIN bodies b ON b.id = m.body_id WHERE b.territory_id = ? AND c.user_id = ? AND "
      "c.link_state = 'confirme' AND m.access_state = 'confirme' "
      "AND m.charter_signed_on IS NOT NULL AND m.charter_signed_on <= ? "
      "AND (m.left_on IS NULL OR m.left_on > ?) ORDER BY m.body_id",
      {territory_id, user_id, today, today}));
  return map_rows(rows, [](const Row& r) { return r.integer(0); });
}

Result<bool> is_signed_president(Connection& conn, std::int64_t body_id, std::int64_t user_id,
                                 const std::string& today) {
  Rows rows = TRY(conn.query("SELECT 1 FROM body_members m JOIN contacts c ON c.id = m.contact_id "
                             "WHERE m.body_id = ? AND c.user_id = ? AND "
                             "c.link_state = 'confirme' AND m.access_state = 'confirme' "
                             "AND m.role = 'president' "
                             "AND m.charter_signed_on IS NOT NULL AND m.charter_signed_on <= ? "
                             "AND (m.left_on IS NULL OR m.left_on > ?)",
                             {body_id, user_id, today, today}));
  return !rows.empty();
}

Result<std::vector<Invitation>> list_invitations(Connection& conn, std::int64_t meeting_id) {
  Rows rows = TRY(conn.query(
      "SELECT i.member_id, i.attendance, c.name, o.name, m.role FROM meeting_invitations i "
      "JOIN body_members m ON m.id = i.member_id JOIN contacts c ON c.id = m.contact_id "
      "JOIN organisations o ON o.id = c.organisation_id WHERE i.meeting_id = ? "
      "ORDER BY o.name, c.name",
      {meeting_id}));
  return map_rows(rows, [](const Row& r) {
    return Invitation{r.integer(0), r.optional_text(1), r.text(2), r.text(3), r.text(4)};
  });
}

Result<void> invite_current_members(Connection& conn, std::int64_t meeting_id,
                                    std::int64_t body_id) {
  TRY(conn.query("INSERT INTO meeting_invitations (meeting_id, member_id) "
                 "SELECT ?, id FROM body_members WHERE body_id = ? AND left_on IS NULL",
                 {meeting_id, body_id}));
  return success();
}

Result<void> replace_invitations(Connection& conn, std::int64_t meeting_id,
                                 const std::vector<std::int64_t>& member_ids) {
  // Those still convened keep the attendance already taken.
  Rows current = TRY(
      conn.query("SELECT member_id FROM meeting_invitations WHERE meeting_id = ?", {meeting_id}));
  for (const Row& r : current) {
    std::int64_t id = r.integer(0);
    if (std::find(member_ids.begin(), member_ids.end(), id) == member_ids.end()) {
      TRY(conn.query("DELETE FROM meeting_invitations WHERE meeting_id = ? AND member_id = ?",
                     {meeting_id, id}));
    }
  }
  for (std::int64_t id : member_ids) {
    TRY(conn.query("INSERT INTO meeting_invitations (meeting_id, member_id) VALUES (?, ?) "
                   "ON CONFLICT (meeting_id, member_id) DO NOTHING",
                   {meeting_id, id}));
  }
  return success();
}

Result<bool> set_attendance(Connection& conn, std::int64_t meeting_id, std::int64_t member_id,
                            const std::optional<std::string>& attendance) {
  Rows rows = TRY(conn.query("UPDATE meeting_invitations SET attendance = ? "
                             "WHERE meeting_id = ? AND member_id = ? RETURNING member_id",
                             {optional_value(attendance), meeting_id, member_id}));
  return !rows.empty();
}

Result<std::vector<AgendaItem>> list_agenda(Connection& conn, std::int64_t meeting_id) {
  Rows rows = TRY(conn.query("SELECT title, action_id, notes FROM agenda_items "
                             "WHERE meeting_id = ? ORDER BY position",
                             {meeting_id}));
  return map_rows(rows, [](const Row& r) {
    return AgendaItem{r.text(0), r.optional_integer(1), r.optional_text(2)};
  });
}

Result<void> replace_agenda(Connection& conn, std::int64_t meeting_id,
                            const std::vector<AgendaItem>& items) {
  TRY(conn.query("DELETE FROM agenda_items WHERE meeting_id = ?", {meeting_id}));
  std::int64_t position = 0;
  for (const AgendaItem& item : items) {
    TRY(conn.query("INSERT INTO agenda_items (meeting_id, position, title, action_id, notes) "
                   "VALUES (?, ?, ?, ?, ?)",
                   {meeting_id, position++, item.title, optional_value(item.action_id),
                    optional_value(item.notes)}));
  }
  return success();
}

Result<std::optional<Minutes>> find_minutes(Connection& conn, std::int64_t meeting_id) {
  Rows rows = TRY(conn.query("SELECT text, status, approved_at, approved_by, version "
                             "FROM meeting_minutes WHERE meeting_id = ?",
                             {meeting_id}));
  if (rows.empty()) return std::optional<Minutes>();
  const Row& r = rows[0];
  return std::optional<Minutes>(
      Minutes{r.text(0), r.text(1), r.optional_text(2), r.optional_text(3), r.integer(4), {}});
}

Result<void> insert_minutes(Connection& conn, std::int64_t meeting_id, const std::string& text) {
  TRY(conn.query("INSERT INTO meeting_minutes (meeting_id, text, status, version) "
                 "VALUES (?, ?, 'brouillon', 1)",
                 {meeting_id, text}));
  return success();
}

Result<bool> update_minutes(Connection& conn, std::int64_t meeting_id, const std::string& text,
                            std::int64_t expected_version) {
  Rows rows = TRY(conn.query("UPDATE meeting_minutes SET text = ?, version = version + 1 "
                             "WHERE meeting_id = ? AND version = ? AND status = 'brouillon' "
                             "RETURNING version",
                             {text, meeting_id, expected_version}));
  return !rows.empty();
}

Result<bool> approve_minutes(Connection& conn, std::int64_t meeting_id, const std::string& at,
                             const std::string& by, std::int64_t expected_version) {
  Rows rows = TRY(conn.query(
      "UPDATE meeting_minutes SET status = 'approuve', approved_at = ?, approved_by = ?, "
      "version = version + 1 WHERE meeting_id = ? AND version = ? AND status = 'brouillon' "
      "RETURNING version",
      {at, by, meeting_id, expected_version}));
  return !rows.empty();
}

namespace {
constexpr const char* kAttachmentColumns =
    "SELECT id, meeting_id, filename, media_type, size, uploaded_by, uploaded_at ";
Attachment attachment_from_row(const Row& r) {
  return {r.integer(0), r.integer(1), r.text(2), r.text(3), r.integer(4), r.text(5), r.text(6), {}};
}
}  // namespace

Result<std::vector<Attachment>> list_attachments(Connection& conn, std::int64_t meeting_id) {
  Rows rows = TRY(conn.query(std::string(kAttachmentColumns) +
                                 "FROM meeting_attachments WHERE meeting_id = ? ORDER BY id",
                             {meeting_id}));
  return map_rows(rows, attachment_from_row);
}

Result<std::optional<Attachment>> find_attachment(Connection& conn, std::int64_t id,
                                                  bool with_content) {
  Rows rows = TRY(conn.query(std::string(kAttachmentColumns) + ", content " +
                                 "FROM meeting_attachments WHERE id = ?",
                             {id}));
  if (rows.empty()) return std::optional<Attachment>();
  Attachment a = attachment_from_row(rows[0]);
  if (with_content) a.content = rows[0].text(7);
  return std::optional<Attachment>(std::move(a));
}

Result<std::int64_t> insert_attachment(Connection& conn, const Attachment& a,
                                       const std::string& base64) {
  Rows rows = TRY(conn.query(
      "INSERT INTO meeting_attachments (meeting_id, filename, media_type, size, content, "
      "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {a.meeting_id, a.filename, a.media_type, a.size, base64, a.uploaded_by, a.uploaded_at}));
  return rows.at(0).integer(0);
}

Result<void> remove_attachment(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM meeting_attachments WHERE id = ?", {id}));
  return success();
}

}  // namespace vigie::governance_repository
