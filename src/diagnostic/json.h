#pragma once

#include <boost/json/object.hpp>

#include "diagnostic/model.h"
#include "diagnostic/uploads.h"

namespace vigie {

/// {id, level, file_name, sha256, schema, years: [int], geography_year, produced_on (YYYY-MM-DD),
/// rows, masked_rows, zones, unlocated_rows, imported_at, replaced_at}
boost::json::object edition_json(const SsmsiEdition& e);
/// {id, file_name, size, received (bytes), state, fraction (0–1), rows, edition?, unchanged?,
/// replaced?: [id], error?: {code, message, field}}
boost::json::object upload_json(const SsmsiUploadState& s);

}  // namespace vigie
