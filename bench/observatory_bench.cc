// vigie_bench observatory <csv> <folder>: the observatoire's answers on the 45,319 Chicago
// burglaries loaded as incidents — the incident map's GeoJSON, KDE 256² on a polygonal window,
// Gi* on a 250 m fishnet clipped to it, near-repeat alert zones (999 simulations) — timed
// server-side (the service calls under the API, no HTTP), with the process's peak memory, beside
// the same computation by `vigie analyse` (rectangular window). bench/r_observatory.R times R on
// the same inputs, written to <folder>. The points are moved (a translation, distances kept) from
// Illinois East metres (EPSG:26971) into Lambert-93 around its origin, where Vigie measures.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

#include <sys/resource.h>

#include "analysis/gistar.h"
#include "analysis/kde.h"
#include "analysis/near_repeat.h"
#include "app/app.h"
#include "cli/common.h"
#include "core/dates.h"
#include "geo/area.h"
#include "geo/projection.h"
#include "observatory/analyses.h"
#include "observatory/json.h"
#include "territory/official_list.h"
#include "timing.h"

namespace vigie {
namespace {
namespace fs = std::filesystem;
namespace json = boost::json;

double peak_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// An octagon: the points' bounding box with its corners cut by a quarter of each side.
std::vector<std::pair<double, double>> octagon(const analysis::Window& b) {
  double w = b.width() / 4, h = b.height() / 4;
  return {{b.xmin + w, b.ymin}, {b.xmax - w, b.ymin}, {b.xmax, b.ymin + h}, {b.xmax, b.ymax - h},
          {b.xmax - w, b.ymax}, {b.xmin + w, b.ymax}, {b.xmin, b.ymax - h}, {b.xmin, b.ymin + h}};
}

std::string contour_geojson(const std::vector<std::pair<double, double>>& ring, double dx,
                            double dy, const geo::Lambert93& l93) {
  std::ostringstream out;
  out << std::setprecision(12)
      << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"04112"},"geometry":{"type":"Polygon","coordinates":[[)";
  for (std::size_t k = 0; k <= ring.size(); ++k) {
    auto [x, y] = ring[k % ring.size()];
    auto p = l93.to_wgs84({x + dx, y + dy});
    out << (k ? "," : "") << "[" << p->longitude << "," << p->latitude << "]";
  }
  out << "]]}}]}";
  return out.str();
}

struct Line {
  std::string what;
  double vigie_ms;
  double cli_ms;
  double memory_mb;
};

}  // namespace
}  // namespace vigie

int observatory_bench(const std::string& csv, const std::string& folder) {
  using namespace vigie;
  fs::create_directories(folder);
  analysis::Events events = bench::load_events(csv);
  analysis::Window box = analysis::bounding_box(events);
  double dx = 700000 - (box.xmin + box.xmax) / 2, dy = 6600000 - (box.ymin + box.ymax) / 2;
  auto ring = octagon(box);
  {
    std::ofstream w(fs::path(folder) / "window.txt");
    w << std::setprecision(17);
    for (auto [x, y] : ring)
      w << x << " " << y << "\n";
  }
  fs::path db_path = fs::path(folder) / "observatoire.db";
  fs::remove(db_path);
  auto db = cli::open_store(db_path.string(), 1, cli::NewStore::allowed);
  if (!db) return std::cerr << db.error().message << "\n", 1;
  if (!load_official_list(**db, kOfficialListDir)) return 1;
  SystemClock clock;
  App app(**db, clock);
  auto territory = app.territories().create("Chicago (points déplacés)", "clspd", {"04112"});
  auto actor = cli::operator_actor(**db);
  const geo::Lambert93* l93 = *geo::Lambert93::for_this_thread();
  if (!app.territories().load_contours(contour_geojson(ring, dx, dy, *l93), "banc").ok()) return 1;
  Organisation o;
  o.territory_id = *territory;
  o.name = "Police (banc d'essai)";
  o.kind = "autre";
  auto org = app.partners().create(*actor, o);
  auto categories = app.observatory().categories(*actor, *territory);
  std::string file = "date;categorie;x;y\n";
  for (const auto& e : events) {
    auto d = analysis::civil_from_days(e.day);
    char line[128];
    std::snprintf(line, sizeof line, "%04d-%02u-%02u;Cambriolages;%.3f;%.3f\n", d.year, d.month,
                  d.day, e.x + dx, e.y + dy);
    file += line;
  }
  auto start = std::chrono::steady_clock::now();
  auto imported = app.observatory().import_csv(*actor, *territory, org->id, file, false);
  double import_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!imported) return std::cerr << imported.error().message << "\n", 1;

