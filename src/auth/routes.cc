#include "auth/routes.h"

#include <boost/json.hpp>

#include "core/json_reader.h"

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
          {"csrf_token", actor.csrf_token}};
}

std::string session_cookie(const std::string& value, bool secure, bool expire) {
  std::string cookie =
      std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (secure) cookie += "; Secure";
  if (expire) cookie += "; Max-Age=0";
  return cookie;
}

Response login(SessionService& sessions, const Request& req) {
  auto body = JsonReader::parse(req.body);
  if (!body) return error_response(body.error());
  JsonReader in(*body, "");
  std::string login = in.string("login", 64);
  std::string password = in.string("password", 256);
  if (auto done = in.finish(); !done) return error_response(done.error());
  auto result = sessions.login(login, password);
  if (!result) return error_response(result.error());
  Response r = json_response(201, me_json(result->actor));
  r.headers.emplace_back("Set-Cookie", session_cookie(result->token, req.secure, false));
  return r;
}

}  // namespace

void add_session_routes(Router& router, SessionService& sessions) {
  router.add("POST", "/api/v1/session",
             [&sessions](const Request& req, const Actor&) { return login(sessions, req); });
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
