#include "analysis/kde_adaptive.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "analysis/statistics.h"

namespace vigie::analysis {
namespace {

constexpr double kTrim = 5;  // as spatstat's bw.abram: no bandwidth beyond 5σ

double pilot_at(const DensityGrid& g, const Event& e) {
  const auto [row, column] = g.nearest_pixel(e.x, e.y);
  return g.at(row, column);
}

// One axis of an event's kernel divided by that axis's share of the mass inside the window.
void axis_profile(std::vector<double>& out, double centre, double sigma, double lo, double hi,
                  int n, double first, double step) {
  for (int k = 0; k < n; ++k) {
    const double u = first + k * step;
    const double d = (u - centre) / sigma;
    const double inside = normal_cdf((hi - u) / sigma) - normal_cdf((lo - u) / sigma);
    out[static_cast<std::size_t>(k)] =
        std::exp(-0.5 * d * d) / (sigma * std::sqrt(2 * std::numbers::pi)) / inside;
  }
}

}  // namespace

Result<std::vector<double>> adaptive_gaussian_density(const Events& events,
                                                      const DensityGrid& pilot,
                                                      const RunControl& control) {
  std::vector<double> at_event;
  double log_sum = 0;
  for (const Event& e : events) {
    const double f = pilot_at(pilot, e);
    if (!(f > 0)) return Error::invalid("densité pilote nulle sous un événement.", "sigma");
    at_event.push_back(f);
    log_sum += std::log(f);
  }
  const double geometric_mean = std::exp(log_sum / static_cast<double>(events.size()));
  const Window& w = pilot.window;
  std::vector<double> out(pilot.values.size(), 0);
  std::vector<double> gx(static_cast<std::size_t>(pilot.columns));
  std::vector<double> gy(static_cast<std::size_t>(pilot.rows));
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i % 256 == 0) {
      if (control.cancelled()) return Error::cancelled();
      control.report("densité adaptative",
                     static_cast<double>(i) / static_cast<double>(events.size()));
    }
    const double sigma =
        pilot.sigma * std::min(std::pow(at_event[i] / geometric_mean, -0.5), kTrim);
    axis_profile(gx, events[i].x, sigma, w.xmin, w.xmax, pilot.columns, pilot.x_of(0),
                 pilot.pixel_width());
    axis_profile(gy, events[i].y, sigma, w.ymin, w.ymax, pilot.rows, pilot.y_of(0),
                 pilot.pixel_height());
    for (int r = 0; r < pilot.rows; ++r) {
      const double wy = gy[static_cast<std::size_t>(r)];
      if (wy < 1e-300) continue;
      double* row = &out[static_cast<std::size_t>(r) * static_cast<std::size_t>(pilot.columns)];
      for (std::size_t c = 0; c < gx.size(); ++c)
        row[c] += wy * gx[c];
    }
  }
  return out;
}

}  // namespace vigie::analysis
