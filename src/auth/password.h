#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace vigie {

/// argon2id through libsodium, in its self-describing "$argon2id$v=19$m=...,t=...,p=..." form.
/// Both run on one bounded pool of half the cores (64 MiB and tens of milliseconds each), never
/// on the caller's thread: when the pool and its short queue are full they refuse at once with
/// Error::busy (503) instead of queueing a flood (issue 12 §5).
Result<std::string> hash_password(std::string_view password);
Result<bool> verify_password(std::string_view hash, std::string_view password);
/// Error::busy when the password pool is full right now, so that a login flood is shed before
/// it writes its attempt to the store; success otherwise (the pool may still refuse later).
Result<void> password_checks_available();

/// Checks a new password: 12 characters at least, 256 bytes at most, then passwdqc's strength
/// check (Openwall, Debian's libpasswdqc): not the login nor built on it, not a dictionary word,
/// not a common sequence or a repetition; a passphrase of three words or more is welcome. Errors:
/// 400 naming `field`, with a French reason.
Result<void> check_password_policy(std::string_view password, const std::string& field,
                                   const std::string& login = "");

/// A fresh random token, hex-encoded (session ids, CSRF tokens).
std::string random_token(std::size_t bytes = 32);
/// A one-way digest of a token, hex-encoded; only digests of session ids are stored.
std::string token_digest(std::string_view token);
/// Compares secrets in a time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace vigie
