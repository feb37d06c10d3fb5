#pragma once

#include <string>

#include <boost/json.hpp>

#include "core/result.h"

/// An analysis result as a file a person opens elsewhere: CSV (LibreOffice, Excel: UTF-8 with
/// its mark, semicolons, decimal commas) or GeoJSON (QGIS, uMap).
namespace vigie::analysis_export {

/// Errors: 400 "format" when the kind has no such export (a density has no GeoJSON).
Result<std::string> csv(const boost::json::object& result);
Result<std::string> geojson(const boost::json::object& result);

}  // namespace vigie::analysis_export
