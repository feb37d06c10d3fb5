#pragma once

#include "http/router.h"
#include "publication/service.h"

namespace vigie {

/// GET /api/v1/strategies/{id}/document (the strategy) and /api/v1/meetings/{id}/documents/{kind}
/// (convocation, agenda, minutes, decisions) as ODT, DOCX or PDF (docs/api.md).
void add_publication_routes(Router& r, PublicationService& publication);

}  // namespace vigie
