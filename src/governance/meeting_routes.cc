// Routes for a meeting's convocation, attendance and content.
#include <boost/json.hpp>

#include "core/json_write.h"
#include "governance/json.h"
#include "governance/routes.h"
#include "http/reply.h"

namespace vigie {
namespace json = boost::json;

namespace {

auto as_json = [](const auto& x) { return to_json(x); };
constexpr std::size_t kMaxAttachment = std::size_t{10} * 1024 * 1024;

// A file name as the user's system gave it, without anything a path or a header could abuse.
Result<std::string> clean_filename(const std::optional<std::string>& raw) {
  if (!raw || raw->empty() || raw->size() > 200) {
    return Error::invalid("Nom de fichier manquant ou trop long (200 caractères au plus).",
                          "filename");
  }
  for (unsigned char c : *raw) {
    if (c < 0x20 || c == '/' || c == '\\' || c == '"' || c == 0x7F) {
      return Error::invalid("Nom de fichier invalide.", "filename");
    }
  }
  return *raw;
}

Result<std::string> media_type_of(const Request& req) {
  std::string type = req.header("content-type").value_or("application/octet-stream");
  type = type.substr(0, type.find(';'));
  auto slash = type.find('/');
  if (type.size() > 100 || slash == std::string::npos || slash == 0 || slash + 1 == type.size()) {
    return Error::invalid("Type de fichier invalide.", "content-type");
  }
  return type;
}

// Served as its own type only when a browser cannot run it; otherwise as bytes.
std::string served_type(const std::string& type) {
  static const char* kSafe[] = {
      "application/pdf",
      "image/png",
      "image/jpeg",
      "text/plain",
      "application/vnd.oasis.opendocument.text",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
  for (const char* safe : kSafe) {
    if (type == safe) return type;
  }
  return "application/octet-stream";
}

std::string percent_encode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

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
      if (req.body.size() > kMaxAttachment) {
        return error_response(Error::invalid("Fichier trop volumineux (10 Mio au plus).", "file"));
      }
      if (req.body.empty()) return error_response(Error::invalid("Fichier vide.", "file"));
      auto name = clean_filename(req.query_param("filename"));
      if (!name) return error_response(name.error());
      auto type = media_type_of(req);
      if (!type) return error_response(type.error());
      Attachment a;
      a.meeting_id = id;
      a.filename = *name;
      a.media_type = *type;
      return reply(g.add_attachment(actor, a, req.body), 201, as_json);
    });
  });
  r.add("GET", "/api/v1/attachments/{id}", [&g](const Request& req, const Actor& actor) {
    return with_id(req, [&](std::int64_t id) {
      auto a = g.attachment(actor, id);
      if (!a) return error_response(a.error());
      Response out;
      out.content_type = served_type(a->media_type);
      out.headers.emplace_back("Content-Disposition",
                               "attachment; filename*=UTF-8''" + percent_encode(a->filename));
      out.body = std::move(a->content);
      return out;
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
