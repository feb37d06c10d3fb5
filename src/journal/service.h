#pragma once

#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "journal/model.h"
#include "store/database.h"

namespace vigie {

/// The territory's audit journal: append-only, read by those who answer for the territory.
class JournalService {
 public:
  JournalService(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  /// Appends inside the caller's transaction, so the entry stands or falls with the change.
  Result<void> record_in(Connection& conn, const Actor& actor, std::int64_t territory_id,
                         const std::string& event, const std::string& subject,
                         const std::optional<std::string>& detail = std::nullopt);
  /// Appends in a transaction of its own: for refusals, whose request's transaction rolled back.
  Result<void> record(const Actor& actor, std::int64_t territory_id, const std::string& event,
                      const std::string& subject,
                      const std::optional<std::string>& detail = std::nullopt);
  /// The latest entries first.
  Result<std::vector<JournalEntry>> list(const Actor& actor, std::int64_t territory_id,
                                         std::int64_t limit);

 private:
  Database& db_;
  const Clock& clock_;
};

}  // namespace vigie
