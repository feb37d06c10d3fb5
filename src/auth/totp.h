#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vigie {

/// RFC 4648 base32 without padding: how authenticator applications take a secret.
std::string base32_encode(std::string_view bytes);
std::optional<std::string> base32_decode(std::string_view text);

/// The 6-digit TOTP code (RFC 6238: HMAC-SHA1, 30-second steps) of `secret` at `step`.
std::string totp_code(std::string_view secret, std::int64_t step);

/// A code as a person types it, without the spaces and hyphens that authenticator apps show
/// between groups ("123 456" → "123456"; field case 16). Recovery codes are read the same way.
std::string compact_code(std::string_view typed);

/// The step whose code `code` is, within one step of `now`'s, and after `last_step` (a code
/// is used once); none otherwise.
std::optional<std::int64_t> totp_match(std::string_view secret, std::string_view code,
                                       std::int64_t now, std::int64_t last_step);

}  // namespace vigie
