#include "analysis/window.h"

#include <algorithm>
#include <cmath>

namespace vigie::analysis {

Window bounding_box(const Events& events) {
  Window w{events.front().x, events.front().y, events.front().x, events.front().y};
  for (const Event& e : events) {
    w.xmin = std::min(w.xmin, e.x);
    w.ymin = std::min(w.ymin, e.y);
    w.xmax = std::max(w.xmax, e.x);
    w.ymax = std::max(w.ymax, e.y);
  }
  return w;
}

Result<void> check_window(const Window& w, const Events& events) {
  const bool finite = std::isfinite(w.xmin) && std::isfinite(w.ymin) && std::isfinite(w.xmax) &&
                      std::isfinite(w.ymax);
  if (!finite || !(w.width() > 0) || !(w.height() > 0)) {
    return Error::invalid("la fenêtre d'étude n'a pas de surface (tous les événements alignés ou "
                          "au même endroit ?) : donnez-la explicitement.",
                          "window");
  }
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (!w.contains(events[i].x, events[i].y)) {
      return Error::invalid("l'événement " + std::to_string(i + 1) +
                                " est hors de la fenêtre d'étude.",
                            "events[" + std::to_string(i) + "]");
    }
  }
  return {};
}

}  // namespace vigie::analysis
