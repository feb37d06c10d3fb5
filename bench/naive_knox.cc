#include "naive_knox.h"

#include <cmath>
#include <cstdlib>

namespace vigie::bench {

std::int64_t naive_close_pairs(const analysis::Events& events, double metres, double days) {
  std::int64_t count = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    for (std::size_t j = i + 1; j < events.size(); ++j) {
      const double d = std::fabs(events[i].x - events[j].x) + std::fabs(events[i].y - events[j].y);
      const auto t = static_cast<double>(std::llabs(events[i].day - events[j].day));
      count += (d < metres && t < days) ? 1 : 0;
    }
  }
  return count;
}

}  // namespace vigie::bench
