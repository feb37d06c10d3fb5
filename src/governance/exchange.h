#pragma once

#include <boost/json/value.hpp>

#include "governance/service.h"

namespace vigie {

/// A territory's bodies as one JSON document ("vigie.governance", version 1), used by the demo:
/// `territory` (its name) and `bodies` with the axis given by its number in the territory's
/// strategy. Imported in one transaction; returns the number of bodies created.
Result<std::size_t> import_governance(Database& db, GovernanceService& governance,
                                      StrategyService& strategies, const Actor& actor,
                                      std::int64_t territory_id, const boost::json::value& doc);

/// The territory name a governance document is for.
Result<std::string> governance_territory(const boost::json::value& doc);

}  // namespace vigie
