// The observatoire's routes; see routes.h.
#include "observatory/routes.h"

#include <algorithm>

#include <boost/json.hpp>

#include "core/json_write.h"
#include "core/text.h"
#include "http/reply.h"
#include "observatory/incident_rules.h"
#include "observatory/json.h"

namespace vigie {
namespace json = boost::json;

namespace {

auto as_json = [](const auto& x) { return to_json(x); };

constexpr std::int64_t kMaxListed = 1000;  // the most `limit` returns

Result<IncidentFilter> filter_of(const Request& req) {
  IncidentFilter f;
  f.category_id = TRY(req.query_id("category_id"));
  f.organisation_id = TRY(req.query_id("organisation_id"));
  for (const char* key : {"from", "to"}) {
    auto v = req.query_param(key);
    if (!v || v->empty()) continue;
    if (!is_iso_date(*v)) return Error::invalid("Date au format AAAA-MM-JJ.", key);
    (std::string(key) == "from" ? f.from : f.to) = *v;
  }
  return f;
}

json::object context_json(const ObservatoryContext& c) {
  json::array organisations;
  for (const auto& [id, name] : c.organisations)
    organisations.push_back({{"id", id}, {"name", name}});
  return {{"categories", items_json(c.categories)["items"]},
          {"organisations", std::move(organisations)},
          {"can_submit", c.can_submit},
          {"can_manage", c.can_manage},
          {"small_count", kSmallCount},
          {"description_length", incident_rules::kDescriptionLength}};
}

void add_category_routes(Router& r, ObservatoryService& o) {
  r.add("GET", "/api/v1/territories/{id}/observatoire", [&o](const Request& req, const Actor& a) {
    return with_id(req,
                   [&](std::int64_t id) { return reply(o.context(a, id), 200, context_json); });
  });
  r.add("POST", "/api/v1/territories/{id}/incident-categories",
        [&o](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            IncidentCategory c;
            c.territory_id = id;
            auto ok = read_body(req, [&](JsonReader& in) { read_category(in, c); });
            return ok ? reply(o.add_category(a, std::move(c)), 201, as_json)
                      : error_response(ok.error());
          });
        });
  r.add("PUT", "/api/v1/incident-categories/{id}", [&o](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      IncidentCategory c;
      c.id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_category(in, c); });
      return ok ? reply(o.update_category(a, std::move(c)), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/incident-categories/{id}", [&o](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(o.remove_category(a, id)); });
  });
}

void add_incident_routes(Router& r, ObservatoryService& o) {
  r.add("GET", "/api/v1/territories/{id}/incidents", [&o](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto f = filter_of(req);
      if (!f) return error_response(f.error());
      // `limit`: the newest first, with the total (the page's list); else the whole register.
      auto limit = req.query_id("limit");
      if (!limit) return error_response(limit.error());
      if (*limit) {
        auto page = o.newest(a, id, *f, std::min<std::int64_t>(**limit, kMaxListed));
        return reply(page, 200, [](const IncidentPage& p) {
          auto out = items_json(p.items);
          out["total"] = p.total;
          return out;
        });
      }
      auto list = o.list(a, id, *f);
      if (req.query_param("format") == std::optional<std::string>("geojson")) {
        Response out = reply(list, 200, incidents_geojson);
        if (list) out.content_type = "application/geo+json";
        return out;
      }
      return reply(list, 200, [](const auto& v) { return items_json(v); });
    });
  });
  r.add("POST", "/api/v1/territories/{id}/incidents", [&o](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      Incident i;
      i.territory_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_incident(in, i); });
      return ok ? reply(o.create(a, std::move(i)), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("GET", "/api/v1/incidents/{id}", [&o](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(o.get(a, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/incidents/{id}", [&o](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      Incident i;
      i.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_incident(in, i);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(o.update(a, std::move(i), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/incidents/{id}", [&o](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(o.remove(a, id)); });
  });
  r.add("GET", "/api/v1/territories/{id}/incidents/summary",
        [&o](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            auto f = filter_of(req);
            if (!f) return error_response(f.error());
            return reply(o.summary(a, id, *f), 200, as_json);
          });
        });
  // The body is the partner's file itself (text/csv, or gzip), at most the server's body limit.
  r.add("POST", "/api/v1/territories/{id}/incidents/import",
        [&o](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            auto organisation = req.query_id("organisation_id");
            if (!organisation) return error_response(organisation.error());
            if (!*organisation) {
              return error_response(Error::invalid(
                  "Précisez l'organisation qui signale (organisation_id).", "organisation_id"));
            }
            bool dry_run = req.query_param("dry_run") == std::optional<std::string>("1");
            return reply(o.import_csv(a, id, **organisation, req.body, dry_run),
                         dry_run ? 200 : 201, as_json);
          });
        });
}

}  // namespace

void add_observatory_routes(Router& router, ObservatoryService& observatory) {
  add_category_routes(router, observatory);
  add_incident_routes(router, observatory);
}

}  // namespace vigie
