#pragma once

#include <map>
#include <optional>

#include "diagnostic/model.h"
#include "store/connection.h"

/// The SQL of the SSMSI bases (migration 0016): editions, which edition holds each (level,
/// year), indicators, and the bulk load of figures.
namespace vigie::ssmsi_repository {

Result<std::optional<SsmsiEdition>> edition_by_sha(Connection& conn, const std::string& sha256);
Result<std::vector<SsmsiEdition>> editions(Connection& conn);
Result<std::int64_t> insert_edition(Connection& conn, const SsmsiEdition& e);
/// Years, counts and zones, once the file is read.
Result<void> complete_edition(Connection& conn, const SsmsiEdition& e);

/// The edition that holds a level's year, if any.
Result<std::optional<SsmsiEdition>> holder_of_year(Connection& conn, SsmsiLevel level, int year);
/// Removes a level's figures of one year (and their populations and masked means) and names
/// `edition_id` as their holder from now on.
Result<void> take_year(Connection& conn, SsmsiLevel level, int year, std::int64_t edition_id);
/// Marks `replaced_at` on editions that hold no year any more.
Result<std::vector<std::int64_t>> mark_replaced(Connection& conn, const std::string& now);

/// Indicator ids by label.
Result<std::map<std::string, std::int64_t>> indicator_ids(Connection& conn);
Result<std::int64_t> insert_indicator(Connection& conn, const std::string& label,
                                      const std::string& unit, bool per_dwellings);

/// Bulk writers: figures (level, year, indicator_id, zone, count, rate, published),
/// populations (level, year, zone, population, population_year, dwellings, dwellings_year),
/// masked means (year, indicator_id, departement, mean_count, mean_rate).
Result<std::unique_ptr<BulkWriter>> figure_writer(Connection& conn);
Result<std::unique_ptr<BulkWriter>> population_writer(Connection& conn);
Result<std::unique_ptr<BulkWriter>> masked_mean_writer(Connection& conn);

}  // namespace vigie::ssmsi_repository
