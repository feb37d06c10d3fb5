// The demo's observatoire: GENERATED incidents for the seed territories, labelled as such (no
// open data of geolocated incidents of these communes exists), through the partner-file import.
#include "cli/demo_observatory.h"

#include <cmath>
#include <iostream>
#include <random>

#include "core/csv.h"
#include "core/dates.h"
#include "geo/area.h"
#include "geo/projection.h"

namespace vigie::cli {
namespace {

struct Weighted {
  const char* category;
  int weight;
};
constexpr Weighted kMix[] = {{"Tranquillité publique (nuisances, troubles)", 18},
                             {"Dégradations", 16},
                             {"Cambriolages", 12},
                             {"Vols", 10},
                             {"Vols liés aux véhicules", 8},
                             {"Violences", 6},
                             {"Stupéfiants (trafic, usage)", 6},
                             {"Rodéos motorisés", 6},
                             {"Dépôts sauvages", 10},
                             {"Occupation de halls", 8}};

std::string decimal(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", v);
  std::string out(text);
  for (char& c : out)
    c = c == '.' ? ',' : c;
  return out;
}

std::string french_day(std::int64_t epoch_day) { return french_date(date_of(epoch_day * 86400)); }

// A point of the area: near one of its hot spots (σ 300 m) two times in three, else anywhere.
std::optional<std::pair<double, double>> place(const geo::Area& area,
                                               const std::vector<std::pair<double, double>>& spots,
                                               std::mt19937& rng) {
  analysis::Window b = area.bounds();
  std::uniform_real_distribution<double> ux(b.xmin, b.xmax), uy(b.ymin, b.ymax), u(0, 1);
  std::normal_distribution<double> scatter(0, 300);
  for (int attempt = 0; attempt < 200; ++attempt) {
    double x = 0, y = 0;
    if (!spots.empty() && u(rng) < 0.66) {
      const auto& s = spots[static_cast<std::size_t>(rng() % spots.size())];
      x = s.first + scatter(rng);
      y = s.second + scatter(rng);
    } else {
      x = ux(rng);
      y = uy(rng);
    }
    if (area.contains(x, y)) return std::pair(x, y);
  }
  return std::nullopt;
}

// The file a partner would send: Lambert-93 x/y with decimal commas, French dates; `count`
// facts (and near repeats) over the last `days` days.
std::string generated_file(const geo::Area& area, std::int64_t today, std::uint32_t seed,
                           const std::string& prefix, int count, int days) {
  std::mt19937 rng(seed);
  std::vector<std::pair<double, double>> spots;
  for (int k = 0; k < 4; ++k) {
    if (auto p = place(area, {}, rng)) spots.push_back(*p);
  }
  std::vector<double> weights;
  for (const Weighted& w : kMix)
    weights.push_back(w.weight);
  std::discrete_distribution<int> mix(weights.begin(), weights.end());
  // Evenings and nights more than mornings.
  std::discrete_distribution<int> hour(
      {3, 2, 2, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 6, 7, 8, 8, 7, 6, 4});
  std::uniform_int_distribution<int> day(0, days - 1), minute(0, 59), later(1, 5);
  std::normal_distribution<double> near(0, 40);
  std::string out =
      csv::format_row({"date", "heure", "categorie", "x", "y", "description", "reference"}, ';') +
      "\n";
  int n = 0;
  auto line = [&](std::int64_t d, const char* category, double x, double y) {
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", hour(rng), minute(rng));
    out += csv::format_row({french_day(d), time, category, decimal(x), decimal(y),
                            "Fait GÉNÉRÉ pour la démonstration (fictif)",
                            prefix + std::to_string(++n)},
                           ';') +
           "\n";
  };
  for (int k = 0; k < count; ++k) {
    auto p = place(area, spots, rng);
    if (!p) continue;
    const char* category = kMix[mix(rng)].category;
    std::int64_t d = today - day(rng);
    line(d, category, p->first, p->second);
    // Burglaries come back near the first within days (the near-repeat pattern).
    if (std::string(category) == "Cambriolages" && rng() % 3 == 0) {
      double x = p->first + near(rng), y = p->second + near(rng);
      if (area.contains(x, y) && d + 5 <= today) line(d + later(rng), category, x, y);
    }
  }
  return out;
}

// A few problems on the board, GENERATED too, unless the territory has some already.
Result<void> demo_problems(App& app, const Actor& actor, const Territory& t,
                           const std::vector<Organisation>& partners) {
  if (!TRY(app.problems().list(actor, t.id, false)).empty()) return success();
  auto find = [&](const char* name) {
    for (const auto& o : partners)
      if (o.name == name) return o.id;
    return partners.front().id;
  };
  const std::tuple<const char*, const char*, const char*> problems[] = {
      {"Hall de résidence occupé le soir (GÉNÉRÉ)", "Bailleur social",
       "Résidence fictive, bâtiment B"},
      {"Rodéos motorisés récurrents (GÉNÉRÉ)", "Police municipale", "Parking fictif du stade"},
      {"Abribus dégradé à répétition (GÉNÉRÉ)", "Réseau de transport", "Arrêt fictif Gare"}};
  for (const auto& [title, who, where] : problems) {
    Problem p;
    p.territory_id = t.id;
    p.title = title;
    p.organisation_id = find(who);
    p.place = where;
    p.description = "Problème de démonstration, fictif.";
    TRY(app.problems().create(actor, p));
  }
  return success();
}

}  // namespace

Result<std::int64_t> load_generated_incidents(App& app, const Actor& actor, const Territory& t,
                                              const GeneratedIncidents& spec) {
  auto area = TRY(app.territories().area(actor, t.id));
  if (!area) return 0;  // no contour: nothing to place incidents in
  // The partners that report (generic names: the seeds name none of their own).
  for (const auto& [name, kind] : {std::pair{"Police municipale", "collectivite"},
                                   {"Bailleur social", "bailleur"},
                                   {"Réseau de transport", "transporteur"}}) {
    Organisation o;
    o.territory_id = t.id;
    o.name = name;
    o.kind = kind;
    o.description = "Partenaire de démonstration : ses signalements sont GÉNÉRÉS.";
    auto created = app.partners().create(actor, o);
    if (!created && created.error().code != ErrorCode::conflict) return created.error();
  }
  auto organisations = TRY(app.partners().list(actor, t.id));
  std::erase_if(organisations, [](const Organisation& o) {
    return !o.description || o.description->find("GÉNÉRÉS") == std::string::npos;
  });
  if (organisations.empty()) return 0;
  TRY(app.observatory().categories(actor, t.id));
  // One file per partner among the first three of the directory.
  const std::size_t files = std::min<std::size_t>(3, organisations.size());
  std::int64_t total = 0;
  for (std::size_t k = 0; k < files; ++k) {
    const Organisation& o = organisations[k];
    std::string file =
        generated_file(*area, spec.today, static_cast<std::uint32_t>(t.id * 7 + k + spec.seed),
                       "GENERE-" + std::to_string(t.id) + "-" + std::to_string(o.id) + "-",
                       spec.per_territory / static_cast<int>(files), spec.days);
    auto imported = TRY(app.observatory().import_csv(actor, t.id, o.id, file, false));
    total += imported.imported;
  }
  TRY_VOID(demo_problems(app, actor, t, organisations));
  return total;
}

int load_demo_incidents(App& app, const Actor& actor, const Clock& clock) {
  auto territories = app.territories().list_for(actor);
  if (!territories) return fail(territories.error());
  std::int64_t total = 0;
  for (const Territory& t : *territories) {
    auto loaded = load_generated_incidents(app, actor, t, {clock.now() / 86400, 720, 730, 0});
    if (!loaded) return fail(loaded.error(), "observatoire de démonstration (" + t.name + ")");
    total += *loaded;
  }
  if (total > 0) {
    std::cerr << total << " faits GÉNÉRÉS chargés dans l'observatoire de démonstration.\n";
  }
  return 0;
}

}  // namespace vigie::cli
