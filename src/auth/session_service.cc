#include "auth/session_service.h"

#include <algorithm>

#include "auth/password.h"
#include "auth/second_factor.h"

namespace vigie {
namespace {

// One answer for an unknown login, a wrong password and a pair that must wait.
Error bad_credentials() {
  return {ErrorCode::unauthenticated,
          "Identifiant ou mot de passe incorrect. Après cinq échecs, les essais de cet identifiant "
          "depuis ce poste sont suspendus une minute, puis le double à chaque nouvelle série.",
          std::nullopt};
}

// Verifying against a fixed hash when the login is unknown keeps the answer time the same,
// so that response times do not tell which logins exist. Same parameters as hash_password
// (argon2id, 64 MiB, 2 passes): the work is the same.
constexpr const char* kDecoyHash = "$argon2id$v=19$m=65536,t=2,p=1$dKdJo3iUZn6I6C0xST+HqA$"
                                   "cx1wORwtNh8zbF4lBz76iPBKXyHeM3Pa6DEYPnBGflg";

}  // namespace

Result<bool> SessionService::reserve_attempt(const std::string& login, const std::string& origin) {
  // One statement, so that parallel tries each get their own count. A wait that is over opens
  // a new window of attempts; the attempt that reaches the limit sets the next wait at once
  // (cleared if it succeeds), so no try slips in while it is being checked.
  std::string now = std::to_string(clock_.now());
  std::string max = std::to_string(policy_.max_failed_logins);
  std::string next = "(CASE WHEN login_attempts.locked_until <= " + now +
                     " AND login_attempts.attempts >= " + max +
                     " THEN 1 ELSE login_attempts.attempts + 1 END)";
  std::string wait = "(CASE login_attempts.locks";
  for (int k = 0; k < 6; ++k)
    wait += " WHEN " + std::to_string(k) + " THEN " + std::to_string(policy_.lockout << k);
  wait += " ELSE " + std::to_string(std::min<std::int64_t>(3600, policy_.lockout << 6)) + " END)";
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query(
      std::string("INSERT INTO login_attempts (login, origin, attempts, locks, locked_until) "
                  "VALUES (?, ?, 1, 0, 0) ON CONFLICT (login, origin) DO UPDATE SET attempts = ") +
          next + ", locks = CASE WHEN " + next + " = " + max +
          " THEN login_attempts.locks + 1 ELSE login_attempts.locks END, locked_until = CASE "
          "WHEN " +
          next + " = " + max + " THEN " + now + " + " + wait +
          " ELSE login_attempts.locked_until END RETURNING attempts",
      {login.substr(0, 64), origin.substr(0, 64)}));
  return rows.at(0).integer(0) <= policy_.max_failed_logins;
}

Result<void> SessionService::forget_attempts(Connection& conn, const std::string& login,
                                             const std::string& origin) {
  TRY(conn.query("DELETE FROM login_attempts WHERE login = ? AND origin = ?",
                 {login.substr(0, 64), origin.substr(0, 64)}));
  return success();
}

Result<LoginResult> SessionService::login(const std::string& login, const std::string& password,
                                          const std::optional<std::string>& code,
                                          const std::string& origin) {
  TRY_VOID(addresses_.take(origin.substr(0, 64)));
  TRY_VOID(password_checks_available());
  bool allowed = TRY(reserve_attempt(login, origin));
  Rows rows;
  {
    Lease conn = db_.acquire();
    rows =
        TRY(conn->query("SELECT id, password_hash, disabled FROM users WHERE login = ?", {login}));
  }
  // Every refusal costs the same argon2id verification: time tells nothing either.
  if (!allowed || rows.empty() || rows[0].integer(2) != 0) {
    TRY(verify_password(kDecoyHash, password));
    return bad_credentials();
  }
  std::int64_t user_id = rows[0].integer(0);
  if (!TRY(verify_password(rows[0].text(1), password))) return bad_credentials();
  bool second_factor = false;
  {
    Lease conn = db_.acquire();
    if (TRY(has_second_factor(*conn, user_id))) {
      if (!code) {
        return Error{ErrorCode::unauthenticated,
                     "Saisissez le code de votre application d'authentification.", "code"};
      }
      if (!TRY(verify_second_factor(*conn, user_id, *code, clock_.now()))) {
        return Error{ErrorCode::unauthenticated, "Code incorrect ou déjà utilisé.", "code"};
      }
      second_factor = true;
    }
  }
  std::string token = random_token();
  return db_.in_transaction([&](Connection& conn) -> Result<LoginResult> {
    std::int64_t now = clock_.now();
    TRY_VOID(forget_attempts(conn, login, origin));
    TRY(conn.query("DELETE FROM sessions WHERE expires_at <= ?", {now}));
    std::string csrf = random_token();
    TRY(conn.query(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, "
        "expires_at, second_factor) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {token_digest(token), user_id, csrf, now, now, now + policy_.absolute_timeout,
         std::int64_t{second_factor ? 1 : 0}}));
    Actor actor = TRY(users_.load_actor(conn, user_id));
    actor.second_factor = second_factor;
    actor.must_enrol = TRY(must_enrol(conn, actor));
    actor.session_digest = token_digest(token);
    actor.csrf_token = csrf;
    return LoginResult{std::move(actor), token};
  });
}

Result<Actor> SessionService::resolve(const std::string& token) {
  Error expired{ErrorCode::unauthenticated, "Session expirée : reconnectez-vous.", std::nullopt};
  std::string digest = token_digest(token);
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query(
      "SELECT user_id, csrf_token, last_seen_at, expires_at, second_factor, stepped_up_at "
      "FROM sessions WHERE token_hash = ?",
      {digest}));
  if (rows.empty()) return expired;
  std::int64_t now = clock_.now();
  std::int64_t last_seen = rows[0].integer(2);
  if (rows[0].integer(3) <= now || last_seen + policy_.idle_timeout <= now) {
    TRY(conn->query("DELETE FROM sessions WHERE token_hash = ?", {digest}));
    return expired;
  }
  // Touch at most once a minute: a read-mostly API should not write on every request.
  // Skipped, not waited for, while another writer holds the store (a long SSMSI import on
  // SQLite): a missed touch costs nothing, a stalled request does.
  if (now - last_seen >= 60) {
    Value params[] = {now, digest};
    (void)conn->query_no_wait("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", params);
  }
  Actor actor = TRY(users_.load_actor(*conn, rows[0].integer(0)));
  actor.session_digest = digest;
  actor.csrf_token = rows[0].text(1);
  actor.second_factor = rows[0].integer(4) != 0;
  actor.stepped_up_at = rows[0].integer(5);
  actor.must_enrol = TRY(must_enrol(*conn, actor));
  return actor;
}

Result<bool> SessionService::must_enrol(Connection& conn, const Actor& actor) {
  if (actor.second_factor) return false;
  bool dpo = std::ranges::any_of(actor.roles, [](const auto& r) { return r.second == Role::dpo; });
  if (dpo) return true;
  return second_factor_rule_ ? second_factor_rule_(conn, actor) : Result<bool>(false);
}

Result<void> SessionService::logout(const std::string& session_digest) {
  Lease conn = db_.acquire();
  TRY(conn->query("DELETE FROM sessions WHERE token_hash = ?", {session_digest}));
  return success();
}

}  // namespace vigie
