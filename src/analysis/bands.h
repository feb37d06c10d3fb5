#pragma once

#include <vector>

#include "analysis/near_repeat.h"

namespace vigie::analysis {

/// The band k of a value: k·width ≤ value < (k+1)·width with the products as the machine
/// computes them, so that every count uses the same edges; `count` for anything beyond.
int band_of(double value, double width, int count);

/// The rows (distance) and columns (time apart) of the Knox table, with their labels: French
/// ("0 à 200 m") or the Near Repeat Calculator's ("1 to 200", "More than 600").
std::vector<Band> spatial_bands(const NearRepeatOptions& options);
std::vector<Band> temporal_bands(const NearRepeatOptions& options);

}  // namespace vigie::analysis
