#include "followup/sharing_repository.h"

#include "core/text.h"

namespace vigie::followup_repository {
namespace {

constexpr const char* kShareColumns =
    "SELECT s.id, s.followup_id, s.body_id, b.name, s.kind, s.scope, s.reason, s.shared_on, "
    "s.shared_by, s.ended_on, s.state, s.requested_by, dc.display_name FROM followup_shares s "
    "JOIN bodies b ON b.id = s.body_id LEFT JOIN users dc ON dc.id = s.decided_by ";

FollowUpShare share_of(const Row& r) {
  return {r.integer(0),
          r.integer(1),
          r.integer(2),
          r.text(3),
          r.text(4),
          split_codes(r.text(5)),
          r.text(6),
          r.text(7),
          r.text(8),
          r.optional_text(9),
          r.text(10),
          r.optional_integer(11),
          r.optional_text(12).value_or("")};
}

}  // namespace

Result<std::vector<SocialProfessional>> social_professionals(Connection& conn,
                                                             std::int64_t followup_id) {
  Rows rows = TRY(conn.query(
      "SELECT p.contact_id, p.profession, c.name, p.state, p.requested_by, p.decided_by, "
      "c.user_id, rq.display_name, dc.display_name FROM followup_social_professionals p "
      "JOIN contacts c ON c.id = p.contact_id LEFT JOIN users rq ON rq.id = p.requested_by "
      "LEFT JOIN users dc ON dc.id = p.decided_by WHERE p.followup_id = ? ORDER BY c.name",
      {followup_id}));
  return map_rows(rows, [](const Row& r) {
    SocialProfessional p;
    p.contact_id = r.integer(0);
    p.profession = r.text(1);
    p.name = r.text(2);
    p.state = r.text(3);
    p.requested_by = r.optional_integer(4);
    p.decided_by = r.optional_integer(5);
    p.account_id = r.optional_integer(6);
    p.requested_by_name = r.optional_text(7).value_or("");
    p.decided_by_name = r.optional_text(8).value_or("");
    return p;
  });
}

Result<void> replace_social_professionals(Connection& conn, std::int64_t followup_id,
                                          const std::vector<SocialProfessional>& named) {
  TRY(conn.query("DELETE FROM followup_social_professionals WHERE followup_id = ?", {followup_id}));
  for (const auto& p : named) {
    TRY(conn.query("INSERT INTO followup_social_professionals (followup_id, contact_id, "
                   "profession, state, requested_by, decided_by) VALUES (?, ?, ?, ?, ?, ?)",
                   {followup_id, p.contact_id, p.profession, p.state,
                    optional_value(p.requested_by), optional_value(p.decided_by)}));
  }
  return success();
}

Result<bool> decide_social(Connection& conn, std::int64_t followup_id, std::int64_t contact_id,
                           const std::string& state, std::int64_t decided_by) {
  Rows rows = TRY(conn.query("UPDATE followup_social_professionals SET state = ?, decided_by = ? "
                             "WHERE followup_id = ? AND contact_id = ? AND state = 'en_attente' "
                             "RETURNING contact_id",
                             {state, decided_by, followup_id, contact_id}));
  return !rows.empty();
}

Result<bool> is_named_social(Connection& conn, std::int64_t followup_id, std::int64_t user_id) {
  Rows rows = TRY(conn.query("SELECT 1 FROM followup_social_professionals p JOIN contacts c ON "
                             "c.id = p.contact_id WHERE p.followup_id = ? AND c.user_id = ? "
                             "AND c.link_state = 'confirme' AND p.state = 'confirme'",
                             {followup_id, user_id}));
  return !rows.empty();
}

Result<std::vector<SocialNote>> social_notes(Connection& conn, std::int64_t followup_id) {
  Rows rows = TRY(conn.query("SELECT id, note_date, text, author FROM followup_social_notes "
                             "WHERE followup_id = ? ORDER BY note_date, id",
                             {followup_id}));
  return map_rows(rows, [](const Row& r) {
    return SocialNote{r.integer(0), r.text(1), r.text(2), r.text(3)};
  });
}

Result<void> insert_social_note(Connection& conn, std::int64_t followup_id, const SocialNote& n) {
  TRY(conn.query("INSERT INTO followup_social_notes (followup_id, note_date, text, author) "
                 "VALUES (?, ?, ?, ?)",
                 {followup_id, n.note_date, n.text, n.author}));
  return success();
}

Result<std::vector<FollowUpShare>> shares(Connection& conn, std::int64_t followup_id) {
  Rows rows = TRY(conn.query(std::string(kShareColumns) + "WHERE s.followup_id = ? ORDER BY s.id",
                             {followup_id}));
  return map_rows(rows, share_of);
}

Result<std::optional<FollowUpShare>> find_share(Connection& conn, std::int64_t share_id) {
  Rows rows = TRY(conn.query(std::string(kShareColumns) + "WHERE s.id = ?", {share_id}));
  if (rows.empty()) return std::optional<FollowUpShare>();
  return std::optional<FollowUpShare>(share_of(rows[0]));
}

Result<std::vector<FollowUpShare>> active_shares_to(Connection& conn,
                                                    const std::vector<std::int64_t>& body_ids) {
  if (body_ids.empty()) return std::vector<FollowUpShare>();
  std::vector<Value> params;
  std::string in = in_list(body_ids, params);
  Rows rows = TRY(conn.query(std::string(kShareColumns) +
                                 "WHERE s.kind = 'orientation' AND s.state = 'confirme' AND "
                                 "s.ended_on IS NULL AND s.body_id IN (" +
                                 in + ") ORDER BY s.id",
                             params));
  return map_rows(rows, share_of);
}

Result<void> insert_share(Connection& conn, const FollowUpShare& s) {
  TRY(conn.query("INSERT INTO followup_shares (followup_id, body_id, kind, scope, reason, "
                 "shared_on, shared_by, state, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {s.followup_id, s.body_id, s.kind, join_codes(s.scope), s.reason, s.shared_on,
                  s.shared_by, s.state, optional_value(s.requested_by)}));
  return success();
}

Result<void> end_shares_to(Connection& conn, std::int64_t followup_id, std::int64_t body_id,
                           const std::string& today, std::int64_t except_id) {
  TRY(conn.query("UPDATE followup_shares SET ended_on = ? WHERE followup_id = ? AND body_id = ? "
                 "AND kind = 'orientation' AND ended_on IS NULL AND id <> ?",
                 {today, followup_id, body_id, except_id}));
  return success();
}

Result<bool> decide_share(Connection& conn, std::int64_t share_id, const std::string& state,
                          std::int64_t decided_by) {
  Rows rows = TRY(conn.query("UPDATE followup_shares SET state = ?, decided_by = ? "
                             "WHERE id = ? AND state = 'en_attente' RETURNING id",
                             {state, decided_by, share_id}));
  return !rows.empty();
}

Result<bool> end_share(Connection& conn, std::int64_t share_id, const std::string& today) {
  Rows rows = TRY(conn.query("UPDATE followup_shares SET ended_on = ? WHERE id = ? AND kind = "
                             "'orientation' AND ended_on IS NULL RETURNING id",
                             {today, share_id}));
  return !rows.empty();
}

Result<void> move_to_body(Connection& conn, std::int64_t followup_id, std::int64_t body_id) {
  TRY(conn.query("UPDATE followups SET body_id = ?, version = version + 1 WHERE id = ?",
                 {body_id, followup_id}));
  return success();
}

}  // namespace vigie::followup_repository
