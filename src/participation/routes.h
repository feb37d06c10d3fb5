#pragma once

#include "http/router.h"
#include "participation/service.h"

namespace vigie {

/// The participation citoyenne API (docs/api.md, « Participation citoyenne »).
void add_participation_routes(Router& router, ParticipationService& participation);

}  // namespace vigie
