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

// The address the public reached the server by ("https://vigie.example.fr"), for the absolute
// addresses a catalogue needs; empty when the Host header is missing or not a plain host name.
std::string public_base(const Request& req) {
  std::string host = req.header("host").value_or("");
  bool plain = !host.empty() && host.size() <= 255 &&
               host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                      "0123456789.-:[]") == std::string::npos;
  return plain ? (req.secure ? "https://" : "http://") + host : std::string();
}

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
            std::string base = public_base(req);
            return reply(publication.preview(actor, std::move(choice)), 200,
                         [&](const PublicPage& p) { return to_json(p, base); });
          });
        });
}

// GET /public/v1/territories/{id}/<dataset>.<csv|json>
void add_dataset_routes(Router& r, PublicationService& publication) {
  for (const open_data::Dataset& d : open_data::datasets()) {
    std::string path = "/public/v1/territories/{id}/" + std::string(d.name);
    for (bool csv : {true, false}) {
      r.add("GET", path + (csv ? ".csv" : ".json"),
            [&publication, &d, csv](const Request& req, const Actor&) {
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
                return shared(json_response(200, open_data::records(d, *page, public_base(req))));
              });
            });
    }
    r.add("GET", "/public/v1/schemas/" + std::string(d.name) + ".json",
          [&d](const Request& req, const Actor&) {
            return shared(json_response(200, open_data::table_schema(d, public_base(req))));
          });
  }
}

}  // namespace

void add_public_routes(Router& r, PublicationService& publication, const Clock& clock) {
  add_choice_routes(r, publication);
  r.add("GET", "/public/v1/territories/{id}", [&publication](const Request& req, const Actor&) {
    return with_id(req, [&](std::int64_t id) {
      auto page = publication.public_page(id);
      if (!page) return shared(error_response(page.error()));
      return shared(json_response(200, to_json(*page, public_base(req))));
    });
  });
  r.add("GET", "/public/v1/territories/{id}/catalogue.jsonld",
        [&publication](const Request& req, const Actor&) {
          return with_id(req, [&](std::int64_t id) {
            auto page = publication.public_page(id);
            if (!page) return shared(error_response(page.error()));
            return typed(json::serialize(open_data::catalogue(*page, public_base(req))),
                         "application/ld+json; charset=utf-8");
          });
        });
  add_dataset_routes(r, publication);
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
