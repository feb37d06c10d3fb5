#pragma once

#include <functional>
#include <string>

#include "auth/user_service.h"

namespace vigie {

struct SessionPolicy {
  std::int64_t idle_timeout = std::int64_t{2} * 3600;       // seconds without a request
  std::int64_t absolute_timeout = std::int64_t{12} * 3600;  // one working day at most
  int max_failed_logins = 5;                                // then the account waits
  std::int64_t lockout = std::int64_t{15} * 60;
};

struct LoginResult {
  Actor actor;
  std::string token;  // goes in the cookie, never stored
};

/// Server-side sessions: login with throttling, lookup with expiry, logout.
class SessionService {
 public:
  SessionService(Database& db, const Clock& clock, UserService& users, SessionPolicy policy = {})
      : db_(db), clock_(clock), users_(users), policy_(policy) {}

  /// With a second factor in force, `code` (TOTP or recovery) is required: without it, 401 naming
  /// the field "code", so the screen asks for it.
  Result<LoginResult> login(const std::string& login, const std::string& password,
                            const std::optional<std::string>& code = std::nullopt);
  /// The actor behind a session token; 401 when unknown or expired.
  Result<Actor> resolve(const std::string& token);
  Result<void> logout(const std::string& session_digest);

  /// Who must have a second factor (those who may open follow-up records: the composition root
  /// knows). Until they enrol, their sessions reach the enrolment routes only.
  using SecondFactorRule = std::function<Result<bool>(Connection&, const Actor&)>;
  void require_second_factor_when(SecondFactorRule rule) { second_factor_rule_ = std::move(rule); }

 private:
  Result<void> record_failure(std::int64_t user_id, std::int64_t failed_logins);
  Result<bool> must_enrol(Connection& conn, const Actor& actor);

  Database& db_;
  const Clock& clock_;
  UserService& users_;
  SessionPolicy policy_;
  SecondFactorRule second_factor_rule_;
};

}  // namespace vigie
