#include "videoprotection/routes.h"

#include "core/json_write.h"
#include "http/reply.h"
#include "videoprotection/json.h"

namespace vigie {
namespace {

auto as_json = [](const auto& x) { return to_json(x); };
auto as_items = [](const auto& v) { return items_json(v); };

void add_system_routes(Router& r, VideoService& v) {
  r.add("GET", "/api/v1/videoprotection/rules",
        [&v](const Request&, const Actor&) { return json_response(200, to_json(v.rules())); });
  r.add("GET", "/api/v1/territories/{id}/video-systems", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(v.list(a, id), 200, as_items); });
  });
  r.add("POST", "/api/v1/territories/{id}/video-systems", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      VideoSystem s;
      s.territory_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_video_system(in, s); });
      return ok ? reply(v.create(a, std::move(s)), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("GET", "/api/v1/territories/{id}/video-alerts", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(v.alerts(a, id), 200, as_items); });
  });
  r.add("GET", "/api/v1/video-systems/{id}", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(v.get(a, id), 200, as_json); });
  });
  r.add("PUT", "/api/v1/video-systems/{id}", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      VideoSystem s;
      s.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_video_system(in, s);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(v.update(a, std::move(s), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/video-systems/{id}", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(v.remove(a, id)); });
  });
  r.add("GET", "/api/v1/video-systems/{id}/figures", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto year = req.query_year("year");
      if (!year) return error_response(year.error());
      return reply(v.year(a, id, *year), 200, as_json);
    });
  });
  // ?year=&format=odt|docx|pdf (ODT when absent: the committee's secretary completes it).
  r.add("GET", "/api/v1/video-systems/{id}/annual-report",
        [&v](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            auto year = req.query_year("year");
            if (!year) return error_response(year.error());
            auto format = office_format(req.query_param("format").value_or("odt"), "format");
            if (!format) return error_response(format.error());
            auto document = v.annual_report(a, id, *year);
            if (!document) return error_response(document.error());
            auto bytes = render_office(*document, *format);
            if (!bytes) return error_response(bytes.error());
            return attachment(std::move(*bytes), office_mime(*format),
                              "rapport-comite-ethique-" + std::to_string(id) + "." +
                                  office_extension(*format));
          });
        });
}

void add_camera_routes(Router& r, VideoService& v) {
  r.add("GET", "/api/v1/video-systems/{id}/cameras", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(v.cameras(a, id), 200, as_items); });
  });
  r.add("POST", "/api/v1/video-systems/{id}/cameras", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      Camera c;
      c.system_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_camera(in, c); });
      return ok ? reply(v.add_camera(a, std::move(c)), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/cameras/{id}", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      Camera c;
      c.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_camera(in, c);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(v.update_camera(a, std::move(c), version), 200, as_json)
                : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/cameras/{id}", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(v.remove_camera(a, id)); });
  });
}

void add_register_routes(Router& r, VideoService& v) {
  r.add("GET", "/api/v1/video-systems/{id}/agents", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(v.agents(a, id), 200, as_items); });
  });
  r.add("POST", "/api/v1/video-systems/{id}/agents", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      std::string login;
      auto ok = read_body(req, [&](JsonReader& in) { login = in.string("login", 100); });
      return ok ? reply(v.designate(a, id, login), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("DELETE", "/api/v1/video-systems/{id}/agents/{user}",
        [&v](const Request& req, const Actor& a) {
          return with_id(req, [&](std::int64_t id) {
            auto user = req.path_id("user");
            return user ? reply(v.withdraw(a, id, *user)) : error_response(user.error());
          });
        });
  r.add("GET", "/api/v1/video-systems/{id}/register", [&v](const Request& req, const Actor& a) {
    return with_id(req,
                   [&](std::int64_t id) { return reply(v.register_of(a, id), 200, as_items); });
  });
  r.add("POST", "/api/v1/video-systems/{id}/register", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      RegisterEntry e;
      e.system_id = id;
      auto ok = read_body(req, [&](JsonReader& in) { read_register_entry(in, e); });
      return ok ? reply(v.add_entry(a, std::move(e)), 201, as_json) : error_response(ok.error());
    });
  });
  r.add("PUT", "/api/v1/register-entries/{id}", [&v](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      RegisterEntry e;
      e.id = id;
      std::int64_t version = 0;
      auto ok = read_body(req, [&](JsonReader& in) {
        read_register_entry(in, e);
        version = in.integer("version", 1, INT64_MAX);
      });
      return ok ? reply(v.update_entry(a, std::move(e), version), 200, as_json)
                : error_response(ok.error());
    });
  });
}

}  // namespace

void add_video_routes(Router& router, VideoService& video) {
  add_system_routes(router, video);
  add_camera_routes(router, video);
  add_register_routes(router, video);
}

}  // namespace vigie
