#pragma once

#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "store/database.h"

namespace vigie {

/// A TOTP secret being enrolled: for the person's authenticator application.
struct Enrolment {
  std::string secret;  // base32
  std::string uri;     // otpauth://totp/...
};

/// Whether the user has a confirmed second factor.
Result<bool> has_second_factor(Connection& conn, std::int64_t user_id);
/// Checks a 6-digit TOTP code (each step once) or an unused recovery code (then spent).
Result<bool> verify_second_factor(Connection& conn, std::int64_t user_id, const std::string& code,
                                  std::int64_t now);

/// Enrolment of the second factor, and step-up before exports and prints.
class SecondFactorService {
 public:
  SecondFactorService(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  /// A new secret, not yet in force; 409 once a factor is confirmed.
  Result<Enrolment> begin(const Actor& actor);
  /// Puts the secret in force with a first code; marks this session as second-factor; returns
  /// ten single-use recovery codes, shown this once (only their digests are kept).
  Result<std::vector<std::string>> confirm(const Actor& actor, const std::string& code);
  /// The user proves it is them again (password, or a second-factor code when they have one).
  Result<void> step_up(const Actor& actor, const std::string& secret);

 private:
  Database& db_;
  const Clock& clock_;
};

/// Seconds a step-up stays valid.
inline constexpr std::int64_t kStepUpSeconds = 300;
/// Wrong step-up answers a session may give; the last one ends it.
inline constexpr std::int64_t kStepUpAttempts = 5;

/// Before a print or an export: the actor proved it was them again within kStepUpSeconds;
/// otherwise 403 with `message`, which says what needs it.
Result<void> require_step_up(const Actor& actor, std::int64_t now, const std::string& message);

}  // namespace vigie
