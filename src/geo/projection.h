#pragma once

#include <memory>

#include "core/result.h"

namespace vigie::geo {

/// A place in WGS84 degrees (EPSG:4326, longitude first as GeoJSON writes it).
struct LonLat {
  double longitude = 0;
  double latitude = 0;
};

/// A place in Lambert-93 metres (EPSG:2154), the official projection of metropolitan France,
/// where distances and areas of the analyses are measured.
struct Lambert93Point {
  double x = 0;
  double y = 0;
};

/// Converts between WGS84 and Lambert-93 with PROJ (Debian's libproj, its EPSG database): no
/// projection formula is written here. One converter per thread (a PROJ context is not shared).
/// Only places inside Lambert-93's area of use (metropolitan France and its sea, with a margin)
/// convert; outside it, 400 on `field` — Vigie's analyses measure in metres on this projection.
class Lambert93 {
 public:
  /// Errors: 500 when PROJ cannot build the transformation (its database missing).
  static Result<Lambert93> create();
  /// This thread's converter, built on first use and kept for the thread's life.
  static Result<const Lambert93*> for_this_thread();
  ~Lambert93();
  Lambert93(Lambert93&&) noexcept;
  Lambert93& operator=(Lambert93&&) noexcept;
  Lambert93(const Lambert93&) = delete;
  Lambert93& operator=(const Lambert93&) = delete;

  Result<Lambert93Point> from_wgs84(LonLat p, const char* field = "longitude") const;
  Result<LonLat> to_wgs84(Lambert93Point p, const char* field = "x") const;

 private:
  struct State;
  explicit Lambert93(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace vigie::geo
