#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigie {

/// One meeting as a calendar event; `starts_at` is Europe/Paris wall-clock time.
struct CalendarEvent {
  std::string uid;
  std::string starts_at;  // "YYYY-MM-DDTHH:MM"
  std::int64_t duration_minutes = 120;
  std::string summary;
  std::optional<std::string> location;
  bool cancelled = false;
  std::int64_t sequence = 0;  // grows with each change, so calendar applications update
};

/// An iCalendar (RFC 5545) document: CRLF lines folded at 75 octets, escaped text, one
/// VTIMEZONE for Europe/Paris, events in local time. `stamp_utc` is the DTSTAMP instant.
std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events,
                            std::int64_t stamp_utc);

}  // namespace vigie
