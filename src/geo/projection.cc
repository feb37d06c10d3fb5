// WGS84 ↔ Lambert-93 through PROJ; see projection.h.
#include "geo/projection.h"

#include <cmath>
#include <optional>

#include <proj.h>

namespace vigie::geo {
namespace {

// EPSG:2154's area of use (metropolitan France, Corsica and their sea), widened by half a
// degree so that a point on the coast or the border is never refused.
constexpr double kWest = -9.86 - 0.5, kEast = 10.38 + 0.5, kSouth = 41.15 - 0.5,
                 kNorth = 51.56 + 0.5;

bool in_area(LonLat p) {
  return p.longitude >= kWest && p.longitude <= kEast && p.latitude >= kSouth &&
         p.latitude <= kNorth;
}

// Said in the terms of what the person typed: degrees on a form, metres in a file's x/y.
Error outside(const char* field) {
  std::string_view f(field);
  if (f == "x" || f == "y") {
    return Error::invalid("Ce point est hors de la France métropolitaine : x et y sont attendus "
                          "en mètres Lambert-93 (x de 100 000 à 1 250 000, y de 6 000 000 à "
                          "7 150 000).",
                          field);
  }
  return Error::invalid("Ce point est hors de la France métropolitaine : vérifiez que la "
                        "latitude (entre 41 et 52) et la longitude (entre -5 et 10) ne sont pas "
                        "inversées.",
                        field);
}

}  // namespace

struct Lambert93::State {
  PJ_CONTEXT* context = nullptr;
  PJ* transform = nullptr;
  ~State() {
    if (transform != nullptr) proj_destroy(transform);
    if (context != nullptr) proj_context_destroy(context);
  }
};

Lambert93::Lambert93(std::unique_ptr<State> state) : state_(std::move(state)) {}
Lambert93::~Lambert93() = default;
Lambert93::Lambert93(Lambert93&&) noexcept = default;
Lambert93& Lambert93::operator=(Lambert93&&) noexcept = default;

Result<Lambert93> Lambert93::create() {
  auto state = std::make_unique<State>();
  state->context = proj_context_create();
  PJ* raw = proj_create_crs_to_crs(state->context, "EPSG:4326", "EPSG:2154", nullptr);
  if (raw == nullptr) {
    return Error::internal("PROJ ne connaît pas Lambert-93 (paquet proj-data manquant ?).");
  }
  // EPSG:4326 is latitude first; GeoJSON and Vigie write the longitude first.
  state->transform = proj_normalize_for_visualization(state->context, raw);
  proj_destroy(raw);
  if (state->transform == nullptr) return Error::internal("PROJ : transformation impossible.");
  return Lambert93(std::move(state));
}

Result<const Lambert93*> Lambert93::for_this_thread() {
  thread_local std::optional<Lambert93> converter;
  if (!converter) converter.emplace(TRY(create()));
  return &*converter;
}

Result<Lambert93Point> Lambert93::from_wgs84(LonLat p, const char* field) const {
  if (!std::isfinite(p.longitude) || !std::isfinite(p.latitude) || !in_area(p)) {
    return outside(field);
  }
  PJ_COORD c = proj_trans(state_->transform, PJ_FWD, proj_coord(p.longitude, p.latitude, 0, 0));
  if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y)) return outside(field);
  return Lambert93Point{c.xy.x, c.xy.y};
}

Result<LonLat> Lambert93::to_wgs84(Lambert93Point p, const char* field) const {
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) return outside(field);
  PJ_COORD c = proj_trans(state_->transform, PJ_INV, proj_coord(p.x, p.y, 0, 0));
  LonLat out{c.lp.lam, c.lp.phi};
  if (!std::isfinite(out.longitude) || !std::isfinite(out.latitude) || !in_area(out)) {
    return outside(field);
  }
  return out;
}

}  // namespace vigie::geo
