#include "auth/grant.h"

namespace vigie::grant {

bool is_decision(std::string_view decision) {
  return decision == kConfirmed || decision == kRefused;
}

Result<void> check_decider(const Actor& actor, const Parties& parties, std::string_view state) {
  if (state != kPending) {
    return Error::conflict("Ce changement n'est pas en attente de confirmation.");
  }
  if (parties.requested_by == actor.user_id) {
    return Error::forbidden(
        "Un autre que vous doit confirmer un changement que vous avez demandé.");
  }
  if (parties.beneficiary == actor.user_id) {
    return Error::forbidden("Vous ne pouvez pas confirmer un accès qui vous est destiné.");
  }
  return success();
}

Result<std::vector<std::int64_t>> holders(Connection& conn, std::int64_t territory_id,
                                          Permission permission) {
  Rows rows = TRY(conn.query("SELECT r.user_id, r.role FROM role_assignments r JOIN users u ON "
                             "u.id = r.user_id WHERE r.territory_id = ? AND u.disabled = 0 "
                             "ORDER BY r.user_id",
                             {territory_id}));
  std::vector<std::int64_t> ids;
  for (const Row& r : rows) {
    auto role = parse_role(r.text(1));
    if (role && role_allows(*role, permission)) ids.push_back(r.integer(0));
  }
  return ids;
}

std::vector<std::int64_t> others(std::vector<std::int64_t> ids, const Parties& parties) {
  std::erase_if(ids, [&](std::int64_t id) {
    return id == parties.requested_by || id == parties.beneficiary;
  });
  return ids;
}

}  // namespace vigie::grant
