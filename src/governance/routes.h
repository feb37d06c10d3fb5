#pragma once

#include "governance/mail_service.h"
#include "governance/service.h"
#include "http/router.h"

namespace vigie {

void add_governance_routes(Router& router, GovernanceService& governance);
/// Parts of the above, one file each.
void add_meeting_content_routes(Router& router, GovernanceService& governance);
void add_decision_routes(Router& router, GovernanceService& governance);
void add_governance_mail_routes(Router& router, GovernanceMail& mail);

}  // namespace vigie
