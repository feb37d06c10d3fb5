#pragma once

#include "dossier/service.h"
#include "http/router.h"

namespace vigie {

/// For each owner of kDossierOwners: GET and POST /api/v1/{owner}/{id}/files (the file as the
/// raw body, ?filename=), GET and DELETE /api/v1/{files}/{id} (docs/api.md).
void add_dossier_routes(Router& router, DossierService& dossiers);

}  // namespace vigie
