#pragma once

#include "followup/service.h"
#include "http/router.h"

namespace vigie {

void add_followup_routes(Router& router, FollowUpService& followups, FollowUpJournal& journal);

}  // namespace vigie
