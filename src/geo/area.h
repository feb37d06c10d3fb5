#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/window.h"
#include "core/result.h"

namespace vigie::geo {

/// A surface — a commune's contour, a CISPD's communes together — in Lambert-93 metres, held by
/// GEOS (Debian's libgeos, its C API): every polygon operation goes through it.
class Area {
 public:
  /// A GeoJSON geometry (RFC 7946: Polygon or MultiPolygon, WGS84 degrees), projected to
  /// Lambert-93 by PROJ; a self-touching ring as simplified files have is repaired
  /// (GEOSMakeValid). Errors: 400 on `field` for text that is not such a geometry, or a point
  /// outside Lambert-93's area.
  /// `projected`: the coordinates are metres of a projected system already (a fixture, a
  /// benchmark outside France): taken as they are.
  static Result<Area> from_geojson(std::string_view geometry, const std::string& field,
                                   bool projected = false);
  /// The union of several areas (a CISPD's communes); 400 on "contours" when empty.
  static Result<Area> union_of(const std::vector<const Area*>& parts);
  /// from_geojson of each geometry (WGS84), then their union.
  static Result<Area> union_of_geojson(const std::vector<std::string>& geometries,
                                       const std::string& field);

  ~Area();
  Area(Area&&) noexcept;
  Area& operator=(Area&&) noexcept;
  Area(const Area&) = delete;
  Area& operator=(const Area&) = delete;

  /// The bounding rectangle, metres.
  analysis::Window bounds() const;
  /// Square metres.
  double area() const;
  bool contains(double x, double y) const;
  /// Metres from (x, y) to the area, 0 inside (Lambert-93).
  double distance(double x, double y) const;
  /// For each pixel of a grid over `window` (row-major, row 0 at the bottom): whether its centre
  /// is inside — spatstat's as.mask of a polygonal owin. One scan line per row.
  std::vector<bool> mask(const analysis::Window& window, int columns, int rows) const;
  /// The square metres of `cell` inside the area (0 outside, the cell's own area inside).
  double overlap(const analysis::Window& cell) const;
  /// The area as a GeoJSON geometry in WGS84 (for the map), coordinates rounded to 1e-6°.
  Result<std::string> to_geojson() const;

 private:
  struct State;
  explicit Area(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace vigie::geo
