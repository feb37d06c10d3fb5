#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"

namespace vigie {

/// An e-mail to one person. A `calendar` document (iCalendar, RFC 5545) travels as a
/// text/calendar part with its `calendar_method` (REQUEST, CANCEL: RFC 5546), which calendar
/// applications read as an invitation, its update or its cancellation.
struct MailMessage {
  std::string to;  // address
  std::string to_name;
  std::string subject;  // UTF-8
  std::string text;     // UTF-8 plain text
  std::optional<std::string> calendar;
  std::string calendar_method = "REQUEST";
};

/// The operator's SMTP server (`vigie serve --smtp-url …`). Without `smtp_url`, nothing is sent.
struct MailSettings {
  std::string smtp_url;  // "smtp://127.0.0.1:25", "smtps://smtp.example.fr:465"
  std::string from = "Vigie <vigie@localhost>";
  std::string username;
  std::string password;
  std::string public_url = "http://127.0.0.1:8080";  // links in messages point there
};

/// The message's text as it goes on the wire (RFC 5322 and MIME): UTF-8 parts in base64, the
/// subject and names as RFC 2047 encoded words, CRLF lines. `now` dates it (Date header).
std::string render_mail(const MailMessage& m, const std::string& from, std::int64_t now,
                        const std::string& message_id);

/// The address part of "Name <address>", or the text itself.
std::string mail_address(const std::string& mailbox);

/// Sends messages through the operator's SMTP server with libcurl (RFC 5321; STARTTLS is
/// required when the URL is smtp:// on another host than the loopback).
class Mailer {
 public:
  explicit Mailer(MailSettings settings) : settings_(std::move(settings)) {}
  bool configured() const { return !settings_.smtp_url.empty(); }
  /// 503 (busy), saying so, when no server is configured.
  Result<void> ready() const;
  const MailSettings& settings() const { return settings_; }
  /// 503 (busy) when no server is configured or the server cannot be reached or refuses.
  Result<void> send(const MailMessage& m, std::int64_t now) const;

 private:
  MailSettings settings_;
};

}  // namespace vigie
