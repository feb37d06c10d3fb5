#include "strategy/indicator_rules.h"

#include "core/dates.h"

namespace vigie {

int periodicity_months(std::string_view periodicity) {
  if (periodicity == "mensuelle") return 1;
  if (periodicity == "trimestrielle") return 3;
  if (periodicity == "semestrielle") return 6;
  if (periodicity == "annuelle") return 12;
  return 0;
}

std::optional<std::string> next_measurement_due(const Indicator& indicator) {
  int months = periodicity_months(indicator.periodicity.value_or(""));
  if (months == 0) return std::nullopt;
  std::optional<std::string> from = indicator.baseline_date;
  for (const Measurement& m : indicator.measurements) {  // in order of day
    if (m.measured_on) from = m.measured_on;
  }
  if (!from) return std::nullopt;
  return add_months(*from, months);
}

void mark_measurement_due(Indicator& indicator, std::string_view today) {
  indicator.next_measurement_due = next_measurement_due(indicator);
  indicator.measurement_late = !indicator.ssmsi_indicator && indicator.next_measurement_due &&
                               *indicator.next_measurement_due < today;
}

}  // namespace vigie
