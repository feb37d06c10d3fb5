// The problem board's routes and JSON; see routes.h.
#include <boost/json.hpp>

#include "core/json_reader.h"
#include "core/json_write.h"
#include "http/reply.h"
#include "observatory/routes.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::object problem_json(const Problem& p) {
  json::array steps;
  for (const ProblemStep& s : p.steps) {
    steps.push_back({{"id", s.id},
                     {"at", s.at},
                     {"status", s.status},
                     {"note", json_or_null(s.note)},
                     {"author", s.author_name}});
  }
  return {{"id", p.id},
          {"territory_id", p.territory_id},
          {"title", p.title},
          {"description", json_or_null(p.description)},
          {"category_id", json_or_null(p.category_id)},
          {"category", p.category_label},
          {"organisation_id", p.organisation_id},
          {"organisation", p.organisation_name},
          {"status", p.status},
          {"longitude", json_or_null(p.longitude)},
          {"latitude", json_or_null(p.latitude)},
          {"place", json_or_null(p.place)},
          {"opened_on", p.opened_on},
          {"due_on", json_or_null(p.due_on)},
          {"resolved_on", json_or_null(p.resolved_on)},
          {"action_id", json_or_null(p.action_id)},
          {"incidents", p.incidents},
          {"late", p.late},
          {"version", p.version},
          {"steps", std::move(steps)}};
}

json::object board_json(const std::vector<ProblemBoardLine>& lines) {
  json::array out;
  for (const auto& l : lines) {
    out.push_back({{"organisation_id", l.organisation_id},
                   {"organisation", l.organisation_name},
                   {"open", l.open},
                   {"late", l.late},
                   {"solved", l.solved},
                   {"median_days", json_or_null(l.median_days)}});
  }
  return {{"items", std::move(out)}};
}

void read_problem(JsonReader& in, Problem& p) {
  p.title = in.string("title", 200);
  p.description = in.optional_string("description", 2000);
  p.category_id = in.optional_integer("category_id", 1, INT64_MAX);
  p.organisation_id = in.integer("organisation_id", 1, INT64_MAX);
  p.longitude = in.optional_number("longitude");
  p.latitude = in.optional_number("latitude");
  p.x = in.optional_number("x");
  p.y = in.optional_number("y");
  p.place = in.optional_string("place", 200);
  p.opened_on = in.optional_date("opened_on").value_or("");
  p.due_on = in.optional_date("due_on");
  p.action_id = in.optional_integer("action_id", 1, INT64_MAX);
}

}  // namespace

void add_problem_routes(Router& r, ProblemService& problems) {
  r.add("GET", "/api/v1/territories/{id}/problems",
        [&problems](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            bool open = req.query_param("open") == std::optional<std::string>("1");
            return reply(problems.list(a, id, open), 200, [](const auto& list) {
              json::array items;
              for (const auto& p : list)
                items.push_back(problem_json(p));
              return json::object{{"items", std::move(items)}};
            });
          });
        });
  r.add("GET", "/api/v1/territories/{id}/problems/board",
        [&problems](const Request& req, const Actor& a) {
          return with_id(
              req, [&](std::int64_t id) { return reply(problems.board(a, id), 200, board_json); });
        });
  r.add("POST", "/api/v1/territories/{id}/problems",
        [&problems](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            Problem p;
            p.territory_id = id;
            auto ok = read_body(req, [&](JsonReader& in) { read_problem(in, p); });
            return ok ? reply(problems.create(a, std::move(p)), 201, problem_json)
                      : error_response(ok.error());
          });
        });
  r.add("GET", "/api/v1/problems/{id}", [&problems](const Request& req, const Actor& a) {
    return with_id(req,
                   [&](std::int64_t id) { return reply(problems.get(a, id), 200, problem_json); });
  });
  r.add("PUT", "/api/v1/problems/{id}", [&problems](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      Problem p;
      p.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_problem(in, p);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(problems.update(a, std::move(p), version), 200, problem_json)
                : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/problems/{id}/steps", [&problems](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      std::string status;
      std::optional<std::string> note;
      auto ok = read_body(req, [&](JsonReader& in) {
        status = in.enumeration("status", kProblemStatuses);
        note = in.optional_string("note", 1000);
      });
      return ok ? reply(problems.add_step(a, id, status, note), 201, problem_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/problems/{id}", [&problems](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(problems.remove(a, id)); });
  });
}

}  // namespace vigie
