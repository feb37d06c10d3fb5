#include "analysis/temporal.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "analysis/statistics.h"

namespace vigie::analysis {
namespace {

std::int64_t month_index(std::int64_t day) {
  const CivilDate date = civil_from_days(day);
  return static_cast<std::int64_t>(date.year) * 12 + static_cast<std::int64_t>(date.month) - 1;
}

std::string month_label(std::int64_t index) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", static_cast<int>(index / 12),
                static_cast<int>(index % 12) + 1);
  return buffer;
}

// Σ t(t−1)(2t+5) and Σ t(t−1) over groups of equal values.
struct Ties {
  double variance_term = 0;
  double pairs = 0;
};
Ties ties_of(const std::vector<double>& series) {
  std::map<double, double> groups;
  for (double v : series)
    groups[v] += 1;
  Ties ties;
  for (const auto& [value, t] : groups) {
    ties.variance_term += t * (t - 1) * (2 * t + 5);
    ties.pairs += t * (t - 1) / 2;
  }
  return ties;
}

}  // namespace

HourWeekday hour_weekday(const Events& events) {
  HourWeekday table;
  for (const Event& e : events) {
    if (!e.has_time()) {
      ++table.without_time;
      continue;
    }
    const auto weekday = static_cast<std::size_t>(weekday_from_days(e.day));
    const auto hour = static_cast<std::size_t>(e.second_of_day / 3600);
    ++table.counts[weekday][hour];
  }
  return table;
}

std::vector<MonthCount> monthly_series(const Events& events) {
  if (events.empty()) return {};
  std::map<std::int64_t, std::int64_t> counts;
  for (const Event& e : events)
    ++counts[month_index(e.day)];
  std::vector<MonthCount> series;
  for (std::int64_t m = counts.begin()->first; m <= counts.rbegin()->first; ++m) {
    auto it = counts.find(m);
    series.push_back({month_label(m), it == counts.end() ? 0 : it->second});
  }
  return series;
}

Result<MannKendall> mann_kendall(const std::vector<double>& series) {
  const std::size_t n = series.size();
  if (n < 4) return Error::invalid("il faut au moins 4 valeurs pour une tendance.", "series");
  MannKendall mk;
  std::vector<double> slopes;
  slopes.reserve(n * (n - 1) / 2);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double d = series[j] - series[i];
      mk.s += (d > 0) - (d < 0);
      slopes.push_back(d / static_cast<double>(j - i));
    }
  }
  const Ties ties = ties_of(series);
  const auto nd = static_cast<double>(n);
  const double pairs = nd * (nd - 1) / 2;
  if (ties.pairs == pairs) {  // a constant series: nothing to test, and certainly no trend
    mk.constant = true;
    mk.trend = "pas de tendance";
    return mk;
  }
  mk.variance = (nd * (nd - 1) * (2 * nd + 5) - ties.variance_term) / 18;
  const auto s = static_cast<double>(mk.s);
  const double corrected = s > 0 ? s - 1 : (s < 0 ? s + 1 : 0);
  mk.z = corrected / std::sqrt(mk.variance);
  mk.p = two_sided_p(mk.z);
  mk.tau = s / std::sqrt(pairs * (pairs - ties.pairs));
  mk.sen_slope = median(std::move(slopes));
  mk.trend = mk.p > 0.05 ? "pas de tendance" : (mk.z > 0 ? "hausse" : "baisse");
  return mk;
}

}  // namespace vigie::analysis
