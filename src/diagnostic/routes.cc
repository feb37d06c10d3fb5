#include "diagnostic/routes.h"

#include <charconv>

#include <boost/json.hpp>

#include "core/text.h"
#include "diagnostic/diagnostic_json.h"
#include "diagnostic/export.h"
#include "diagnostic/json.h"
#include "http/reply.h"

namespace vigie {
namespace json = boost::json;

namespace {

Result<std::int64_t> offset_of(const Request& req) {
  std::string text = req.query_param("offset").value_or("");
  std::int64_t offset = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), offset);
  if (ec != std::errc() || end != text.data() + text.size() || offset < 0) {
    return Error::invalid("Position « offset » attendue : les octets déjà envoyés.", "offset");
  }
  return offset;
}

std::string id_of(const Request& req) {
  auto it = req.path_params.find("token");
  return it == req.path_params.end() ? "" : it->second;
}

}  // namespace

void add_ssmsi_routes(Router& r, SsmsiImportService& imports, SsmsiUploads& uploads) {
  r.add("GET", "/api/v1/ssmsi/editions", [&imports](const Request&, const Actor&) {
    return reply(imports.editions(), 200, [](const auto& items) {
      json::array out;
      for (const auto& e : items)
        out.push_back(edition_json(e));
      return json::object{{"items", std::move(out)}};
    });
  });
  r.add("POST", "/api/v1/ssmsi/uploads", [&uploads](const Request& req, const Actor& actor) {
    std::string name;
    std::int64_t size = 0;
    auto ok = read_body(req, [&](JsonReader& in) {
      name = in.string("file_name", 400);
      size = in.integer("size", 1, INT64_MAX);
    });
    if (!ok) return error_response(ok.error());
    return reply(uploads.open(actor, name, size), 201, upload_json);
  });
  r.add("PUT", "/api/v1/ssmsi/uploads/{token}", [&uploads](const Request& req, const Actor& actor) {
    auto offset = offset_of(req);
    if (!offset) return error_response(offset.error());
    return reply(uploads.append(actor, id_of(req), *offset, req.body), 200, upload_json);
  });
  r.add("POST", "/api/v1/ssmsi/imports", [&uploads](const Request& req, const Actor& actor) {
    std::string token;
    auto ok = read_body(req, [&](JsonReader& in) { token = in.string("upload", 64); });
    if (!ok) return error_response(ok.error());
    return reply(uploads.start_import(actor, token), 202, upload_json);
  });
  r.add("GET", "/api/v1/ssmsi/uploads/{token}", [&uploads](const Request& req, const Actor& actor) {
    return reply(uploads.state(actor, id_of(req)), 200, upload_json);
  });
  r.add("DELETE", "/api/v1/ssmsi/uploads/{token}",
        [&uploads](const Request& req, const Actor& actor) {
          return reply(uploads.cancel(actor, id_of(req)), 200, upload_json);
        });
}

}  // namespace vigie

namespace vigie {
namespace {

Result<SimilarQuery> similar_query(const Request& req) {
  SimilarQuery q;
  if (auto area = req.query_param("area")) q.area = *area;
  for (const char* key : {"band_min", "band_max"}) {
    auto text = req.query_param(key);
    if (!text || text->empty()) continue;
    std::int64_t v = -1;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size() || v < 0) {
      return Error::invalid("Nombre d'habitants entier attendu.", key);
    }
    (std::string(key) == "band_min" ? q.band_min : q.band_max) = v;
  }
  if (q.band_max && !q.band_min) q.band_min = 0;
  return q;
}

}  // namespace

void add_diagnostic_routes(Router& r, DiagnosticService& diagnostics) {
  r.add("GET", "/api/v1/ssmsi/indicators", [&diagnostics](const Request&, const Actor&) {
    return reply(diagnostics.indicators(), 200, [](const auto& items) {
      json::array out;
      for (const auto& i : items) {
        out.push_back({{"id", i.id},
                       {"label", i.label},
                       {"unit", i.unit},
                       {"per", i.per_dwellings ? "logements" : "habitants"}});
      }
      return json::object{{"items", std::move(out)}};
    });
  });
  r.add("GET", "/api/v1/territories/{id}/diagnostic",
        [&diagnostics](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            auto q = similar_query(req);
            if (!q) return error_response(q.error());
            return reply(diagnostics.diagnostic(actor, id, *q), 200, diagnostic_json);
          });
        });
  r.add("GET", "/api/v1/territories/{id}/diagnostic/export",
        [&diagnostics](const Request& req, const Actor& actor) {
          return with_id(req, [&](std::int64_t id) {
            if (auto f = req.query_param("format"); f && *f != "csv" && *f != "xlsx") {
              return error_response(Error::invalid("Format : csv ou xlsx.", "format"));
            }
            auto q = similar_query(req);
            if (!q) return error_response(q.error());
            auto d = diagnostics.diagnostic(actor, id, *q);
            if (!d) return error_response(d.error());
            bool csv = req.query_param("format").value_or("csv") == "csv";
            return sheet_download(req, {diagnostic_sheet(*d, csv)},
                                  "diagnostic-" + slug(d->territory_name));
          });
        });
}

}  // namespace vigie
