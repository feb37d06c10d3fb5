#pragma once

#include <map>
#include <optional>
#include <vector>

#include "observatory/problem.h"
#include "store/connection.h"

/// The problem board's SQL.
namespace vigie::problem_repository {

Result<std::optional<Problem>> find(Connection& conn, std::int64_t id);
/// The territory's problems, newest first; only those of `organisations` when given.
Result<std::vector<Problem>> list(Connection& conn, std::int64_t territory_id,
                                  const std::optional<std::vector<std::int64_t>>& organisations);
Result<std::vector<ProblemStep>> steps(Connection& conn, std::int64_t problem_id);
/// Every step of the territory's problems, by problem id, oldest first (one query for a list).
Result<std::map<std::int64_t, std::vector<ProblemStep>>>
steps_in_territory(Connection& conn, std::int64_t territory_id);
Result<std::int64_t> insert(Connection& conn, const Problem& p, std::optional<std::int64_t> by);
/// Returns false when `expected_version` is stale.
Result<bool> update(Connection& conn, const Problem& p, std::int64_t expected_version);
Result<void> add_step(Connection& conn, std::int64_t problem_id, const std::string& at,
                      const std::string& status, const std::optional<std::string>& note,
                      std::optional<std::int64_t> author);
Result<void> remove(Connection& conn, std::int64_t id);

}  // namespace vigie::problem_repository
