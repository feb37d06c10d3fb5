#pragma once

#include "governance/service.h"
#include "http/router.h"

namespace vigie {

void add_governance_routes(Router& router, GovernanceService& governance);

}  // namespace vigie
