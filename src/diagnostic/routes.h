#pragma once

#include "diagnostic/import_service.h"
#include "diagnostic/uploads.h"
#include "http/router.h"

namespace vigie {

/// /api/v1/ssmsi/…: the editions imported, and the upload of a base from the administration
/// screen: open (POST uploads), send pieces (PUT uploads/{token}?offset=), import (POST imports
/// {upload}), follow (GET uploads/{token}), cancel (DELETE uploads/{token}).
void add_ssmsi_routes(Router& router, SsmsiImportService& imports, SsmsiUploads& uploads);

}  // namespace vigie
