#pragma once

#include "followup/service.h"
#include "http/router.h"

namespace vigie {

void add_followup_routes(Router& router, FollowUpService& followups, ChainedJournal& journal);
/// Rappel à l'ordre, CDDF, TIG (procedure_routes.cc).
void add_procedure_routes(Router& router, FollowUpService& followups);

}  // namespace vigie
