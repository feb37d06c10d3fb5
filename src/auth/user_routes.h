#pragma once

#include "auth/user_admin.h"
#include "http/router.h"

namespace vigie {

/// Account administration for the administrators of a territory (/api/v1/users...).
void add_user_routes(Router& router, UserAdministration& admin);

}  // namespace vigie
