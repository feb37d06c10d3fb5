#pragma once

#include <optional>
#include <vector>

#include "participation/model.h"
#include "store/connection.h"

namespace vigie::participation_repository {

Result<std::optional<CitizenProtocol>> find(Connection& conn, std::int64_t id);
Result<std::vector<CitizenProtocol>> list(Connection& conn, std::int64_t territory_id);
Result<std::int64_t> insert(Connection& conn, const CitizenProtocol& p);
/// False when `expected_version` is stale.
Result<bool> update(Connection& conn, const CitizenProtocol& p, std::int64_t expected_version);
Result<void> remove(Connection& conn, std::int64_t id);

Result<std::vector<CitizenReferent>> referents(Connection& conn, std::int64_t protocol_id);
Result<std::optional<CitizenReferent>> find_referent(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_referent(Connection& conn, const CitizenReferent& r);
Result<bool> update_referent(Connection& conn, const CitizenReferent& r,
                             std::int64_t expected_version);
/// Destroys the referent's data (consent withdrawn).
Result<void> remove_referent(Connection& conn, std::int64_t id);

}  // namespace vigie::participation_repository
