#include "governance/routes.h"

#include <boost/json.hpp>

#include "core/json_write.h"
#include "governance/json.h"
#include "http/reply.h"
#include "partner/routes.h"

namespace vigie {
namespace json = boost::json;

namespace {
auto as_json = [](const auto& x) { return to_json(x); };

void add_meeting_routes(Router& r, GovernanceService& g) {
  r.add("GET", "/api/v1/bodies/{id}/meetings", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      return reply(g.meetings(actor, id), 200, [](const auto& v) { return items_json(v); });
    });
  });
  r.add("POST", "/api/v1/bodies/{id}/meetings", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Meeting m;
      m.body_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_meeting_fields(in, m); });
      return ok ? reply(g.add_meeting(actor, m), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/meetings/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Meeting m;
      m.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_meeting_fields(in, m);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(g.update_meeting(actor, std::move(m), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/meetings/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(g.remove_meeting(actor, id)); });
  });
  r.add("GET", "/api/v1/bodies/{id}/rhythm", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto rhythm = g.rhythm(actor, id);
      if (!rhythm) return error_response(rhythm.error());
      auto dates = g.proposed_dates(actor, id, 4);
      if (!dates) return error_response(dates.error());
      json::object out = to_json(*rhythm);
      json::array proposed;
      for (const auto& d : *dates)
        proposed.emplace_back(d);
      out["proposed_dates"] = std::move(proposed);
      return json_response(200, out);
    });
  });
}
}  // namespace

void add_governance_routes(Router& r, GovernanceService& g) {
  r.add("GET", "/api/v1/bodies", [&g](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::governance_read);
    if (!territory) return error_response(territory.error());
    return reply(g.list(actor, *territory), 200, [](const auto& v) { return items_json(v); });
  });
  r.add("POST", "/api/v1/bodies", [&g](const Request& req, const Actor& actor) {
    Body b;
    auto ok = read_body(req, [&](JsonReader& in) {
      b.territory_id = in.integer("territory_id", 1, INT64_MAX);
      read_body_fields(in, b);
    });
    return ok ? reply(g.create(actor, b), 201, as_json) : error_response(ok.error());
  });
  r.add("GET", "/api/v1/bodies/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(g.get(actor, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/bodies/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Body b;
      b.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_body_fields(in, b);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(g.update(actor, std::move(b), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/bodies/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(g.remove(actor, id)); });
  });
  r.add("POST", "/api/v1/bodies/{id}/members", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      BodyMember m;
      m.body_id = id;
      auto ok = read_body(req, [&](JsonReader& in) {
        m.contact_id = in.integer("contact_id", 1, INT64_MAX);
        read_member_fields(in, m);
      });
      return ok ? reply(g.add_member(actor, m), 201, as_json) : error_response(ok.error());
    });
  });
  add_meeting_routes(r, g);
  add_meeting_content_routes(r, g);
  add_decision_routes(r, g);
  r.add("PUT", "/api/v1/members/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      BodyMember m;
      m.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_member_fields(in, m);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(g.update_member(actor, std::move(m), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  // Another entitled person confirms or refuses a pending access (issue 12 §1).
  r.add("POST", "/api/v1/members/{id}/access", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::string decision;
      auto ok = read_body(req, [&](JsonReader& in) { decision = in.string("decision", 20); });
      return ok ? reply(g.decide_member(actor, id, decision), 200, as_json)
                : error_response(ok.error());
    });
  });
}

}  // namespace vigie
