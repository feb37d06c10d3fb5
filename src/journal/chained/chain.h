#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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
  std::int64_t key_version = 0;  // 0: unkeyed SHA-256 (entries from before journal keys)
};

/// SHA-256 (hex) over the previous hash and every field of the entry: changing, removing or
/// reordering an entry changes every hash after it. Pure.
std::string chain_hash(const ChainedEntry& entry);

/// HMAC-SHA-256 (hex, libsodium `crypto_auth_hmacsha256`) under `key` over the same fields:
/// without the key, nobody can write an entry that verifies. Pure.
std::string chain_mac(const ChainedEntry& entry, std::string_view key);

/// The head's seal: HMAC-SHA-256 under `key` of the chain's two ends, the hash of its last entry
/// and the anchor it starts from, so cutting either end needs the key to reseal. Pure.
std::string head_seal(std::string_view last_hash, std::string_view anchor_hash,
                      std::string_view key);

}  // namespace vigie
