#pragma once

#include <string_view>
#include <vector>

#include "analysis/gistar.h"
#include "core/result.h"

namespace vigie::analysis {

/// Reads given areas for Gi*: columns id, x, y, value (by those names — or code/nom, valeur,
/// nombre, count — when the file has a header, else in that order). Errors name the line.
Result<std::vector<Area>> parse_areas_csv(std::string_view text);

}  // namespace vigie::analysis
