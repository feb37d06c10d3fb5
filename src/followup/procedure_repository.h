#pragma once

#include <optional>

#include "followup/procedure_model.h"
#include "store/connection.h"

namespace vigie::procedure_repository {

/// The territory's name, for the letters' heading.
Result<std::string> territory_name(Connection& conn, std::int64_t territory_id);
/// The record a path's collection item belongs to: "followups", "reminders", "cddf",
/// "tig-placements" or "followup-shares" and its id.
Result<std::optional<std::int64_t>> record_of(Connection& conn, std::string_view collection,
                                              std::int64_t id);
Result<Procedures> of_followup(Connection& conn, std::int64_t followup_id);

Result<std::optional<Reminder>> find_reminder(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_reminder(Connection& conn, const Reminder& r);
Result<bool> update_reminder(Connection& conn, const Reminder& r, std::int64_t expected_version);

Result<std::int64_t> insert_cddf(Connection& conn, const CddfReferral& c);
Result<bool> update_cddf(Connection& conn, const CddfReferral& c, std::int64_t expected_version);

Result<std::vector<TigPlace>> places(Connection& conn, std::int64_t territory_id);
Result<std::optional<TigPlace>> find_place(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_place(Connection& conn, const TigPlace& p);
Result<bool> update_place(Connection& conn, const TigPlace& p, std::int64_t expected_version);
/// Placements in progress in a place (its capacity bounds them).
Result<std::int64_t> current_placements(Connection& conn, std::int64_t place_id);

Result<std::optional<TigPlacement>> find_placement(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_placement(Connection& conn, const TigPlacement& p);
Result<bool> update_placement(Connection& conn, const TigPlacement& p,
                              std::int64_t expected_version);

}  // namespace vigie::procedure_repository
