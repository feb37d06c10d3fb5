#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "strategy/model.h"

namespace vigie {

/// Months between two measurements of an indicator of this periodicity (kPeriodicities):
/// mensuelle 1, trimestrielle 3, semestrielle 6, annuelle 12; 0 for none or an unknown one.
int periodicity_months(std::string_view periodicity);

/// The day (YYYY-MM-DD) the next measurement is due: the latest dated measurement, else the
/// baseline's day, plus the periodicity. None without a periodicity or a day to count from.
std::optional<std::string> next_measurement_due(const Indicator& indicator);

/// Fills `next_measurement_due` and `measurement_late` (the due day is before `today`,
/// YYYY-MM-DD). An indicator that follows the SSMSI fills itself: never late.
void mark_measurement_due(Indicator& indicator, std::string_view today);

}  // namespace vigie
