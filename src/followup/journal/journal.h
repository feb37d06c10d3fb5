#pragma once

#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "followup/journal/chain.h"
#include "store/database.h"

namespace vigie {

/// What `verify` found: how many entries, and the first one that breaks the chain, if any.
struct ChainCheck {
  std::int64_t entries = 0;
  std::optional<std::int64_t> broken_at;
};

/// The follow-up journal: append-only and hash-chained, read by the data-protection officer only.
class FollowUpJournal {
 public:
  FollowUpJournal(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

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
  /// Recomputes the whole chain (the `vigie journal verify` command).
  Result<ChainCheck> verify();

 private:
  Database& db_;
  const Clock& clock_;
};

}  // namespace vigie
