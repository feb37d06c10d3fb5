#include "auth/totp.h"

#include <array>
#include <cstdio>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace vigie {
namespace {
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::int64_t kStepSeconds = 30;
}  // namespace

std::string base32_encode(std::string_view bytes) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 31];
  return out;
}

std::optional<std::string> base32_decode(std::string_view text) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=' || c == ' ') continue;
    auto at = kAlphabet.find(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    if (at == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<unsigned>(at);
    bits += 5;
    if (bits >= 8) {
      out += static_cast<char>((buffer >> (bits - 8)) & 0xFF);
      bits -= 8;
    }
  }
  return out;
}

std::string totp_code(std::string_view secret, std::int64_t step) {
  std::array<unsigned char, 8> counter{};
  for (int i = 7; i >= 0; --i, step >>= 8)
    counter[static_cast<std::size_t>(i)] = static_cast<unsigned char>(step & 0xFF);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()), counter.data(), counter.size(),
       mac, &length);
  // Dynamic truncation (RFC 4226 §5.3).
  unsigned offset = mac[length - 1] & 0x0F;
  std::uint32_t binary = ((mac[offset] & 0x7Fu) << 24) | (mac[offset + 1] << 16) |
                         (mac[offset + 2] << 8) | mac[offset + 3];
  char code[16];
  std::snprintf(code, sizeof code, "%06u", binary % 1'000'000U);
  return code;
}

std::string compact_code(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c != ' ' && c != '\t' && c != '-') out += c;
  }
  return out;
}

std::optional<std::int64_t> totp_match(std::string_view secret, std::string_view code,
                                       std::int64_t now, std::int64_t last_step) {
  std::int64_t current = now / kStepSeconds;
  for (std::int64_t step = current - 1; step <= current + 1; ++step) {
    if (step > last_step && totp_code(secret, step) == compact_code(code)) return step;
  }
  return std::nullopt;
}

}  // namespace vigie
