#pragma once

#include <atomic>
#include <filesystem>
#include <functional>

#include "core/clock.h"
#include "diagnostic/model.h"
#include "store/database.h"

namespace vigie {

/// How a caller follows and stops an import: `progress` gets the share of the file read (0 to
/// 1) and the figures read so far; `cancel` is polled between rows.
struct SsmsiImportControl {
  std::function<void(double fraction, std::int64_t rows)> progress;
  const std::atomic<bool>* cancel = nullptr;
};

/// Imports the SSMSI bases (communal, départemental, régional; every schema SsmsiFormat reads)
/// into the store, streamed: bulk COPY on PostgreSQL, one prepared INSERT per row on SQLite,
/// all in one transaction. The operator's tool (CLI) and the administrators' upload call it;
/// access is checked by them.
class SsmsiImportService {
 public:
  SsmsiImportService(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  /// Imports `path`, shown as `file_name` (the production date is read from it). The same file
  /// (same SHA-256) again changes nothing (`unchanged`). Years already held by an edition are
  /// replaced when this one is newer — by production date when both carry one, else by their
  /// last data year — and refused (409) when it is older. Errors: 400 naming the line and the
  /// column of the first bad record; 409 "cancelled" when cancelled; the store is then exactly
  /// as it was.
  Result<SsmsiImportOutcome> import_file(const std::filesystem::path& path,
                                         const std::string& file_name,
                                         const SsmsiImportControl& control = {});

  /// Every edition imported, newest first.
  Result<std::vector<SsmsiEdition>> editions();

 private:
  Database& db_;
  const Clock& clock_;
};

/// True when edition `a` is older than `b`: by production date when both have one, else by
/// their last data year (an edition up to 2023 is older than one up to 2025).
bool is_older_edition(const SsmsiEdition& a, const SsmsiEdition& b);

}  // namespace vigie
