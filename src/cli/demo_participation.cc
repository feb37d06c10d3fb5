// The demo's GENERATED participation citoyenne; see demo_participation.h.
#include "cli/demo_participation.h"

#include <iostream>

#include "core/json_locate.h"
#include "participation/json.h"

namespace vigie::cli {
namespace fs = std::filesystem;

namespace {

struct DemoParticipation {
  std::string territory;
  CitizenProtocol protocol;
  std::vector<CitizenReferent> referents;
};

// The API's own readers: the demo file obeys the API's rules.
Result<DemoParticipation> read_demo(const boost::json::value& doc) {
  DemoParticipation d;
  JsonReader in(doc, "");
  in.ignore("_generated");
  d.territory = in.string("territory", 200);
  in.object("protocol", [&](JsonReader& p) { read_protocol(p, d.protocol); });
  in.object_list("referents", 200,
                 [&](JsonReader& r, std::size_t) { read_referent(r, d.referents.emplace_back()); });
  TRY_VOID(in.finish());
  return d;
}

Result<bool> apply(App& app, const Actor& actor, DemoParticipation d) {
  auto territory = TRY(app.territories().find_by_name(d.territory));
  if (!territory) return Error::invalid("Territoire inconnu.", "territory");
  if (!TRY(app.participation().list(actor, *territory)).empty()) return false;
  d.protocol.territory_id = *territory;
  std::int64_t id = TRY(app.participation().create(actor, d.protocol)).id;
  for (CitizenReferent& r : d.referents) {
    r.protocol_id = id;
    TRY(app.participation().add_referent(actor, r));
  }
  return true;
}

}  // namespace

int load_demo_participation(App& app, const Actor& actor, const std::string& dir) {
  std::error_code ec;
  fs::directory_iterator files(dir, ec);
  if (ec) return fail(Error::invalid("Dossier illisible : " + ec.message(), "evaluation"), dir);
  for (const auto& entry : files) {
    const fs::path& file = entry.path();
    if (!file.filename().string().starts_with("GENERE-participation-")) continue;
    std::string text;
    std::optional<int> line;
    auto doc = read_json_file(file, text, line);
    if (!doc) return fail(doc.error(), file.string(), line);
    auto d = read_demo(*doc);
    auto applied = d ? apply(app, actor, std::move(*d)) : Result<bool>(d.error());
    if (!applied) {
      if (applied.error().field) line = locate_json_path(text, *applied.error().field);
      return fail(applied.error(), file.string(), line);
    }
    std::cerr << (*applied ? "Participation citoyenne GÉNÉRÉE chargée : "
                           : "Participation citoyenne déjà présente : ")
              << file.filename().string() << "\n";
  }
  return 0;
}

}  // namespace vigie::cli
