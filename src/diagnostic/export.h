#pragma once

#include <string>

#include "core/result.h"
#include "core/sheet.h"
#include "diagnostic/view.h"

namespace vigie {

/// The diagnostic as one table: a row per indicator, zone (the territory, its département,
/// région, France) and year — indicator, unit, rate base, zone, code, year, count, rate per
/// 1,000, diffusion ("diffusé", "non diffusé", "partiel : 2 communes sur 3"), source — and per
/// indicator the similar communes' median rate. A masked cell is empty with "non diffusé",
/// never 0. The source line is the sheet's note and, with `source_column` (the CSV, which has
/// no note), the table's last column too.
sheet::Sheet diagnostic_sheet(const Diagnostic& d, bool source_column);

}  // namespace vigie