  std::vector<Line> lines;
  auto measure = [&](const std::string& what, auto&& api, auto&& cli) {
    double before = peak_mb();
    double v = bench::best_seconds(3, api) * 1000;
    double after = peak_mb();
    double c = bench::best_seconds(3, cli) * 1000;
    lines.push_back({what, v, c, after - before});
  };
  std::string geojson;
  measure(
      "Carte des faits (GeoJSON)",
      [&] {
        auto list = app.observatory().list(*actor, *territory, {});
        geojson = json::serialize(incidents_geojson(*list));
      },
      [] {});
  auto run = [&](const char* kind, json::object parameters) {
    auto started = app.analyses().start(*actor, *territory, kind, json::value(parameters));
    app.analyses().wait();
    auto done = app.analyses().get(*actor, started->id);
    if (done->state != "termine") std::cerr << kind << " : " << done->error.value_or("") << "\n";
  };
  analysis::Window frame = box;
  double sigma = std::min(frame.width(), frame.height()) / 8;
  measure(
      "Densité 256² (fenêtre polygonale)",
      [&] {
        run("densite", {{"pixels", 256}, {"sigma", sigma}});
      },
      [&] {
        analysis::KdeOptions k;
        k.columns = k.rows = 256;
        k.sigma = sigma;
        auto grid = analysis::kernel_density(events, k);
        if (!grid) std::cerr << "densité : " << grid.error().message << "\n";
      });
  measure(
      "Gi* mailles de 250 m (découpées)",
      [&] {
        run("points_chauds", {{"cell", 250}});
      },
      [&] {
        auto net = analysis::fishnet(events, 250, box);
        auto gi = analysis::getis_ord_gistar(net->cells, {.distance = 500});
        if (!gi) std::cerr << "Gi* : " << gi.error().message << "\n";
      });
  measure(
      "Zones d'alerte, Knox 999 simulations",
      [&] {
        run("quasi_repetition", {{"simulations", 999}});
      },
      [&] {
        analysis::NearRepeatOptions n;
        n.metric = analysis::Metric::euclidean;
        n.spatial_bandwidth = 100;
        n.spatial_bands = 5;
        n.temporal_bandwidth = 7;
        n.temporal_bands = 4;
        n.simulations = 999;
        auto knox = analysis::near_repeat(events, n);
        if (!knox) std::cerr << "Knox : " << knox.error().message << "\n";
      });
  {
    std::ofstream p(fs::path(folder) / "parameters.txt");
    p << std::setprecision(17) << sigma << "\n";
  }
  std::cout << "Observatoire, " << events.size() << " cambriolages de Chicago chargés comme faits ("
            << bench::cores() << " cœurs) ; import du fichier : " << std::fixed
            << std::setprecision(1) << import_s
            << " s ; GeoJSON de la carte : " << geojson.size() / 1024 << " Kio\n";
  std::cout << "  " << std::left << std::setw(40) << "Opération" << std::right << std::setw(14)
            << "Vigie (API)" << std::setw(20) << "vigie analyse" << std::setw(22)
            << "pic mémoire (+Mio)\n";
  for (const auto& l : lines) {
    std::cout << "  " << std::left << std::setw(40) << l.what << std::right << std::setw(11)
              << std::setprecision(0) << l.vigie_ms << " ms" << std::setw(17)
              << (l.cli_ms > 0.05 ? std::to_string(static_cast<long>(std::lround(l.cli_ms))) + " ms"
                                  : std::string("—"))
              << std::setw(18) << std::setprecision(1) << l.memory_mb << "\n";
  }
  std::cout
      << "  (Vigie : meilleur de 3, calcul côté serveur sous l'API, lecture des faits comprise ;"
         " vigie analyse : le même calcul, fenêtre rectangulaire, sans lecture)\n";
  return 0;
}
