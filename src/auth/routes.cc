#include "auth/routes.h"

#include <boost/json.hpp>

#include "core/json_reader.h"
#include "http/reply.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::object me_json(const Actor& actor) {
  json::array roles;
  for (const auto& [territory, role] : actor.roles) {
    roles.push_back({{"territory_id", territory}, {"role", role_name(role)}});
  }
  return {{"id", actor.user_id},
          {"login", actor.login},
          {"display_name", actor.display_name},
          {"roles", std::move(roles)},
          {"second_factor", actor.second_factor},
          {"must_enrol", actor.must_enrol},
          {"csrf_token", actor.csrf_token}};
}

Response login(SessionService& sessions, const Request& req, const std::string& origin) {
  auto body = json_body(req);
  if (!body) return error_response(body.error());
  JsonReader in(*body, "");
  std::string login = in.string("login", 64);
  std::string password = in.string("password", 256);
  std::optional<std::string> code = in.optional_string("code", 32);
  if (auto done = in.finish(); !done) return error_response(done.error());
  auto result = sessions.login(login, password, code, origin);
  if (!result) return error_response(result.error());
  Response r = json_response(201, me_json(result->actor));
  r.headers.emplace_back("Set-Cookie", session_cookie(result->token, req.secure, false));
  return r;
}

}  // namespace

std::string session_cookie(const std::string& value, bool secure, bool expire) {
  std::string cookie =
      std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (secure) cookie += "; Secure";
  if (expire) cookie += "; Max-Age=0";
  return cookie;
}

void add_second_factor_routes(Router& router, SecondFactorService& factors) {
  router.add("POST", "/api/v1/me/totp", [&factors](const Request&, const Actor& actor) {
    auto e = factors.begin(actor);
    if (!e) return error_response(e.error());
    return json_response(201, json::object{{"secret", e->secret}, {"uri", e->uri}});
  });
  router.add("POST", "/api/v1/me/totp/confirm", [&factors](const Request& req, const Actor& actor) {
    std::string code;
    auto ok = read_body(req, [&](JsonReader& in) { code = in.string("code", 16); });
    if (!ok) return error_response(ok.error());
    auto codes = factors.confirm(actor, code);
    if (!codes) return error_response(codes.error());
    json::array out;
    for (const auto& c : *codes)
      out.emplace_back(c);
    return json_response(200, json::object{{"recovery_codes", std::move(out)}});
  });
  router.add("POST", "/api/v1/session/step-up", [&factors](const Request& req, const Actor& actor) {
    std::string secret;
    auto ok = read_body(req, [&](JsonReader& in) { secret = in.string("secret", 256); });
    if (!ok) return error_response(ok.error());
    return reply(factors.step_up(actor, secret));
  });
}

void add_session_routes(Router& router, SessionService& sessions) {
  router.add("POST", "/api/v1/session", [&sessions](const Request& req, const Actor& actor) {
    return login(sessions, req, actor.origin);
  });
  router.add("DELETE", "/api/v1/session", [&sessions](const Request& req, const Actor& actor) {
    auto done = sessions.logout(actor.session_digest);
    if (!done) return error_response(done.error());
    Response r = no_content();
    r.headers.emplace_back("Set-Cookie", session_cookie("", req.secure, true));
    return r;
  });
  router.add("GET", "/api/v1/me",
             [](const Request&, const Actor& actor) { return json_response(200, me_json(actor)); });
}

}  // namespace vigie
