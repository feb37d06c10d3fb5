#pragma once

#include <filesystem>
#include <string>

#include <boost/json.hpp>
#include <sys/types.h>

namespace vigie::test {

/// A real SMTP server on the loopback (Debian's python3-aiosmtpd) that stores what it receives
/// in a Maildir, read back with Python's own e-mail and iCalendar parsers.
class SmtpSink {
 public:
  SmtpSink();  // started and accepting; throws otherwise
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  /// Every message so far, oldest first: {to, subject, text, calendar_method, ical_method,
  /// events[{uid, sequence, start, status, attendees[], organizer}]}.
  boost::json::array messages() const;
  /// Forgets the messages so far.
  void clear();

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::filesystem::path dir_;
};

}  // namespace vigie::test
