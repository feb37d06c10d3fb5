#pragma once

#include <optional>

#include <boost/json/value.hpp>

#include "strategy/service.h"
#include "territory/service.h"

namespace vigie {

/// Where a document says its strategy belongs (the demo creates the territory from it).
struct TerritoryHint {
  std::string name;
  std::string kind;
  std::vector<std::string> communes;
};

/// A whole strategy as one JSON document ("vigie.strategy", version 1): the strategy, its axes,
/// its fiches and the organisations they name. References are by axis number and organisation
/// name, never by database id, so that a document moves between installations and an export
/// followed by an import and a new export gives back the same document.
class StrategyExchange {
 public:
  StrategyExchange(Database& db, StrategyService& strategies, TerritoryService& territories)
      : db_(db), strategies_(strategies), territories_(territories) {}

  Result<boost::json::object> export_document(const Actor& actor, std::int64_t strategy_id);
  /// Imports into `territory_id` in one transaction; returns the new strategy's id.
  Result<std::int64_t> import_document(const Actor& actor, std::int64_t territory_id,
                                       const boost::json::value& document);

 private:
  Database& db_;
  StrategyService& strategies_;
  TerritoryService& territories_;
};

/// Reads only the territory hint of a document, if it has one.
Result<std::optional<TerritoryHint>> read_territory_hint(const boost::json::value& document);

inline constexpr const char* kExchangeFormat = "vigie.strategy";

}  // namespace vigie
