#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace vigie::analysis {

/// One cell of a Knox table: pairs observed at that distance and time apart, against the same
/// count under random permutations of the dates over the places.
struct KnoxCell {
  std::int64_t observed = 0;
  double mean = 0;    // of the simulations
  double median = 0;  // of the simulations
  /// observed / mean and observed / median; none when the divisor is zero.
  std::optional<double> ratio_mean;
  std::optional<double> ratio_median;
  /// (simulations ≥ observed + 1) / (simulations + 1): the Monte Carlo one-sided p-value.
  double p = 1;
};

/// The statistics of a cell from its observed count and its simulated counts (at least one).
KnoxCell knox_cell(std::int64_t observed, std::span<const std::int64_t> simulated);

}  // namespace vigie::analysis
