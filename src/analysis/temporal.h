#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/event.h"
#include "core/result.h"

namespace vigie::analysis {

/// Events by weekday (0 = Monday) and hour of the day; those with a date only are counted apart.
struct HourWeekday {
  std::array<std::array<std::int64_t, 24>, 7> counts{};
  std::int64_t without_time = 0;
};
HourWeekday hour_weekday(const Events& events);

struct MonthCount {
  std::string month;  // "2016-01"
  std::int64_t count = 0;
};
/// Every month from the first event's to the last event's, months without events included.
std::vector<MonthCount> monthly_series(const Events& events);

/// Mann–Kendall trend test: S = Σ sign(xⱼ − xᵢ) over i < j; variance with the ties correction;
/// z with continuity correction; two-sided p; Kendall's τ-b; Sen's slope (median of pairwise
/// slopes, in units per step).
struct MannKendall {
  std::int64_t s = 0;
  double variance = 0;
  double z = 0;
  double p = 1;
  double tau = 0;
  double sen_slope = 0;
  /// "hausse", "baisse" or "pas de tendance" at the 5 % level.
  std::string trend;
  /// Every value equal: S = 0, Sen 0, "pas de tendance" (the test's variance is 0, z and τ are
  /// set to 0 and p to 1 rather than divided by it; field case 01).
  bool constant = false;
};
/// At least 4 values.
Result<MannKendall> mann_kendall(const std::vector<double>& series);

}  // namespace vigie::analysis
