#include "evaluation/routes.h"

#include <boost/json.hpp>

#include "core/dates.h"
#include "core/text.h"
#include "evaluation/bilan.h"
#include "evaluation/json.h"
#include "evaluation/sheets.h"
#include "http/reply.h"

namespace vigie {
namespace json = boost::json;

namespace {

auto as_json = [](const auto& x) { return to_json(x); };

// A year given in the query, or `fallback` without one; 400 naming the parameter otherwise.
Result<int> year_param(const Request& req, const std::string& name, int fallback) {
  return TRY(req.query_year(name)).value_or(fallback);
}

// The strategy's evaluation for the request's period, then `then(evaluation)`.
Response with_evaluation(const Request& req, const Actor& actor, EvaluationService& evaluation,
                         const Clock& clock,
                         const std::function<Response(const StrategyEvaluation&)>& then) {
  return with_id(req, [&](std::int64_t id) {
    auto period = period_param(req, clock);
    if (!period) return error_response(period.error());
    auto e = evaluation.evaluate(actor, id, *period);
    return e ? then(*e) : error_response(e.error());
  });
}

}  // namespace

Response bilan_download(const StrategyEvaluation& e, OfficeFormat format) {
  auto bytes = render_office(bilan_document(e), format);
  if (!bytes) return error_response(bytes.error());
  std::string period = std::to_string(e.period.from_year);
  if (e.period.to_year != e.period.from_year) period += "-" + std::to_string(e.period.to_year);
  return attachment(std::move(*bytes), office_mime(format),
                    "bilan-" + slug(e.territory_name) + "-" + period + "." +
                        office_extension(format));
}

Result<EvaluationPeriod> period_param(const Request& req, const Clock& clock) {
  int this_year = std::stoi(date_of(clock.now()).substr(0, 4));
  int from = TRY(year_param(req, "from", this_year));
  return EvaluationPeriod{from, TRY(year_param(req, "to", from))};
}

void add_evaluation_routes(Router& r, EvaluationService& evaluation, const Clock& clock) {
  r.add("GET", "/api/v1/strategies/{id}/evaluation",
        [&evaluation, &clock](const Request& req, const Actor& actor) {
          return with_evaluation(req, actor, evaluation, clock, [](const StrategyEvaluation& e) {
            return json_response(200, to_json(e));
          });
        });
  r.add("GET", "/api/v1/strategies/{id}/action-plan",
        [&evaluation, &clock](const Request& req, const Actor& actor) {
          return with_evaluation(req, actor, evaluation, clock, [&](const StrategyEvaluation& e) {
            return sheet_download(req, {action_plan_sheet(e), indicator_series_sheet(e)},
                                  "plan-d-action-" + slug(e.territory_name));
          });
        });
  r.add("GET", "/api/v1/strategies/{id}/bilan",
        [&evaluation, &clock](const Request& req, const Actor& actor) {
          auto format = office_format(req.query_param("format").value_or("pdf"), "format");
          if (!format) return error_response(format.error());
          return with_evaluation(req, actor, evaluation, clock, [&](const StrategyEvaluation& e) {
            return bilan_download(e, *format);
          });
        });
  r.add("GET", "/api/v1/strategies/{id}/indicator-series",
        [&evaluation, &clock](const Request& req, const Actor& actor) {
          return with_evaluation(req, actor, evaluation, clock, [&](const StrategyEvaluation& e) {
            return sheet_download(req, {indicator_series_sheet(e)},
                                  "indicateurs-" + slug(e.territory_name));
          });
        });
  r.add("PUT", "/api/v1/axes/{id}/analysis", [&evaluation](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      AxisAnalysis a;
      a.axis_id = id;
      auto ok = read_body(req, [&](JsonReader& in) {
        a.from_year = static_cast<int>(in.integer("from", 1990, 2100));
        a.to_year = static_cast<int>(in.integer("to", 1990, 2100));
        // Required, though it may be empty (to clear it): a body without it wipes nothing.
        if (!in.has("text") && !in.failed()) in.fail("text", "Ce champ est obligatoire.");
        a.text = in.optional_string("text", 20'000).value_or("");
      });
      return ok ? reply(evaluation.save_analysis(actor, std::move(a)), 200, as_json)
                : error_response(ok.error());
    });
  });
}

}  // namespace vigie
