#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace vigie {

/// argon2id through libsodium, in its self-describing "$argon2id$v=19$m=...,t=...,p=..." form.
Result<std::string> hash_password(std::string_view password);
bool verify_password(std::string_view hash, std::string_view password);

/// Checks a new password against the minimum policy; the error names `field`.
Result<void> check_password_policy(std::string_view password, const std::string& field);

/// A fresh random token, hex-encoded (session ids, CSRF tokens).
std::string random_token(std::size_t bytes = 32);
/// A one-way digest of a token, hex-encoded; only digests of session ids are stored.
std::string token_digest(std::string_view token);
/// Compares secrets in a time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace vigie
