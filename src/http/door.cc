#include "http/door.h"

#include <array>

#include <boost/asio/ip/address.hpp>

#include "core/random.h"
#include "core/text.h"

namespace vigie {
namespace {

bool clean_text(std::string_view text) {
  if (!is_valid_utf8(text)) return false;
  for (unsigned char c : text)
    if (c < 0x20 || c == 0x7F) return false;
  return true;
}

// The headers Vigie reads: each is checked; the others are never looked at.
constexpr std::array<std::string_view, 6> kHeadersRead{
    "cookie", "x-csrf-token", "x-forwarded-for", "x-forwarded-proto", "content-type", "host"};

std::string canonical_address(std::string_view text) {
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  boost::system::error_code ec;
  auto address = boost::asio::ip::make_address(std::string(text), ec);
  return ec ? std::string() : address.to_string();
}

bool is_trusted(const std::string& address, const std::vector<std::string>& trusted) {
  for (const std::string& t : trusted)
    if (canonical_address(t) == address) return true;
  return false;
}

}  // namespace

Result<void> check_request_text(const Request& req) {
  const char* message = "Caractères invalides (UTF-8 attendu, sans caractère de contrôle).";
  if (!clean_text(req.path)) return Error::invalid(message, "path");
  for (const auto& [key, value] : req.query) {
    if (!clean_text(key)) return Error::invalid(message, "query");
    if (!clean_text(value)) return Error::invalid(message, "query." + key);
  }
  for (std::string_view name : kHeadersRead) {
    auto value = req.header(std::string(name));
    if (value && !clean_text(*value)) return Error::invalid(message, "header." + std::string(name));
  }
  return success();
}

std::string client_address(const Request& req, const std::vector<std::string>& trusted) {
  if (req.remote.empty()) return "local";
  std::string peer = canonical_address(req.remote);
  if (peer.empty()) return req.remote.substr(0, 64);
  auto forwarded = req.header("x-forwarded-for");
  if (!forwarded || !is_trusted(peer, trusted)) return peer;
  std::string_view rest = *forwarded;
  while (!rest.empty()) {
    std::size_t comma = rest.rfind(',');
    std::string_view part = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    std::string address = canonical_address(part);
    if (address.empty()) return peer;  // not an address: nothing left of it is believed
    if (!is_trusted(address, trusted)) return address;
    if (comma == std::string_view::npos) break;
    rest = rest.substr(0, comma);
  }
  return peer;
}

Response error_page(int status, std::string_view title, std::string_view message) {
  Response r;
  r.status = status;
  r.content_type = "text/html; charset=utf-8";
  r.body = "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>" +
           std::string(title) + " — Vigie</title></head><body><main><h1>" + std::string(title) +
           "</h1><p>" + std::string(message) +
           "</p><p><a href=\"/\">Retour à l'accueil de Vigie</a></p></main></body></html>\n";
  return r;
}

std::string new_request_id() { return random_hex(8); }

}  // namespace vigie
