#pragma once

#include <cstdint>
#include <vector>

namespace vigie::analysis {

/// One incident as the analyses see it: a place in projected metres (Lambert-93, or any metric
/// projection) and a moment. Nothing else about the incident reaches `analysis/`.
struct Event {
  double x = 0;
  double y = 0;
  /// Days since 1970-01-01 (civil calendar, no time zone: the local date as recorded).
  std::int64_t day = 0;
  /// Seconds since local midnight, or -1 when only the date is known.
  int second_of_day = -1;

  bool has_time() const { return second_of_day >= 0; }
  /// The moment in days, with the time of day as a fraction when it is known.
  double time_in_days() const {
    return static_cast<double>(day) + (has_time() ? second_of_day / 86400.0 : 0.0);
  }
};

using Events = std::vector<Event>;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
std::int64_t days_from_civil(int year, unsigned month, unsigned day);
/// The civil date of a day number: {year, month 1-12, day 1-31}.
struct CivilDate {
  int year;
  unsigned month;
  unsigned day;
};
CivilDate civil_from_days(std::int64_t days);
/// 0 = Monday … 6 = Sunday.
int weekday_from_days(std::int64_t days);

}  // namespace vigie::analysis
