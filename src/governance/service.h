#pragma once

#include "auth/actor.h"
#include "core/clock.h"
#include "governance/model.h"
#include "partner/service.h"
#include "store/database.h"
#include "strategy/service.h"

namespace vigie {

/// The council's bodies and their members.
class GovernanceService {
 public:
  GovernanceService(Database& db, const Clock& clock, PartnerService& partners,
                    StrategyService& strategies)
      : db_(db), clock_(clock), partners_(partners), strategies_(strategies) {}

  Result<std::vector<Body>> list(const Actor& actor, std::int64_t territory_id);
  Result<Body> get(const Actor& actor, std::int64_t id);
  Result<Body> create(const Actor& actor, const Body& body);
  /// Inside a transaction someone else opened (the demo's import); validates like create().
  Result<std::int64_t> create_in(Connection& conn, const Actor& actor, const Body& body);
  Result<Body> update(const Actor& actor, Body body, std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);
  Result<BodyMember> add_member(const Actor& actor, const BodyMember& member);
  Result<BodyMember> update_member(const Actor& actor, BodyMember member,
                                   std::int64_t expected_version);

  Result<std::vector<Meeting>> meetings(const Actor& actor, std::int64_t body_id);
  Result<Meeting> add_meeting(const Actor& actor, const Meeting& meeting);
  Result<Meeting> update_meeting(const Actor& actor, Meeting meeting,
                                 std::int64_t expected_version);
  Result<void> remove_meeting(const Actor& actor, std::int64_t id);
  /// The body's standing against its frequency today (by the injected clock).
  Result<Rhythm> rhythm(const Actor& actor, std::int64_t body_id);
  Result<std::vector<std::string>> proposed_dates(const Actor& actor, std::int64_t body_id,
                                                  int count);

 private:
  Result<Body> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                            Permission permission);
  Result<void> check_body(Connection& conn, const Body& body);

  Database& db_;
  const Clock& clock_;
  PartnerService& partners_;
  StrategyService& strategies_;
};

}  // namespace vigie
