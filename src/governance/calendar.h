#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigie {

/// One meeting (or deadline) as a calendar event; `starts_at` is Europe/Paris wall-clock time.
struct CalendarEvent {
  std::string uid;
  std::string starts_at;  // "YYYY-MM-DDTHH:MM"
  std::int64_t duration_minutes = 120;
  std::string summary;
  std::optional<std::string> location;
  bool cancelled = false;
  std::int64_t sequence = 0;             // grows with each change, so calendar applications update
  std::optional<std::string> organizer;  // addresses, for an invitation (RFC 5546)
  std::vector<std::string> attendees;
  bool all_day = false;  // a deadline: the day of `starts_at` ("YYYY-MM-DD" is enough)
};

/// An iCalendar (RFC 5545) document: CRLF lines folded at 75 octets, escaped text, one
/// VTIMEZONE for Europe/Paris, events in local time. `stamp_utc` is the DTSTAMP instant.
/// `method` ("REQUEST", "CANCEL": iTIP, RFC 5546) makes it an invitation; empty, a feed.
std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events,
                            std::int64_t stamp_utc, const std::string& method = "");

}  // namespace vigie
