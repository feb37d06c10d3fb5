#pragma once

#include <string>

#include "analysis/event.h"
#include "core/result.h"

namespace vigie::analysis {

/// A rectangle in projected metres: the study area of a density or a fishnet.
struct Window {
  double xmin = 0;
  double ymin = 0;
  double xmax = 0;
  double ymax = 0;

  double width() const { return xmax - xmin; }
  double height() const { return ymax - ymin; }
  bool contains(double x, double y) const {
    return x >= xmin && x <= xmax && y >= ymin && y <= ymax;
  }
};

/// The smallest rectangle holding every event.
Window bounding_box(const Events& events);

/// Checks a window has an area and holds every event; the error names "window" or
/// "events[i]" (0-based) so a caller can point at the line.
Result<void> check_window(const Window& window, const Events& events);

}  // namespace vigie::analysis
