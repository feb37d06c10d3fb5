#pragma once

#include "http/router.h"
#include "observatory/service.h"

namespace vigie {

/// The observatoire's API: categories, incidents (JSON and GeoJSON), a partner file's import,
/// the masked summary. See docs/api.md.
void add_observatory_routes(Router& router, ObservatoryService& observatory);

}  // namespace vigie
