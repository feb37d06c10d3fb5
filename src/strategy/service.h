#pragma once

#include <functional>
#include <map>
#include <set>

#include "auth/actor.h"
#include "core/clock.h"
#include "partner/service.h"
#include "store/database.h"
#include "strategy/model.h"

namespace vigie {

/// Strategies, their axes and fiches-actions, with the checks of territory and role, the
/// validation of references, optimistic versions and the history of every fiche.
class StrategyService {
 public:
  StrategyService(Database& db, const Clock& clock, PartnerService& partners)
      : db_(db), clock_(clock), partners_(partners) {}

  Result<std::vector<Strategy>> list(const Actor& actor, std::optional<std::int64_t> territory_id,
                                     const std::optional<std::string>& status);
  Result<Strategy> get(const Actor& actor, std::int64_t id);
  Result<Strategy> create(const Actor& actor, Strategy strategy);
  Result<Strategy> update(const Actor& actor, Strategy strategy, std::int64_t expected_version);
  Result<void> remove(const Actor& actor, std::int64_t id);

  Result<std::vector<Axis>> list_axes(const Actor& actor, std::int64_t strategy_id);
  Result<Axis> create_axis(const Actor& actor, Axis axis);
  Result<Axis> update_axis(const Actor& actor, Axis axis, std::int64_t expected_version);
  Result<void> remove_axis(const Actor& actor, std::int64_t id);
  /// Renumbers the strategy's axes 1, 2, 3… in the order of `axis_ids`, which must name each of
  /// them once (400 "axis_ids" otherwise). Returns the axes by their new number.
  Result<std::vector<Axis>> order_axes(const Actor& actor, std::int64_t strategy_id,
                                       const std::vector<std::int64_t>& axis_ids);
  /// Renumbers the fiches of one axis (none: those without axis) 1, 2, 3… in the order of
  /// `action_ids`, which must name each of them once (400 "action_ids"); each renumbered fiche's
  /// history records it.
  Result<void> order_actions(const Actor& actor, std::int64_t strategy_id,
                             std::optional<std::int64_t> axis_id,
                             const std::vector<std::int64_t>& action_ids);

  Result<std::vector<Action>> list_actions(const Actor& actor, std::int64_t strategy_id,
                                           const ActionFilter& filter);
  /// The strategy's fiches each as get_action gives it (due measurements marked by the clock,
  /// SSMSI-linked indicators' figures filled), in one read of the fiches.
  Result<std::vector<Action>> list_actions_in_full(const Actor& actor, std::int64_t strategy_id);
  Result<Action> get_action(const Actor& actor, std::int64_t id);
  Result<Action> create_action(const Actor& actor, Action action);
  Result<Action> update_action(const Actor& actor, Action action, std::int64_t expected_version);
  Result<void> remove_action(const Actor& actor, std::int64_t id);
  Result<std::vector<ActionChange>> history(const Actor& actor, std::int64_t action_id);
  /// Every fiche's history in a strategy, deleted fiches' included, oldest first (one read).
  Result<std::vector<ActionChange>> strategy_history(const Actor& actor, std::int64_t strategy_id);
  /// The year's budget lines of every fiche of the territory, with their axis (one read).
  Result<std::vector<PlannedBudgetLine>>
  planned_budget(const Actor& actor, std::int64_t territory_id, std::int64_t year);
  PartnerService& partners() { return partners_; }
  /// The territory of an axis (through its strategy), inside another module's transaction.
  Result<std::optional<std::int64_t>> territory_of_axis_in(Connection& conn, std::int64_t axis_id);
  /// The territory of a fiche-action, inside another module's transaction.
  Result<std::optional<std::int64_t>> territory_of_action_in(Connection& conn,
                                                             std::int64_t action_id);
  /// Sets the fiche's milestone labelled `key` (or adds one) inside another module's
  /// transaction: how a meeting's decision is carried into the plan, recorded in its history.
  Result<void> set_milestone_in(Connection& conn, const Actor& actor, std::int64_t action_id,
                                const std::string& key, const Milestone& milestone);

  /// For use inside a transaction someone else opened (the import of a whole strategy).
  /// With `Unique::title`, a strategy of the same title on the territory is a 409 on
  /// "strategy.title" (a document imported twice must not make two plans).
  enum class Unique { no, title };
  Result<std::int64_t> insert_strategy_in(Connection& conn, const Actor& actor,
                                          const Strategy& strategy, Unique unique = Unique::no);
  Result<std::int64_t> insert_axis_in(Connection& conn, const Axis& axis);
  Result<std::int64_t> insert_action_in(Connection& conn, const Actor& actor, const Action& action);
  /// Many new fiches of one strategy at once (an import of 2,000 fiches): checked against a
  /// scope loaded once, inserted with their children batched, histories batched; sets each
  /// `id`. Errors name the fiche: field "[index].<field>".
  Result<void> insert_actions_in(Connection& conn, const Actor& actor, std::int64_t strategy_id,
                                 std::vector<Action>& actions);

  /// Where an impact indicator linked to the SSMSI takes its measurements: the territory's
  /// yearly figures of that indicator ("taux" or "nombre"), from the diagnostic module (wired by
  /// App, so that this module does not depend on it). Unset: none.
  using OfficialFigures = std::function<Result<std::vector<OfficialMeasurement>>(
      const Actor&, std::int64_t territory_id, const std::string& indicator,
      const std::string& measure)>;
  void official_figures_from(OfficialFigures source) { official_ = std::move(source); }

 private:
  Result<Strategy> load_checked(Connection& conn, const Actor& actor, std::int64_t id,
                                Permission permission);
  /// What the fiches of a strategy may refer to, loaded once for one fiche or a whole import.
  struct ActionScope {
    std::set<std::int64_t> axes;
    std::map<std::int64_t, std::set<std::int64_t>> directory;  // organisation → its contacts
    std::map<std::pair<std::optional<std::int64_t>, std::int64_t>, std::int64_t> numbers;
  };
  Result<ActionScope> load_scope(Connection& conn, std::int64_t strategy_id,
                                 std::int64_t territory_id);
  /// Every reference of a fiche stays inside its strategy and territory; numbers are unique.
  static Result<void> check_action(const ActionScope& scope, const Action& action);
  Result<void> record_change(Connection& conn, const Actor& actor, std::int64_t action_id,
                             std::int64_t strategy_id, const std::string& changes);

  /// Fills the measurements of the fiche's SSMSI-linked indicators (no connection held).
  Result<Action> with_official(const Actor& actor, std::int64_t territory_id, Action action);

  Database& db_;
  const Clock& clock_;
  PartnerService& partners_;
  OfficialFigures official_;
};

/// The fields that differ between two versions of a fiche, as the history stores them.
std::string describe_changes(const char* event, const Action* before, const Action* after);

}  // namespace vigie
