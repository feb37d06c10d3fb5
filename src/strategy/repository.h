#pragma once

#include <optional>

#include "store/connection.h"
#include "strategy/model.h"

namespace vigie::strategy_repository {

Result<std::optional<Strategy>> find(Connection& conn, std::int64_t id);
Result<std::vector<Strategy>> list(Connection& conn, const std::vector<std::int64_t>& territories,
                                   const std::optional<std::string>& status);
Result<std::int64_t> insert(Connection& conn, const Strategy& s, const std::string& now);
/// false when the version is stale.
Result<bool> update(Connection& conn, const Strategy& s, std::int64_t expected_version,
                    const std::string& now);
Result<void> remove(Connection& conn, std::int64_t id);

Result<std::optional<Axis>> find_axis(Connection& conn, std::int64_t id);
Result<std::optional<Axis>> find_axis_by_number(Connection& conn, std::int64_t strategy_id,
                                                std::int64_t number);
Result<std::vector<Axis>> list_axes(Connection& conn, std::int64_t strategy_id);
Result<std::int64_t> insert_axis(Connection& conn, const Axis& a);
Result<bool> update_axis(Connection& conn, const Axis& a, std::int64_t expected_version);
Result<void> remove_axis(Connection& conn, std::int64_t id);
/// Gives an axis another number (version moves on), for reordering.
Result<void> renumber_axis(Connection& conn, std::int64_t id, std::int64_t number);
Result<std::int64_t> count_actions_of_axis(Connection& conn, std::int64_t axis_id);

Result<std::optional<Action>> find_action(Connection& conn, std::int64_t id);
Result<std::vector<Action>> list_actions(Connection& conn, std::int64_t strategy_id,
                                         const ActionFilter& filter);
/// Inserts new fiches, all of one strategy, many per statement (their children batched across
/// fiches), and sets each one's `id`.
Result<void> insert_actions(Connection& conn, std::vector<Action>& actions, const std::string& now);
/// A fiche's number under its axis, for checking that numbers stay unique.
struct ActionNumber {
  std::int64_t id;
  std::optional<std::int64_t> axis_id;
  std::int64_t number;
};
/// The year's budget lines of every fiche of the territory's strategies, with the fiche's axis,
/// in the order of strategies, axes and fiches (one query).
Result<std::vector<PlannedBudgetLine>> planned_budget(Connection& conn, std::int64_t territory_id,
                                                      std::int64_t year);
Result<std::vector<ActionNumber>> action_numbers(Connection& conn, std::int64_t strategy_id);
Result<std::vector<std::int64_t>> axis_ids(Connection& conn, std::int64_t strategy_id);
Result<bool> update_action(Connection& conn, const Action& a, std::int64_t expected_version,
                           const std::string& now);
Result<void> remove_action(Connection& conn, std::int64_t id);

/// A fiche's indicators with their measurements, appended to `a.indicators`.
Result<void> load_indicators(Connection& conn, Action& a);
/// The indicators of new fiches (ids set), many per statement.
Result<void> insert_indicators(Connection& conn, const std::vector<const Action*>& actions);
/// A saved fiche's indicators: those with a stored id are updated in place (their series
/// replaced), those without are added, and the fiche's others are deleted with their series.
/// The caller has checked that every id belongs to the fiche.
Result<void> save_indicators(Connection& conn, const Action& a);

Result<void> insert_changes(Connection& conn, const std::vector<ActionChange>& changes,
                            std::int64_t strategy_id, std::int64_t actor_id);
Result<void> insert_change(Connection& conn, const ActionChange& change, std::int64_t strategy_id,
                           std::int64_t actor_id);
Result<std::vector<ActionChange>> list_changes(Connection& conn, std::int64_t action_id);
/// Every fiche's history in a strategy (deleted fiches' included), oldest first.
Result<std::vector<ActionChange>> list_strategy_changes(Connection& conn, std::int64_t strategy_id);

}  // namespace vigie::strategy_repository
