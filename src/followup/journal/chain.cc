#include "followup/journal/chain.h"

#include <sodium.h>

namespace vigie {

std::string chain_hash(const ChainedEntry& e) {
  // Unit separators cannot occur in the fields' text (the journal writes no control characters).
  constexpr char kSep = '\x1f';
  std::string canonical = e.previous_hash + kSep + e.at + kSep + std::to_string(e.user_id) + kSep +
                          e.user_login + kSep + e.origin + kSep + std::to_string(e.territory_id) +
                          kSep + (e.followup_id ? std::to_string(*e.followup_id) : "") + kSep +
                          e.action + kSep + e.detail.value_or("");
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(canonical.data()),
                     canonical.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace vigie
