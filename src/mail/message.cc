// An e-mail as text (RFC 5322, MIME RFC 2045–2047), for the SMTP client.
#include <ctime>

#include "core/base64.h"
#include "mail/mailer.h"

namespace vigie {
namespace {

bool ascii(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80 || c < 0x20) return false;
  }
  return true;
}

// RFC 2047 encoded word, only when needed.
std::string header_text(const std::string& s) {
  return ascii(s) ? s : "=?UTF-8?B?" + to_base64(s) + "?=";
}

// base64 in lines of 76 characters (RFC 2045 §6.8).
std::string base64_lines(const std::string& bytes) {
  std::string encoded = to_base64(bytes);
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); i += 76)
    out += encoded.substr(i, 76) + "\r\n";
  return out;
}

std::string rfc5322_date(std::int64_t now) {
  std::time_t t = now;
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &utc);
  return buffer;
}

std::string part(const std::string& type, const std::string& content) {
  return "Content-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
         base64_lines(content);
}

}  // namespace

std::string mail_address(const std::string& mailbox) {
  auto open = mailbox.find('<');
  auto close = mailbox.find('>', open);
  if (open == std::string::npos || close == std::string::npos) return mailbox;
  return mailbox.substr(open + 1, close - open - 1);
}

std::string render_mail(const MailMessage& m, const std::string& from, std::int64_t now,
                        const std::string& message_id) {
  std::string to = m.to_name.empty() ? m.to : header_text(m.to_name) + " <" + m.to + ">";
  std::string out = "Date: " + rfc5322_date(now) + "\r\nFrom: " + from + "\r\nTo: " + to +
                    "\r\nSubject: " + header_text(m.subject) + "\r\nMessage-ID: <" + message_id +
                    ">\r\nMIME-Version: 1.0\r\n";
  std::string text = part("text/plain; charset=UTF-8", m.text);
  if (!m.calendar) return out + text;
  // The invitation as calendar applications expect it: the text and the event, alternatives
  // of one message (RFC 6047 §2.4).
  std::string boundary = "=_vigie_" + message_id.substr(0, message_id.find('@'));
  out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "--" + boundary + "\r\n" + text;
  out += "--" + boundary + "\r\n" +
         part("text/calendar; charset=UTF-8; method=" + m.calendar_method, *m.calendar);
  out += "--" + boundary + "--\r\n";
  return out;
}

}  // namespace vigie
