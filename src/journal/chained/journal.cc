#include "journal/chained/journal.h"

#include <algorithm>
#include <cstdlib>

namespace vigie {
namespace {

// The head of a journal that never held an entry (migration 0006).
constexpr std::string_view kGenesis =
    "0000000000000000000000000000000000000000000000000000000000000000";

constexpr const char* kColumns =
    "SELECT id, at, user_id, user_login, origin, territory_id, followup_id, action, detail, "
    "previous_hash, hash, key_version FROM followup_journal ";

// Touching the head row locks it (PostgreSQL) so that two writers cannot fork the chain; it
// answers the chain's last hash, its anchor and its seal.
Result<Rows> lock_head(Connection& conn) {
  return conn.query("UPDATE followup_journal_head SET last_hash = last_hash WHERE id = 1 "
                    "RETURNING last_hash, anchor_hash, seal");
}

ChainedEntry from_row(const Row& r) {
  return {
      r.integer(0),          r.text(1), r.integer(2),       r.text(3), r.text(4),  r.integer(5),
      r.optional_integer(6), r.text(7), r.optional_text(8), r.text(9), r.text(10), r.integer(11)};
}

}  // namespace

Result<void> ChainedJournal::record_in(Connection& conn, const Actor& actor,
                                       std::int64_t territory_id,
                                       std::optional<std::int64_t> followup_id,
                                       const std::string& action,
                                       const std::optional<std::string>& detail) {
  Rows head = TRY(lock_head(conn));
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
  const std::string& anchor = head.at(0).text(1);
  const std::string& seal = head.at(0).text(2);
  e.key_version = keys_ ? keys_->current_version() : 0;
  e.hash = keys_ ? chain_mac(e, *keys_->find(e.key_version)) : chain_hash(e);
  TRY(conn.query("INSERT INTO followup_journal (at, user_id, user_login, origin, territory_id, "
                 "followup_id, action, detail, previous_hash, hash, key_version) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {e.at, e.user_id, e.user_login, e.origin, e.territory_id,
                  optional_value(e.followup_id), e.action, optional_value(e.detail),
                  e.previous_hash, e.hash, e.key_version}));
  // The head is resealed only over a head that was validly sealed: a chain cut at its end and
  // given a new head stays visibly broken, whatever is written after.
  // A journal that never held an entry is sealed by its first one.
  bool genesis = seal.empty() && e.previous_hash == kGenesis && anchor == kGenesis;
  std::string next_seal = seal;
  if (keys_ && (genesis || seal_holds(seal, e.previous_hash, anchor))) {
    next_seal = seal_of(e.hash, anchor);
  }
  TRY(conn.query("UPDATE followup_journal_head SET last_hash = ?, seal = ? WHERE id = 1",
                 {e.hash, next_seal}));
  return success();
}

Result<void> ChainedJournal::record(const Actor& actor, std::int64_t territory_id,
                                    std::optional<std::int64_t> followup_id,
                                    const std::string& action,
                                    const std::optional<std::string>& detail) {
  return db_.in_transaction([&](Connection& conn) {
    return record_in(conn, actor, territory_id, followup_id, action, detail);
  });
}

Result<std::vector<ChainedEntry>>
ChainedJournal::list(const Actor& actor, std::int64_t territory_id, std::int64_t limit) {
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

Result<ChainCheck> ChainedJournal::integrity(const Actor& actor, std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::followup_journal, territory_id));
  if (!actor.second_factor) {
    return Error::forbidden("Le journal des suivis demande la double authentification.");
  }
  return verify();
}

Result<std::vector<ChainedEntry>>
ChainedJournal::about_in(Connection& conn, const std::vector<std::int64_t>& followup_ids) {
  std::vector<ChainedEntry> out;
  for (std::int64_t id : followup_ids) {
    Rows rows = TRY(conn.query(std::string(kColumns) + "WHERE followup_id = ? ORDER BY id", {id}));
    for (const Row& r : rows)
      out.push_back(from_row(r));
  }
  std::ranges::sort(out, {}, &ChainedEntry::id);
  return out;
}

