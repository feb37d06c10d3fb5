#pragma once

#include <map>
#include <optional>
#include <vector>

#include "diagnostic/view.h"

/// The sums and summaries of the diagnostic, pure (no store): the formulas are the SSMSI's
/// (rate = count / base × 1,000, the base being the population municipale, or the dwellings for
/// burglaries).
namespace vigie::ssmsi_aggregate {

/// One zone's figure and the base of its rate, for summing.
struct ZoneFigure {
  std::optional<std::int64_t> count;
  std::optional<double> rate;
  bool published = true;
  std::optional<double> base;  // inhabitants or dwellings; none when unknown
};

/// The base a rate was computed on: count / rate × 1,000 when both are known and positive,
/// else `declared` (the population or dwellings the base publishes).
std::optional<double> rate_base(const ZoneFigure& f, std::optional<double> declared);

/// The sum of zones for one year. One zone: its figure as published. Several: counts added and
/// the rate recomputed over the added bases; when some are masked, `partial` with the published
/// part only; when none is published, no count and no rate.
SsmsiPoint sum(int year, const std::vector<ZoneFigure>& zones);

/// Quartiles by linear interpolation between order statistics (R's type 7, Excel's
/// QUARTILE.INC). `values` need not be sorted; none when empty.
std::optional<double> quantile(std::vector<double> values, double p);

}  // namespace vigie::ssmsi_aggregate
