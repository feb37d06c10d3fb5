#pragma once

#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "journal/chained/chain.h"
#include "journal/chained/key.h"
#include "store/database.h"

namespace vigie {

/// What `verify` found: how many entries, the first one that breaks the chain (0: the head —
/// entries cut at the end or the start, or a seal that does not verify), and the state.
struct ChainCheck {
  std::int64_t entries = 0;
  std::optional<std::int64_t> broken_at;
  /// "intact"; "altere"; "sans_cle" (no key configured: only an unkeyed chain is checked, which
  /// whoever writes the database can recompute); "non_scelle" (a key, but the head was never
  /// sealed: run `vigie journal seal`).
  std::string state = "intact";
  std::string last_hash;  // the checkpoint to keep outside (verify --checkpoint)
};

/// The follow-up journal: append-only and hash-chained, read by the data-protection officer only.
class ChainedJournal {
 public:
  /// Without keys the chain is unkeyed SHA-256 (as before keys existed); with keys, each entry is
  /// an HMAC under the current key and the head is sealed.
  ChainedJournal(Database& db, const Clock& clock, std::optional<JournalKeys> keys = std::nullopt)
      : db_(db), clock_(clock), keys_(std::move(keys)) {}

  /// Appends inside the caller's transaction.
  Result<void> record_in(Connection& conn, const Actor& actor, std::int64_t territory_id,
                         std::optional<std::int64_t> followup_id, const std::string& action,
                         const std::optional<std::string>& detail = std::nullopt);
  /// Appends in a transaction of its own: for refusals, whose request changes nothing else.
  Result<void> record(const Actor& actor, std::int64_t territory_id,
                      std::optional<std::int64_t> followup_id, const std::string& action,
                      const std::optional<std::string>& detail = std::nullopt);
  /// The territory's entries, latest first (the DPO).
  Result<std::vector<ChainedEntry>> list(const Actor& actor, std::int64_t territory_id,
                                         std::int64_t limit);
  /// Every entry about these records, oldest first (a person's right of access).
  Result<std::vector<ChainedEntry>> about_in(Connection& conn,
                                             const std::vector<std::int64_t>& followup_ids);
  /// Removes the entries older than `cutoff` (UTC timestamp) from the start of the chain; the
  /// last removed hash becomes the anchor. Inside the caller's transaction. How many removed.
  Result<std::int64_t> prune_in(Connection& conn, const std::string& cutoff);
  /// Recomputes the whole chain and the head's seal (`vigie journal verify`, the DPO's screen).
  /// With `checkpoint` (a last hash printed by an earlier verify and kept outside), also checks
  /// that this entry is still in the chain: the end cut back to an older, validly sealed state
  /// is then seen too.
  Result<ChainCheck> verify(const std::optional<std::string>& checkpoint = std::nullopt);
  /// The same check for the DPO's screen (followup.journal on the territory, second factor).
  Result<ChainCheck> integrity(const Actor& actor, std::int64_t territory_id);
  /// Seals the head as it stands, under the current key: once, when keys are first given to an
  /// installation (its older entries become the chain's unkeyed prefix). 409 when already sealed.
  Result<void> seal_new();
  bool keyed() const { return keys_.has_value(); }

 private:
  std::string seal_of(const std::string& last, const std::string& anchor) const;
  bool seal_holds(const std::string& seal, const std::string& last,
                  const std::string& anchor) const;
  bool check_entry(const ChainedEntry& e, bool& keyed_seen) const;

  Database& db_;
  const Clock& clock_;
  std::optional<JournalKeys> keys_;
};

}  // namespace vigie
