#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vigie {

/// The calendar day (UTC) of an instant, "YYYY-MM-DD".
std::string date_of(std::int64_t epoch_seconds);
/// "2026-03-14" → "14/03/2026", as French readers write a date; other text is returned as is.
std::string french_date(std::string_view iso);
/// "YYYY-MM-DD" plus `months`, the day clamped to the month's last (31 January + 1 = 28/29
/// February).
std::string add_months(std::string_view date, int months);
/// "YYYY-MM-DD" plus `days` (negative: before).
std::string add_days(std::string_view date, std::int64_t days);
/// Whole months from `from` to `to` (both "YYYY-MM-DD"), counting a month only when its day is
/// reached; negative when `to` is earlier.
int months_between(std::string_view from, std::string_view to);
/// True for "YYYY-MM-DDTHH:MM" with a real day and time.
bool is_local_datetime(std::string_view text);
/// The wall-clock time in Europe/Paris of an instant, "YYYY-MM-DDTHH:MM" (CET/CEST).
std::string paris_local_datetime(std::int64_t epoch_seconds);

}  // namespace vigie
