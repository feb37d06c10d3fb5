#include "governance/calendar.h"

#include "core/clock.h"

namespace vigie {
namespace {

// The EU rule (since 1996) for Paris, as calendar applications expect it.
constexpr const char* kParis =
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
    "DTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
    "DTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// Folds at 75 octets without cutting a UTF-8 sequence (RFC 5545 §3.1).
void line(std::string& out, const std::string& content) {
  std::size_t start = 0;
  std::size_t limit = 75;
  while (content.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80)
      --cut;
    out += content.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  out += content.substr(start) + "\r\n";
}

std::string local_ical(const std::string& starts_at) {
  // "2026-12-05T14:00" → "20261205T140000"
  return starts_at.substr(0, 4) + starts_at.substr(5, 2) + starts_at.substr(8, 2) + "T" +
         starts_at.substr(11, 2) + starts_at.substr(14, 2) + "00";
}

// "2026-05-28T20:26:40Z" → "20260528T202640Z"
std::string utc_ical(std::int64_t epoch) {
  std::string stamp = format_timestamp(epoch);
  std::erase_if(stamp, [](char c) { return c == '-' || c == ':'; });
  return stamp;
}

}  // namespace

std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events,
                            std::int64_t stamp_utc, const std::string& method) {
  std::string out;
  line(out, "BEGIN:VCALENDAR");
  line(out, "VERSION:2.0");
  line(out, "PRODID:-//Vigie//Gouvernance CLSPD//FR");
  line(out, "CALSCALE:GREGORIAN");
  if (!method.empty()) line(out, "METHOD:" + method);
  line(out, "X-WR-CALNAME:" + escape(name));
  line(out, "X-WR-TIMEZONE:Europe/Paris");
  out += kParis;
  std::string stamp = utc_ical(stamp_utc);
  for (const CalendarEvent& e : events) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + e.uid);
    line(out, "DTSTAMP:" + stamp);
    if (e.all_day) {
      // A day, not a time (RFC 5545 §3.6.1: DTSTART as a DATE, one day long).
      std::string day = e.starts_at.substr(0, 10);
      std::erase(day, '-');
      line(out, "DTSTART;VALUE=DATE:" + day);
      line(out, "DURATION:P1D");
    } else {
      line(out, "DTSTART;TZID=Europe/Paris:" + local_ical(e.starts_at));
      line(out, "DURATION:PT" + std::to_string(e.duration_minutes) + "M");
    }
    line(out, "SUMMARY:" + escape(e.summary));
    if (e.location) line(out, "LOCATION:" + escape(*e.location));
    line(out, std::string("STATUS:") + (e.cancelled ? "CANCELLED" : "CONFIRMED"));
    line(out, "SEQUENCE:" + std::to_string(e.sequence));
    if (e.organizer) line(out, "ORGANIZER:mailto:" + *e.organizer);
    for (const std::string& a : e.attendees)
      line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + a);
    line(out, "END:VEVENT");
  }
  line(out, "END:VCALENDAR");
  return out;
}

}  // namespace vigie
