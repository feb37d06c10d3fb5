#pragma once

#include <filesystem>

#include "store/database.h"

namespace vigie {

struct OfficialListCounts {
  std::size_t regions = 0;
  std::size_t departements = 0;
  std::size_t communes = 0;
  std::size_t epci = 0;
  std::size_t epci_members = 0;
};

/// Loads (or reloads, replacing) the official communes, EPCI, départements and régions from the
/// data folder of the npm package @etalab/decoupage-administratif, in one transaction.
Result<OfficialListCounts> load_official_list(Database& db, const std::filesystem::path& data_dir);

/// Where `npm ci` puts the package, relative to the project root.
inline constexpr const char* kOfficialListDir = "node_modules/@etalab/decoupage-administratif/data";

}  // namespace vigie
