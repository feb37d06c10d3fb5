#pragma once

#include <string>
#include <string_view>

namespace vigie {

/// Standard base64 (RFC 4648, padded), for binary data kept in text columns.
std::string to_base64(std::string_view bytes);
/// The bytes back; throws on text this program did not write (a broken invariant).
std::string from_base64(std::string_view text);

}  // namespace vigie
