#include "territory/routes.h"

#include <boost/json.hpp>

#include "auth/actor.h"
#include "core/json_write.h"
#include "http/reply.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::object commune_json(const Commune& c) {
  return {{"code", c.code},
          {"name", c.name},
          {"departement", json_or_null(c.departement_code)},
          {"population", json_or_null(c.population)}};
}

json::object territory_json(const Territory& t, const Actor& actor) {
  json::array communes;
  for (const auto& c : t.communes)
    communes.push_back(commune_json(c));
  auto role = actor.roles.find(t.id);
  return {{"id", t.id},
          {"name", t.name},
          {"kind", t.kind},
          {"role", role == actor.roles.end() ? json::value(nullptr)
                                             : json::value(std::string(role_name(role->second)))},
          {"communes", std::move(communes)}};
}

}  // namespace

void add_territory_routes(Router& router, TerritoryService& territories) {
  router.add("GET", "/api/v1/territories", [&](const Request&, const Actor& actor) {
    auto list = territories.list_for(actor);
    if (!list) return error_response(list.error());
    json::array items;
    for (const auto& t : *list)
      items.push_back(territory_json(t, actor));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  router.add("GET", "/api/v1/territories/{id}", [&](const Request& req, const Actor& actor) {
    auto id = req.path_id("id");
    if (!id) return error_response(id.error());
    auto t = territories.get(actor, *id);
    return t ? json_response(200, territory_json(*t, actor)) : error_response(t.error());
  });
  // The communes' contours for the map (a GeoJSON FeatureCollection, WGS84): those loaded by
  // `vigie territory load-contours`, whatever the département.
  router.add(
      "GET", "/api/v1/territories/{id}/contours", [&](const Request& req, const Actor& actor) {
        return with_id(req, [&](std::int64_t id) {
          auto contours = territories.contours(actor, id);
          if (!contours) return error_response(contours.error());
          boost::json::array features;
          for (const auto& [code, geometry] : *contours) {
            features.push_back({{"type", "Feature"},
                                {"properties", {{"code", code}}},
                                {"geometry", boost::json::parse(geometry)}});
          }
          Response out = json_response(200, boost::json::object{{"type", "FeatureCollection"},
                                                                {"features", std::move(features)}});
          out.content_type = "application/geo+json";
          return out;
        });
      });
  router.add("GET", "/api/v1/communes", [&](const Request& req, const Actor&) {
    auto found = territories.search_communes(req.query_param("q").value_or(""),
                                             req.query_param("departement"), 20);
    if (!found) return error_response(found.error());
    json::array items;
    for (const auto& c : *found)
      items.push_back(commune_json(c));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
}

}  // namespace vigie
