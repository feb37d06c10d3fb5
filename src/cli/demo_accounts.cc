#include "cli/demo_accounts.h"

namespace vigie::cli {

Result<void> add_account(App& app, const std::string& login, const std::string& name,
                         const std::string& password, Role role,
                         const std::vector<std::int64_t>& territories) {
  auto created = app.users().add(login, name, password);
  if (!created && created.error().code != ErrorCode::conflict) return created.error();
  for (std::int64_t territory : territories)
    TRY_VOID(app.users().grant(login, territory, role));
  return success();
}

}  // namespace vigie::cli
