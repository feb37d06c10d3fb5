#pragma once

#include "http/router.h"
#include "publication/service.h"

namespace vigie {

/// GET /api/v1/strategies/{id}/document (the strategy) and /api/v1/meetings/{id}/documents/{kind}
/// (convocation, agenda, minutes, decisions) as ODT, DOCX or PDF (docs/api.md).
void add_publication_routes(Router& r, PublicationService& publication);

/// What the coordinator publishes (GET/PUT /api/v1/strategies/{id}/publication, POST …/preview)
/// and what anyone may read without signing in under /public/v1: the territory's page, its open
/// data as CSV and JSON, their Table Schemas, its DCAT-AP catalogue, the published bilans.
/// The schemas and catalogue name their files under `public_url` (the operator's --public-url,
/// never the request's Host), so that a portal harvests stable addresses; the page's own links
/// are relative.
void add_public_routes(Router& r, PublicationService& publication, const Clock& clock,
                       const std::string& public_url);

}  // namespace vigie
