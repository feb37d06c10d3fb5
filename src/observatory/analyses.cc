// The observatoire's map analyses: density and hot spots; see analyses.h.
#include "observatory/analyses.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "analysis/gistar.h"
#include "geo/projection.h"

namespace vigie::observatory_analyses {
namespace json = boost::json;

namespace {

double rounded(double v, double unit) { return std::round(v / unit) * unit; }

// A Lambert-93 point as [longitude, latitude] for GeoJSON.
Result<json::array> lonlat(const geo::Lambert93& l93, double x, double y) {
  auto p = TRY(l93.to_wgs84({x, y}));
  return json::array{rounded(p.longitude, 1e-6), rounded(p.latitude, 1e-6)};
}

// The frame's WGS84 extent: corners and edge midpoints (a Lambert-93 rectangle is not one).
Result<std::array<double, 4>> lonlat_bounds(const geo::Lambert93& l93, const analysis::Window& w) {
  std::array<double, 4> b{1e9, 1e9, -1e9, -1e9};  // west, south, east, north
  for (double fx : {0.0, 0.5, 1.0}) {
    for (double fy : {0.0, 0.5, 1.0}) {
      auto p = TRY(l93.to_wgs84({w.xmin + fx * w.width(), w.ymin + fy * w.height()}));
      b[0] = std::min(b[0], p.longitude);
      b[1] = std::min(b[1], p.latitude);
      b[2] = std::max(b[2], p.longitude);
      b[3] = std::max(b[3], p.latitude);
    }
  }
  return b;
}

}  // namespace

analysis::Events events_of(const std::vector<Incident>& incidents, bool with_unlocated) {
  analysis::Events out;
  out.reserve(incidents.size());
  for (const Incident& i : incidents) {
    if (!i.has_point() && !with_unlocated) continue;
    analysis::Event e;
    e.x = i.x.value_or(0);
    e.y = i.y.value_or(0);
    const std::string& d = i.occurred_on;
    e.day = analysis::days_from_civil(std::stoi(d.substr(0, 4)),
                                      static_cast<unsigned>(std::stoi(d.substr(5, 2))),
                                      static_cast<unsigned>(std::stoi(d.substr(8, 2))));
    if (i.occurred_time && !i.period_end) {
      e.second_of_day = std::stoi(i.occurred_time->substr(0, 2)) * 3600 +
                        std::stoi(i.occurred_time->substr(3, 2)) * 60;
    }
    out.push_back(e);
  }
  return out;
}

std::vector<std::int64_t> sources_of(const std::vector<Incident>& incidents) {
  std::vector<std::int64_t> out;
  out.reserve(incidents.size());
  for (const Incident& i : incidents)
    if (i.has_point()) out.push_back(i.organisation_id);
  return out;
}

Result<StudyArea> study_area(const std::vector<std::string>& contours,
                             const analysis::Events& events, std::size_t minimum) {
  StudyArea s;
  if (!contours.empty()) {
    s.area = TRY(geo::Area::union_of_geojson(contours, "contours"));
    s.frame = s.area->bounds();
    s.kind = "contour";
  }
  std::size_t usable = 0;
  for (const auto& e : events)
    usable += !s.area || s.area->contains(e.x, e.y) ? 1 : 0;
  if (usable < minimum) {
    return Error::invalid(
        "Trop peu de signalements localisés dans le territoire pour cette analyse (" +
            std::to_string(usable) + ", il en faut " + std::to_string(minimum) + ").",
        "incidents");
  }
  if (!s.area) {
    analysis::Window b = analysis::bounding_box(events);
    double mx = std::max(b.width(), 100.0) * 0.05, my = std::max(b.height(), 100.0) * 0.05;
    s.frame = {b.xmin - mx, b.ymin - my, b.xmax + mx, b.ymax + my};
    s.kind = "emprise";
  }
  return s;
}

namespace {
analysis::Events inside(const analysis::Events& events, const StudyArea& s) {
  analysis::Events out;
  for (const auto& e : events)
    if ((!s.area || s.area->contains(e.x, e.y)) && s.frame.contains(e.x, e.y)) out.push_back(e);
  return out;
}
}  // namespace

Result<json::object> density(const analysis::Events& all, const StudyArea& study,
                             const DensityParameters& p, const analysis::RunControl& control) {
  if (p.pixels < 16 || p.pixels > 512) {
    return Error::invalid("De 16 à 512 pixels de côté.", "pixels");
  }
  if (p.kernel != "gaussian" && p.kernel != "quartic") {
    return Error::invalid("Noyau : gaussian ou quartic.", "kernel");
  }
  analysis::Events events = inside(all, study);
  analysis::KdeOptions o;
  o.kernel = p.kernel == "quartic" ? analysis::Kernel::quartic : analysis::Kernel::gaussian;
  o.sigma = p.sigma;
  o.columns = o.rows = p.pixels;
  o.window = study.frame;
  if (study.area) o.mask = study.area->mask(study.frame, p.pixels, p.pixels);
  analysis::DensityGrid grid = TRY(analysis::kernel_density(events, o, control));
  const geo::Lambert93* l93 = TRY(geo::Lambert93::for_this_thread());
  auto [west, south, east, north] = TRY(lonlat_bounds(*l93, study.frame));
  json::array values;
  values.reserve(static_cast<std::size_t>(p.pixels) * static_cast<std::size_t>(p.pixels));
  double peak = 0;
  for (int i = 0; i < p.pixels; ++i) {  // from the north, as an image is drawn
    double lat = north - (i + 0.5) * (north - south) / p.pixels;
    for (int j = 0; j < p.pixels; ++j) {
      double lon = west + (j + 0.5) * (east - west) / p.pixels;
      auto at = l93->from_wgs84({lon, lat});
      if (!at || !study.frame.contains(at->x, at->y)) {
        values.emplace_back(nullptr);
        continue;
      }
      auto [r, c] = grid.nearest_pixel(at->x, at->y);
      double v = grid.at(r, c) * 1e6;  // per km²
      if (std::isnan(v)) {
        values.emplace_back(nullptr);
        continue;
      }
      peak = std::max(peak, v);
      values.emplace_back(rounded(v, 1e-4));
    }
  }
  return json::object{{"kind", "densite"},
                      {"unit", "signalements par km²"},
                      {"sigma", grid.sigma},
                      {"kernel", p.kernel},
                      {"pixels", p.pixels},
                      {"events", events.size()},
                      {"outside", all.size() - events.size()},
                      {"window", study.kind},
                      {"max", peak},
                      {"image",
                       {{"west", west},
                        {"south", south},
                        {"east", east},
                        {"north", north},
                        {"columns", p.pixels},
                        {"rows", p.pixels},
                        {"values", std::move(values)}}}};
}

Result<json::object> hotspots(const analysis::Events& all, const StudyArea& study,
                              const HotspotParameters& p) {
  // Under 30 facts, Gi* rests on a few cells: ArcGIS's Optimized Hot Spot Analysis refuses to run
  // ("at least 30 incidents"); here the map is drawn with the warning said beside it.
  constexpr std::size_t kFewFacts = 30;
  if (!(p.cell >= 50 && p.cell <= 5000)) {
    return Error::invalid("Taille des mailles : de 50 à 5 000 m.", "cell");
  }
  double distance = p.distance.value_or(2 * p.cell);
  if (!(distance >= p.cell && distance <= 20 * p.cell)) {
    return Error::invalid("Voisinage d'une à vingt mailles.", "distance");
  }
  analysis::Events events = inside(all, study);
  analysis::Fishnet net = TRY(analysis::fishnet(events, p.cell, study.frame));
  std::vector<analysis::Area> kept;
  for (const analysis::Area& a : net.cells) {
    analysis::Window cell{a.x - p.cell / 2, a.y - p.cell / 2, a.x + p.cell / 2, a.y + p.cell / 2};
    if (!study.area || study.area->overlap(cell) > 0) kept.push_back(a);
  }
  auto values = TRY(analysis::getis_ord_gistar(kept, {.distance = distance}));
  const geo::Lambert93* l93 = TRY(geo::Lambert93::for_this_thread());
  // Each lattice corner projected once: neighbouring cells share theirs.
  std::map<std::pair<int, int>, json::array> corners;
  auto corner = [&](int column, int row) -> Result<json::array> {
    auto key = std::pair(column, row);
    if (auto it = corners.find(key); it != corners.end()) return it->second;
    auto at = TRY(lonlat(*l93, net.window.xmin + column * p.cell, net.window.ymin + row * p.cell));
    corners.emplace(key, at);
    return at;
  };
  json::array features;
  std::array<int, 7> classes{};
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const analysis::Area& a = kept[k];
    const analysis::GiStarValue& g = values[k];
    int column = static_cast<int>(std::floor((a.x - net.window.xmin) / p.cell));
    int row = static_cast<int>(std::floor((a.y - net.window.ymin) / p.cell));
    json::array ring;
    for (auto [dc, dr] : {std::pair{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}})
      ring.push_back(TRY(corner(column + dc, row + dr)));
    json::object props{{"id", a.id},
                       {"z", rounded(g.z, 1e-4)},
                       {"p", g.p_fdr},
                       {"confidence", g.confidence},
                       {"defined", g.defined}};
    if (p.show_counts) props["count"] = a.value;
    ++classes.at(static_cast<std::size_t>(g.confidence) + 3);
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Polygon"}, {"coordinates", json::array{ring}}}},
                        {"properties", std::move(props)}});
  }
  json::object by_class;
  for (int c = -3; c <= 3; ++c)
    by_class[std::to_string(c)] = classes.at(static_cast<std::size_t>(c) + 3);
  return json::object{
      {"kind", "points_chauds"},
      {"cell", p.cell},
      {"distance", distance},
      {"events", events.size()},
      {"few_events", events.size() < kFewFacts},
      {"window", study.kind},
      {"cells", kept.size()},
      {"classes", std::move(by_class)},
      {"counts_shown", p.show_counts},
      {"geojson", {{"type", "FeatureCollection"}, {"features", std::move(features)}}}};
}

}  // namespace vigie::observatory_analyses
