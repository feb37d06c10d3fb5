#pragma once

#include <boost/json.hpp>

#include "core/json_reader.h"
#include "observatory/model.h"
#include "observatory/service.h"

namespace vigie {

boost::json::object to_json(const IncidentCategory& c);
boost::json::object to_json(const Incident& i);
boost::json::object to_json(const IncidentSummary& s);
boost::json::object to_json(const IncidentImport& r);
/// The incidents with a point as a GeoJSON FeatureCollection (RFC 7946: WGS84, longitude
/// first), properties id, category, date, time, source; those without a point are counted in
/// "without_point" beside it.
boost::json::object incidents_geojson(const std::vector<Incident>& incidents);

/// Fields of an incident as the API takes them (see docs/api.md); territory and id come from
/// the path or the service.
void read_incident(JsonReader& in, Incident& out);
void read_category(JsonReader& in, IncidentCategory& out);

/// Longest description (characters): a short fact, never a narrative about people.

}  // namespace vigie
