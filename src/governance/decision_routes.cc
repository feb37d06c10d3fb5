// Routes for decisions, the emergency cell, yearly reports and calendar feeds.
#include <boost/json.hpp>

#include "core/json_write.h"
#include "governance/json.h"
#include "governance/routes.h"
#include "http/reply.h"
#include "partner/routes.h"

namespace vigie {
namespace json = boost::json;

namespace {

auto as_json = [](const auto& x) { return to_json(x); };

Response calendar_response(const Result<std::string>& calendar, const std::string& name) {
  if (!calendar) return error_response(calendar.error());
  Response out;
  out.content_type = "text/calendar; charset=utf-8";
  out.headers.emplace_back("Content-Disposition", "inline; filename=\"" + name + ".ics\"");
  out.body = *calendar;
  return out;
}

void add_emergency_routes(Router& r, GovernanceService& g) {
  r.add("GET", "/api/v1/bodies/{id}/activations", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      return reply(g.activations(actor, id), 200, [](const auto& v) { return items_json(v); });
    });
  });
  r.add("POST", "/api/v1/bodies/{id}/activations", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Activation a;
      a.body_id = id;
      std::optional<std::string> place;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_activation_fields(in, a);
        place = in.optional_string("place", 300);
      });
      return ok ? reply(g.activate(actor, a, place), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/activations/{id}/close", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::string summary;
      auto ok = read_body(req, [&](JsonReader& in) { summary = in.string("summary", 20'000); });
      return ok ? reply(g.close_activation(actor, id, summary), 200, as_json)
                : error_response(ok.error());
    });
  });
}

void add_calendar_routes(Router& r, GovernanceService& g) {
  r.add("GET", "/api/v1/bodies/{id}/calendar.ics", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      return calendar_response(g.body_calendar(actor, id), "instance-" + std::to_string(id));
    });
  });
  r.add("POST", "/api/v1/me/calendar", [&g](const Request&, const Actor& actor) {
    return reply(g.new_calendar_token(actor), 201, [](const std::string& token) {
      return json::object{{"path", "/api/v1/calendar-feeds/" + token}};
    });
  });
  // Open: calendar applications send no cookie. The secret address is the credential.
  r.add("GET", "/api/v1/calendar-feeds/{token}", [&g](const Request& req, const Actor&) {
    auto token = req.path_params.find("token");
    std::string value = token == req.path_params.end() ? "" : token->second;
    return calendar_response(g.user_calendar(value), "vigie");
  });
}

}  // namespace

void add_decision_routes(Router& r, GovernanceService& g) {
  r.add("POST", "/api/v1/meetings/{id}/decisions", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Decision d;
      d.meeting_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_decision_fields(in, d); });
      return ok ? reply(g.add_decision(actor, d), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/decisions/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Decision d;
      d.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_decision_fields(in, d);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(g.update_decision(actor, d, version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("GET", "/api/v1/decisions", [&g](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::governance_read);
    if (!territory) return error_response(territory.error());
    bool open_only = req.query_param("open").value_or("") == "1";
    return reply(g.decisions(actor, *territory, open_only), 200,
                 [](const auto& v) { return items_json(v); });
  });
  r.add("GET", "/api/v1/territories/{id}/governance-outlook",
        [&g](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            return reply(g.outlook(actor, id), 200, [](const auto& o) { return to_json(o); });
          });
        });
  r.add("GET", "/api/v1/bodies/{id}/report", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto year = req.query_year("year");  // required: the service refuses none (0)
      if (!year) return error_response(year.error());
      return reply(g.report(actor, id, year->value_or(0)), 200, as_json);
    });
  });
  add_emergency_routes(r, g);
  add_calendar_routes(r, g);
}

}  // namespace vigie
