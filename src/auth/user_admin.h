#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/user_service.h"

namespace vigie {

/// A user as an administrator of one territory sees them.
struct TerritoryMember {
  std::int64_t id = 0;
  std::string login;
  std::string display_name;
  bool disabled = false;
  std::string role;
};

/// Account administration by the administrators of a territory: they see and manage the roles
/// of their territory only; disabling an account needs administration rights over every
/// territory where it holds a role; nobody can lock themselves out.
class UserAdministration {
 public:
  UserAdministration(Database& db, UserService& users) : db_(db), users_(users) {}

  Result<std::vector<TerritoryMember>> members(const Actor& actor, std::int64_t territory_id);
  Result<TerritoryMember> create(const Actor& actor, const std::string& login,
                                 const std::string& display_name, const std::string& password,
                                 std::int64_t territory_id, Role role);
  Result<void> set_role(const Actor& actor, std::int64_t user_id, std::int64_t territory_id,
                        Role role);
  Result<void> revoke(const Actor& actor, std::int64_t user_id, std::int64_t territory_id);
  Result<void> set_disabled(const Actor& actor, std::int64_t user_id, bool disabled);
  /// The actor's own password (see UserService::change_own_password).
  Result<void> change_own_password(const Actor& actor, const std::string& current,
                                   const std::string& replacement) {
    return users_.change_own_password(actor.user_id, current, replacement);
  }
  /// A new password for another account (an administrator of every territory where it holds a
  /// role; never one's own: 409). Its sessions end; journaled in each territory.
  Result<void> reset_password(const Actor& actor, std::int64_t user_id,
                              const std::string& password);
  /// Removes another account's second factor (lost phone): it enrols again. Journaled.
  Result<void> reset_second_factor(const Actor& actor, std::int64_t user_id);

  /// Where resets are journaled (the territory's audit journal; given by the composition root,
  /// which auth/ does not depend on): (actor, territory, event, subject).
  using Journal = std::function<Result<void>(const Actor&, std::int64_t, const std::string&,
                                             const std::string&)>;
  void journal_to(Journal journal) { journal_ = std::move(journal); }
  /// Called after a reset of another account's password or second factor (the composition root
  /// suspends the account's contact links until someone else confirms them again).
  using AfterReset = std::function<Result<void>(const Actor&, std::int64_t)>;
  void after_reset(AfterReset hook) { after_reset_ = std::move(hook); }

 private:
  Result<std::string> login_of(Connection& conn, std::int64_t user_id);
  /// The account holds a role in the territory, or in one the actor administers: else 404.
  Result<void> check_reachable(Connection& conn, const Actor& actor, std::int64_t user_id,
                               std::int64_t territory_id);
  /// The account's login, once the actor administers every territory where it holds a role.
  Result<std::pair<std::string, std::vector<std::int64_t>>> administered(const Actor& actor,
                                                                         std::int64_t user_id);
  /// The event once in each territory's journal.
  Result<void> journal_each(const Actor& actor, const std::vector<std::int64_t>& territories,
                            const std::string& event, const std::string& login);
  Journal journal_;
  AfterReset after_reset_;

  Database& db_;
  UserService& users_;
};

}  // namespace vigie
