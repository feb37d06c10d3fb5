#pragma once

#include <cstdint>
#include <vector>

#include "analysis/event.h"

namespace vigie::bench {

/// The textbook Knox test, as most scripts write it: every pair, for the observed dates and
/// then for each permutation of the dates. The in-process peer of the engine.
struct NaiveKnox {
  std::int64_t observed = 0;
  double mean = 0;  // over the simulations
  double p = 1;
};
NaiveKnox naive_knox(const analysis::Events& events, double metres, double days, int simulations);

}  // namespace vigie::bench
