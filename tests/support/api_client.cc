#include "support/api_client.h"

#include "auth/routes.h"
#include "auth/totp.h"

namespace vigie::test {
namespace json = boost::json;

std::optional<std::string> ApiResponse::header(const std::string& name) const {
  for (const auto& [k, v] : headers) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::string ApiResponse::error_field() const {
  const json::value* f = json.is_object() ? json.as_object().if_contains("error") : nullptr;
  if (f == nullptr) return "<no error>";
  const json::value& field = f->as_object().at("field");
  return field.is_null() ? "" : std::string(field.as_string());
}

std::string ApiResponse::error_code() const {
  const json::value* f = json.is_object() ? json.as_object().if_contains("error") : nullptr;
  return f == nullptr ? "<no error>" : std::string(f->as_object().at("code").as_string());
}

ApiResponse ApiClient::call_raw(const std::string& method, const std::string& target,
                                std::string body, std::map<std::string, std::string> headers) {
  Request req;
  req.method = method;
  if (!parse_target(target, req)) throw std::runtime_error("bad target " + target);
  req.headers = std::move(headers);
  if (!cookie.empty()) req.headers["cookie"] = std::string(kSessionCookie) + "=" + cookie;
  if (send_csrf && !csrf.empty()) req.headers["x-csrf-token"] = csrf;
  req.body = std::move(body);
  Response r = app_->handle(req);
  ApiResponse out{r.status, r.body, nullptr, r.headers};
  out.headers.emplace_back("Content-Type", r.content_type);  // as the server writes it
  boost::system::error_code ec;
  out.json = json::parse(r.body, ec);
  if (ec) out.json = nullptr;
  return out;
}

ApiResponse ApiClient::call(const std::string& method, const std::string& target,
                            const std::optional<json::value>& body) {
  return call_raw(method, target, body ? json::serialize(*body) : "",
                  {{"content-type", "application/json"}});
}

ApiResponse ApiClient::login(const std::string& login, const std::string& password,
                             const std::optional<std::string>& code) {
  ApiResponse r =
      call("POST", "/api/v1/session",
           code ? json::object{{"login", login}, {"password", password}, {"code", *code}}
                : json::object{{"login", login}, {"password", password}});
  if (r.status == 201) {
    std::string set_cookie = r.header("Set-Cookie").value_or("");
    std::size_t eq = set_cookie.find('=');
    cookie = set_cookie.substr(eq + 1, set_cookie.find(';') - eq - 1);
    csrf = std::string(r.json.at("csrf_token").as_string());
  }
  return r;
}

void ApiTest::SetUp() {
  BothStores::SetUp();
  app_ = std::make_unique<App>(db(), clock_, app_options());
}

void ApiTest::TearDown() {
  app_.reset();
  BothStores::TearDown();
}

std::int64_t ApiTest::make_territory(const std::string& name, const std::string& insee_code) {
  add_official_communes(db(), {insee_code});
  auto id = app_->territories().create(name, "clspd", {insee_code});
  if (!id) throw std::runtime_error(id.error().message);
  return *id;
}

ApiClient ApiTest::signed_in(const std::string& login, Role role, std::int64_t territory) {
  auto created = app_->users().add(login, "Utilisateur " + login, kTestPassword);
  if (!created && created.error().code != ErrorCode::conflict) {
    throw std::runtime_error(created.error().message);
  }
  auto granted = app_->users().grant(login, territory, role);
  if (!granted) throw std::runtime_error(granted.error().message);
  ApiClient client(*app_);
  ApiResponse r = client.login(login, kTestPassword);
  if (r.status != 201) throw std::runtime_error("login failed: " + r.body);
  return client;
}

std::string ApiClient::enrol_second_factor(const Clock& clock) {
  ApiResponse begun = call("POST", "/api/v1/me/totp");
  if (begun.status != 201) throw std::runtime_error("totp: " + begun.body);
  std::string secret = base32_decode(begun.json.at("secret").as_string()).value_or("");
  ApiResponse confirmed = call("POST", "/api/v1/me/totp/confirm",
                               json::object{{"code", totp_code(secret, clock.now() / 30)}});
  if (confirmed.status != 200) throw std::runtime_error("totp confirm: " + confirmed.body);
  return secret;
}

std::string concrete_path(const std::string& pattern,
                          const std::map<std::string, std::int64_t>& ids) {
  if (pattern.ends_with("/{token}")) return pattern.substr(0, pattern.size() - 7) + "inconnu";
  if (pattern.ends_with("/{kind}")) {  // a meeting's documents: one that exists
    return concrete_path(pattern.substr(0, pattern.size() - 7) + "/convocation", ids);
  }
  if (pattern.ends_with("/{user}")) {  // a designated agent: the walk's target account
    return concrete_path(pattern.substr(0, pattern.size() - 7), ids) + "/" +
           std::to_string(ids.at("users"));
  }
  std::size_t at = pattern.find("/{id}");
  if (at == std::string::npos) return pattern;
  std::size_t start = pattern.rfind('/', at - 1) + 1;
  std::string collection = pattern.substr(start, at - start);
  return pattern.substr(0, at) + "/" + std::to_string(ids.at(collection)) + pattern.substr(at + 5);
}

}  // namespace vigie::test
