#pragma once

#include <optional>

#include "diagnostic/model.h"
#include "store/connection.h"

/// Reading the SSMSI figures back (migration 0016), for the diagnostic.
namespace vigie::ssmsi_repository {

struct Indicator {
  std::int64_t id = 0;
  std::string label;
  std::string unit;
  bool per_dwellings = false;
};

struct StoredFigure {
  std::string zone;
  int year = 0;
  std::int64_t indicator_id = 0;
  std::optional<std::int64_t> count;
  std::optional<double> rate;
  bool published = true;
};

struct StoredPopulation {
  std::string zone;
  int year = 0;
  std::optional<std::int64_t> population;
  std::optional<double> dwellings;
};

Result<std::vector<Indicator>> indicators(Connection& conn);
/// A level's figures for these zones (every zone when `zones` is empty), optionally one year.
Result<std::vector<StoredFigure>> figures(Connection& conn, SsmsiLevel level,
                                          const std::vector<std::string>& zones,
                                          std::optional<int> year = std::nullopt);
Result<std::vector<StoredPopulation>> populations(Connection& conn, SsmsiLevel level,
                                                  const std::vector<std::string>& zones);
/// The edition that holds a level's latest year, if any.
Result<std::optional<SsmsiEdition>> latest_edition(Connection& conn, SsmsiLevel level);
/// The newest edition's id (0 when none): what cached sums depend on.
Result<std::int64_t> newest_edition_id(Connection& conn);

}  // namespace vigie::ssmsi_repository
