#include "diagnostic/aggregate.h"

#include <algorithm>
#include <cmath>

namespace vigie::ssmsi_aggregate {

std::optional<double> rate_base(const ZoneFigure& f, std::optional<double> declared) {
  if (f.count && f.rate && *f.count > 0 && *f.rate > 0) {
    return static_cast<double>(*f.count) * 1000.0 / *f.rate;
  }
  return declared;
}

SsmsiPoint sum(int year, const std::vector<ZoneFigure>& zones) {
  SsmsiPoint p;
  p.year = year;
  p.zones = static_cast<int>(zones.size());
  p.zones_published = 0;
  if (zones.size() == 1) {
    const ZoneFigure& z = zones.front();
    p.published = z.published;
    p.zones_published = z.published ? 1 : 0;
    if (z.published) {
      p.count = z.count;
      p.rate = z.rate;
    }
    return p;
  }
  std::int64_t count = 0;
  double base = 0;
  bool base_known = true;
  for (const ZoneFigure& z : zones) {
    if (!z.published || !z.count) continue;
    ++p.zones_published;
    count += *z.count;
    if (z.base && *z.base > 0) {
      base += *z.base;
    } else {
      base_known = false;
    }
  }
  p.published = p.zones_published > 0;
  p.partial = p.published && p.zones_published < p.zones;
  if (p.published) {
    p.count = count;
    if (base_known && base > 0) p.rate = static_cast<double>(count) * 1000.0 / base;
  }
  return p;
}

std::optional<double> quantile(std::vector<double> values, double p) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  double h = (static_cast<double>(values.size()) - 1) * p;
  auto lo = static_cast<std::size_t>(std::floor(h));
  std::size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

}  // namespace vigie::ssmsi_aggregate
