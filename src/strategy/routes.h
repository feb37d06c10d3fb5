#pragma once

#include "http/router.h"
#include "strategy/exchange.h"
#include "strategy/service.h"

namespace vigie {

void add_strategy_routes(Router& router, StrategyService& strategies, StrategyExchange& exchange);

}  // namespace vigie
