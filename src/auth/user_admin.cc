#include "auth/user_admin.h"

namespace vigie {
namespace {
Error self_lockout() {
  return Error::conflict("Vous ne pouvez pas retirer vos propres droits d'administration.");
}
}  // namespace

Result<std::string> UserAdministration::login_of(Connection& conn, std::int64_t user_id) {
  Rows rows = TRY(conn.query("SELECT login FROM users WHERE id = ?", {user_id}));
  if (rows.empty()) return Error::not_found("Utilisateur introuvable.");
  return rows[0].text(0);
}

// An account of another territory joins this one only with the consent of an administrator of a
// territory where it already holds a role: the actor must be one. Otherwise the same 404 as an
// unknown id, so that trying ids tells nothing of the accounts elsewhere (issue 12 §1).
Result<void> UserAdministration::check_reachable(Connection& conn, const Actor& actor,
                                                 std::int64_t user_id, std::int64_t territory_id) {
  Rows held =
      TRY(conn.query("SELECT territory_id FROM role_assignments WHERE user_id = ?", {user_id}));
  for (const Row& r : held) {
    std::int64_t t = r.integer(0);
    if (t == territory_id || actor.can(Permission::user_admin, t)) return success();
  }
  return Error::not_found("Utilisateur introuvable.");
}

Result<std::vector<TerritoryMember>> UserAdministration::members(const Actor& actor,
                                                                 std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::user_admin, territory_id));
  Lease conn = db_.acquire();
  Rows rows = TRY(conn->query(
      "SELECT u.id, u.login, u.display_name, u.disabled, r.role FROM users u JOIN "
      "role_assignments r ON r.user_id = u.id WHERE r.territory_id = ? ORDER BY u.login",
      {territory_id}));
  std::vector<TerritoryMember> out;
  for (const Row& r : rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.integer(3) != 0, r.text(4)});
  }
  return out;
}

Result<TerritoryMember> UserAdministration::create(const Actor& actor, const std::string& login,
                                                   const std::string& display_name,
                                                   const std::string& password,
                                                   std::int64_t territory_id, Role role) {
  TRY_VOID(require(actor, Permission::user_admin, territory_id));
  std::int64_t id = TRY(users_.add(login, display_name, password));
  TRY_VOID(users_.grant(login, territory_id, role));
  return TerritoryMember{id, login, display_name, false, std::string(role_name(role))};
}

Result<void> UserAdministration::set_role(const Actor& actor, std::int64_t user_id,
                                          std::int64_t territory_id, Role role) {
  TRY_VOID(require(actor, Permission::user_admin, territory_id));
  if (user_id == actor.user_id && role != Role::administrateur) return self_lockout();
  Lease conn = db_.acquire();
  std::string login = TRY(login_of(*conn, user_id));
  TRY_VOID(check_reachable(*conn, actor, user_id, territory_id));
  return users_.grant(login, territory_id, role);
}

Result<void> UserAdministration::revoke(const Actor& actor, std::int64_t user_id,
                                        std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::user_admin, territory_id));
  if (user_id == actor.user_id) return self_lockout();
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(login_of(conn, user_id));
    TRY_VOID(check_reachable(conn, actor, user_id, territory_id));
    TRY(conn.query("DELETE FROM role_assignments WHERE user_id = ? AND territory_id = ?",
                   {user_id, territory_id}));
    return success();
  });
}

Result<std::pair<std::string, std::vector<std::int64_t>>>
UserAdministration::administered(const Actor& actor, std::int64_t user_id) {
  Lease conn = db_.acquire();
  std::string login = TRY(login_of(*conn, user_id));
  Rows territories =
      TRY(conn->query("SELECT territory_id FROM role_assignments WHERE user_id = ?", {user_id}));
  if (territories.empty()) return Error::not_found("Utilisateur introuvable.");
  std::vector<std::int64_t> ids;
  for (const Row& r : territories) {
    TRY_VOID(require(actor, Permission::user_admin, r.integer(0)));
    ids.push_back(r.integer(0));
  }
  return std::pair{login, ids};
}

Result<void> UserAdministration::journal_each(const Actor& actor,
                                              const std::vector<std::int64_t>& territories,
                                              const std::string& event, const std::string& login) {
  if (!journal_) return success();
  for (std::int64_t t : territories)
    TRY_VOID(journal_(actor, t, event, "compte:" + login));
  return success();
}

Result<void> UserAdministration::set_disabled(const Actor& actor, std::int64_t user_id,
                                              bool disabled) {
  if (user_id == actor.user_id) return self_lockout();
  auto [login, territories] = TRY(administered(actor, user_id));
  return users_.set_disabled(login, disabled);
}

Result<void> UserAdministration::reset_password(const Actor& actor, std::int64_t user_id,
                                                const std::string& password) {
  if (user_id == actor.user_id) {
    return Error::conflict("Changez votre propre mot de passe depuis « Sécurité du compte ».");
  }
  auto [login, territories] = TRY(administered(actor, user_id));
  TRY_VOID(users_.set_password(login, password));
  if (after_reset_) TRY_VOID(after_reset_(actor, user_id));
  return journal_each(actor, territories, "compte.mot_de_passe_reinitialise", login);
}

Result<void> UserAdministration::reset_second_factor(const Actor& actor, std::int64_t user_id) {
  if (user_id == actor.user_id) {
    return Error::conflict("Vous ne pouvez pas retirer votre propre double authentification.");
  }
  auto [login, territories] = TRY(administered(actor, user_id));
  TRY_VOID(users_.reset_second_factor(login));
  if (after_reset_) TRY_VOID(after_reset_(actor, user_id));
  return journal_each(actor, territories, "compte.double_authentification_retiree", login);
}

}  // namespace vigie
