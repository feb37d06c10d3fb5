#pragma once

#include <boost/json/object.hpp>

#include "diagnostic/view.h"

namespace vigie {

/// {territory: {id, name, kind, communes: [code]}, years: [int], source: text,
///  editions: {communal, departemental}: edition|null,
///  indicators: [{id, label, unit, per: "habitants"|"logements", territory, departement,
///                region, france: {code, name, points: [{year, count|null, rate|null (per
///                1,000), published, partial, zones, zones_published}]},
///                similar: {year, band_min, band_max (0: none), area, area_name, communes,
///                          q1, median, q3, rate, above}|null}]}
boost::json::object diagnostic_json(const Diagnostic& d);

}  // namespace vigie
