#include "analysis/bands.h"

#include <cmath>
#include <limits>
#include <sstream>

namespace vigie::analysis {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::string number(double value) {
  std::ostringstream out;
  out.precision(10);
  out << value;
  std::string text = out.str();
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

}  // namespace

int band_of(double value, double width, int count) {
  if (!(value < count * width)) return count;
  auto k = static_cast<int>(std::floor(value / width));
  while (k > 0 && k * width > value)
    --k;
  while (k + 1 < count && (k + 1) * width <= value)
    ++k;
  return k;
}

std::vector<Band> spatial_bands(const NearRepeatOptions& o) {
  std::vector<Band> bands;
  const double b = o.spatial_bandwidth;
  if (o.same_location) {
    bands.push_back(
        {0, o.same_location_distance,
         o.nrc ? "Same location" : "même lieu (< " + number(o.same_location_distance) + " m)"});
  }
  for (int k = 0; k < o.spatial_bands; ++k) {
    const double lo = k * b;
    const double hi = (k + 1) * b;
    bands.push_back(
        {lo, hi,
         o.nrc ? number(lo + 1) + " to " + number(hi) : number(lo) + " à " + number(hi) + " m"});
  }
  if (o.spatial_beyond) {
    const double lo = o.spatial_bands * b;
    bands.push_back({lo, kInfinity, o.nrc ? "More than " + number(lo) : number(lo) + " m et plus"});
  }
  return bands;
}

std::vector<Band> temporal_bands(const NearRepeatOptions& o) {
  std::vector<Band> bands;
  const double t = o.temporal_bandwidth;
  for (int k = 0; k < o.temporal_bands; ++k) {
    const double lo = k * t;
    const double hi = (k + 1) * t;
    // The calculator writes [k·t, (k+1)·t) whole days as "k·t+1 to (k+1)·t", the first "0 to t".
    bands.push_back({lo, hi,
                     o.nrc ? number(k == 0 ? 0 : lo + 1) + " to " + number(hi)
                           : number(lo) + " à " + number(hi) + " j"});
  }
  if (o.temporal_beyond) {
    const double lo = o.temporal_bands * t;
    bands.push_back({lo, kInfinity, o.nrc ? "More than " + number(lo) : number(lo) + " j et plus"});
  }
  return bands;
}

}  // namespace vigie::analysis
