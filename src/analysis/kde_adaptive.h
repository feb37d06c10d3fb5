#pragma once

#include <vector>

#include "analysis/kde.h"

namespace vigie::analysis {

/// Abramson's adaptive Gaussian density on the pixels of `pilot` (a fixed-bandwidth density of
/// the same events, whose σ is the global bandwidth): each event gets σᵢ = σ·(f̃ᵢ/g)^−½, f̃ᵢ the
/// pilot at its pixel and g their geometric mean, capped at 5σ; edge correction per event,
/// exact for a rectangle (product of normal probabilities).
Result<std::vector<double>> adaptive_gaussian_density(const Events& events,
                                                      const DensityGrid& pilot,
                                                      const RunControl& control);

}  // namespace vigie::analysis
