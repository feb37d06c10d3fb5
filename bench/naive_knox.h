#pragma once

#include <cstdint>
#include <vector>

#include "analysis/event.h"

namespace vigie::bench {

/// The textbook Knox count, as most scripts write it: every pair, every time. The in-process
/// peer of the engine, and a check of its observed table.
std::int64_t naive_close_pairs(const analysis::Events& events, double metres, double days);

}  // namespace vigie::bench
