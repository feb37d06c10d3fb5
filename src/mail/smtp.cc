// The SMTP client: libcurl's (RFC 5321, STARTTLS, AUTH), not one of our own.
#include <algorithm>
#include <atomic>
#include <random>

#include <curl/curl.h>

#include "mail/mailer.h"

namespace vigie {
namespace {

struct Upload {
  const std::string* text;
  std::size_t sent = 0;
};

std::size_t read_piece(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  std::size_t n = std::min(size * count, up->text->size() - up->sent);
  up->text->copy(buffer, n, up->sent);  // raw bytes for libcurl, no terminator wanted
  up->sent += n;
  return n;
}

// Unique per message: the host part names the sender's domain.
std::string new_message_id(const std::string& from) {
  static std::atomic<std::uint64_t> counter{0};
  std::random_device device;
  std::string address = mail_address(from);
  auto at = address.find('@');
  std::string domain = at == std::string::npos ? "vigie.localhost" : address.substr(at + 1);
  return std::to_string(device()) + "." + std::to_string(++counter) + "@" + domain;
}

bool loopback(const std::string& url) {
  return url.find("://127.0.0.1") != std::string::npos ||
         url.find("://localhost") != std::string::npos || url.find("://[::1]") != std::string::npos;
}

}  // namespace

Result<void> Mailer::ready() const {
  if (configured()) return success();
  return Error::busy("L'envoi de courriels n'est pas configuré sur ce serveur : "
                     "l'exploitant le règle avec vigie serve --smtp-url.");
}

Result<void> Mailer::send(const MailMessage& m, std::int64_t now) const {
  TRY_VOID(ready());
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  if (!initialised) return Error::internal("libcurl ne démarre pas.");
  std::string text = render_mail(m, settings_.from, now, new_message_id(settings_.from));
  Upload upload{&text};
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return Error::internal("libcurl ne démarre pas.");
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + m.to + ">").c_str());
  std::string from = "<" + mail_address(settings_.from) + ">";
  curl_easy_setopt(curl, CURLOPT_URL, settings_.smtp_url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_piece);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  // Names and texts of a council travel encrypted, except to a relay on this very machine.
  curl_easy_setopt(curl, CURLOPT_USE_SSL,
                   loopback(settings_.smtp_url) ? CURLUSESSL_TRY : CURLUSESSL_ALL);
  if (!settings_.username.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.username.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (code != CURLE_OK) {
    return Error::busy("Le serveur de courriel n'a pas accepté le message pour " + m.to + " (" +
                       curl_easy_strerror(code) + ").");
  }
  return success();
}

}  // namespace vigie
