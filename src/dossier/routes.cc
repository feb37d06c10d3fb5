#include "dossier/routes.h"

#include "core/json_write.h"
#include "dossier/json.h"
#include "http/reply.h"
#include "http/uploads.h"

namespace vigie {

namespace {

auto as_json = [](const auto& x) { return to_json(x); };
auto as_items = [](const auto& v) { return items_json(v); };

void add_owner_routes(Router& r, DossierService& d, const DossierOwnerKind& kind) {
  std::string owner = "/api/v1/" + std::string(kind.owner) + "/{id}/files";
  std::string file = "/api/v1/" + std::string(kind.files) + "/{id}";
  r.add("GET", owner, [&d, &kind](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(d.list(a, kind, id), 200, as_items); });
  });
  r.add("POST", owner, [&d, &kind](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto upload = upload_of(req);
      if (!upload) return error_response(upload.error());
      DossierFile f;
      f.owner_id = id;
      f.filename = upload->filename;
      f.media_type = upload->media_type;
      return reply(d.add(a, kind, std::move(f), req.body), 201, as_json);
    });
  });
  r.add("GET", file, [&d, &kind](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) {
      auto f = d.get(a, kind, id);
      if (!f) return error_response(f.error());
      return file_download(std::move(f->content), f->media_type, f->filename);
    });
  });
  r.add("DELETE", file, [&d, &kind](const Request& req, const Actor& a) {
    return with_id(req, [&](std::int64_t id) { return reply(d.remove(a, kind, id)); });
  });
}

}  // namespace

void add_dossier_routes(Router& router, DossierService& dossiers) {
  for (const DossierOwnerKind& kind : kDossierOwners)
    add_owner_routes(router, dossiers, kind);
}

}  // namespace vigie
