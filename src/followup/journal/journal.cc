#include "followup/journal/journal.h"

#include <algorithm>

namespace vigie {
namespace {

constexpr const char* kColumns =
    "SELECT id, at, user_id, user_login, origin, territory_id, followup_id, action, detail, "
    "previous_hash, hash FROM followup_journal ";

ChainedEntry from_row(const Row& r) {
  return {r.integer(0),          r.text(1), r.integer(2),       r.text(3), r.text(4), r.integer(5),
          r.optional_integer(6), r.text(7), r.optional_text(8), r.text(9), r.text(10)};
}

}  // namespace

Result<void> FollowUpJournal::record_in(Connection& conn, const Actor& actor,
                                        std::int64_t territory_id,
                                        std::optional<std::int64_t> followup_id,
                                        const std::string& action,
                                        const std::optional<std::string>& detail) {
  // Touching the head row locks it (PostgreSQL) so that two writers cannot fork the chain.
  Rows head = TRY(conn.query(
      "UPDATE followup_journal_head SET last_hash = last_hash WHERE id = 1 RETURNING last_hash"));
  ChainedEntry e;
  e.at = format_timestamp(clock_.now());
  e.user_id = actor.user_id;
  e.user_login = actor.login;
  e.origin = actor.origin.empty() ? "local" : actor.origin;
  e.territory_id = territory_id;
  e.followup_id = followup_id;
  e.action = action;
  e.detail = detail;
  e.previous_hash = head.at(0).text(0);
  e.hash = chain_hash(e);
  TRY(conn.query("INSERT INTO followup_journal (at, user_id, user_login, origin, territory_id, "
                 "followup_id, action, detail, previous_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {e.at, e.user_id, e.user_login, e.origin, e.territory_id,
                  optional_value(e.followup_id), e.action, optional_value(e.detail),
                  e.previous_hash, e.hash}));
  TRY(conn.query("UPDATE followup_journal_head SET last_hash = ? WHERE id = 1", {e.hash}));
  return success();
}

Result<void> FollowUpJournal::record(const Actor& actor, std::int64_t territory_id,
                                     std::optional<std::int64_t> followup_id,
                                     const std::string& action,
                                     const std::optional<std::string>& detail) {
  return db_.in_transaction([&](Connection& conn) {
    return record_in(conn, actor, territory_id, followup_id, action, detail);
  });
}

Result<std::vector<ChainedEntry>>
FollowUpJournal::list(const Actor& actor, std::int64_t territory_id, std::int64_t limit) {
  TRY_VOID(require(actor, Permission::followup_journal, territory_id));
  if (!actor.second_factor) {
    return Error::forbidden("Le journal des suivis demande la double authentification.");
  }
  Lease conn = db_.acquire();
  Rows rows =
      TRY(conn->query(std::string(kColumns) + "WHERE territory_id = ? ORDER BY id DESC LIMIT ?",
                      {territory_id, limit}));
  return map_rows(rows, from_row);
}

Result<std::vector<ChainedEntry>>
FollowUpJournal::about_in(Connection& conn, const std::vector<std::int64_t>& followup_ids) {
  std::vector<ChainedEntry> out;
  for (std::int64_t id : followup_ids) {
    Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE followup_id = ? ORDER BY id", {id}));
    for (const Row& r : rows)
      out.push_back(from_row(r));
  }
  std::ranges::sort(out, {}, &ChainedEntry::id);
  return out;
}

Result<std::int64_t> FollowUpJournal::prune_in(Connection& conn, const std::string& cutoff) {
  TRY(conn.query("UPDATE followup_journal_head SET last_hash = last_hash WHERE id = 1"));
  Rows last = TRY(conn.query(
      "SELECT id, hash FROM followup_journal WHERE at < ? ORDER BY id DESC LIMIT 1", {cutoff}));
  if (last.empty()) return std::int64_t{0};
  std::int64_t up_to = last[0].integer(0);
  Rows removed = TRY(conn.query("SELECT COUNT(*) FROM followup_journal WHERE id <= ?", {up_to}));
  TRY(conn.query("DELETE FROM followup_journal WHERE id <= ?", {up_to}));
  TRY(conn.query("UPDATE followup_journal_head SET anchor_hash = ? WHERE id = 1",
                 {last[0].text(1)}));
  return removed.at(0).integer(0);
}

Result<ChainCheck> FollowUpJournal::verify() {
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query(std::string(kColumns) + "ORDER BY id"));
  ChainCheck check;
  Rows anchor = TRY(conn->query("SELECT anchor_hash FROM followup_journal_head WHERE id = 1"));
  std::string previous = anchor.at(0).text(0);
  for (const Row& r : rows) {
    ChainedEntry e = from_row(r);
    ++check.entries;
    if (e.previous_hash != previous || chain_hash(e) != e.hash) {
      check.broken_at = e.id;
      return check;
    }
    previous = e.hash;
  }
  Rows head = TRY(conn->query("SELECT last_hash FROM followup_journal_head WHERE id = 1"));
  // A removed last entry leaves the head pointing past the end of the chain.
  if (head.at(0).text(0) != previous) check.broken_at = 0;
  return check;
}

}  // namespace vigie
