// Routes for a meeting's convocation, attendance and content.
#include <boost/json.hpp>

#include "core/json_write.h"
#include "governance/json.h"
#include "governance/routes.h"
#include "http/reply.h"
#include "http/uploads.h"

namespace vigie {
namespace json = boost::json;

namespace {

auto as_json = [](const auto& x) { return to_json(x); };

void add_attendance_routes(Router& r, GovernanceService& g) {
  r.add("GET", "/api/v1/meetings/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(g.meeting(actor, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/meetings/{id}/invitations", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::vector<std::int64_t> members;
      auto ok = read_body(req, [&](JsonReader& in) { members = in.id_list("member_ids", 500); });
      return ok ? reply(g.set_invitations(actor, id, members), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/meetings/{id}/attendance", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::vector<std::pair<std::int64_t, std::optional<std::string>>> marks;
      auto ok = read_body(req, [&](JsonReader& in) {
        in.object_list("items", 500, [&](JsonReader& item, std::size_t) {
          std::int64_t member = item.integer("member_id", 1, INT64_MAX);
          marks.emplace_back(member, item.optional_enumeration("attendance", kAttendances));
        });
      });
      return ok ? reply(g.set_attendance(actor, id, marks), 200, as_json)
                : error_response(ok.error());
    });
  });
}

void add_minutes_routes(Router& r, GovernanceService& g) {
  r.add("PUT", "/api/v1/meetings/{id}/minutes", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::string text;
      std::optional<std::int64_t> version;
      auto ok = read_body(req, [&](JsonReader& in) {
        text = in.optional_string("text", 200'000).value_or("");
        version = in.optional_integer("version", 1, INT64_MAX);
      });
      return ok ? reply(g.save_minutes(actor, id, text, version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("POST", "/api/v1/meetings/{id}/minutes/approve",
        [&g](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            std::int64_t version = 0;
            bool confirmed = false;
            auto ok = read_body(req, [&](JsonReader& in) {
              version = in.integer("version", 1, INT64_MAX);
              confirmed = in.has("confirm_no_nominative") && in.boolean("confirm_no_nominative");
            });
            return ok ? reply(g.approve_minutes(actor, id, version, confirmed), 200, as_json)
                      : error_response(ok.error());
          });
        });
}

void add_attachment_routes(Router& r, GovernanceService& g) {
  r.add("POST", "/api/v1/meetings/{id}/attachments", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto upload = upload_of(req);
      if (!upload) return error_response(upload.error());
      Attachment a;
      a.meeting_id = id;
      a.filename = upload->filename;
      a.media_type = upload->media_type;
      return reply(g.add_attachment(actor, a, req.body), 201, as_json);
    });
  });
  r.add("GET", "/api/v1/attachments/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto a = g.attachment(actor, id);
      if (!a) return error_response(a.error());
      return file_download(std::move(a->content), a->media_type, a->filename);
    });
  });
  r.add("DELETE", "/api/v1/attachments/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(g.remove_attachment(actor, id)); });
  });
}

}  // namespace

void add_meeting_content_routes(Router& r, GovernanceService& g) {
  add_attendance_routes(r, g);
  r.add("GET", "/api/v1/meetings/{id}/content", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) { return reply(g.content(actor, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/meetings/{id}/agenda", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      std::vector<AgendaItem> items;
      auto ok = read_body(req, [&](JsonReader& in) {
        in.object_list("items", 100, [&](JsonReader& item, std::size_t) {
          read_agenda_item(item, items.emplace_back());
        });
      });
      if (!ok) return error_response(ok.error());
      return reply(g.set_agenda(actor, id, items), 200,
                   [](const auto& v) { return items_json(v); });
    });
  });
  add_minutes_routes(r, g);
  add_attachment_routes(r, g);
}

}  // namespace vigie
