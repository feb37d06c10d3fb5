#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "core/result.h"

namespace vigie {

/// The keys of the follow-up journal, kept outside the database so that whoever can write the
/// database still cannot rewrite the journal unseen. A key file holds one line per key,
/// "<version> <64 hexadecimal digits>" (32 random bytes, libsodium); the highest version signs new
/// entries, the older ones still verify the entries they signed (rotation keeps them).
struct JournalKeys {
  std::map<std::int64_t, std::string> by_version;  // raw 32-byte keys

  std::int64_t current_version() const {
    return by_version.empty() ? 0 : by_version.rbegin()->first;
  }
  const std::string* find(std::int64_t version) const;
};

/// Reads a key file. Errors: missing or unreadable file, a malformed line (named by number), a
/// file that others than its owner may read (mode must deny group and others: 0600 or 0400).
Result<JournalKeys> load_journal_keys(const std::filesystem::path& file);

/// Creates a key file with version 1 (mode 0600) when it does not exist, then loads it. The
/// bool says whether it was created.
Result<std::pair<JournalKeys, bool>> ensure_journal_keys(const std::filesystem::path& file);

/// Appends a new key (the current version + 1) to an existing key file: rotation. The new
/// version.
Result<std::int64_t> rotate_journal_key(const std::filesystem::path& file);

}  // namespace vigie
