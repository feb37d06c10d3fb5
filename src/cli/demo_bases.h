#pragma once

#include <string>
#include <vector>

#include "store/database.h"

namespace vigie::cli {

/// Loads the commune contours of the given départements from `dir`/communes-NN.geojson (the
/// files the map serves). Returns the exit status (2 naming the file when one is unreadable).
int load_contours(Database& db, const std::string& dir,
                  const std::vector<std::string>& departements);

/// Imports the real départemental SSMSI base and the GENERATED communal base of the demo
/// départements (04, 13, 72, 78, 95) from `dir` (data/ssmsi); an edition already there is
/// left as is. Returns the exit status.
int load_statistics(Database& db, const std::string& dir);

}  // namespace vigie::cli
