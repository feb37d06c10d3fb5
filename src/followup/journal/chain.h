#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace vigie {

/// One entry of the follow-up journal: who, when, from where, which record, what.
struct ChainedEntry {
  std::int64_t id = 0;
  std::string at;
  std::int64_t user_id = 0;
  std::string user_login;
  std::string origin;
  std::int64_t territory_id = 0;
  std::optional<std::int64_t> followup_id;
  std::string action;  // "lecture", "creation", "modification", "refus", "export"...
  std::optional<std::string> detail;
  std::string previous_hash;
  std::string hash;
};

/// SHA-256 (hex) over the previous hash and every field of the entry: changing, removing or
/// reordering an entry changes every hash after it. Pure.
std::string chain_hash(const ChainedEntry& entry);

}  // namespace vigie
