#pragma once

#include "http/router.h"
#include "partner/service.h"

namespace vigie {

void add_partner_routes(Router& router, PartnerService& partners);

/// The territory a list request is about: `territory_id` in the query, or the actor's only
/// territory where they hold `permission`; a 400 names the parameter otherwise.
Result<std::int64_t> territory_of_request(const Request& request, const Actor& actor,
                                          Permission permission);

}  // namespace vigie
