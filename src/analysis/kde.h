#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "analysis/event.h"
#include "analysis/run_control.h"
#include "analysis/window.h"
#include "core/result.h"

namespace vigie::analysis {

enum class Kernel { gaussian, quartic, uniform };

struct KdeOptions {
  Kernel kernel = Kernel::gaussian;
  /// Standard deviation of the kernel in metres (as spatstat: for the quartic kernel the support
  /// radius is σ·√8, for the uniform disc 2σ). Default: an eighth of the window's shorter side.
  std::optional<double> sigma;
  /// Abramson's adaptive bandwidth (Gaussian only): σᵢ = σ·(f̃ᵢ/g)^−½, capped at 5σ.
  bool adaptive = false;
  int columns = 128;
  int rows = 128;
  /// Uniform edge correction: divide by the kernel's mass inside the window.
  bool edge_correction = true;
  /// Default: the events' bounding box.
  std::optional<Window> window;
  /// A polygonal window as spatstat's owin polygon becomes a mask: for each pixel (row-major,
  /// row 0 at the bottom), whether its centre is inside. Events are still counted at their
  /// nearest pixel; the edge correction is the kernel's mass over the mask's pixels; pixels
  /// outside get NaN (spatstat's NA). Empty: the whole rectangle.
  std::vector<bool> mask;
};

/// Intensity in events per square metre at the centre of each pixel.
struct DensityGrid {
  Window window;
  int columns = 0;
  int rows = 0;
  double sigma = 0;
  std::vector<double> values;  // row-major, row 0 at the bottom (ymin)

  double pixel_width() const { return window.width() / columns; }
  double pixel_height() const { return window.height() / rows; }
  double x_of(int column) const { return window.xmin + pixel_width() / 2 + column * pixel_width(); }
  double y_of(int row) const { return window.ymin + pixel_height() / 2 + row * pixel_height(); }
  /// The pixel whose centre is nearest to (x, y), ties to even as R's round, clamped to the
  /// grid: where spatstat's pixellate counts an event.
  std::pair<int, int> nearest_pixel(double x, double y) const {
    const auto c = static_cast<int>(std::nearbyint((x - x_of(0)) / pixel_width()));
    const auto r = static_cast<int>(std::nearbyint((y - y_of(0)) / pixel_height()));
    return {std::clamp(r, 0, rows - 1), std::clamp(c, 0, columns - 1)};
  }
  double at(int row, int column) const {
    return values[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) +
                  static_cast<std::size_t>(column)];
  }
};

/// Kernel density on a pixel grid, computed as spatstat's density.ppp does (events counted at
/// their nearest pixel centre, kernel sampled on the pixel lattice and normalised to sum 1,
/// uniform edge correction from the same discrete kernel), so the two agree to rounding.
Result<DensityGrid> kernel_density(const Events& events, const KdeOptions& options,
                                   const RunControl& control = {});

}  // namespace vigie::analysis
