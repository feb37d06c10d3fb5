#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "auth/roles.h"
#include "core/result.h"

namespace vigie {

/// Who is making a request: the user, their role in each territory, and their session.
/// An anonymous actor has user_id 0 and no roles.
struct Actor {
  std::int64_t user_id = 0;
  std::string login;
  std::string display_name;
  std::map<std::int64_t, Role> roles;  // territory id → role
  std::string session_digest;
  std::string csrf_token;
  std::string origin;              // where the request came from (address), for journals
  bool second_factor = false;      // the session was opened (or confirmed) with TOTP
  std::int64_t stepped_up_at = 0;  // when the user last proved it was them again
  bool must_enrol = false;         // must have a second factor and has not: enrolment screen only

  bool authenticated() const { return user_id != 0; }
  bool can(Permission permission, std::int64_t territory_id) const;
  bool can_anywhere(Permission permission) const;
  std::vector<std::int64_t> territories_with(Permission permission) const;
};

/// The check every service makes before touching a record of `territory_id`: a territory where
/// the actor holds no role is answered 404, so that its records' existence is not revealed;
/// a role without the permission, 403.
Result<void> require(const Actor& actor, Permission permission, std::int64_t territory_id);

}  // namespace vigie
