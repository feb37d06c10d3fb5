#include "auth/session_service.h"

#include <algorithm>

#include "auth/password.h"
#include "auth/second_factor.h"

namespace vigie {
namespace {

Error bad_credentials() {
  return {ErrorCode::unauthenticated, "Identifiant ou mot de passe incorrect.", std::nullopt};
}

// Verifying against a fixed hash when the login is unknown keeps the answer time the same,
// so that response times do not tell which logins exist.
const std::string& decoy_hash() {
  static const std::string hash = hash_password("vigie-decoy-password").value();
  return hash;
}

}  // namespace

Result<void> SessionService::record_failure(std::int64_t user_id, std::int64_t failed_logins) {
  Lease conn = db_.acquire();
  if (failed_logins + 1 >= policy_.max_failed_logins) {
    TRY(conn->query("UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?",
                    {clock_.now() + policy_.lockout, user_id}));
  } else {
    TRY(conn->query("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?", {user_id}));
  }
  return success();
}

Result<LoginResult> SessionService::login(const std::string& login, const std::string& password,
                                          const std::optional<std::string>& code) {
  Rows rows;
  {
    Lease conn = db_.acquire();
    rows = TRY(conn->query("SELECT id, password_hash, disabled, failed_logins, locked_until FROM "
                           "users WHERE login = ?",
                           {login}));
  }
  if (rows.empty() || rows[0].integer(2) != 0) {
    verify_password(decoy_hash(), password);
    return bad_credentials();
  }
  std::int64_t user_id = rows[0].integer(0);
  if (rows[0].integer(4) > clock_.now()) {
    return Error{ErrorCode::throttled,
                 "Trop de tentatives de connexion échouées : réessayez dans quelques minutes.",
                 std::nullopt};
  }
  if (!verify_password(rows[0].text(1), password)) {
    TRY_VOID(record_failure(user_id, rows[0].integer(3)));
    return bad_credentials();
  }
  bool second_factor = false;
  {
    Lease conn = db_.acquire();
    if (TRY(has_second_factor(*conn, user_id))) {
      if (!code) {
        return Error{ErrorCode::unauthenticated,
                     "Saisissez le code de votre application d'authentification.", "code"};
      }
      if (!TRY(verify_second_factor(*conn, user_id, *code, clock_.now()))) {
        TRY_VOID(record_failure(user_id, rows[0].integer(3)));
        return Error{ErrorCode::unauthenticated, "Code incorrect ou déjà utilisé.", "code"};
      }
      second_factor = true;
    }
  }
  std::string token = random_token();
  return db_.in_transaction([&](Connection& conn) -> Result<LoginResult> {
    std::int64_t now = clock_.now();
    TRY(conn.query("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?", {user_id}));
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
  if (now - last_seen >= 60) {
    TRY(conn->query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {now, digest}));
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
