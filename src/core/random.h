#pragma once

#include <cstddef>
#include <string>

namespace vigie {

/// `bytes` random bytes from libsodium's CSPRNG (randombytes_buf), hex-encoded (2 × bytes
/// characters): session ids, CSRF tokens, request ids, private temporary names.
std::string random_hex(std::size_t bytes);

}  // namespace vigie
