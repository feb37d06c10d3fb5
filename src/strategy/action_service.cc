// The fiche-action half of StrategyService.
#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "core/dates.h"
#include "strategy/indicator_rules.h"
#include "strategy/json.h"
#include "strategy/repository.h"
#include "strategy/service.h"

namespace vigie {
namespace repo = strategy_repository;
namespace json = boost::json;

std::string describe_changes(const char* event, const Action* before, const Action* after) {
  static const char* kSkipped[] = {"id", "strategy_id", "version", "created_at", "updated_at"};
  json::object old_fields = before != nullptr ? to_json(*before) : json::object{};
  json::object new_fields = after != nullptr ? to_json(*after) : json::object{};
  // An indicator's id is the store's, not the fiche's content: the same indicator given again
  // without its id is no change.
  for (json::object* o : {&old_fields, &new_fields}) {
    if (json::value* list = o->if_contains("indicators")) {
      for (json::value& i : list->as_array())
        i.as_object().erase("id");
    }
  }
  json::array fields;
  const json::object& keys = after != nullptr ? new_fields : old_fields;
  for (const auto& entry : keys) {
    if (std::find_if(std::begin(kSkipped), std::end(kSkipped),
                     [&](const char* k) { return entry.key() == k; }) != std::end(kSkipped)) {
      continue;
    }
    const json::value* old_value = old_fields.if_contains(entry.key());
    const json::value* new_value = new_fields.if_contains(entry.key());
    json::value o = old_value != nullptr ? *old_value : json::value(nullptr);
    json::value n = new_value != nullptr ? *new_value : json::value(nullptr);
    if (o == n) continue;
    fields.push_back({{"field", entry.key()}, {"old", o}, {"new", n}});
  }
  return json::serialize(json::object{{"event", event}, {"fields", std::move(fields)}});
}

Result<void> StrategyService::record_change(Connection& conn, const Actor& actor,
                                            std::int64_t action_id, std::int64_t strategy_id,
                                            const std::string& changes) {
  ActionChange change{0,
                      action_id,
                      strategy_id,
                      actor.login.empty() ? "système" : actor.login,
                      format_timestamp(clock_.now()),
                      changes};
  return repo::insert_change(conn, change, strategy_id, actor.user_id);
}

Result<StrategyService::ActionScope>
StrategyService::load_scope(Connection& conn, std::int64_t strategy_id, std::int64_t territory_id) {
  ActionScope scope;
  for (std::int64_t id : TRY(repo::axis_ids(conn, strategy_id)))
    scope.axes.insert(id);
  scope.directory = TRY(partners_.directory_in(conn, territory_id));
  for (const auto& n : TRY(repo::action_numbers(conn, strategy_id)))
    scope.numbers[{n.axis_id, n.number}] = n.id;
  return scope;
}

Result<void> StrategyService::check_action(const ActionScope& scope, const Action& a) {
  auto in_territory = [&](std::int64_t id, const std::string& field) -> Result<void> {
    if (!scope.directory.contains(id)) {
      return Error::invalid("Organisation inconnue sur ce territoire.", field);
    }
    return success();
  };
  if (a.axis_id && !scope.axes.contains(*a.axis_id)) {
    return Error::invalid("Cet axe n'appartient pas à la stratégie.", "axis_id");
  }
  if (a.pilot_organisation_id) {
    TRY_VOID(in_territory(*a.pilot_organisation_id, "pilot_organisation_id"));
  }
  if (a.pilot_contact_id &&
      (!a.pilot_organisation_id ||
       !scope.directory.at(*a.pilot_organisation_id).contains(*a.pilot_contact_id))) {
    return Error::invalid("Ce contact n'appartient pas à l'organisation pilote.",
                          "pilot_contact_id");
  }
  for (std::size_t i = 0; i < a.partner_ids.size(); ++i) {
    TRY_VOID(in_territory(a.partner_ids[i], "partner_ids[" + std::to_string(i) + "]"));
  }
  for (std::size_t i = 0; i < a.budget_lines.size(); ++i) {
    if (a.budget_lines[i].funder_id) {
      TRY_VOID(in_territory(*a.budget_lines[i].funder_id,
                            "budget_lines[" + std::to_string(i) + "].funder_id"));
    }
  }
  auto same_number = scope.numbers.find({a.axis_id, a.number});
  if (same_number != scope.numbers.end() && same_number->second != a.id) {
    return Error::conflict("Une fiche-action porte déjà ce numéro dans cet axe.", "number");
  }
  return success();
}

namespace {

// An indicator keeps its id and its series: an id must be one of this fiche's, given once.
Result<void> check_indicator_ids(const Action& before, const Action& after) {
  std::set<std::int64_t> seen;
  for (std::size_t k = 0; k < after.indicators.size(); ++k) {
    std::int64_t id = after.indicators[k].id;
    if (id == 0) continue;
    std::string field = "indicators[" + std::to_string(k) + "].id";
    if (std::none_of(before.indicators.begin(), before.indicators.end(),
                     [&](const Indicator& i) { return i.id == id; })) {
      return Error::invalid("Cet indicateur n'appartient pas à cette fiche-action.", field);
    }
    if (!seen.insert(id).second) {
      return Error::invalid("Cet indicateur figure deux fois dans la fiche-action.", field);
    }
  }
  return success();
}

// Who entered each measurement: kept for one already stored (same indicator, day and value),
// the author of this save for a new one. What a client claims is not believed.
void stamp_measurements(const Action* before, Action& a, const std::string& login) {
  for (Indicator& i : a.indicators) {
    const Indicator* stored = nullptr;
    if (before != nullptr && i.id > 0) {
      for (const Indicator& b : before->indicators) {
        if (b.id == i.id) stored = &b;
      }
    }
    for (Measurement& m : i.measurements) {
      m.entered_by = login.empty() ? std::optional<std::string>("système") : login;
      if (stored == nullptr) continue;
      for (const Measurement& old : stored->measurements) {
        if (old.measured_on == m.measured_on && old.value == m.value) m.entered_by = old.entered_by;
      }
    }
  }
}

}  // namespace

Result<std::vector<Action>> StrategyService::list_actions(const Actor& actor,
                                                          std::int64_t strategy_id,
                                                          const ActionFilter& filter) {
  Lease conn = db_.acquire();
  TRY(load_checked(*conn, actor, strategy_id, Permission::strategy_read));
  return repo::list_actions(*conn, strategy_id, filter);
}

Result<std::vector<Action>> StrategyService::list_actions_in_full(const Actor& actor,
                                                                  std::int64_t strategy_id) {
  std::vector<Action> actions;
  std::int64_t territory = 0;
  {
    Lease conn = db_.acquire();
    territory =
        TRY(load_checked(*conn, actor, strategy_id, Permission::strategy_read)).territory_id;
    actions = TRY(repo::list_actions(*conn, strategy_id, {}));
  }
  for (Action& a : actions)
    a = TRY(with_official(actor, territory, std::move(a)));
  return actions;
}

Result<Action> StrategyService::get_action(const Actor& actor, std::int64_t id) {
  Action action;
  std::int64_t territory = 0;
  {
    Lease conn = db_.acquire();
    auto found = TRY(repo::find_action(*conn, id));
    if (!found) return Error::not_found("Fiche-action introuvable.");
    territory =
        TRY(load_checked(*conn, actor, found->strategy_id, Permission::strategy_read)).territory_id;
    action = std::move(*found);
  }
  return with_official(actor, territory, std::move(action));
}

Result<Action> StrategyService::with_official(const Actor& actor, std::int64_t territory_id,
                                              Action action) {
  std::string today = date_of(clock_.now());
  for (Indicator& i : action.indicators)
    mark_measurement_due(i, today);
  if (!official_) return action;
  for (Indicator& i : action.indicators) {
    if (!i.ssmsi_indicator) continue;
    i.official =
        TRY(official_(actor, territory_id, *i.ssmsi_indicator, i.ssmsi_measure.value_or("taux")));
  }
  return action;
}

Result<std::int64_t> StrategyService::insert_action_in(Connection& conn, const Actor& actor,
                                                       const Action& a) {
  std::vector<Action> one{a};
  if (auto inserted = insert_actions_in(conn, actor, a.strategy_id, one); !inserted) {
    Error e = inserted.release_error();  // one fiche: its fields, without the batch's "[0]."
    if (e.field && e.field->starts_with("[0].")) e.field = e.field->substr(4);
    return e;
  }
  return one[0].id;
}

Result<void> StrategyService::insert_actions_in(Connection& conn, const Actor& actor,
                                                std::int64_t strategy_id,
                                                std::vector<Action>& actions) {
  Strategy s = TRY(load_checked(conn, actor, strategy_id, Permission::strategy_write));
  ActionScope scope = TRY(load_scope(conn, strategy_id, s.territory_id));
  for (std::size_t i = 0; i < actions.size(); ++i) {
    Action& a = actions[i];
    a.strategy_id = strategy_id;
    a.id = -1 - static_cast<std::int64_t>(i);  // until stored: tells the batch's fiches apart
    for (Indicator& indicator : a.indicators)
      indicator.id = 0;  // a new fiche's indicators are new, whatever a copied fiche carried
    if (auto checked = check_action(scope, a); !checked) {
      Error e = checked.release_error();
      e.field = "[" + std::to_string(i) + "]." + e.field.value_or("");
      return e;
    }
    scope.numbers[{a.axis_id, a.number}] = a.id;
  }
  std::string now = format_timestamp(clock_.now());
  TRY_VOID(repo::insert_actions(conn, actions, now));
  std::vector<ActionChange> changes;
  for (const Action& a : actions) {
    Action stored = a;  // as find_action reads it back: partners by id
    std::sort(stored.partner_ids.begin(), stored.partner_ids.end());
    changes.push_back({0, a.id, strategy_id, actor.login.empty() ? "système" : actor.login, now,
                       describe_changes("created", nullptr, &stored)});
  }
  return repo::insert_changes(conn, changes, strategy_id, actor.user_id);
}

Result<Action> StrategyService::create_action(const Actor& actor, Action a) {
  stamp_measurements(nullptr, a, actor.login);
  return db_.in_transaction([&](Connection& conn) -> Result<Action> {
    std::int64_t id = TRY(insert_action_in(conn, actor, a));
    return std::move(*TRY(repo::find_action(conn, id)));
  });
}

Result<Action> StrategyService::update_action(const Actor& actor, Action a,
                                              std::int64_t expected_version) {
  std::int64_t territory = 0;
  auto saved = db_.in_transaction([&](Connection& conn) -> Result<Action> {
    auto before = TRY(repo::find_action(conn, a.id));
    if (!before) return Error::not_found("Fiche-action introuvable.");
    Strategy s = TRY(load_checked(conn, actor, before->strategy_id, Permission::strategy_write));
    territory = s.territory_id;
    a.strategy_id = before->strategy_id;
    ActionScope scope = TRY(load_scope(conn, a.strategy_id, s.territory_id));
    TRY_VOID(check_action(scope, a));
    TRY_VOID(check_indicator_ids(*before, a));
    stamp_measurements(&*before, a, actor.login);
    if (!TRY(repo::update_action(conn, a, expected_version, format_timestamp(clock_.now())))) {
      return Error::stale_version();
    }
    auto after = TRY(repo::find_action(conn, a.id));
    TRY_VOID(record_change(conn, actor, a.id, a.strategy_id,
                           describe_changes("updated", &*before, &*after)));
    return std::move(*after);
  });
  if (!saved) return saved.release_error();
  return with_official(actor, territory, std::move(*saved));
}

Result<void> StrategyService::remove_action(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    auto before = TRY(repo::find_action(conn, id));
    if (!before) return Error::not_found("Fiche-action introuvable.");
    TRY(load_checked(conn, actor, before->strategy_id, Permission::strategy_write));
    TRY_VOID(repo::remove_action(conn, id));
    return record_change(conn, actor, id, before->strategy_id,
                         describe_changes("deleted", &*before, nullptr));
  });
}

