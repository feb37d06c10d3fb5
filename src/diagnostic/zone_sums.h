#pragma once

#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "diagnostic/aggregate.h"
#include "diagnostic/figures_repository.h"

/// Stored SSMSI figures turned into the zones ssmsi_aggregate::sum adds: the one place where a
/// zone's rate base (inhabitants, or dwellings for burglaries) is chosen.
namespace vigie::zone_sums {

using FigureKey = std::tuple<std::string, std::int64_t, int>;  // zone, indicator, year
using Figures = std::map<FigureKey, ssmsi_repository::StoredFigure>;
using Populations = std::map<std::pair<std::string, int>, ssmsi_repository::StoredPopulation>;

/// One stored figure as a zone to sum, its base from `populations` (none when absent).
ssmsi_aggregate::ZoneFigure zone_figure(const ssmsi_repository::StoredFigure& f,
                                        const Populations& populations, bool per_dwellings);

/// A single published figure as a point (a département's, a région's): the one-zone sum.
SsmsiPoint published_point(const ssmsi_repository::StoredFigure& f);

/// The communes' sum for one indicator and year; a commune without a figure counts as not
/// published (so the sum says `partial`). None when no commune has a figure that year.
std::optional<SsmsiPoint> communes_sum(const std::vector<std::string>& codes,
                                       std::int64_t indicator_id, int year, bool per_dwellings,
                                       const Figures& figures, const Populations& populations);

}  // namespace vigie::zone_sums
