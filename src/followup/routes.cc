#include "followup/routes.h"

#include <boost/json.hpp>

#include "core/json_write.h"
#include "followup/json.h"
#include "http/reply.h"
#include "partner/routes.h"

namespace vigie {
namespace json = boost::json;

namespace {
auto as_json = [](const auto& x) { return to_json(x); };
auto as_items = [](const auto& v) { return items_json(v); };
}  // namespace

void add_followup_sharing_routes(Router& r, FollowUpService& f) {
  r.add("PUT", "/api/v1/followups/{id}/social-professionals",
        [&f](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            std::vector<SocialProfessional> named;
            auto ok = read_body(req, [&](JsonReader& in) { read_social_professionals(in, named); });
            return ok ? reply(f.name_social_professionals(actor, id, named), 200, as_json)
                      : error_response(ok.error());
          });
        });
  r.add("POST", "/api/v1/followups/{id}/social-professionals/access",
        [&f](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            std::int64_t contact = 0;
            std::string decision;
            auto ok = read_body(req, [&](JsonReader& in) {
              contact = in.integer("contact_id", 1, INT64_MAX);
              decision = in.string("decision", 20);
            });
            return ok ? reply(f.decide_social(actor, id, contact, decision), 200, as_json)
                      : error_response(ok.error());
          });
        });
  r.add("GET", "/api/v1/followups/{id}/social", [&f](const Request& req, const Actor& actor) {
    return with_id(
        req, [&](std::int64_t id) { return reply(f.social_notes(actor, id), 200, as_items); });
  });
  r.add("POST", "/api/v1/followups/{id}/social", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      SocialNote note;
      auto ok = read_body(req, [&](JsonReader& in) { read_social_note(in, note); });
      return ok ? reply(f.add_social_note(actor, id, note), 201, as_items)
                : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/followups/{id}/shares", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      FollowUpShare share;
      auto ok = read_body(req, [&](JsonReader& in) { read_share(in, share); });
      return ok ? reply(f.share(actor, id, share), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/followup-shares/{id}/access",
        [&f](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            std::string decision;
            auto ok = read_body(req, [&](JsonReader& in) { decision = in.string("decision", 20); });
            return ok ? reply(f.decide_share(actor, id, decision), 200, as_json)
                      : error_response(ok.error());
          });
        });
  r.add("DELETE", "/api/v1/followup-shares/{id}", [&f](const Request& req, const Actor& actor) {
    return with_id(req,
                   [&](std::int64_t id) { return reply(f.end_share(actor, id), 200, as_json); });
  });
  r.add("POST", "/api/v1/followups/{id}/transfer", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::int64_t body = 0;
      std::string reason;
      auto ok = read_body(req, [&](JsonReader& in) {
        body = in.integer("body_id", 1, INT64_MAX);
        reason = in.string("reason", 500);
      });
      return ok ? reply(f.transfer(actor, id, body, reason), 200, as_json)
                : error_response(ok.error());
    });
  });
}

void add_followup_routes(Router& r, FollowUpService& f, ChainedJournal& journal) {
  r.add("GET", "/api/v1/followups", [&f](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::followup_access);
    if (!territory) return error_response(territory.error());
    return reply(f.list(actor, *territory, req.query_param("q").value_or("")), 200, as_items);
  });
  r.add("POST", "/api/v1/followups", [&f](const Request& req, const Actor& actor) {
    FollowUp x;
    std::int64_t territory = 0;
    auto ok = read_body(req, [&](JsonReader& in) {
      territory = in.integer("territory_id", 1, INT64_MAX);
      x.body_id = in.integer("body_id", 1, INT64_MAX);
      read_followup_fields(in, x);
    });
    return ok ? reply(f.create(actor, x, territory), 201, as_json) : error_response(ok.error());
  });
  r.add("GET", "/api/v1/followups/{id}", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(f.open(actor, id), 200, as_json); });
  });
  r.add("GET", "/api/v1/followups/{id}/export", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::string purpose = req.query_param("purpose").value_or("export");
      if (purpose != "export" && purpose != "impression") {
        return error_response(Error::invalid("« export » ou « impression ».", "purpose"));
      }
      auto record = f.export_record(actor, id, purpose);
      if (!record) return error_response(record.error());
      return as_attachment(json_response(200, to_json(*record)),
                           "suivi-" + std::to_string(id) + ".json");
    });
  });
  r.add("PUT", "/api/v1/followups/{id}", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      FollowUp x;
      x.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_followup_fields(in, x);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(f.update(actor, x, version), 200, as_json) : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/followups/{id}/actions", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      FollowUpAction a;
      auto ok = read_body(req, [&](JsonReader& in) { read_followup_action(in, a); });
      return ok ? reply(f.add_action(actor, id, a), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/followups/{id}/close", [&f](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::string end_date, reason;
      auto ok = read_body(req, [&](JsonReader& in) {
        end_date = in.date("end_date", "Date de fin attendue.");
        reason = in.string("end_reason", 300);
      });
      return ok ? reply(f.close(actor, id, end_date, reason), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/followups/{id}/archive-read",
        [&f](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            std::string reason;
            auto ok = read_body(req, [&](JsonReader& in) { reason = in.string("reason", 500); });
            return ok ? reply(f.open_archived(actor, id, reason), 200, as_json)
                      : error_response(ok.error());
          });
        });
  add_followup_sharing_routes(r, f);
  add_procedure_routes(r, f);
  r.add("GET", "/api/v1/followup-stats", [&f](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::followup_stats);
    if (!territory) return error_response(territory.error());
    return reply(f.stats(actor, *territory), 200, as_json);
  });
  // POST: a person's name does not belong in an address, which proxies and logs keep.
  r.add("POST", "/api/v1/followup-subject-access", [&f](const Request& req, const Actor& actor) {
    std::int64_t territory = 0;
    SubjectQuery q;
    auto ok = read_body(req, [&](JsonReader& in) {
      territory = in.integer("territory_id", 1, INT64_MAX);
      q.last_name = in.string("last_name", 100);
      q.first_name = in.string("first_name", 100);
      q.birth_date = in.optional_date("birth_date");
    });
    if (!ok) return error_response(ok.error());
    auto access = f.subject_access(actor, territory, q);
    if (!access) return error_response(access.error());
    return as_attachment(json_response(200, to_json(*access)), "droit-acces.json");
  });
  r.add("GET", "/api/v1/followup-journal", [&journal](const Request& req, const Actor& actor) {
    auto territory = territory_of_request(req, actor, Permission::followup_journal);
    if (!territory) return error_response(territory.error());
    return reply(journal.list(actor, *territory, 1000), 200, as_items);
  });
  r.add("GET", "/api/v1/followup-journal/integrity",
        [&journal](const Request& req, const Actor& actor) {
          auto territory = territory_of_request(req, actor, Permission::followup_journal);
          if (!territory) return error_response(territory.error());
          return reply(journal.integrity(actor, *territory), 200, [](const ChainCheck& c) {
            boost::json::object o{{"state", c.state}, {"entries", c.entries}};
            o["broken_at"] = c.broken_at ? boost::json::value(*c.broken_at) : nullptr;
            return o;
          });
        });
}

}  // namespace vigie
