#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/event.h"
#include "core/result.h"

namespace vigie::analysis {

/// How "03/04/2016" reads: day first (French), month first (US), or decided from the file
/// (a first number above 12 means day first; ambiguous to the end is an error).
enum class DateOrder { automatic, day_month, month_day };

struct CsvOptions {
  /// Column names (case-insensitive) or 1-based positions ("2"). Empty: the usual names
  /// (x/X, y/Y, date/date_single/jour…), or columns 1, 2 and 3 when the file has no header.
  std::string x_column{};
  std::string y_column{};
  std::string date_column{};
  DateOrder date_order = DateOrder::automatic;
  /// A file larger than this is refused rather than exhausting memory.
  std::size_t max_events = 10'000'000;
};

struct EventTable {
  Events events;
  std::vector<std::size_t> lines;  // the file line of each event, for messages
  char separator = ',';
  bool header = false;
  DateOrder date_order = DateOrder::automatic;  // the order used, once decided
};

/// Reads incidents from CSV text (`,` `;` or tab; `;` allows decimal commas; optional BOM and
/// quotes; ISO dates "2016-01-31", "2016-01-31T22:15", or "31/01/2016 22:15"). Any unreadable
/// value is an Error naming the line and the column ("x", "y" or "date"); nothing is guessed.
Result<EventTable> parse_events_csv(std::string_view text, const CsvOptions& options = {});

}  // namespace vigie::analysis
