#include "partner/routes.h"

#include <boost/json.hpp>

#include "core/json_write.h"
#include "http/reply.h"
#include "partner/json.h"

namespace vigie {
namespace json = boost::json;

Result<std::int64_t> territory_of_request(const Request& request, const Actor& actor,
                                          Permission permission) {
  auto id = TRY(request.query_id("territory_id"));
  if (id) return *id;
  auto mine = actor.territories_with(permission);
  if (mine.size() == 1) return mine[0];
  return Error::invalid("Précisez le territoire (paramètre territory_id).", "territory_id");
}

namespace {

auto as_json = [](const auto& x) { return to_json(x); };

void add_organisation_routes(Router& r, PartnerService& p) {
  r.add("GET", "/api/v1/organisations", [&p](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::partner_read);
    if (!territory) return error_response(territory.error());
    return reply(p.list(actor, *territory), 200, [](const auto& v) { return items_json(v); });
  });
  r.add("POST", "/api/v1/organisations", [&p](const Request& req, const Actor& actor) {
    Organisation o;
    auto ok = read_body(req, [&](JsonReader& in) {
      o.territory_id = in.integer("territory_id", 1, INT64_MAX);
      read_organisation(in, o);
    });
    return ok ? reply(p.create(actor, std::move(o)), 201, as_json) : error_response(ok.error());
  });
  r.add("GET", "/api/v1/organisations/{id}", [&p](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(p.get(actor, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/organisations/{id}", [&p](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Organisation o;
      o.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_organisation(in, o);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(p.update(actor, std::move(o), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/organisations/{id}", [&p](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(p.remove(actor, id)); });
  });
}

void add_contact_routes(Router& r, PartnerService& p) {
  r.add("POST", "/api/v1/organisations/{id}/contacts",
        [&p](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            Contact c;
            c.organisation_id = id;
            auto ok = read_body(req, [&](JsonReader& in) { read_contact(in, c); });
            return ok ? reply(p.add_contact(actor, std::move(c)), 201, as_json)
                      : error_response(ok.error());
          });
        });
  r.add("PUT", "/api/v1/contacts/{id}", [&p](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Contact c;
      c.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_contact(in, c);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(p.update_contact(actor, std::move(c), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/contacts/{id}", [&p](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(p.remove_contact(actor, id)); });
  });
  // Another administrator or coordonnateur confirms or refuses a pending link (issue 12 §1).
  r.add("POST", "/api/v1/contacts/{id}/link", [&p](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::string decision;
      auto ok = read_body(req, [&](JsonReader& in) { decision = in.string("decision", 20); });
      return ok ? reply(p.decide_link(actor, id, decision), 200, as_json)
                : error_response(ok.error());
    });
  });
}

}  // namespace

void add_partner_routes(Router& router, PartnerService& partners) {
  add_organisation_routes(router, partners);
  add_contact_routes(router, partners);
}

}  // namespace vigie
