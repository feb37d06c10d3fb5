#include "journal/service.h"

namespace vigie {

Result<void> JournalService::record_in(Connection& conn, const Actor& actor,
                                       std::int64_t territory_id, const std::string& event,
                                       const std::string& subject,
                                       const std::optional<std::string>& detail) {
  TRY(conn.query("INSERT INTO audit_journal (territory_id, at, user_id, user_login, event, "
                 "subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 {territory_id, format_timestamp(clock_.now()), actor.user_id, actor.login, event,
                  subject, optional_value(detail)}));
  return success();
}

Result<void> JournalService::record(const Actor& actor, std::int64_t territory_id,
                                    const std::string& event, const std::string& subject,
                                    const std::optional<std::string>& detail) {
  return db_.in_transaction([&](Connection& conn) {
    return record_in(conn, actor, territory_id, event, subject, detail);
  });
}

Result<std::vector<JournalEntry>>
JournalService::list(const Actor& actor, std::int64_t territory_id, std::int64_t limit) {
  TRY_VOID(require(actor, Permission::journal_read, territory_id));
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query("SELECT id, territory_id, at, user_id, user_login, event, subject, "
                              "detail FROM audit_journal WHERE territory_id = ? "
                              "ORDER BY id DESC LIMIT ?",
                              {territory_id, limit}));
  return map_rows(rows, [](const Row& r) {
    return JournalEntry{r.integer(0), r.integer(1), r.text(2), r.integer(3),
                        r.text(4),    r.text(5),    r.text(6), r.optional_text(7)};
  });
}

}  // namespace vigie
