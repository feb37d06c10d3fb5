#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "analysis/kde.h"
#include "analysis/near_repeat.h"
#include "analysis/run_control.h"
#include "core/result.h"
#include "geo/area.h"
#include "observatory/model.h"

/// The observatoire's analyses of a territory's incidents, each a call of the `analysis/`
/// library on the incidents' Lambert-93 points with the territory's contour as study window,
/// turned into what the map draws (WGS84). No store, no HTTP: the job runner calls these.
namespace vigie::observatory_analyses {

/// The study window: the union of the communes' contours, or, when none is loaded, the
/// incidents' bounding box widened by 5 % ("emprise").
struct StudyArea {
  std::optional<geo::Area> area;
  analysis::Window frame;
  std::string kind;  // "contour" or "emprise"
};

/// Incidents with a point, as events (the first day of a period; the time when known);
/// `with_unlocated`: those without a point too, at (0, 0), for the analyses of time alone.
analysis::Events events_of(const std::vector<Incident>& incidents, bool with_unlocated = false);
/// The reporting organisation of each event of events_of(incidents), in the same order.
std::vector<std::int64_t> sources_of(const std::vector<Incident>& incidents);

/// Errors: 400 "incidents" when fewer than `minimum` incidents have a point.
Result<StudyArea> study_area(const std::vector<std::string>& contours,
                             const analysis::Events& events, std::size_t minimum);

/// Kernel density (incidents per km²) as spatstat's density.ppp on the contour: `pixels` per
/// side (16 to 512), `sigma` metres (default: an eighth of the frame's shorter side), kernel
/// "gaussian" or "quartic". The image is resampled on a longitude/latitude grid for the map.
struct DensityParameters {
  int pixels = 256;
  std::optional<double> sigma;
  std::string kernel = "gaussian";
};
Result<boost::json::object> density(const analysis::Events& events, const StudyArea& study,
                                    const DensityParameters& p,
                                    const analysis::RunControl& control);

/// Getis–Ord Gi* on a fishnet of `cell` metres over the frame, only the cells that meet the
/// contour, neighbours within `distance` metres (default 2 cells); classes 90/95/99 % after the
/// false discovery rate. Cells as GeoJSON polygons (WGS84). `show_counts` false: each cell's
/// count is left out (a partner's view).
struct HotspotParameters {
  double cell = 250;
  std::optional<double> distance;
  bool show_counts = true;
};
Result<boost::json::object> hotspots(const analysis::Events& events, const StudyArea& study,
                                     const HotspotParameters& p);

/// Near-repeat alert zones: the Knox test (Monte Carlo) on the history; the elevated risk is the
/// run of significant cells (p ≤ 0.05, ratio above 1) from the nearest distance band and the
/// first time band; around each event of the last `recent_days` before `today`, a zone of that
/// radius until that many days after it. None when the test shows no elevation.
struct NearRepeatParameters {
  double band_metres = 100;
  int spatial_bands = 5;
  int band_days = 7;
  int temporal_bands = 4;
  int simulations = 999;
  int recent_days = 28;
};
/// `sources[k]` is the organisation that reported `events[k]`: each zone keeps it
/// (`organisation_id`), so that a reader sees only the zones around their own entries
/// (zones_for_reader).
Result<boost::json::object> alert_zones(const analysis::Events& events,
                                        const std::vector<std::int64_t>& sources,
                                        const NearRepeatParameters& p, std::int64_t today,
                                        const analysis::RunControl& control);

/// An alert-zone result as a reader sees it: `visible` none → every zone; else only those around
/// entries of these organisations (a zone is centred on one fact: its place and day).
void zones_for_reader(boost::json::object& result,
                      const std::optional<std::vector<std::int64_t>>& visible);

/// Hour × weekday counts and the monthly series with its Mann–Kendall trend. `show_counts`
/// false: counts under kSmallCount are masked (null).
/// The month of `today` (days since 1970), still running, is listed with `partial` and left out
/// of the trend, which a month of a few days would bend.
Result<boost::json::object> temporal(const analysis::Events& events, bool show_counts,
                                     std::int64_t today);

/// A result as a reader without incident.manage sees it: the hot spots' counts left out, the
/// temporal counts under kSmallCount masked (null).
void mask_small_counts(boost::json::object& result);

}  // namespace vigie::observatory_analyses
