#pragma once

#include "http/router.h"
#include "territory/service.h"

namespace vigie {

void add_territory_routes(Router& router, TerritoryService& territories);

}  // namespace vigie
