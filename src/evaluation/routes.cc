#include "evaluation/routes.h"

#include <boost/json.hpp>

#include "core/dates.h"
#include "evaluation/json.h"
#include "http/reply.h"

namespace vigie {
namespace json = boost::json;

namespace {

auto as_json = [](const auto& x) { return to_json(x); };

// A year given in the query, or `fallback` without one; 400 naming the parameter otherwise.
Result<int> year_param(const Request& req, const std::string& name, int fallback) {
  auto value = req.query_param(name);
  if (!value || value->empty()) return fallback;
  if (value->size() != 4 || value->find_first_not_of("0123456789") != std::string::npos) {
    return Error::invalid("Année sur quatre chiffres attendue.", name);
  }
  return std::stoi(*value);
}

}  // namespace

void add_evaluation_routes(Router& r, EvaluationService& evaluation, const Clock& clock) {
  r.add("GET", "/api/v1/strategies/{id}/evaluation",
        [&evaluation, &clock](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            int this_year = std::stoi(date_of(clock.now()).substr(0, 4));
            auto from = year_param(req, "from", this_year);
            if (!from) return error_response(from.error());
            auto to = year_param(req, "to", *from);
            if (!to) return error_response(to.error());
            return reply(evaluation.evaluate(actor, id, {*from, *to}), 200, as_json);
          });
        });
  r.add("PUT", "/api/v1/axes/{id}/analysis", [&evaluation](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      AxisAnalysis a;
      a.axis_id = id;
      auto ok = read_body(req, [&](JsonReader& in) {
        a.from_year = static_cast<int>(in.integer("from", 1990, 2100));
        a.to_year = static_cast<int>(in.integer("to", 1990, 2100));
        a.text = in.optional_string("text", 20'000).value_or("");
      });
      return ok ? reply(evaluation.save_analysis(actor, std::move(a)), 200, as_json)
                : error_response(ok.error());
    });
  });
}

}  // namespace vigie
