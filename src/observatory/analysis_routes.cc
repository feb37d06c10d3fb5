// The observatoire's analysis routes; see routes.h.
#include <boost/json.hpp>

#include "http/reply.h"
#include "observatory/analysis_export.h"
#include "observatory/routes.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::object run_json(const AnalysisRun& a) {
  json::object out{{"id", a.id},
                   {"territory_id", a.territory_id},
                   {"kind", a.kind},
                   {"parameters", json::parse(a.parameters)},
                   {"state", a.state},
                   {"progress", a.progress},
                   {"stage", a.stage},
                   {"incidents_used", a.incidents_used},
                   {"data_from", a.data_from ? json::value(*a.data_from) : json::value(nullptr)},
                   {"data_to", a.data_to ? json::value(*a.data_to) : json::value(nullptr)},
                   {"created_at", a.created_at},
                   {"created_by", a.created_by_name},
                   {"finished_at", a.finished_at ? json::value(*a.finished_at) : nullptr}};
  if (a.error) {
    out["error"] = {{"message", *a.error},
                    {"field", a.error_field ? json::value(*a.error_field) : nullptr}};
  }
  if (a.result) out["result"] = json::parse(*a.result);
  return out;
}

Response export_run(const Request& req, const AnalysisRun& a) {
  std::string format = req.query_param("format").value_or("csv");
  if (format != "csv" && format != "geojson") {
    return error_response(Error::invalid("Format : csv ou geojson.", "format"));
  }
  if (!a.result) return error_response(Error::conflict("Cette analyse n'a pas de résultat."));
  json::object result = json::parse(*a.result).as_object();
  auto body = format == "csv" ? analysis_export::csv(result) : analysis_export::geojson(result);
  if (!body) return error_response(body.error());
  return attachment(std::move(*body),
                    format == "csv" ? "text/csv; charset=utf-8" : "application/geo+json",
                    "observatoire-" + a.kind + "-" + std::to_string(a.id) + "." + format);
}

}  // namespace

void add_analysis_routes(Router& r, AnalysisJobs& jobs) {
  r.add("POST", "/api/v1/territories/{id}/analyses", [&jobs](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto body = json_body(req);
      if (!body) return error_response(body.error());
      const json::object* o = body->if_object();
      const json::value* kind = o ? o->if_contains("kind") : nullptr;
      if (kind == nullptr || !kind->is_string()) {
        return error_response(Error::invalid("Type d'analyse attendu (kind).", "kind"));
      }
      const json::value* parameters = o->if_contains("parameters");
      json::value empty = json::object{};
      return reply(jobs.start(a, id, std::string(kind->as_string()),
                              parameters != nullptr ? *parameters : empty),
                   202, run_json);
    });
  });
  r.add("GET", "/api/v1/territories/{id}/analyses", [&jobs](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      return reply(jobs.list(a, id), 200, [](const auto& runs) {
        json::array items;
        for (const auto& run : runs)
          items.push_back(run_json(run));
        return json::object{{"items", std::move(items)}};
      });
    });
  });
  r.add("GET", "/api/v1/analyses/{id}", [&jobs](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(jobs.get(a, id), 200, run_json); });
  });
  r.add("DELETE", "/api/v1/analyses/{id}", [&jobs](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(jobs.cancel(a, id), 200, run_json); });
  });
  r.add("GET", "/api/v1/analyses/{id}/export", [&jobs](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto run = jobs.get(a, id);
      return run ? export_run(req, *run) : error_response(run.error());
    });
  });
}

}  // namespace vigie
