#pragma once

#include "funding/service.h"
#include "http/router.h"

namespace vigie {

/// The funding API (docs/api.md, "Financements"): requests per fiche, the territory's list,
/// alerts, budget view and local cap, and the rules.
void add_funding_routes(Router& router, FundingService& funding);

}  // namespace vigie
