#pragma once

#include <functional>
#include <string>

#include "auth/address_throttle.h"
#include "auth/user_service.h"

namespace vigie {

struct SessionPolicy {
  std::int64_t idle_timeout = std::int64_t{2} * 3600;       // seconds without a request
  std::int64_t absolute_timeout = std::int64_t{12} * 3600;  // one working day at most
  int max_failed_logins = 5;        // checks per (login, address), then a wait
  std::int64_t lockout = 60;        // the first wait, doubled at each new lock up to an hour
  int address_burst = 50;           // attempts per address, whatever the login...
  std::int64_t address_refill = 2;  // ...then one every this many seconds
};

struct LoginResult {
  Actor actor;
  std::string token;  // goes in the cookie, never stored
};

/// Server-side sessions: login with throttling, lookup with expiry, logout.
class SessionService {
 public:
  SessionService(Database& db, const Clock& clock, UserService& users, SessionPolicy policy = {})
      : db_(db), clock_(clock), users_(users), policy_(policy),
        addresses_(db, clock, policy.address_burst, policy.address_refill) {}

  /// With a second factor in force, `code` (TOTP or recovery) is required: without it, 401 naming
  /// the field "code", so the screen asks for it.
  /// Unknown login, wrong password and a throttled (login, `origin`) pair all get the same 401,
  /// after the same argon2id work. Each pair has `max_failed_logins` checks, reserved atomically
  /// before the password is checked, then waits `lockout` seconds, doubled at each new lock (an
  /// hour at most); another address is not affected. Each `origin` also has a budget of
  /// attempts whatever the login (`address_burst`, then one per `address_refill` seconds):
  /// beyond it, 429 without any password check. While the password pool is full: 503.
  Result<LoginResult> login(const std::string& login, const std::string& password,
                            const std::optional<std::string>& code = std::nullopt,
                            const std::string& origin = "local");
  /// Reserves one check for (login, origin) in one atomic statement: false when the pair has
  /// used its checks and must wait.
  Result<bool> reserve_attempt(const std::string& login, const std::string& origin);
  /// The actor behind a session token; 401 when unknown or expired.
  Result<Actor> resolve(const std::string& token);
  Result<void> logout(const std::string& session_digest);
  /// Forgets the per-address buckets that have refilled; returns how many (the daily job).
  Result<std::int64_t> forget_full_buckets() { return addresses_.forget_full(); }

  /// Who must have a second factor (those who may open follow-up records: the composition root
  /// knows). Until they enrol, their sessions reach the enrolment routes only.
  using SecondFactorRule = std::function<Result<bool>(Connection&, const Actor&)>;
  void require_second_factor_when(SecondFactorRule rule) { second_factor_rule_ = std::move(rule); }

 private:
  Result<void> forget_attempts(Connection& conn, const std::string& login,
                               const std::string& origin);
  Result<bool> must_enrol(Connection& conn, const Actor& actor);

  Database& db_;
  const Clock& clock_;
  UserService& users_;
  SessionPolicy policy_;
  SecondFactorRule second_factor_rule_;
  AddressThrottle addresses_;
};

}  // namespace vigie
