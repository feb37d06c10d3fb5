#include "http/message.h"

#include <charconv>

#include <boost/json.hpp>
#include <boost/url/parse.hpp>

#include "core/json_text.h"

namespace vigie {

std::optional<std::string> Request::header(const std::string& lower_name) const {
  auto found = headers.find(lower_name);
  if (found == headers.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string> Request::cookie(const std::string& name) const {
  auto all = header("cookie");
  if (!all) return std::nullopt;
  std::string_view rest = *all;
  while (!rest.empty()) {
    std::size_t end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    while (!pair.empty() && pair.front() == ' ')
      pair.remove_prefix(1);
    std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
      return std::string(pair.substr(eq + 1));
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return std::nullopt;
}

std::optional<std::string> Request::query_param(const std::string& name) const {
  auto found = query.find(name);
  if (found == query.end()) return std::nullopt;
  return found->second;
}

namespace {
std::optional<std::int64_t> positive_integer(const std::string& text) {
  std::int64_t n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size() || n <= 0) return std::nullopt;
  return n;
}
}  // namespace

Result<std::int64_t> Request::path_id(const std::string& name) const {
  auto found = path_params.find(name);
  auto n = found == path_params.end() ? std::nullopt : positive_integer(found->second);
  if (!n) return Error::not_found("Ressource introuvable.");
  return *n;
}

Result<std::optional<std::int64_t>> Request::query_id(const std::string& name) const {
  auto text = query_param(name);
  if (!text || text->empty()) return std::optional<std::int64_t>();
  auto n = positive_integer(*text);
  if (!n) return Error::invalid("Ce paramètre doit être un identifiant numérique.", name);
  return std::optional<std::int64_t>(*n);
}

Result<std::optional<int>> Request::query_year(const std::string& name) const {
  auto text = query_param(name);
  if (!text || text->empty()) return std::optional<int>();
  auto n = positive_integer(*text);
  if (!n || text->size() != 4 || *n < 2000 || *n > 2100) {
    return Error::invalid("Année sur quatre chiffres attendue, entre 2000 et 2100.", name);
  }
  return std::optional<int>(static_cast<int>(*n));
}

Response json_response(int status, const boost::json::value& body) {
  Response r;
  r.status = status;
  r.body = json_text(body);
  return r;
}

Response error_response(const Error& error) {
  boost::json::object inner{{"code", error_code_name(error.code)}, {"message", error.message}};
  inner["field"] = error.field ? boost::json::value(*error.field) : boost::json::value(nullptr);
  return json_response(http_status(error.code), boost::json::object{{"error", inner}});
}

Response no_content() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

bool parse_target(const std::string& target, Request& request) {
  auto url = boost::urls::parse_origin_form(target);
  if (!url) return false;
  request.target = target;
  request.path = url->path();
  for (auto param : url->params())
    request.query[param.key] = param.value;
  return !request.path.empty() && request.path.find('\0') == std::string::npos;
}

}  // namespace vigie
