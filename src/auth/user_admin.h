#pragma once

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

 private:
  Result<std::string> login_of(Connection& conn, std::int64_t user_id);

  Database& db_;
  UserService& users_;
};

}  // namespace vigie