Result<std::int64_t> ChainedJournal::prune_in(Connection& conn, const std::string& cutoff) {
  Rows head = TRY(lock_head(conn));
  Rows last = TRY(conn.query(
      "SELECT id, hash FROM followup_journal WHERE at < ? ORDER BY id DESC LIMIT 1", {cutoff}));
  if (last.empty()) return std::int64_t{0};
  std::int64_t up_to = last[0].integer(0);
  Rows removed = TRY(conn.query("SELECT COUNT(*) FROM followup_journal WHERE id <= ?", {up_to}));
  TRY(conn.query("DELETE FROM followup_journal WHERE id <= ?", {up_to}));
  std::string seal = head.at(0).text(2);
  if (keys_ && seal_holds(seal, head.at(0).text(0), head.at(0).text(1))) {
    seal = seal_of(head.at(0).text(0), last[0].text(1));
  }
  TRY(conn.query("UPDATE followup_journal_head SET anchor_hash = ?, seal = ? WHERE id = 1",
                 {last[0].text(1), seal}));
  return removed.at(0).integer(0);
}

std::string ChainedJournal::seal_of(const std::string& last, const std::string& anchor) const {
  std::int64_t version = keys_->current_version();
  return std::to_string(version) + ":" + head_seal(last, anchor, *keys_->find(version));
}

bool ChainedJournal::seal_holds(const std::string& seal, const std::string& last,
                                const std::string& anchor) const {
  std::size_t colon = seal.find(':');
  if (!keys_ || colon == std::string::npos) return false;
  const std::string* key = keys_->find(std::strtoll(seal.c_str(), nullptr, 10));
  return key != nullptr && seal.substr(colon + 1) == head_seal(last, anchor, *key);
}

// One entry: keyed entries by their key's HMAC, unkeyed ones by SHA-256 and only before the
// first keyed one (otherwise anyone could append unkeyed entries at the end).
bool ChainedJournal::check_entry(const ChainedEntry& e, bool& keyed_seen) const {
  if (e.key_version == 0) return !keyed_seen && chain_hash(e) == e.hash;
  keyed_seen = true;
  if (!keys_) return true;  // cannot be checked here: the state says so
  const std::string* key = keys_->find(e.key_version);
  return key != nullptr && chain_mac(e, *key) == e.hash;
}

Result<ChainCheck> ChainedJournal::verify(const std::optional<std::string>& checkpoint) {
  Lease conn = db_.acquire();
  Rows head = TRY(
      conn->query("SELECT last_hash, anchor_hash, seal FROM followup_journal_head WHERE id = 1"));
  const std::string& anchor = head.at(0).text(1);
  Rows rows = TRY(conn->query(std::string(kColumns) + "ORDER BY id"));
  ChainCheck check;
  std::string previous = anchor;
  bool keyed_seen = false;
  bool checkpoint_seen = checkpoint && *checkpoint == anchor;
  for (const Row& r : rows) {
    ChainedEntry e = from_row(r);
    ++check.entries;
    if (e.previous_hash != previous || !check_entry(e, keyed_seen)) {
      check.broken_at = e.id;
      check.state = "altere";
      return check;
    }
    if (checkpoint && e.hash == *checkpoint) checkpoint_seen = true;
    previous = e.hash;
  }
  check.last_hash = previous;
  // A removed last entry leaves the head pointing past the end of the chain; a head moved back
  // (or an anchor moved forward) no longer matches its seal.
  bool head_broken = head.at(0).text(0) != previous || (checkpoint && !checkpoint_seen);
  if (keys_ && !head.at(0).text(2).empty()) {
    head_broken = head_broken || !seal_holds(head.at(0).text(2), head.at(0).text(0), anchor);
  }
  if (head_broken) {
    check.broken_at = 0;
    check.state = "altere";
  } else if (!keys_) {
    check.state = "sans_cle";
  } else if (head.at(0).text(2).empty()) {
    check.state = keyed_seen ? "altere" : "non_scelle";  // keyed entries are always sealed
    if (keyed_seen) check.broken_at = 0;
  }
  return check;
}

Result<void> ChainedJournal::seal_new() {
  if (!keys_) return Error::invalid("Aucune clé de journal n'est configurée.", "journal-key");
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    Rows head = TRY(lock_head(conn));
    Rows keyed = TRY(conn.query("SELECT 1 FROM followup_journal WHERE key_version > 0 LIMIT 1"));
    if (!head.at(0).text(2).empty() || !keyed.empty()) {
      return Error::conflict("Le journal est déjà scellé.");
    }
    TRY(conn.query("UPDATE followup_journal_head SET seal = ? WHERE id = 1",
                   {seal_of(head.at(0).text(0), head.at(0).text(1))}));
    return success();
  });
}

}  // namespace vigie
