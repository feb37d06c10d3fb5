#include "analysis/knox.h"

#include <vector>

#include "analysis/statistics.h"

namespace vigie::analysis {

KnoxCell knox_cell(std::int64_t observed, std::span<const std::int64_t> simulated) {
  KnoxCell cell;
  cell.observed = observed;
  if (simulated.empty()) return cell;
  std::int64_t sum = 0;
  std::int64_t at_least = 0;
  for (std::int64_t s : simulated) {
    sum += s;
    at_least += s >= observed ? 1 : 0;
  }
  const auto n = static_cast<double>(simulated.size());
  cell.mean = static_cast<double>(sum) / n;
  cell.median = median(std::vector<double>(simulated.begin(), simulated.end()));
  if (cell.mean > 0) cell.ratio_mean = static_cast<double>(observed) / cell.mean;
  if (cell.median > 0) cell.ratio_median = static_cast<double>(observed) / cell.median;
  cell.p = static_cast<double>(at_least + 1) / (n + 1);
  return cell;
}

}  // namespace vigie::analysis
