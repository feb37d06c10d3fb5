// Membership questions other modules ask (the follow-up records' need-to-know).
#include "governance/repository.h"
#include "governance/service.h"

namespace vigie {
namespace repo = governance_repository;

Result<std::optional<Body>> GovernanceService::body_in(Connection& conn, std::int64_t body_id) {
  return repo::find(conn, body_id);
}

Result<bool> GovernanceService::is_signatory_in(Connection& conn, const Actor& actor,
                                                std::int64_t body_id) {
  return repo::is_signed_member(conn, body_id, actor.user_id, today());
}

Result<bool> GovernanceService::is_president_in(Connection& conn, const Actor& actor,
                                                std::int64_t body_id) {
  return repo::is_signed_president(conn, body_id, actor.user_id, today());
}

Result<std::vector<std::int64_t>>
GovernanceService::signatory_bodies_in(Connection& conn, const Actor& actor,
                                       std::int64_t territory_id) {
  std::vector<std::int64_t> out;
  for (const Body& b : TRY(repo::list(conn, territory_id))) {
    if (TRY(repo::is_signed_member(conn, b.id, actor.user_id, today()))) out.push_back(b.id);
  }
  return out;
}

}  // namespace vigie
