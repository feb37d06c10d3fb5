#pragma once

#include <cstdint>
#include <string>

#include "auth/actor.h"
#include "core/clock.h"
#include "store/database.h"

namespace vigie {

/// Accounts: creation, passwords, disabling, roles per territory (used by the CLI and the
/// demo), and loading the Actor of a signed-in user.
class UserService {
 public:
  UserService(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<std::int64_t> add(const std::string& login, const std::string& display_name,
                           const std::string& password);
  Result<void> set_password(const std::string& login, const std::string& password);
  /// A person changing their own password: the current one first (400 naming
  /// `current_password` when wrong), then the policy on the new one (`new_password`). Every
  /// session of the account ends, this one included.
  Result<void> change_own_password(std::int64_t user_id, const std::string& current,
                                   const std::string& replacement);
  /// Removes the account's second factor and recovery codes and ends its sessions: at the next
  /// login it enrols again if its place requires one.
  Result<void> reset_second_factor(const std::string& login);
  Result<void> set_disabled(const std::string& login, bool disabled);
  Result<void> grant(const std::string& login, std::int64_t territory_id, Role role);
  Result<Actor> load_actor(Connection& conn, std::int64_t user_id);
  /// The account of that login, inside the caller's transaction; 404 when none.
  Result<std::int64_t> find_id(Connection& conn, const std::string& login);

 private:
  Database& db_;
  const Clock& clock_;
};

/// Logins are 2 to 64 characters among a-z, 0-9, '.', '_' and '-'.
Result<void> check_login(const std::string& login);

}  // namespace vigie