Result<std::vector<ActionChange>> StrategyService::history(const Actor& actor,
                                                           std::int64_t action_id) {
  Lease conn = db_.acquire();
  auto changes = TRY(repo::list_changes(*conn, action_id));
  if (changes.empty()) return Error::not_found("Fiche-action introuvable.");
  // The history outlives a deleted fiche; its strategy still says whose it is.
  TRY(load_checked(*conn, actor, changes.front().strategy_id, Permission::strategy_read));
  return changes;
}

Result<std::vector<ActionChange>> StrategyService::strategy_history(const Actor& actor,
                                                                    std::int64_t strategy_id) {
  Lease conn = db_.acquire();
  TRY(load_checked(*conn, actor, strategy_id, Permission::strategy_read));
  return repo::list_strategy_changes(*conn, strategy_id);
}

}  // namespace vigie

namespace vigie {

Result<std::optional<std::int64_t>>
StrategyService::territory_of_action_in(Connection& conn, std::int64_t action_id) {
  auto action = TRY(repo::find_action(conn, action_id));
  if (!action) return std::optional<std::int64_t>();
  auto strategy = TRY(repo::find(conn, action->strategy_id));
  if (!strategy) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(strategy->territory_id);
}

Result<void> StrategyService::set_milestone_in(Connection& conn, const Actor& actor,
                                               std::int64_t action_id, const std::string& key,
                                               const Milestone& milestone) {
  auto before = TRY(repo::find_action(conn, action_id));
  if (!before) return Error::invalid("Fiche-action introuvable.", "action_id");
  TRY(load_checked(conn, actor, before->strategy_id, Permission::strategy_write));
  Action after = *before;
  auto same = [&](const Milestone& m) { return m.label == key; };
  auto it = std::find_if(after.milestones.begin(), after.milestones.end(), same);
  if (it == after.milestones.end()) {
    after.milestones.push_back(milestone);
  } else {
    *it = milestone;
  }
  if (!TRY(repo::update_action(conn, after, before->version, format_timestamp(clock_.now())))) {
    return Error::stale_version();
  }
  auto saved = TRY(repo::find_action(conn, action_id));
  return record_change(conn, actor, action_id, before->strategy_id,
                       describe_changes("updated", &*before, &*saved));
}

}  // namespace vigie
