#pragma once

#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "diagnostic/service.h"
#include "governance/service.h"
#include "journal/service.h"
#include "participation/model.h"
#include "store/database.h"
#include "territory/service.h"

namespace vigie {

/// Participation citoyenne (issue 17 §2): a territory's protocols (term and tacit renewal from
/// data/dispositifs/participation.json), their area, referent officer, body, and citizen
/// referents; the renewal alert by the injected clock; the yearly bilan the maire presents.
///
/// Who: protocols, alerts and the bilan (counts only) are read by every role of the territory
/// (`strategy.read`) and written by `partner.write` (administrateur, coordonnateur); the
/// referents' contact data are read and written by `partner.write` only, journaled.
class ParticipationService {
 public:
  ParticipationService(Database& db, const Clock& clock, JournalService& journal,
                       TerritoryService& territories, GovernanceService& governance,
                       DiagnosticService& diagnostics)
      : db_(db), clock_(clock), journal_(journal), territories_(territories),
        governance_(governance), diagnostics_(diagnostics) {}

  Result<std::vector<CitizenProtocol>> list(const Actor& actor, std::int64_t territory_id);
  Result<CitizenProtocol> get(const Actor& actor, std::int64_t id);
  /// 400 naming the field: a commune outside the territory or none, a body of another
  /// territory, a signature in the future, an end before the signature.
  Result<CitizenProtocol> create(const Actor& actor, CitizenProtocol protocol);
  Result<CitizenProtocol> update(const Actor& actor, CitizenProtocol protocol,
                                 std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);

  Result<std::vector<CitizenReferent>> referents(const Actor& actor, std::int64_t protocol_id);
  /// 400 naming the field: consent in the future or missing, leaving before consenting. A
  /// referent who leaves keeps only name and days (phone and e-mail are erased).
  Result<CitizenReferent> add_referent(const Actor& actor, CitizenReferent referent);
  Result<CitizenReferent> update_referent(const Actor& actor, CitizenReferent referent,
                                          std::int64_t expected_version);
  /// Erases the referent (consent withdrawn): nothing of them stays.
  Result<void> remove_referent(const Actor& actor, std::int64_t id);

  /// The territory's protocols whose term ends within the rules' months.
  Result<std::vector<ProtocolAlert>> alerts(const Actor& actor, std::int64_t territory_id);
  /// The year's public bilan (this year when none): 400 "year" outside the protocol's signature
  /// year..this year.
  Result<CitizenBilan> bilan(const Actor& actor, std::int64_t protocol_id, std::optional<int> year);

 private:
  std::string today() const;
  Result<CitizenProtocol> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                                       Permission permission);
  Result<void> check(Connection& conn, const Actor& actor, const CitizenProtocol& protocol);
  Result<CitizenReferent> load_referent(Connection& conn, const Actor& actor, std::int64_t id,
                                        CitizenProtocol& protocol);

  Database& db_;
  const Clock& clock_;
  JournalService& journal_;
  TerritoryService& territories_;
  GovernanceService& governance_;
  DiagnosticService& diagnostics_;
};

}  // namespace vigie
