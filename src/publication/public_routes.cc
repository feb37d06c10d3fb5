// The publication's routes: the coordinator's choice and preview (signed in), the public page,
// its open data, schemas, catalogue and published bilans (open: no session). See docs/api.md.
#include <boost/json.hpp>

#include "evaluation/routes.h"
#include "http/reply.h"
#include "publication/open_data.h"
#include "publication/public_json.h"
#include "publication/routes.h"

namespace vigie {
namespace json = boost::json;

namespace {

// Open data may be read by any site's scripts (a portal's preview): no credentials involved.
Response shared(Response r) {
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return r;
}

Response typed(std::string body, std::string content_type) {
  Response r;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  return shared(std::move(r));
}

Response with_choice(const Request& req, const std::function<Response(Publication)>& then) {
  return with_id(req, [&](std::int64_t id) {
    Publication choice;
    auto read = read_body(req, [&](JsonReader& in) { choice = publication_from(in, id); });
    return read ? then(std::move(choice)) : error_response(read.error());
  });
}

void add_choice_routes(Router& r, PublicationService& publication) {
  r.add("GET", "/api/v1/strategies/{id}/publication",
        [&publication](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            return reply(publication.publication(actor, id), 200,
                         [](const Publication& p) { return to_json(p); });
          });
        });
  r.add("PUT", "/api/v1/strategies/{id}/publication",
        [&publication](const Request& req, const Actor& actor) {
          return with_choice(req, [&](Publication choice) {
            return reply(publication.publish(actor, std::move(choice)), 200,
                         [](const Publication& p) { return to_json(p); });
          });
        });
  r.add("POST", "/api/v1/strategies/{id}/publication/preview",
        [&publication](const Request& req, const Actor& actor) {
          return with_choice(req, [&](Publication choice) {
            // The page's own addresses are relative: the preview is read where it is served.
            return reply(publication.preview(actor, std::move(choice)), 200,
                         [&](const PublicPage& p) { return to_json(p, ""); });
          });
        });
}

// GET /public/v1/territories/{id}/<dataset>.<csv|json>
void add_dataset_routes(Router& r, PublicationService& publication, const std::string& base) {
  for (const open_data::Dataset& d : open_data::datasets()) {
    std::string path = "/public/v1/territories/{id}/" + std::string(d.name);
    for (bool csv : {true, false}) {
      r.add("GET", path + (csv ? ".csv" : ".json"),
            [&publication, &d, csv, base](const Request& req, const Actor&) {
              return with_id(req, [&](std::int64_t id) {
                auto page = publication.public_page(id);
                if (!page) return shared(error_response(page.error()));
                if (!open_data::published(d, *page)) {
                  return shared(error_response(Error::not_found("Jeu de données non publié.")));
                }
                if (csv) {
                  return typed(sheet::to_open_csv(open_data::rows(d, *page)),
                               "text/csv; charset=utf-8");
                }
                return shared(json_response(200, open_data::records(d, *page, base)));
              });
            });
    }
    r.add("GET", "/public/v1/schemas/" + std::string(d.name) + ".json",
          [&d, base](const Request&, const Actor&) {
            return shared(json_response(200, open_data::table_schema(d, base)));
          });
  }
}

}  // namespace

void add_public_routes(Router& r, PublicationService& publication, const Clock& clock,
                       const std::string& public_url) {
  add_choice_routes(r, publication);
  r.add("GET", "/public/v1/territories/{id}", [&publication](const Request& req, const Actor&) {
    return with_id(req, [&](std::int64_t id) {
      auto page = publication.public_page(id);
      if (!page) return shared(error_response(page.error()));
      return shared(json_response(200, to_json(*page, "")));
    });
  });
  r.add("GET", "/public/v1/territories/{id}/catalogue.jsonld",
        [&publication, public_url](const Request& req, const Actor&) {
          return with_id(req, [&](std::int64_t id) {
            auto page = publication.public_page(id);
            if (!page) return shared(error_response(page.error()));
            return typed(json::serialize(open_data::catalogue(*page, public_url)),
                         "application/ld+json; charset=utf-8");
          });
        });
  add_dataset_routes(r, publication, public_url);
  r.add("GET", "/public/v1/strategies/{id}/bilan",
        [&publication, &clock](const Request& req, const Actor&) {
          auto format = office_format(req.query_param("format").value_or("pdf"), "format");
          if (!format) return error_response(format.error());
          auto period = period_param(req, clock);
          if (!period) return error_response(period.error());
          return with_id(req, [&](std::int64_t id) {
            auto e = publication.public_bilan(id, *period);
            return e ? bilan_download(*e, *format) : error_response(e.error());
          });
        });
}

}  // namespace vigie
