#include "analysis/gistar.h"

#include <algorithm>
#include <cmath>

#include "analysis/near_pairs.h"
#include "analysis/statistics.h"

namespace vigie::analysis {
namespace {

constexpr double kMaxCells = 4e6;

int confidence_of(double z, double p) {
  const int level = p <= 0.01 ? 3 : p <= 0.05 ? 2 : p <= 0.10 ? 1 : 0;
  return z >= 0 ? level : -level;
}

Result<void> check_areas(const std::vector<Area>& areas, const GiStarOptions& o) {
  if (!(o.distance > 0) || !std::isfinite(o.distance)) {
    return Error::invalid("la distance de voisinage doit être un nombre de mètres positif.",
                          "distance");
  }
  if (areas.size() < 3) return Error::invalid("il faut au moins 3 zones.", "areas");
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const Area& a = areas[i];
    if (!std::isfinite(a.x) || !std::isfinite(a.y) || !std::isfinite(a.value)) {
      return Error::invalid("la zone " + a.id + " a une coordonnée ou une valeur illisible.",
                            "areas[" + std::to_string(i) + "]");
    }
  }
  return {};
}

}  // namespace

Result<Fishnet> fishnet(const Events& events, double cell, const Window& window) {
  if (events.empty()) return Error::invalid("aucun événement.", "events");
  TRY_VOID(check_window(window, events));
  if (!(cell > 0) || !std::isfinite(cell)) {
    return Error::invalid("la taille des mailles doit être un nombre de mètres positif.", "cell");
  }
  const double columns = std::max(1.0, std::ceil(window.width() / cell));
  const double rows = std::max(1.0, std::ceil(window.height() / cell));
  if (columns * rows > kMaxCells) {
    return Error::invalid("mailles trop petites pour cette zone (plus de 4 millions).", "cell");
  }
  Fishnet net{window, cell, static_cast<int>(columns), static_cast<int>(rows), {}};
  for (int r = 0; r < net.rows; ++r) {
    for (int c = 0; c < net.columns; ++c) {
      net.cells.push_back({"r" + std::to_string(r) + "c" + std::to_string(c),
                           window.xmin + (c + 0.5) * cell, window.ymin + (r + 0.5) * cell, 0});
    }
  }
  for (const Event& e : events) {
    const int c =
        std::min(static_cast<int>(std::floor((e.x - window.xmin) / cell)), net.columns - 1);
    const int r = std::min(static_cast<int>(std::floor((e.y - window.ymin) / cell)), net.rows - 1);
    net.cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(net.columns) +
              static_cast<std::size_t>(c)]
        .value += 1;
  }
  return net;
}

Result<std::vector<GiStarValue>> getis_ord_gistar(const std::vector<Area>& areas,
                                                  const GiStarOptions& o) {
  TRY_VOID(check_areas(areas, o));
  const std::size_t n = areas.size();
  std::vector<double> xs;
  std::vector<double> ys;
  double sum = 0;
  for (const Area& a : areas) {
    xs.push_back(a.x);
    ys.push_back(a.y);
    sum += a.value;
  }
  const double mean = sum / static_cast<double>(n);
  double squares = 0;
  for (const Area& a : areas)
    squares += (a.value - mean) * (a.value - mean);
  const double variance = squares / static_cast<double>(n);
  if (!(variance > 0)) {
    return Error::invalid("toutes les zones ont la même valeur : rien à distinguer.", "areas");
  }
  // The grid is a hair wider than the band so a pair exactly at the distance is never missed.
  const double d = o.distance;
  const NearPairs pairs = find_near_pairs(
      xs, ys, d * (1 + 1e-9), false, [d](double dist) { return dist <= d ? 0 : -1; }, 1);
  std::vector<double> lag(n);
  std::vector<int> neighbours(n, 1);
  for (std::size_t i = 0; i < n; ++i)
    lag[i] = areas[i].value;
  for (std::size_t k = 0; k < pairs.first.size(); ++k) {
    lag[pairs.first[k]] += areas[pairs.second[k]].value;
    lag[pairs.second[k]] += areas[pairs.first[k]].value;
    ++neighbours[pairs.first[k]];
    ++neighbours[pairs.second[k]];
  }
  std::vector<GiStarValue> out(n);
  std::vector<double> p;  // of the defined areas only
  std::vector<std::size_t> defined;
  const auto nd = static_cast<double>(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto w = static_cast<double>(neighbours[i]);
    const double spread = (nd * w - w * w) / (nd - 1);
    out[i].neighbours = neighbours[i];
    if (!(spread > 0)) {  // every area is a neighbour: 0/0
      out[i].defined = false;
      continue;
    }
    out[i].z = (lag[i] - w * mean) / std::sqrt(variance * spread);
    out[i].p = two_sided_p(out[i].z);
    p.push_back(out[i].p);
    defined.push_back(i);
  }
  if (defined.empty()) {
    return Error::invalid("la distance de voisinage englobe toutes les zones.", "distance");
  }
  const std::vector<double> adjusted = benjamini_hochberg(p);
  for (std::size_t k = 0; k < defined.size(); ++k) {
    GiStarValue& v = out[defined[k]];
    v.p_fdr = adjusted[k];
    v.confidence = confidence_of(v.z, o.false_discovery_rate ? adjusted[k] : v.p);
  }
  return out;
}

}  // namespace vigie::analysis
