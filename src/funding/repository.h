#pragma once

#include <optional>
#include <vector>

#include "funding/model.h"
#include "store/connection.h"

namespace vigie::funding_repository {

/// Requests with their fiche's territory, number, title and axis filled in.
Result<std::optional<FundingRequest>> find(Connection& conn, std::int64_t id);
Result<std::vector<FundingRequest>> list_for_action(Connection& conn, std::int64_t action_id);
/// The territory's requests, of one year or all, by year then fiche number.
Result<std::vector<FundingRequest>> list_for_territory(Connection& conn, std::int64_t territory_id,
                                                       std::optional<std::int64_t> year);
Result<std::int64_t> insert(Connection& conn, const FundingRequest& request);
/// False when `expected_version` is stale.
Result<bool> update(Connection& conn, const FundingRequest& request, std::int64_t expected_version);
Result<void> remove(Connection& conn, std::int64_t id);

/// The territory's settings (none stored: no local cap).
Result<FundingSettings> settings(Connection& conn, std::int64_t territory_id);
Result<void> save_settings(Connection& conn, const FundingSettings& settings);

}  // namespace vigie::funding_repository
