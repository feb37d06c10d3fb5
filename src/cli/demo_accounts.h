#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/app.h"
#include "auth/roles.h"
#include "core/result.h"

namespace vigie::cli {

/// Creates the account `login` — one already there is kept, so `vigie demo` can run again — and
/// grants it `role` on each of `territories` (ids). The demo's and the generated installation's
/// own sign-in accounts. Errors: the user service's (a weak password: 400 "password").
Result<void> add_account(App& app, const std::string& login, const std::string& name,
                         const std::string& password, Role role,
                         const std::vector<std::int64_t>& territories);

}  // namespace vigie::cli
