// The demo's GENERATED funding requests; see demo_funding.h.
#include "cli/demo_funding.h"

#include "cli/demo_files.h"
#include "funding/json.h"

namespace vigie::cli {
namespace {

struct DemoRequest {
  std::int64_t axis = 0;
  std::int64_t fiche = 0;
  FundingRequest request;
};

struct DemoFunding {
  std::string territory;
  FundingSettings settings;
  std::vector<DemoRequest> requests;
};

// The API's own readers: the demo file obeys the API's rules.
Result<DemoFunding> read_demo(const boost::json::value& doc) {
  DemoFunding d;
  JsonReader in(doc, "");
  in.ignore("_generated");
  d.territory = in.string("territory", 200);
  in.object("settings", [&](JsonReader& s) { read_settings(s, d.settings); });
  in.object_list("requests", 200, [&](JsonReader& r, std::size_t) {
    DemoRequest& q = d.requests.emplace_back();
    q.axis = r.integer("axis", 1, 99);
    q.fiche = r.integer("fiche", 1, 999);
    read_request(r, q.request);
  });
  TRY_VOID(in.finish());
  return d;
}

// The fiche numbered `fiche` in the axis numbered `axis`, in the territory's strategies.
Result<std::int64_t> find_fiche(App& app, const Actor& actor, std::int64_t territory,
                                const DemoRequest& q, std::size_t index) {
  for (const Strategy& s : TRY(app.strategies().list(actor, territory, std::nullopt))) {
    for (const Axis& axis : TRY(app.strategies().list_axes(actor, s.id))) {
      if (axis.number != q.axis) continue;
      ActionFilter filter;
      filter.axis_id = axis.id;
      for (const Action& a : TRY(app.strategies().list_actions(actor, s.id, filter)))
        if (a.number == q.fiche) return a.id;
    }
  }
  return Error::invalid("Fiche-action inconnue sur ce territoire.",
                        "requests[" + std::to_string(index) + "].fiche");
}

Result<bool> apply(App& app, const Actor& actor, DemoFunding d) {
  auto territory = TRY(app.territories().find_by_name(d.territory));
  if (!territory) return Error::invalid("Territoire inconnu.", "territory");
  if (!TRY(app.funding().list(actor, *territory, std::nullopt)).empty()) return false;
  d.settings.territory_id = *territory;
  TRY(app.funding().save_settings(actor, d.settings));
  for (std::size_t i = 0; i < d.requests.size(); ++i) {
    d.requests[i].request.action_id = TRY(find_fiche(app, actor, *territory, d.requests[i], i));
    TRY(app.funding().create(actor, d.requests[i].request));
  }
  return true;
}

}  // namespace

int load_demo_funding(App& app, const Actor& actor, const std::string& dir) {
  return load_generated_files(dir, "GENERE-financement-", "Financements GÉNÉRÉS chargés",
                              "Financements déjà présents",
                              [&](const boost::json::value& doc) -> Result<bool> {
                                auto d = TRY(read_demo(doc));
                                return apply(app, actor, std::move(d));
                              });
}

}  // namespace vigie::cli
