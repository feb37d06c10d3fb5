#pragma once

#include "evaluation/service.h"
#include "http/router.h"

namespace vigie {

/// GET /api/v1/strategies/{id}/evaluation?from=&to= and PUT /api/v1/axes/{id}/analysis.
void add_evaluation_routes(Router& router, EvaluationService& evaluation, const Clock& clock);

}  // namespace vigie
