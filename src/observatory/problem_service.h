#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "observatory/problem.h"
#include "partner/service.h"
#include "store/database.h"
#include "strategy/service.h"
#include "territory/service.h"

namespace vigie {

/// The problem board. Coordonnateurs open, assign, edit, close and delete problems; the partner
/// in charge sees the problems assigned to their organisation and records steps (pris en charge,
/// en cours, résolu) with a note; élus and lecteurs read the board. Notes and titles refuse what
/// looks like a person (core/nominative.h), as incidents do.
class ProblemService {
 public:
  ProblemService(Database& db, const Clock& clock, PartnerService& partners,
                 StrategyService& strategies, TerritoryService& territories);

  /// `open_only`: without the solved and closed ones.
  Result<std::vector<Problem>> list(const Actor& actor, std::int64_t territory_id, bool open_only);
  Result<Problem> get(const Actor& actor, std::int64_t id);
  /// Errors (400 naming the field): an organisation, category or fiche of another territory,
  /// neither point nor place, a point more than a kilometre outside the territory's contours
  /// (when loaded), a due date before the opening.
  Result<Problem> create(const Actor& actor, Problem problem);
  Result<Problem> update(const Actor& actor, Problem problem, std::int64_t expected_version);
  /// A step: a status of kProblemStatuses and an optional note. 403 for a partner who is not in
  /// charge, or who would close; 400 "status" for an unknown status.
  Result<Problem> add_step(const Actor& actor, std::int64_t id, const std::string& status,
                           const std::optional<std::string>& note);
  Result<void> remove(const Actor& actor, std::int64_t id);
  /// Per organisation: open, late, solved problems and the median days to solve them.
  Result<std::vector<ProblemBoardLine>> board(const Actor& actor, std::int64_t territory_id);

 private:
  Result<std::optional<std::vector<std::int64_t>>>
  assigned_only(Connection& conn, const Actor& actor, std::int64_t territory_id);
  Result<Problem> load(Connection& conn, const Actor& actor, std::int64_t id);
  Result<void> check(Connection& conn, Problem& p, const std::optional<geo::Area>& area);
  /// The edit in words for the problem's steps ("Modifié : confié à …"); empty when nothing a
  /// reader follows changed.
  Result<std::string> changes_of(Connection& conn, const Problem& before, const Problem& after);
  Problem with_state(Problem p) const;

  Database& db_;
  const Clock& clock_;
  PartnerService& partners_;
  StrategyService& strategies_;
  TerritoryService& territories_;
};

}  // namespace vigie
