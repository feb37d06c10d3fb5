#include "participation/routes.h"

#include "core/json_write.h"
#include "http/reply.h"
#include "participation/json.h"
#include "participation/rules.h"

namespace vigie {
namespace {

auto as_json = [](const auto& x) { return to_json(x); };
auto as_items = [](const auto& v) { return items_json(v); };

void add_protocol_routes(Router& r, ParticipationService& s) {
  r.add("GET", "/api/v1/participation/rules",
        [](const Request&, const Actor&) { return json_response(200, to_json(citizen_rules())); });
  r.add("GET", "/api/v1/territories/{id}/citizen-protocols",
        [&s](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) { return reply(s.list(a, id), 200, as_items); });
        });
  r.add("POST", "/api/v1/territories/{id}/citizen-protocols",
        [&s](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            CitizenProtocol p;
            p.territory_id = id;
            auto ok = read_body(req, [&](JsonReader& in) { read_protocol(in, p); });
            return ok ? reply(s.create(a, std::move(p)), 201, as_json) : error_response(ok.error());
          });
        });
  r.add("GET", "/api/v1/territories/{id}/citizen-alerts", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(s.alerts(a, id), 200, as_items); });
  });
  r.add("GET", "/api/v1/citizen-protocols/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(s.get(a, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/citizen-protocols/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      CitizenProtocol p;
      p.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_protocol(in, p);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(s.update(a, std::move(p), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/citizen-protocols/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(s.remove(a, id)); });
  });
  r.add("GET", "/api/v1/citizen-protocols/{id}/bilan", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto year = req.query_year("year");
      if (!year) return error_response(year.error());
      return reply(s.bilan(a, id, *year), 200, as_json);
    });
  });
}

void add_referent_routes(Router& r, ParticipationService& s) {
  r.add("GET", "/api/v1/citizen-protocols/{id}/referents",
        [&s](const Request& req, const Actor& a) {
          return with_id(req,
                         [&](std::int64_t id) { return reply(s.referents(a, id), 200, as_items); });
        });
  r.add("POST", "/api/v1/citizen-protocols/{id}/referents",
        [&s](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            CitizenReferent c;
            c.protocol_id = id;
            auto ok = read_body(req, [&](JsonReader& in) { read_referent(in, c); });
            return ok ? reply(s.add_referent(a, std::move(c)), 201, as_json)
                      : error_response(ok.error());
          });
        });
  r.add("PUT", "/api/v1/citizen-referents/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      CitizenReferent c;
      c.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_referent(in, c);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(s.update_referent(a, std::move(c), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/citizen-referents/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(s.remove_referent(a, id)); });
  });
}

}  // namespace

void add_participation_routes(Router& router, ParticipationService& participation) {
  add_protocol_routes(router, participation);
  add_referent_routes(router, participation);
}

}  // namespace vigie
