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

Result<bool> GovernanceService::is_signatory_contact_in(Connection& conn, std::int64_t contact_id,
                                                        std::int64_t body_id) {
  return repo::is_signed_contact(conn, body_id, contact_id, today());
}

Result<bool> GovernanceService::signs_confidential_body(Connection& conn, const Actor& actor) {
  return repo::signs_confidential_body(conn, actor.user_id, today());
}

Result<bool> GovernanceService::is_president_in(Connection& conn, const Actor& actor,
                                                std::int64_t body_id) {
  return repo::is_signed_president(conn, body_id, actor.user_id, today());
}

Result<std::vector<std::int64_t>>
GovernanceService::signatory_bodies_in(Connection& conn, const Actor& actor,
                                       std::int64_t territory_id) {
  return repo::signed_bodies(conn, territory_id, actor.user_id, today());
}

}  // namespace vigie
