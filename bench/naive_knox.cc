#include "naive_knox.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>

namespace vigie::bench {
namespace {

std::int64_t close_pairs(const analysis::Events& events, const std::vector<std::int64_t>& day,
                         double metres, double days) {
  std::int64_t count = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    for (std::size_t j = i + 1; j < events.size(); ++j) {
      const double d = std::fabs(events[i].x - events[j].x) + std::fabs(events[i].y - events[j].y);
      const auto t = static_cast<double>(std::llabs(day[i] - day[j]));
      count += (d < metres && t < days) ? 1 : 0;
    }
  }
  return count;
}

}  // namespace

NaiveKnox naive_knox(const analysis::Events& events, double metres, double days, int simulations) {
  std::vector<std::int64_t> day;
  day.reserve(events.size());
  for (const auto& e : events)
    day.push_back(e.day);
  NaiveKnox result;
  result.observed = close_pairs(events, day, metres, days);
  std::mt19937_64 rng(2014);
  std::int64_t at_least = 0;
  double sum = 0;
  for (int s = 0; s < simulations; ++s) {
    std::shuffle(day.begin(), day.end(), rng);
    const std::int64_t count = close_pairs(events, day, metres, days);
    sum += static_cast<double>(count);
    at_least += count >= result.observed ? 1 : 0;
  }
  result.mean = sum / simulations;
  result.p = static_cast<double>(at_least + 1) / (simulations + 1);
  return result;
}

}  // namespace vigie::bench
