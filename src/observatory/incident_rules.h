#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "geo/area.h"
#include "observatory/model.h"

/// The rules of an incident's content, whoever sends it (the form, the API, a partner's file).
namespace vigie::incident_rules {

/// Where a fact or a problem is, as its own fields hold it (incidents and problems alike).
struct PlaceFields {
  std::optional<double>& longitude;  // WGS84 degrees
  std::optional<double>& latitude;
  std::optional<double>& x;  // Lambert-93 metres
  std::optional<double>& y;
  const std::optional<std::string>& place;  // a street or place name
};

/// Fills the point in both systems from whichever was given — longitude/latitude (WGS84, which
/// wins when both are) or x/y (Lambert-93) — through PROJ; without a point, a place name is
/// required. Errors (400): half a point, neither point nor place, a point outside Lambert-93's
/// area (named longitude or x).
Result<void> locate(PlaceFields where);

/// A day from 1990 to `today` ("YYYY-MM-DD"), a time "HH:MM" only for a single day, a period
/// ending after it starts and not in the future. Errors name occurred_on, occurred_time or
/// period_end.
Result<void> check_when(const Incident& incident, const std::string& today);

/// The longest description and place name (characters), whoever sends them.
inline constexpr std::size_t kDescriptionLength = 500;
inline constexpr std::size_t kPlaceLength = 200;

/// A free text (description, place) within `max_length` characters and without what looks like
/// a person (core/nominative.h). Errors (400) name `field`.
Result<void> check_free_text(const std::optional<std::string>& text, const char* field,
                             std::size_t max_length);

/// How far outside its territory's contour a point may lie (metres): a fact on a boundary road,
/// a point placed a little off; beyond, the coordinates are taken for a mistake.
inline constexpr double kOutsideTolerance = 1000;

/// A point (x, y: Lambert-93 metres; none: nothing to check) within kOutsideTolerance of `area`
/// (null: no contour loaded, nothing to check). Error (400 "longitude") saying how far it is.
/// Area contours are read before a transaction opens (TerritoryService::area takes its own
/// connection).
Result<void> check_inside(const std::optional<double>& x, const std::optional<double>& y,
                          const geo::Area* area);

/// check_when, locate, and a description and place without what looks like a person (a civility and
/// a name, a birth date, a telephone number, an e-mail address: core/nominative.h).
Result<void> check_content(Incident& incident, const std::string& today);

}  // namespace vigie::incident_rules
