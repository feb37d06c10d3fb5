#include "strategy/routes.h"

#include <boost/json.hpp>

#include "core/json_reader.h"
#include "core/json_write.h"
#include "http/reply.h"
#include "partner/routes.h"
#include "strategy/json.h"

namespace vigie {
namespace json = boost::json;

namespace {

auto as_json = [](const auto& x) { return to_json(x); };

void read_action_refs(JsonReader& in, Action& a) {
  a.axis_id = in.optional_integer("axis_id", 1, INT64_MAX);
  a.pilot_organisation_id = in.optional_integer("pilot_organisation_id", 1, INT64_MAX);
  a.pilot_contact_id = in.optional_integer("pilot_contact_id", 1, INT64_MAX);
  a.partner_ids = in.id_list("partner_ids", 100);
  in.object_list("budget_lines", 100, [&](JsonReader& item, std::size_t) {
    BudgetLine b;
    read_budget_line(item, b);
    b.funder_id = item.optional_integer("funder_id", 1, INT64_MAX);
    a.budget_lines.push_back(std::move(b));
  });
}

Result<ActionFilter> read_filter(const Request& req) {
  ActionFilter f;
  f.axis_id = TRY(req.query_id("axis_id"));
  f.pilot_id = TRY(req.query_id("pilot"));
  f.partner_id = TRY(req.query_id("partner"));
  if (auto status = req.query_param("status")) {
    if (std::find(kActionStatuses.begin(), kActionStatuses.end(), *status) ==
        kActionStatuses.end()) {
      return Error::invalid("Statut inconnu.", "status");
    }
    f.status = *status;
  }
  if (auto q = req.query_param("q"); q && !q->empty()) {
    if (q->size() > 200) return Error::invalid("Recherche trop longue.", "q");
    f.text = *q;
  }
  return f;
}

void add_strategy_crud(Router& r, StrategyService& s) {
  r.add("GET", "/api/v1/strategies", [&s](const Request& req, const Actor& actor) {
    auto territory = req.query_id("territory_id");
    if (!territory) return error_response(territory.error());
    return reply(s.list(actor, *territory, req.query_param("status")), 200,
                 [](const auto& v) { return items_json(v); });
  });
  r.add("POST", "/api/v1/strategies", [&s](const Request& req, const Actor& actor) {
    Strategy st;
    auto ok = read_body(req, [&](JsonReader& in) {
      st.territory_id = in.integer("territory_id", 1, INT64_MAX);
      read_strategy(in, st);
    });
    return ok ? reply(s.create(actor, std::move(st)), 201, as_json) : error_response(ok.error());
  });
  r.add("GET", "/api/v1/strategies/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto st = s.get(actor, id);
      if (!st) return error_response(st.error());
      auto axes = s.list_axes(actor, id);
      if (!axes) return error_response(axes.error());
      json::object out = to_json(*st);
      out["axes"] = items_json(*axes)["items"];
      return json_response(200, out);
    });
  });
  r.add("PUT", "/api/v1/strategies/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Strategy st;
      st.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_strategy(in, st);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(s.update(actor, std::move(st), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/strategies/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(s.remove(actor, id)); });
  });
}

void add_axis_routes(Router& r, StrategyService& s) {
  r.add("GET", "/api/v1/strategies/{id}/axes", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      return reply(s.list_axes(actor, id), 200, [](const auto& v) { return items_json(v); });
    });
  });
  r.add("POST", "/api/v1/strategies/{id}/axes", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Axis a;
      a.strategy_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_axis(in, a); });
      return ok ? reply(s.create_axis(actor, a), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/axes/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Axis a;
      a.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_axis(in, a);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(s.update_axis(actor, a, version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/axes/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(s.remove_axis(actor, id)); });
  });
  r.add("POST", "/api/v1/strategies/{id}/axes/order", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::vector<std::int64_t> ids;
      auto ok = read_body(req, [&](JsonReader& in) { ids = in.id_list("axis_ids", 99); });
      if (!ok) return error_response(ok.error());
      return reply(s.order_axes(actor, id, ids), 200, [](const auto& v) { return items_json(v); });
    });
  });
  r.add("POST", "/api/v1/strategies/{id}/actions/order",
        [&s](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            std::optional<std::int64_t> axis;
            std::vector<std::int64_t> ids;
            auto ok = read_body(req, [&](JsonReader& in) {
              axis = in.optional_integer("axis_id", 1, INT64_MAX);
              ids = in.id_list("action_ids", 1000);
            });
            return ok ? reply(s.order_actions(actor, id, axis, ids)) : error_response(ok.error());
          });
        });
}

void add_action_routes(Router& r, StrategyService& s) {
  r.add("GET", "/api/v1/strategies/{id}/actions", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto filter = read_filter(req);
      if (!filter) return error_response(filter.error());
      return reply(s.list_actions(actor, id, *filter), 200,
                   [](const auto& v) { return items_json(v); });
    });
  });
  r.add("POST", "/api/v1/strategies/{id}/actions", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Action a;
      a.strategy_id = id;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_action_fields(in, a);
        read_action_refs(in, a);
      });
      return ok ? reply(s.create_action(actor, std::move(a)), 201, as_json)
                : error_response(ok.error());
    });
  });
  r.add("GET", "/api/v1/actions/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req,
                   [&](std::int64_t id) { return reply(s.get_action(actor, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/actions/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Action a;
      a.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_action_fields(in, a);
        read_action_refs(in, a);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(s.update_action(actor, std::move(a), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/actions/{id}", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(s.remove_action(actor, id)); });
  });
  r.add("GET", "/api/v1/actions/{id}/history", [&s](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      return reply(s.history(actor, id), 200, [](const auto& v) { return items_json(v); });
    });
  });
}

void add_exchange_routes(Router& r, StrategyExchange& x) {
  r.add("GET", "/api/v1/strategies/{id}/export", [&x](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto doc = x.export_document(actor, id);
      if (!doc) return error_response(doc.error());
      return as_attachment(json_response(200, *doc), "strategie-" + std::to_string(id) + ".json");
    });
  });
  r.add("POST", "/api/v1/strategies/import", [&x](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::strategy_write);
    if (!territory) return error_response(territory.error());
    auto body = json_body(req);
    if (!body) return error_response(body.error());
    auto id = x.import_document(actor, *territory, *body);
    if (!id) return error_response(id.error());
    return json_response(201, json::object{{"id", *id}});
  });
}

}  // namespace

void add_strategy_routes(Router& router, StrategyService& strategies, StrategyExchange& exchange) {
  add_strategy_crud(router, strategies);
  add_axis_routes(router, strategies);
  add_action_routes(router, strategies);
  add_exchange_routes(router, exchange);
}

}  // namespace vigie
