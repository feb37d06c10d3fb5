// The demo's GENERATED vidéoprotection; see demo_video.h.
#include "cli/demo_video.h"

#include <map>

#include "cli/demo_files.h"
#include "governance/json.h"
#include "videoprotection/json.h"

namespace vigie::cli {
namespace {

struct DemoSystem {
  VideoSystem system;
  std::vector<Camera> cameras;
  std::vector<std::pair<std::string, RegisterEntry>> entries;  // camera identifier, entry
};

struct DemoVideo {
  std::string territory;
  Body committee;
  std::string agent_login;
  std::string agent_name;
  std::vector<DemoSystem> systems;
};

// The same readers as the API's, so the demo file obeys the API's rules.
Result<DemoVideo> read_demo(const boost::json::value& doc) {
  DemoVideo d;
  JsonReader in(doc, "");
  in.ignore("_generated");
  d.territory = in.string("territory", 200);
  in.object("ethics_committee", [&](JsonReader& b) { read_body_fields(b, d.committee); });
  in.object("agent", [&](JsonReader& a) {
    d.agent_login = a.string("login", 64);
    d.agent_name = a.string("display_name", 200);
  });
  in.object_list("systems", 20, [&](JsonReader& s, std::size_t) {
    DemoSystem& out = d.systems.emplace_back();
    s.object_list("cameras", 200,
                  [&](JsonReader& c, std::size_t) { read_camera(c, out.cameras.emplace_back()); });
    s.object_list("register", 500, [&](JsonReader& e, std::size_t) {
      auto& [camera, entry] = out.entries.emplace_back();
      camera = e.optional_string("camera", 40).value_or("");
      read_register_entry(e, entry);
    });
    read_video_system(s, out.system);
  });
  TRY_VOID(in.finish());
  return d;
}

Result<Actor> demo_agent(App& app, Database& db, const DemoVideo& d, std::int64_t territory,
                         const std::string& password) {
  auto created = app.users().add(d.agent_login, d.agent_name, password);
  if (!created && created.error().code != ErrorCode::conflict) return created.error();
  TRY_VOID(app.users().grant(d.agent_login, territory, Role::partenaire));
  Lease conn = db.acquire();
  return app.users().load_actor(*conn, TRY(app.users().find_id(*conn, d.agent_login)));
}

Result<void> add_system(App& app, const Actor& actor, const Actor& agent, std::int64_t territory,
                        std::int64_t committee, DemoSystem s) {
  s.system.territory_id = territory;
  s.system.ethics_body_id = committee;
  VideoSystem created = TRY(app.video().create(actor, s.system));
  std::map<std::string, std::int64_t> cameras;
  for (Camera& c : s.cameras) {
    c.system_id = created.id;
    cameras[c.identifier] = TRY(app.video().add_camera(actor, c)).id;
  }
  TRY(app.video().designate(actor, created.id, agent.login));
  for (auto& [camera, e] : s.entries) {
    e.system_id = created.id;
    if (!camera.empty()) e.camera_id = cameras.at(camera);
    TRY(app.video().add_entry(agent, e));
  }
  return success();
}

// Applies the file; false when the territory already has a system (applied before).
Result<bool> apply(App& app, Database& db, const Actor& actor, const DemoVideo& d,
                   const std::string& password) {
  auto territory = TRY(app.territories().find_by_name(d.territory));
  if (!territory) return Error::invalid("Territoire inconnu.", "territory");
  if (!TRY(app.video().list(actor, *territory)).empty()) return false;
  Body committee = d.committee;
  committee.territory_id = *territory;
  std::int64_t committee_id = TRY(app.governance().create(actor, committee)).id;
  Actor agent = TRY(demo_agent(app, db, d, *territory, password));
  for (const DemoSystem& s : d.systems)
    TRY_VOID(add_system(app, actor, agent, *territory, committee_id, s));
  return true;
}

}  // namespace

int load_demo_video(App& app, Database& db, const Actor& actor, const std::string& dir,
                    const std::string& password) {
  return load_generated_files(dir, "GENERE-videoprotection-", "Vidéoprotection GÉNÉRÉE chargée",
                              "Vidéoprotection déjà présente",
                              [&](const boost::json::value& doc) -> Result<bool> {
                                auto d = TRY(read_demo(doc));
                                return apply(app, db, actor, d, password);
                              });
}

}  // namespace vigie::cli
