#include "partner/routes.h"

#include <boost/json.hpp>

#include "core/json_reader.h"
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

Response list(PartnerService& partners, const Request& req, const Actor& actor) {
  auto territory = territory_of_request(req, actor, Permission::partner_read);
  if (!territory) return error_response(territory.error());
  return reply(partners.list(actor, *territory), 200, [](const auto& items) {
    json::array out;
    for (const auto& o : items)
      out.push_back(to_json(o));
    return json::object{{"items", std::move(out)}};
  });
}

Response create(PartnerService& partners, const Request& req, const Actor& actor) {
  auto body = JsonReader::parse(req.body);
  if (!body) return error_response(body.error());
  JsonReader in(*body, "");
  Organisation o;
  o.territory_id = in.integer("territory_id", 1, INT64_MAX);
  read_organisation(in, o);
  if (auto done = in.finish(); !done) return error_response(done.error());
  return reply(partners.create(actor, std::move(o)), 201,
               [](const Organisation& x) { return to_json(x); });
}

Response update(PartnerService& partners, const Request& req, const Actor& actor) {
  auto id = req.path_id("id");
  if (!id) return error_response(id.error());
  auto body = JsonReader::parse(req.body);
  if (!body) return error_response(body.error());
  JsonReader in(*body, "");
  Organisation o;
  o.id = *id;
  read_organisation(in, o);
  std::int64_t version = in.integer("version", 1, INT64_MAX);
  if (auto done = in.finish(); !done) return error_response(done.error());
  return reply(partners.update(actor, std::move(o), version), 200,
               [](const Organisation& x) { return to_json(x); });
}

Response add_contact(PartnerService& partners, const Request& req, const Actor& actor) {
  auto id = req.path_id("id");
  if (!id) return error_response(id.error());
  auto body = JsonReader::parse(req.body);
  if (!body) return error_response(body.error());
  JsonReader in(*body, "");
  Contact c;
  c.organisation_id = *id;
  read_contact(in, c);
  if (auto done = in.finish(); !done) return error_response(done.error());
  return reply(partners.add_contact(actor, std::move(c)), 201,
               [](const Contact& x) { return to_json(x); });
}

Response update_contact(PartnerService& partners, const Request& req, const Actor& actor) {
  auto id = req.path_id("id");
  if (!id) return error_response(id.error());
  auto body = JsonReader::parse(req.body);
  if (!body) return error_response(body.error());
  JsonReader in(*body, "");
  Contact c;
  c.id = *id;
  read_contact(in, c);
  std::int64_t version = in.integer("version", 1, INT64_MAX);
  if (auto done = in.finish(); !done) return error_response(done.error());
  return reply(partners.update_contact(actor, std::move(c), version), 200,
               [](const Contact& x) { return to_json(x); });
}

}  // namespace

void add_partner_routes(Router& router, PartnerService& partners) {
  auto bind = [&partners](auto handler) {
    return [&partners, handler](const Request& req, const Actor& actor) {
      return handler(partners, req, actor);
    };
  };
  router.add("GET", "/api/v1/organisations", bind(list));
  router.add("POST", "/api/v1/organisations", bind(create));
  router.add("GET", "/api/v1/organisations/{id}",
             bind([](PartnerService& p, const Request& req, const Actor& actor) {
               auto id = req.path_id("id");
               if (!id) return error_response(id.error());
               return reply(p.get(actor, *id), 200,
                            [](const Organisation& x) { return to_json(x); });
             }));
  router.add("PUT", "/api/v1/organisations/{id}", bind(update));
  router.add("DELETE", "/api/v1/organisations/{id}",
             bind([](PartnerService& p, const Request& req, const Actor& actor) {
               auto id = req.path_id("id");
               return id ? reply(p.remove(actor, *id)) : error_response(id.error());
             }));
  router.add("POST", "/api/v1/organisations/{id}/contacts", bind(add_contact));
  router.add("PUT", "/api/v1/contacts/{id}", bind(update_contact));
  router.add("DELETE", "/api/v1/contacts/{id}",
             bind([](PartnerService& p, const Request& req, const Actor& actor) {
               auto id = req.path_id("id");
               return id ? reply(p.remove_contact(actor, *id)) : error_response(id.error());
             }));
}

}  // namespace vigie
