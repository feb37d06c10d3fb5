#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "auth/roles.h"

namespace vigie {

enum class Access {
  open,           // anyone, no session (health, login)
  authenticated,  // any signed-in user
  permission,     // a signed-in user holding `permission` in at least one territory
  need_to_know,   // as `permission`, then the service asks more: membership of the record's
                  // body, a session opened with the second factor; refusals are journaled
};

struct AccessRule {
  std::string_view method;
  std::string_view pattern;
  Access access;
  std::optional<Permission> permission;
};

/// Every route of the API must appear here; a route without a rule is refused (deny by
/// default) and fails the authorization test. Per-territory checks follow in the services.
const std::vector<AccessRule>& access_rules();
const AccessRule* find_access_rule(std::string_view method, std::string_view pattern);
/// What a session that must enrol a second factor can still do: see who it is, enrol, leave.
bool reachable_before_enrolment(std::string_view method, std::string_view pattern);

}  // namespace vigie
