#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace vigie::analysis {

/// The pairs of points closer than a radius, found through a grid of cells as wide as the
/// radius: only the 3 × 3 cells around a point can hold its neighbours, so the work follows
/// the number of close pairs, not n².
struct NearPairs {
  std::vector<std::uint32_t> first;
  std::vector<std::uint32_t> second;
  std::vector<std::uint16_t> row;  // what `classify` said of the pair
  /// Set when the scan stopped early: more pairs than `NearPairsLimits::max_pairs`, or cancelled.
  bool too_many = false;
  bool cancelled = false;
};

/// What stops a scan early: a bound on the pairs kept (0: none; about 10 bytes each) and a
/// cancel flag polled between grid cells.
struct NearPairsLimits {
  std::size_t max_pairs = 0;
  const std::atomic<bool>* cancel = nullptr;
};

/// `classify(distance)` returns the row of a pair or -1 to leave it out; it is called only for
/// pairs in neighbouring cells. `distance` is Manhattan or Euclidean as asked.
NearPairs find_near_pairs(const std::vector<double>& xs, const std::vector<double>& ys,
                          double radius, bool manhattan, const std::function<int(double)>& classify,
                          unsigned threads, const NearPairsLimits& limits = {});

}  // namespace vigie::analysis
