#include "auth/user_service.h"

#include "auth/password.h"
#include "core/text.h"

namespace vigie {

Result<void> check_login(const std::string& login) {
  bool ok = login.size() >= 2 && login.size() <= 64;
  for (char c : login) {
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  }
  if (!ok) {
    return Error::invalid(
        "L'identifiant doit compter 2 à 64 caractères parmi a-z, 0-9, « . », « _ » et « - ».",
        "login");
  }
  return success();
}

Result<std::int64_t> UserService::find_id(Connection& conn, const std::string& login) {
  Rows rows = TRY(conn.query("SELECT id FROM users WHERE login = ?", {login}));
  if (rows.empty()) return Error::not_found("Utilisateur inconnu : " + login);
  return rows[0].integer(0);
}

Result<std::int64_t> UserService::add(const std::string& login, const std::string& display_name,
                                      const std::string& password) {
  TRY_VOID(check_login(login));
  if (display_name.empty() || utf8_length(display_name) > 200) {
    return Error::invalid("Le nom affiché doit compter 1 à 200 caractères.", "display_name");
  }
  TRY_VOID(check_password_policy(password, "password", login));
  std::string hash = TRY(hash_password(password));
  return db_.in_transaction([&](Connection& conn) -> Result<std::int64_t> {
    Rows existing = TRY(conn.query("SELECT 1 FROM users WHERE login = ?", {login}));
    if (!existing.empty()) return Error::conflict("Cet identifiant existe déjà.", "login");
    Rows rows = TRY(conn.query(
        "INSERT INTO users (login, display_name, password_hash, created_at) VALUES (?, ?, ?, ?) "
        "RETURNING id",
        {login, display_name, hash, format_timestamp(clock_.now())}));
    return rows.at(0).integer(0);
  });
}

Result<void> UserService::set_password(const std::string& login, const std::string& password) {
  TRY_VOID(check_password_policy(password, "password", login));
  std::string hash = TRY(hash_password(password));
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    std::int64_t id = TRY(find_id(conn, login));
    TRY(conn.query("DELETE FROM login_attempts WHERE login = ?", {login}));
    TRY(conn.query("UPDATE users SET password_hash = ? WHERE id = ?", {hash, id}));
    // A new password ends every open session of the account.
    TRY(conn.query("DELETE FROM sessions WHERE user_id = ?", {id}));
    return success();
  });
}

Result<void> UserService::change_own_password(std::int64_t user_id, const std::string& current,
                                              const std::string& replacement) {
  Rows rows;
  {
    Lease conn = db_.acquire();
    rows = TRY(conn->query("SELECT login, password_hash FROM users WHERE id = ?", {user_id}));
  }
  if (rows.empty()) return Error::not_found("Utilisateur introuvable.");
  if (!TRY(verify_password(rows[0].text(1), current))) {
    return Error::invalid("Mot de passe actuel incorrect.", "current_password");
  }
  if (current == replacement) {
    return Error::invalid("Choisissez un mot de passe différent de l'actuel.", "new_password");
  }
  TRY_VOID(check_password_policy(replacement, "new_password", rows[0].text(0)));
  return set_password(rows[0].text(0), replacement);
}

Result<void> UserService::reset_second_factor(const std::string& login) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    std::int64_t id = TRY(find_id(conn, login));
    TRY(conn.query("DELETE FROM user_totp WHERE user_id = ?", {id}));
    TRY(conn.query("DELETE FROM recovery_codes WHERE user_id = ?", {id}));
    TRY(conn.query("DELETE FROM sessions WHERE user_id = ?", {id}));
    return success();
  });
}

Result<void> UserService::set_disabled(const std::string& login, bool disabled) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    std::int64_t id = TRY(find_id(conn, login));
    TRY(conn.query("UPDATE users SET disabled = ? WHERE id = ?",
                   {static_cast<std::int64_t>(disabled ? 1 : 0), id}));
    if (disabled) TRY(conn.query("DELETE FROM sessions WHERE user_id = ?", {id}));
    return success();
  });
}

Result<void> UserService::grant(const std::string& login, std::int64_t territory_id, Role role) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    std::int64_t id = TRY(find_id(conn, login));
    Rows territory = TRY(conn.query("SELECT 1 FROM territories WHERE id = ?", {territory_id}));
    if (territory.empty()) {
      return Error::not_found("Territoire inconnu : " + std::to_string(territory_id));
    }
    TRY(conn.query("DELETE FROM role_assignments WHERE user_id = ? AND territory_id = ?",
                   {id, territory_id}));
    TRY(conn.query("INSERT INTO role_assignments (user_id, territory_id, role) VALUES (?, ?, ?)",
                   {id, territory_id, std::string(role_name(role))}));
    return success();
  });
}

Result<Actor> UserService::load_actor(Connection& conn, std::int64_t user_id) {
  Rows rows =
      TRY(conn.query("SELECT login, display_name, disabled FROM users WHERE id = ?", {user_id}));
  if (rows.empty() || rows[0].integer(2) != 0) {
    return Error{ErrorCode::unauthenticated, "Session expirée ou compte désactivé.", {}};
  }
  Actor actor;
  actor.user_id = user_id;
  actor.login = rows[0].text(0);
  actor.display_name = rows[0].text(1);
  Rows roles = TRY(
      conn.query("SELECT territory_id, role FROM role_assignments WHERE user_id = ?", {user_id}));
  for (const Row& r : roles) {
    if (auto role = parse_role(r.text(1))) actor.roles[r.integer(0)] = *role;
  }
  return actor;
}

}  // namespace vigie
