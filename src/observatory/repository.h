#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "observatory/model.h"
#include "store/connection.h"

/// The observatoire's SQL: categories and incidents (problems: problem_repository.h).
namespace vigie::observatory_repository {

/// Appends " AND <column> IN (?, …)" and its parameters (`ids` not empty).
void append_in(std::string& sql, std::vector<Value>& params, const std::string& column,
               const std::vector<std::int64_t>& ids);

Result<std::vector<IncidentCategory>> categories(Connection& conn, std::int64_t territory_id);
Result<std::optional<IncidentCategory>> find_category(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_category(Connection& conn, const IncidentCategory& c);
Result<void> update_category(Connection& conn, const IncidentCategory& c);
Result<void> remove_category(Connection& conn, std::int64_t id);

Result<std::optional<Incident>> find(Connection& conn, std::int64_t id);
/// The territory's incidents, by day then id; only those of `organisations` when given.
Result<std::vector<Incident>> list(Connection& conn, std::int64_t territory_id,
                                   const IncidentFilter& filter,
                                   const std::optional<std::vector<std::int64_t>>& organisations);
/// The newest `limit` of them: by day, then time (a fact without time last in its day), then id,
/// all descending.
Result<std::vector<Incident>> newest(Connection& conn, std::int64_t territory_id,
                                     const IncidentFilter& filter,
                                     const std::optional<std::vector<std::int64_t>>& organisations,
                                     std::int64_t limit);
/// What the counts of the observatoire are grouped by.
enum class CountKey { category_label, month };
/// How many incidents the filter keeps, by category label or by month ("YYYY-MM").
Result<std::map<std::string, int>>
counts(Connection& conn, std::int64_t territory_id, const IncidentFilter& filter,
       const std::optional<std::vector<std::int64_t>>& organisations, CountKey key);
/// Only what an analysis reads of the territory's located incidents: x, y, day, time, period
/// end, reporting organisation (the rest left empty), for the filter; `with_unlocated`: those
/// without a point too (a time analysis needs none).
Result<std::vector<Incident>> located(Connection& conn, std::int64_t territory_id,
                                      const IncidentFilter& filter, bool with_unlocated = false);
Result<std::int64_t> insert(Connection& conn, const Incident& i);
/// Returns false when `expected_version` is stale.
Result<bool> update(Connection& conn, const Incident& i, std::int64_t expected_version);
Result<void> remove(Connection& conn, std::int64_t id);
/// The territory of a problem of the board, none when it does not exist.
Result<std::optional<std::int64_t>> problem_territory(Connection& conn, std::int64_t id);
/// The partner references already imported for the organisation (a re-import skips them).
Result<std::vector<std::string>> references(Connection& conn, std::int64_t organisation_id);

}  // namespace vigie::observatory_repository
