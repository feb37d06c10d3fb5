#include "auth/user_routes.h"

#include <boost/json.hpp>

#include "auth/roles.h"
#include "auth/routes.h"
#include "http/reply.h"
#include "partner/routes.h"

namespace vigie {
namespace json = boost::json;

namespace {

constexpr std::string_view kRoleNames[] = {"administrateur", "coordonnateur", "elu",
                                           "partenaire",     "lecteur",       "dpo"};

json::object member_json(const TerritoryMember& m) {
  return {{"id", m.id},
          {"login", m.login},
          {"display_name", m.display_name},
          {"disabled", m.disabled},
          {"role", m.role}};
}

Role read_role(JsonReader& in) {
  return parse_role(in.enumeration("role", kRoleNames)).value_or(Role::lecteur);
}

}  // namespace

void add_user_routes(Router& r, UserAdministration& admin) {
  r.add("GET", "/api/v1/users", [&admin](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::user_admin);
    if (!territory) return error_response(territory.error());
    return reply(admin.members(actor, *territory), 200, [](const auto& items) {
      json::array out;
      for (const auto& m : items)
        out.push_back(member_json(m));
      return json::object{{"items", std::move(out)}};
    });
  });
  r.add("POST", "/api/v1/users", [&admin](const Request& req, const Actor& actor) {
    std::string login, name, password;
    std::int64_t territory = 0;
    Role role = Role::lecteur;
    auto ok = read_body(req, [&](JsonReader& in) {
      login = in.string("login", 64);
      name = in.string("display_name", 200);
      password = in.string("password", 256);
      territory = in.integer("territory_id", 1, INT64_MAX);
      role = read_role(in);
    });
    if (!ok) return error_response(ok.error());
    return reply(admin.create(actor, login, name, password, territory, role), 201, member_json);
  });
  r.add("PUT", "/api/v1/users/{id}/roles", [&admin](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::int64_t territory = 0;
      Role role = Role::lecteur;
      auto ok = read_body(req, [&](JsonReader& in) {
        territory = in.integer("territory_id", 1, INT64_MAX);
        role = read_role(in);
      });
      return ok ? reply(admin.set_role(actor, id, territory, role)) : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/users/{id}/roles", [&admin](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto territory = req.query_id("territory_id");
      if (!territory) return error_response(territory.error());
      if (!*territory) {
        return error_response(Error::invalid("Précisez le territoire.", "territory_id"));
      }
      return reply(admin.revoke(actor, id, **territory));
    });
  });
  r.add("PUT", "/api/v1/users/{id}/status", [&admin](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      bool disabled = false;
      auto ok = read_body(req, [&](JsonReader& in) { disabled = in.boolean("disabled"); });
      return ok ? reply(admin.set_disabled(actor, id, disabled)) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/me/password", [&admin](const Request& req, const Actor& actor) {
    std::string current;
    std::string replacement;
    auto ok = read_body(req, [&](JsonReader& in) {
      current = in.string("current_password", 256);
      replacement = in.string("new_password", 256);
    });
    if (!ok) return error_response(ok.error());
    auto done = admin.change_own_password(actor, current, replacement);
    if (!done) return error_response(done.error());
    Response out = no_content();  // every session ended: sign in again
    out.headers.emplace_back("Set-Cookie", session_cookie("", req.secure, true));
    return out;
  });
  r.add("POST", "/api/v1/users/{id}/password", [&admin](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::string password;
      auto ok = read_body(req, [&](JsonReader& in) { password = in.string("password", 256); });
      return ok ? reply(admin.reset_password(actor, id, password)) : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/users/{id}/second-factor",
        [&admin](const Request& req, const Actor& actor) {
          return with_id(
              req, [&](std::int64_t id) { return reply(admin.reset_second_factor(actor, id)); });
        });
}

}  // namespace vigie
