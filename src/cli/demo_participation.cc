// The demo's GENERATED participation citoyenne; see demo_participation.h.
#include "cli/demo_participation.h"

#include "cli/demo_files.h"
#include "participation/json.h"

namespace vigie::cli {
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
  return load_generated_files(
      dir, "GENERE-participation-", "Participation citoyenne GÉNÉRÉE chargée",
      "Participation citoyenne déjà présente", [&](const boost::json::value& doc) -> Result<bool> {
        auto d = TRY(read_demo(doc));
        return apply(app, actor, std::move(d));
      });
}

}  // namespace vigie::cli
