#include "strategy/service.h"

#include "strategy/repository.h"

namespace vigie {
namespace repo = strategy_repository;

Result<Strategy> StrategyService::load_checked(Connection& conn, const Actor& actor,
                                               std::int64_t id, Permission permission) {
  auto found = TRY(repo::find(conn, id));
  if (!found) return Error::not_found("Stratégie introuvable.");
  TRY_VOID(require(actor, permission, found->territory_id));
  return std::move(*found);
}

Result<std::vector<Strategy>> StrategyService::list(const Actor& actor,
                                                    std::optional<std::int64_t> territory_id,
                                                    const std::optional<std::string>& status) {
  std::vector<std::int64_t> territories = actor.territories_with(Permission::strategy_read);
  if (territory_id) {
    TRY_VOID(require(actor, Permission::strategy_read, *territory_id));
    territories = {*territory_id};
  }
  Lease conn = db_.acquire();
  return repo::list(*conn, territories, status);
}

Result<std::vector<PlannedBudgetLine>>
StrategyService::planned_budget(const Actor& actor, std::int64_t territory_id, std::int64_t year) {
  TRY_VOID(require(actor, Permission::strategy_read, territory_id));
  Lease conn = db_.acquire();
  return repo::planned_budget(*conn, territory_id, year);
}

Result<Strategy> StrategyService::get(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  return load_checked(*conn, actor, id, Permission::strategy_read);
}

Result<std::int64_t> StrategyService::insert_strategy_in(Connection& conn, const Actor& actor,
                                                         const Strategy& s, Unique unique) {
  TRY_VOID(require(actor, Permission::strategy_write, s.territory_id));
  if (unique == Unique::title) {
    for (const Strategy& other : TRY(repo::list(conn, {s.territory_id}, std::nullopt))) {
      if (other.title == s.title) {
        return Error::conflict("Le territoire a déjà la stratégie « " + s.title + " » (n° " +
                                   std::to_string(other.id) +
                                   ") : supprimez-la d'abord, ou changez le titre du document.",
                               "strategy.title");
      }
    }
  }
  return repo::insert(conn, s, format_timestamp(clock_.now()));
}

Result<Strategy> StrategyService::create(const Actor& actor, Strategy s) {
  return db_.in_transaction([&](Connection& conn) -> Result<Strategy> {
    std::int64_t id = TRY(insert_strategy_in(conn, actor, s));
    return std::move(*TRY(repo::find(conn, id)));
  });
}

Result<Strategy> StrategyService::update(const Actor& actor, Strategy s,
                                         std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<Strategy> {
    Strategy current = TRY(load_checked(conn, actor, s.id, Permission::strategy_write));
    s.territory_id = current.territory_id;
    if (!TRY(repo::update(conn, s, expected_version, format_timestamp(clock_.now())))) {
      return Error::stale_version();
    }
    return std::move(*TRY(repo::find(conn, s.id)));
  });
}

Result<void> StrategyService::remove(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY(load_checked(conn, actor, id, Permission::strategy_write));
    return repo::remove(conn, id);
  });
}

Result<std::optional<std::int64_t>> StrategyService::territory_of_axis_in(Connection& conn,
                                                                          std::int64_t axis_id) {
  auto axis = TRY(repo::find_axis(conn, axis_id));
  if (!axis) return std::optional<std::int64_t>();
  auto strategy = TRY(repo::find(conn, axis->strategy_id));
  if (!strategy) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(strategy->territory_id);
}

Result<std::vector<Axis>> StrategyService::list_axes(const Actor& actor, std::int64_t strategy_id) {
  Lease conn = db_.acquire();
  TRY(load_checked(*conn, actor, strategy_id, Permission::strategy_read));
  return repo::list_axes(*conn, strategy_id);
}

Result<std::int64_t> StrategyService::insert_axis_in(Connection& conn, const Axis& a) {
  if (TRY(repo::find_axis_by_number(conn, a.strategy_id, a.number))) {
    return Error::conflict("Un axe porte déjà ce numéro dans la stratégie.", "number");
  }
  return repo::insert_axis(conn, a);
}

Result<Axis> StrategyService::create_axis(const Actor& actor, Axis a) {
  return db_.in_transaction([&](Connection& conn) -> Result<Axis> {
    TRY(load_checked(conn, actor, a.strategy_id, Permission::strategy_write));
    std::int64_t id = TRY(insert_axis_in(conn, a));
    return std::move(*TRY(repo::find_axis(conn, id)));
  });
}

Result<Axis> StrategyService::update_axis(const Actor& actor, Axis a,
                                          std::int64_t expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<Axis> {
    auto current = TRY(repo::find_axis(conn, a.id));
    if (!current) return Error::not_found("Axe introuvable.");
    TRY(load_checked(conn, actor, current->strategy_id, Permission::strategy_write));
    auto same = TRY(repo::find_axis_by_number(conn, current->strategy_id, a.number));
    if (same && same->id != a.id) {
      return Error::conflict("Un axe porte déjà ce numéro dans la stratégie.", "number");
    }
    if (!TRY(repo::update_axis(conn, a, expected_version))) return Error::stale_version();
    return std::move(*TRY(repo::find_axis(conn, a.id)));
  });
}

Result<void> StrategyService::remove_axis(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    auto current = TRY(repo::find_axis(conn, id));
    if (!current) return Error::not_found("Axe introuvable.");
    TRY(load_checked(conn, actor, current->strategy_id, Permission::strategy_write));
    if (TRY(repo::count_actions_of_axis(conn, id)) > 0) {
      return Error::conflict("Cet axe contient des fiches-actions : déplacez-les ou "
                             "supprimez-les d'abord.");
    }
    return repo::remove_axis(conn, id);
  });
}

}  // namespace vigie
