#include "funding/routes.h"

#include "core/json_write.h"
#include "funding/json.h"
#include "funding/rules.h"
#include "funding/sheets.h"
#include "http/reply.h"

namespace vigie {
namespace {

auto as_json = [](const auto& x) { return to_json(x); };
auto as_items = [](const auto& v) { return items_json(v); };

// ?year=YYYY, optional: 400 "year" when it is not a year.
template <typename F>
Response with_year(const Request& req, F&& then) {
  auto year = req.query_year("year");
  if (!year) return error_response(year.error());
  std::optional<std::int64_t> asked;
  if (*year) asked = **year;
  return then(asked);
}

void add_territory_routes(Router& r, FundingService& s) {
  r.add("GET", "/api/v1/funding/rules",
        [](const Request&, const Actor&) { return json_response(200, to_json(funding_rules())); });
  r.add("GET", "/api/v1/territories/{id}/funding-requests",
        [&s](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            return with_year(req,
                             [&](auto year) { return reply(s.list(a, id, year), 200, as_items); });
          });
        });
  r.add("GET", "/api/v1/territories/{id}/funding-alerts", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(s.alerts(a, id), 200, as_items); });
  });
  r.add("GET", "/api/v1/territories/{id}/funding-summary",
        [&s](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            return with_year(
                req, [&](auto year) { return reply(s.summary(a, id, year), 200, as_json); });
          });
        });
  // The year's requests and budget view for spreadsheets (?format=csv: the requests only).
  r.add("GET", "/api/v1/territories/{id}/funding-export", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      return with_year(req, [&](std::optional<std::int64_t> year) {
        auto summary = s.summary(a, id, year);
        if (!summary) return error_response(summary.error());
        auto requests = s.list(a, id, summary->year);
        if (!requests) return error_response(requests.error());
        std::string y = std::to_string(summary->year);
        return sheet_download(req,
                              {funding_requests_sheet(*requests, "Demandes de financement " + y),
                               funding_summary_sheet(*summary)},
                              "financements-" + y);
      });
    });
  });
  r.add("GET", "/api/v1/territories/{id}/funding-settings",
        [&s](const Request& req, const Actor& a) {
          return with_id(req,
                         [&](std::int64_t id) { return reply(s.settings(a, id), 200, as_json); });
        });
  r.add("PUT", "/api/v1/territories/{id}/funding-settings",
        [&s](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            FundingSettings settings;
            settings.territory_id = id;
            auto ok = read_body(req, [&](JsonReader& in) { read_settings(in, settings); });
            return ok ? reply(s.save_settings(a, std::move(settings)), 200, as_json)
                      : error_response(ok.error());
          });
        });
}

void add_request_routes(Router& r, FundingService& s) {
  r.add("GET", "/api/v1/actions/{id}/funding-requests", [&s](const Request& req, const Actor& a) {
    return with_id(req,
                   [&](std::int64_t id) { return reply(s.list_for_action(a, id), 200, as_items); });
  });
  r.add("POST", "/api/v1/actions/{id}/funding-requests", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      FundingRequest q;
      q.action_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_request(in, q); });
      return ok ? reply(s.create(a, std::move(q)), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("GET", "/api/v1/funding-requests/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(s.get(a, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/funding-requests/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      FundingRequest q;
      q.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_request(in, q);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(s.update(a, std::move(q), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/funding-requests/{id}", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(s.remove(a, id)); });
  });
  // ?kind=projet|compte-rendu&format=odt|docx|pdf (ODT when absent: a form to complete).
  r.add("GET", "/api/v1/funding-requests/{id}/document", [&s](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto format = office_format(req.query_param("format").value_or("odt"), "format");
      if (!format) return error_response(format.error());
      std::string kind = req.query_param("kind").value_or("projet");
      auto document = s.document(a, id, kind);
      if (!document) return error_response(document.error());
      auto bytes = render_office(*document, *format);
      if (!bytes) return error_response(bytes.error());
      return attachment(std::move(*bytes), office_mime(*format),
                        (kind == "projet" ? "demande-" : "compte-rendu-") + std::to_string(id) +
                            "." + office_extension(*format));
    });
  });
}

}  // namespace

void add_funding_routes(Router& router, FundingService& funding) {
  add_territory_routes(router, funding);
  add_request_routes(router, funding);
}

}  // namespace vigie
