#pragma once

#include "diagnostic/import_service.h"
#include "diagnostic/service.h"
#include "diagnostic/uploads.h"
#include "http/router.h"

namespace vigie {

/// /api/v1/ssmsi/…: the editions imported, and the upload of a base from the administration
/// screen: open (POST uploads), send pieces (PUT uploads/{token}?offset=), import (POST imports
/// {upload}), follow (GET uploads/{token}), cancel (DELETE uploads/{token}).
void add_ssmsi_routes(Router& router, SsmsiImportService& imports, SsmsiUploads& uploads);

/// GET /api/v1/territories/{id}/diagnostic?area=region|departement|france&band_min=&band_max=
/// (JSON, see diagnostic_json) and …/diagnostic/export?format=csv|xlsx (a file).
void add_diagnostic_routes(Router& router, DiagnosticService& diagnostics);

}  // namespace vigie
