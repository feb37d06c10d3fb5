#include <boost/json.hpp>

#include "core/json_write.h"
#include "followup/procedure_json.h"
#include "followup/routes.h"
#include "http/reply.h"
#include "partner/routes.h"

namespace vigie {

namespace {
auto as_json = [](const auto& x) { return to_json(x); };
auto as_items = [](const auto& v) { return items_json(v); };

/// PUT of a versioned procedure: reads it, then updates it through `update`.
template <typename T, typename Read, typename Update>
Response put_versioned(const Request& req, Read read, Update update) {
  return with_id(req, [&](std::int64_t id) {
    T x;
    x.id = id;
    std::int64_t version = 0;
    auto ok = read_body(req, [&](JsonReader& in) {
      read(in, x);
      version = in.integer("version", 1, INT64_MAX);
    });
    return ok ? reply(update(x, version), 200, as_json) : error_response(ok.error());
  });
}

void add_reminder_routes(Router& r, FollowUpService& f) {
  r.add("POST", "/api/v1/followups/{id}/reminders", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      Reminder x;
      bool prosecuted = false;
      auto ok = read_body(req, [&](JsonReader& in) {
        if (!in.has("under_prosecution")) {  // must be answered, either way
          in.fail("under_prosecution",
                  "Dites si les faits font l'objet de poursuites judiciaires.");
        }
        prosecuted = in.boolean("under_prosecution");
        read_reminder(in, x);
      });
      return ok ? reply(f.add_reminder(actor, id, x, prosecuted), 201, as_json)
                : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/reminders/{id}", [&f](const Request& req, const Actor& actor) {
    return put_versioned<Reminder>(req, read_reminder, [&](const Reminder& x, std::int64_t v) {
      return f.update_reminder(actor, x, v);
    });
  });
  r.add("GET", "/api/v1/reminders/{id}/summons", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto pdf = f.summons_pdf(actor, id);
      if (!pdf) return error_response(pdf.error());
      return attachment(std::move(*pdf), "application/pdf",
                        "convocation-rappel-a-l-ordre-" + std::to_string(id) + ".pdf");
    });
  });
}

void add_cddf_and_tig_routes(Router& r, FollowUpService& f) {
  r.add("POST", "/api/v1/followups/{id}/cddf", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      CddfReferral x;
      auto ok = read_body(req, [&](JsonReader& in) { read_cddf(in, x); });
      return ok ? reply(f.add_cddf(actor, id, x), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/cddf/{id}", [&f](const Request& req, const Actor& actor) {
    return put_versioned<CddfReferral>(req, read_cddf, [&](const CddfReferral& x, std::int64_t v) {
      return f.update_cddf(actor, x, v);
    });
  });
  r.add("POST", "/api/v1/followups/{id}/tig", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      TigPlacement x;
      auto ok = read_body(req, [&](JsonReader& in) { read_placement(in, x, true); });
      return ok ? reply(f.add_placement(actor, id, x), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/tig-placements/{id}", [&f](const Request& req, const Actor& actor) {
    auto read = [](JsonReader& in, TigPlacement& x) { read_placement(in, x, false); };
    return put_versioned<TigPlacement>(req, read, [&](const TigPlacement& x, std::int64_t v) {
      return f.update_placement(actor, x, v);
    });
  });
  r.add("GET", "/api/v1/tig-places", [&f](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::followup_access);
    if (!territory) return error_response(territory.error());
    return reply(f.places(actor, *territory), 200, as_items);
  });
  r.add("POST", "/api/v1/tig-places", [&f](const Request& req, const Actor& actor) {
    TigPlace x;
    auto ok = read_body(req, [&](JsonReader& in) {
      x.territory_id = in.integer("territory_id", 1, INT64_MAX);
      read_place(in, x);
    });
    return ok ? reply(f.create_place(actor, x), 201, as_json) : error_response(ok.error());
  });
  r.add("PUT", "/api/v1/tig-places/{id}", [&f](const Request& req, const Actor& actor) {
    return put_versioned<TigPlace>(req, read_place, [&](const TigPlace& x, std::int64_t v) {
      return f.update_place(actor, x, v);
    });
  });
}
}  // namespace

void add_procedure_routes(Router& r, FollowUpService& f) {
  r.add("GET", "/api/v1/followups/{id}/procedures", [&f](const Request& req, const Actor& actor) {
    return with_id(req,
                   [&](std::int64_t id) { return reply(f.procedures(actor, id), 200, as_json); });
  });
  add_reminder_routes(r, f);
  add_cddf_and_tig_routes(r, f);
}

}  // namespace vigie
