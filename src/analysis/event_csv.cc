#include "analysis/event_csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <optional>
#include <vector>

#include "analysis/csv_fields.h"

namespace vigie::analysis {
namespace {

using namespace csv;  // NOLINT(google-build-using-namespace): the file is about CSV

// Projected coordinates beyond ±100,000 km are a wrong column or unit, not a place.
constexpr double kMaxCoordinate = 1e8;

// A date as written, before the day/month order of "a/b/yyyy" is known.
struct RawDate {
  int a = 0;  // ISO: month; slashes: first number
  int b = 0;  // ISO: day; slashes: second number
  int year = 0;
  bool slashes = false;
  int second_of_day = -1;
};

std::optional<int> parse_time(std::string_view s) {
  if (!s.empty() && (s.back() == 'Z' || s.back() == 'z')) s.remove_suffix(1);
  if (auto dot = s.find('.'); dot != std::string_view::npos) s = s.substr(0, dot);
  std::array<int, 3> parts{0, 0, 0};
  std::size_t count = 0;
  while (count < 3) {
    const auto colon = s.find(':');
    auto part = parse_int(s.substr(0, colon), 1, 2);
    if (!part) return std::nullopt;
    parts[count++] = *part;
    if (colon == std::string_view::npos) break;
    s.remove_prefix(colon + 1);
  }
  if (count < 2 || parts[0] > 23 || parts[1] > 59 || parts[2] > 60) return std::nullopt;
  return parts[0] * 3600 + parts[1] * 60 + std::min(parts[2], 59);
}

std::optional<RawDate> parse_raw_date(std::string_view text) {
  text = trim(text);
  RawDate raw;
  const auto split = text.find_first_of("T ");
  if (split != std::string_view::npos) {
    auto time = parse_time(trim(text.substr(split + 1)));
    if (!time) return std::nullopt;
    raw.second_of_day = *time;
    text = text.substr(0, split);
  }
  raw.slashes = text.find('/') != std::string_view::npos;
  const char sep = raw.slashes ? '/' : '-';
  const auto p1 = text.find(sep);
  const auto p2 = p1 == std::string_view::npos ? p1 : text.find(sep, p1 + 1);
  if (p2 == std::string_view::npos) return std::nullopt;
  const auto first = text.substr(0, p1);
  const auto middle = text.substr(p1 + 1, p2 - p1 - 1);
  const auto last = text.substr(p2 + 1);
  auto year = parse_int(raw.slashes ? last : first, 4, 4);
  auto a = parse_int(raw.slashes ? first : middle, 1, 2);
  auto b = parse_int(raw.slashes ? middle : last, 1, 2);
  if (!year || !a || !b) return std::nullopt;
  raw.year = *year;
  raw.a = *a;
  raw.b = *b;
  return raw;
}

// Month and day of a raw date under an order; nullopt when that is no real calendar day.
std::optional<std::int64_t> resolve_day(const RawDate& raw, DateOrder order) {
  int month = raw.a;
  int day = raw.b;
  if (raw.slashes && order == DateOrder::day_month) std::swap(month, day);
  const std::chrono::year_month_day ymd{std::chrono::year{raw.year},
                                        std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  if (month < 1 || day < 1 || raw.year < 1900 || raw.year > 2100 || !ymd.ok()) {
    return std::nullopt;
  }
  return days_from_civil(raw.year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

// The first number of "a/b/yyyy" above 12 means day first; the second above 12, month first.
Result<DateOrder> decide_order(const std::vector<RawDate>& dates, DateOrder requested) {
  if (requested != DateOrder::automatic) return requested;
  bool day_first = false;
  bool month_first = false;
  for (const RawDate& raw : dates) {
    if (!raw.slashes) continue;
    day_first = day_first || raw.a > 12;
    month_first = month_first || raw.b > 12;
  }
  if (day_first && month_first) {
    return Error::invalid("les dates mélangent jour/mois et mois/jour : précisez l'ordre.", "date");
  }
  if (month_first) return DateOrder::month_day;
  if (day_first) return DateOrder::day_month;
  const bool any_slash =
      std::any_of(dates.begin(), dates.end(), [](const RawDate& r) { return r.slashes; });
  if (any_slash) {
    return Error::invalid("dates jj/mm ou mm/jj impossibles à distinguer dans ce fichier : "
                          "précisez l'ordre (jour-mois ou mois-jour).",
                          "date");
  }
  return DateOrder::automatic;
}

struct Columns {
  std::size_t x = 0;
  std::size_t y = 1;
  std::size_t date = 2;
};

const std::array<std::string_view, 4> kXNames{"x", "coord_x", "x_l93", "longitude_m"};
const std::array<std::string_view, 4> kYNames{"y", "coord_y", "y_l93", "latitude_m"};
const std::array<std::string_view, 6> kDateNames{"date",     "date_single", "jour",
                                                 "datetime", "date_heure",  "date_faits"};

template <std::size_t N>
Result<std::size_t> find_column(const std::vector<std::string>& header, const std::string& wanted,
                                const std::array<std::string_view, N>& usual,
                                const std::string& field) {
  if (auto position = parse_int(wanted, 1, 3); position) {
    if (*position < 1 || static_cast<std::size_t>(*position) > header.size()) {
      return Error::invalid("colonne " + wanted + " absente (le fichier en a " +
                                std::to_string(header.size()) + ").",
                            field);
    }
    return static_cast<std::size_t>(*position - 1);
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = lower(trim(header[i]));
    const bool match = wanted.empty() ? std::find(usual.begin(), usual.end(), name) != usual.end()
                                      : name == lower(wanted);
    if (match) return i;
  }
  std::string names;
  for (const std::string& h : header)
    names += (names.empty() ? "" : ", ") + std::string(trim(h));
  return Error::invalid("colonne « " + (wanted.empty() ? field : wanted) +
                            " » introuvable dans l'en-tête (" + names + ").",
                        field);
}

Result<Columns> resolve_columns(const std::vector<std::string>& first, bool header,
                                const CsvOptions& options) {
  Columns columns;
  if (!header) {
    for (const std::string* wanted : {&options.x_column, &options.y_column, &options.date_column}) {
      if (!wanted->empty() && !parse_int(*wanted, 1, 3)) {
        return Error::invalid("le fichier n'a pas d'en-tête : désignez la colonne « " + *wanted +
                                  " » par son numéro.",
                              "csv");
      }
    }
  }
  if (header || !options.x_column.empty()) {
    columns.x = TRY(find_column(first, options.x_column, kXNames, "x"));
  }
  if (header || !options.y_column.empty()) {
    columns.y = TRY(find_column(first, options.y_column, kYNames, "y"));
  }
  if (header || !options.date_column.empty()) {
    columns.date = TRY(find_column(first, options.date_column, kDateNames, "date"));
  }
  return columns;
}

Result<double> coordinate(const std::vector<std::string>& fields, std::size_t column, char sep,
                          std::size_t line, const char* name) {
  if (column >= fields.size())
    return line_error(line, std::string("colonne ") + name + " absente.", name);
  auto value = parse_number(fields[column], sep);
  if (!value || !std::isfinite(*value)) {
    return line_error(line,
                      std::string("coordonnée ") + name + " illisible « " +
                          std::string(trim(fields[column])) + " ».",
                      name);
  }
  if (std::fabs(*value) > kMaxCoordinate) {
    return line_error(line,
                      std::string("coordonnée ") + name + " hors plage (" +
                          std::string(trim(fields[column])) + " m).",
                      name);
  }
  return *value;
}

}  // namespace

Result<EventTable> parse_events_csv(std::string_view text, const CsvOptions& options) {
  EventTable table;
  std::vector<RawDate> dates;
  std::optional<Columns> columns;
  Reader reader(text);
  while (auto fields = TRY(reader.next())) {
    const std::size_t number = reader.line();
    table.separator = reader.separator();
    if (!columns) {
      // A named column implies a header; otherwise a header is a first line whose x is no number.
      const auto position = parse_int(options.x_column, 1, 3);
      const std::size_t probe =
          position && *position >= 1 ? static_cast<std::size_t>(*position - 1) : 0;
      table.header = (!options.x_column.empty() && !position) || probe >= fields->size() ||
                     !parse_number((*fields)[probe], table.separator);
      columns = TRY(resolve_columns(*fields, table.header, options));
      if (table.header) continue;
    }
    if (table.events.size() >= options.max_events) {
      return line_error(number,
                        "trop d'événements (plus de " + std::to_string(options.max_events) +
                            ") : découpez le fichier.",
                        "csv");
    }
    Event event;
    event.x = TRY(coordinate(*fields, columns->x, table.separator, number, "x"));
    event.y = TRY(coordinate(*fields, columns->y, table.separator, number, "y"));
    if (columns->date >= fields->size()) return line_error(number, "colonne date absente.", "date");
    auto raw = parse_raw_date((*fields)[columns->date]);
    if (!raw) {
      return line_error(number,
                        "date illisible « " + std::string(trim((*fields)[columns->date])) +
                            " » (attendu AAAA-MM-JJ, JJ/MM/AAAA, heure HH:MM facultative).",
                        "date");
    }
    event.second_of_day = raw->second_of_day;
    dates.push_back(*raw);
    table.events.push_back(event);
    table.lines.push_back(number);
  }
  if (table.events.empty()) return Error::invalid("le fichier ne contient aucun événement.", "csv");
  table.date_order = TRY(decide_order(dates, options.date_order));
  for (std::size_t i = 0; i < dates.size(); ++i) {
    auto day = resolve_day(dates[i], table.date_order);
    if (!day) return line_error(table.lines[i], "date inexistante ou hors de 1900-2100.", "date");
    table.events[i].day = *day;
  }
  return table;
}

}  // namespace vigie::analysis
