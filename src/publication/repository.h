#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "publication/model.h"
#include "store/connection.h"

namespace vigie::publication_repository {

/// What is published of one strategy (every part false and no bilan when nothing is).
Result<Publication> load(Connection& conn, std::int64_t strategy_id);

/// Replaces what is published of `p.strategy_id` (of `territory_id`) with `p`, stamped with its
/// `published_at` and `published_by`.
Result<void> save(Connection& conn, std::int64_t territory_id, const Publication& p);

/// What is published of each of the territory's strategies that publishes anything, by id.
Result<std::vector<Publication>> in_territory(Connection& conn, std::int64_t territory_id);

/// The territory of a strategy that publishes anything; none otherwise.
Result<std::optional<std::int64_t>> territory_of(Connection& conn, std::int64_t strategy_id);

}  // namespace vigie::publication_repository
