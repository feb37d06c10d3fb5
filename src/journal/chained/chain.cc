#include "journal/chained/chain.h"

#include <sodium.h>

namespace vigie {
namespace {

// Unit separators cannot occur in the fields' text (the journal writes no control characters).
constexpr char kSep = '\x1f';

std::string canonical(const ChainedEntry& e) {
  return e.previous_hash + kSep + e.at + kSep + std::to_string(e.user_id) + kSep + e.user_login +
         kSep + e.origin + kSep + std::to_string(e.territory_id) + kSep +
         (e.followup_id ? std::to_string(*e.followup_id) : "") + kSep + e.action + kSep +
         e.detail.value_or("");
}

template <std::size_t N>
std::string hex_of(const unsigned char (&digest)[N]) {
  char hex[N * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, N);
  return hex;
}

std::string hmac(std::string_view text, std::string_view key) {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                              key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()),
                                text.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return hex_of(mac);
}

}  // namespace

std::string chain_hash(const ChainedEntry& e) {
  std::string text = canonical(e);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return hex_of(digest);
}

std::string chain_mac(const ChainedEntry& e, std::string_view key) {
  // The key version is covered too: an entry cannot be passed off under another key.
  return hmac(std::to_string(e.key_version) + kSep + canonical(e), key);
}

std::string head_seal(std::string_view last_hash, std::string_view anchor_hash,
                      std::string_view key) {
  return hmac(std::string("head") + kSep + std::string(last_hash) + kSep + std::string(anchor_hash),
              key);
}

}  // namespace vigie
