#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace vigie::analysis {

double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::numbers::sqrt2); }

double two_sided_p(double z) { return std::erfc(std::fabs(z) / std::numbers::sqrt2); }

std::vector<double> benjamini_hochberg(std::span<const double> p) {
  const std::size_t n = p.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
  std::vector<double> adjusted(n);
  double running = 1;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = order[k];
    const double rank = static_cast<double>(n - k);  // rank of p[i] from the smallest
    running = std::min(running, static_cast<double>(n) / rank * p[i]);
    adjusted[i] = std::min(running, 1.0);
  }
  return adjusted;
}

double median(std::vector<double> values) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  const std::size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
  const double upper = values[mid];
  if (values.size() % 2 == 1) return upper;
  const double lower =
      *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
  return (lower + upper) / 2;
}

}  // namespace vigie::analysis
