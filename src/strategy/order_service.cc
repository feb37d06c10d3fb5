// StrategyService: putting axes and fiches in the order the coordinator chooses; see service.h.
#include <algorithm>

#include "strategy/repository.h"
#include "strategy/service.h"

namespace vigie {
namespace repo = strategy_repository;

namespace {

// Whether `wanted` names exactly the ids of `have`, each once.
bool same_set(std::vector<std::int64_t> wanted, std::vector<std::int64_t> have) {
  std::sort(wanted.begin(), wanted.end());
  std::sort(have.begin(), have.end());
  return wanted == have;
}

}  // namespace

Result<std::vector<Axis>> StrategyService::order_axes(const Actor& actor, std::int64_t strategy_id,
                                                      const std::vector<std::int64_t>& axis_ids) {
  return db_.in_transaction([&](Connection& conn) -> Result<std::vector<Axis>> {
    TRY(load_checked(conn, actor, strategy_id, Permission::strategy_write));
    if (!same_set(axis_ids, TRY(repo::axis_ids(conn, strategy_id)))) {
      return Error::invalid("Donnez chacun des axes de la stratégie, une fois.", "axis_ids");
    }
    // Numbers are unique per strategy: out of the way first, then 1, 2, 3… in the new order.
    for (std::int64_t id : axis_ids)
      TRY_VOID(repo::renumber_axis(conn, id, -id));
    for (std::size_t k = 0; k < axis_ids.size(); ++k)
      TRY_VOID(repo::renumber_axis(conn, axis_ids[k], static_cast<std::int64_t>(k) + 1));
    return repo::list_axes(conn, strategy_id);
  });
}

Result<void> StrategyService::order_actions(const Actor& actor, std::int64_t strategy_id,
                                            std::optional<std::int64_t> axis_id,
                                            const std::vector<std::int64_t>& action_ids) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(load_checked(conn, actor, strategy_id, Permission::strategy_write));
    std::vector<std::int64_t> under_axis;
    for (const auto& n : TRY(repo::action_numbers(conn, strategy_id)))
      if (n.axis_id == axis_id) under_axis.push_back(n.id);
    if (!same_set(action_ids, under_axis)) {
      return Error::invalid("Donnez chacune des fiches-actions de l'axe, une fois.", "action_ids");
    }
    std::string now = format_timestamp(clock_.now());
    for (std::size_t k = 0; k < action_ids.size(); ++k) {
      auto before = TRY(repo::find_action(conn, action_ids[k]));
      Action after = *before;
      after.number = static_cast<std::int64_t>(k) + 1;
      if (after.number == before->number) continue;
      if (!TRY(repo::update_action(conn, after, before->version, now))) {
        return Error::stale_version();
      }
      // Each fiche's history says its new number.
      TRY_VOID(record_change(conn, actor, after.id, strategy_id,
                             describe_changes("updated", &*before, &after)));
    }
    return success();
  });
}

}  // namespace vigie
