#pragma once

#include <string>
#include <vector>

#include "analysis/event.h"
#include "analysis/window.h"
#include "core/result.h"

namespace vigie::analysis {

/// An area with a value: a fishnet cell and its count, or a given zone (IRIS, quartier).
struct Area {
  std::string id;
  double x = 0;  // representative point (centroid), metres
  double y = 0;
  double value = 0;
};

/// Square cells of `cell` metres from the window's lower-left corner, row by row from the
/// bottom; an event on the upper or right edge counts in the last cell. Ids "r<row>c<column>".
struct Fishnet {
  Window window;
  double cell = 0;
  int columns = 0;
  int rows = 0;
  std::vector<Area> cells;
};
Result<Fishnet> fishnet(const Events& events, double cell, const Window& window);

struct GiStarOptions {
  /// Areas whose points are at most this far apart (Euclidean) are neighbours; each area is its
  /// own neighbour (the "star").
  double distance = 0;
  /// Classes from Benjamini–Hochberg adjusted p-values (false discovery rate), or raw ones.
  bool false_discovery_rate = true;
};

struct GiStarValue {
  /// False for an area whose neighbourhood holds every area: its Gi* is 0/0, undefined (as
  /// GeoDa marks it; field case 14). Its z, p and class are then meaningless (0, 1, 1, 0) and
  /// its p takes no part in the Benjamini–Hochberg adjustment of the others.
  bool defined = true;
  double z = 0;
  double p = 1;        // two-sided
  double p_fdr = 1;    // Benjamini–Hochberg
  int neighbours = 0;  // itself included
  /// +3/+2/+1 hot spot at 99/95/90 % confidence, −3/−2/−1 cold spot, 0 not significant.
  int confidence = 0;
};

/// Getis–Ord Gi* with binary distance-band weights (Getis & Ord 1992; Ord & Getis 1995), equal
/// to spdep::localG on include.self(dnearneigh(…, 0, distance)) with style "B". Errors: every
/// area undefined (the band holds them all), equal values, bad coordinates.
Result<std::vector<GiStarValue>> getis_ord_gistar(const std::vector<Area>& areas,
                                                  const GiStarOptions& options);

}  // namespace vigie::analysis
