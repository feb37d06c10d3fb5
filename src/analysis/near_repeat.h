#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/event.h"
#include "analysis/knox.h"
#include "analysis/run_control.h"
#include "core/result.h"

namespace vigie::analysis {

enum class Metric { manhattan, euclidean };

struct NearRepeatOptions {
  Metric metric = Metric::manhattan;
  double spatial_bandwidth = 0;  // metres
  int spatial_bands = 0;
  double temporal_bandwidth = 0;  // days
  int temporal_bands = 0;
  /// A first row for pairs closer than `same_location_distance` (the same address).
  bool same_location = false;
  double same_location_distance = 0.01;
  /// A last row ("beyond" the spatial bands) and a last column (beyond the temporal bands).
  bool spatial_beyond = false;
  bool temporal_beyond = false;
  /// Time apart in whole days (the date only), or with the time of day when every event has one.
  bool use_time_of_day = false;
  int simulations = 999;
  std::uint64_t seed = 1;
  /// 0: every core of the machine.
  unsigned threads = 0;
  /// Reproduce the Near Repeat Calculator (Ratcliffe, v1.3): 32-bit coordinates, same-location
  /// row, both "more than" bands, whole days, its labels; `simulations` is then its "iterations"
  /// count N, of which it runs N − 1.
  bool nrc = false;
  /// At most this many close pairs kept (0: no bound; about 10 bytes each, and each simulation
  /// visits them all): beyond, a 400 "events" asks for fewer facts rather than exhaust memory.
  std::size_t max_near_pairs = 0;
};

struct Band {
  double lower = 0;  // included
  double upper = 0;  // excluded; +infinity for a "beyond" band
  std::string label;
};

struct NearRepeatResult {
  std::vector<Band> spatial;    // rows
  std::vector<Band> temporal;   // columns
  std::vector<KnoxCell> cells;  // row-major: spatial × temporal
  int simulations = 0;
  std::size_t events = 0;
  std::uint64_t pairs_total = 0;  // n(n−1)/2
  std::uint64_t pairs_near = 0;   // pairs inside the spatial bands, the only ones visited
  unsigned threads = 0;

  const KnoxCell& cell(std::size_t row, std::size_t column) const {
    return cells[row * temporal.size() + column];
  }
};

/// The Knox test for near repeats with Monte Carlo permutations. Reproducible for a given seed
/// whatever the number of threads: simulation k always draws from its own generator.
Result<NearRepeatResult> near_repeat(const Events& events, const NearRepeatOptions& options,
                                     const RunControl& control = {});

/// Only the observed table (no simulation), for checks against other tools.
Result<NearRepeatResult> near_repeat_observed(const Events& events,
                                              const NearRepeatOptions& options);

}  // namespace vigie::analysis
