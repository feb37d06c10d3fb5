#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"

namespace vigie {

/// The SHA-256 of a file's bytes as lower-case hex (libsodium's crypto_hash_sha256, read in
/// 1 MiB pieces). Errors: 400 "fichier" when the file cannot be read.
Result<std::string> sha256_of_file(const std::filesystem::path& path);

}  // namespace vigie
