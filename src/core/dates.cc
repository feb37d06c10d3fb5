#include "core/dates.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/text.h"

namespace vigie {
namespace {

struct Ymd {
  int y, m, d;
};

Ymd parse(std::string_view date) {
  return {std::stoi(std::string(date.substr(0, 4))), std::stoi(std::string(date.substr(5, 2))),
          std::stoi(std::string(date.substr(8, 2)))};
}

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return kDays[static_cast<std::size_t>(m - 1)] + (m == 2 && leap ? 1 : 0);
}

std::string format(Ymd v) {
  char buffer[40];  // room for any int, so the compiler can prove nothing is cut
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", v.y, v.m, v.d);
  return buffer;
}

}  // namespace

std::string french_date(std::string_view iso) {
  if (iso.size() != 10) return std::string(iso);
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" +
         std::string(iso.substr(0, 4));
}

std::string date_of(std::int64_t epoch_seconds) {
  std::time_t t = static_cast<std::time_t>(epoch_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return format({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
}

std::string add_months(std::string_view date, int months) {
  Ymd v = parse(date);
  int total = v.y * 12 + (v.m - 1) + months;
  Ymd out{total / 12, total % 12 + 1, 0};
  out.d = std::min(v.d, days_in_month(out.y, out.m));
  return format(out);
}

std::string add_days(std::string_view date, std::int64_t days) {
  Ymd v = parse(date);
  std::chrono::sys_days day{std::chrono::year{v.y} / v.m / v.d};
  std::chrono::year_month_day out{day + std::chrono::days{days}};
  return format({static_cast<int>(out.year()), static_cast<int>(unsigned(out.month())),
                 static_cast<int>(unsigned(out.day()))});
}

int months_between(std::string_view from, std::string_view to) {
  Ymd a = parse(from);
  Ymd b = parse(to);
  int months = (b.y - a.y) * 12 + (b.m - a.m);
  if (months > 0 && b.d < a.d) --months;
  if (months < 0 && b.d > a.d) ++months;
  return months;
}

bool is_local_datetime(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return false;
  if (!is_iso_date(text.substr(0, 10))) return false;
  for (std::size_t i : {11, 12, 14, 15}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  int hour = (text[11] - '0') * 10 + (text[12] - '0');
  int minute = (text[14] - '0') * 10 + (text[15] - '0');
  return hour < 24 && minute < 60;
}

}  // namespace vigie

namespace vigie {
namespace {

// 01:00 UTC on the last Sunday of `month`: when France changes time (EU rule since 1996).
std::int64_t last_sunday_change(int year, int month) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = days_in_month(year, month);
  tm.tm_hour = 1;
  std::time_t t = timegm(&tm);
  std::tm day{};
  gmtime_r(&t, &day);
  return static_cast<std::int64_t>(t) - std::int64_t{day.tm_wday} * 86400;
}

}  // namespace

std::string paris_local_datetime(std::int64_t epoch_seconds) {
  std::time_t t = static_cast<std::time_t>(epoch_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  int year = tm.tm_year + 1900;
  bool summer =
      epoch_seconds >= last_sunday_change(year, 3) && epoch_seconds < last_sunday_change(year, 10);
  t += summer ? 7200 : 3600;
  gmtime_r(&t, &tm);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min);
  return buffer;
}

}  // namespace vigie
