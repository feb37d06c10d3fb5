// Areas in Lambert-93 through GEOS; see area.h.
#include "geo/area.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>

#include <geos_c.h>

#include "geo/projection.h"

namespace vigie::geo {
namespace {

// One GEOS context per thread (the reentrant API), kept for the thread's life.
struct Context {
  GEOSContextHandle_t handle = GEOS_init_r();
  ~Context() { GEOS_finish_r(handle); }
};
GEOSContextHandle_t context() {
  thread_local Context c;
  return c.handle;
}

struct Deleter {
  void operator()(GEOSGeometry* g) const {
    if (g != nullptr) GEOSGeom_destroy_r(context(), g);
  }
};
using Geometry = std::unique_ptr<GEOSGeometry, Deleter>;

Geometry rectangle(const analysis::Window& w) {
  return Geometry(GEOSGeom_createRectangle_r(context(), w.xmin, w.ymin, w.xmax, w.ymax));
}

// PROJ inside GEOS's coordinate walk; a failure stops the walk (the whole geometry is refused).
int to_lambert(double* x, double* y, void* converter) {
  auto p = static_cast<const Lambert93*>(converter)->from_wgs84({*x, *y});
  if (!p) return 0;
  *x = p->x;
  *y = p->y;
  return 1;
}
int to_wgs84(double* x, double* y, void* converter) {
  auto p = static_cast<const Lambert93*>(converter)->to_wgs84({*x, *y});
  if (!p) return 0;
  *x = std::round(p->longitude * 1e6) / 1e6;
  *y = std::round(p->latitude * 1e6) / 1e6;
  return 1;
}

}  // namespace

struct Area::State {
  Geometry geometry;
  const GEOSPreparedGeometry* prepared = nullptr;
  ~State() {
    if (prepared != nullptr) GEOSPreparedGeom_destroy_r(context(), prepared);
  }
};

Area::Area(std::unique_ptr<State> state) : state_(std::move(state)) {
  state_->prepared = GEOSPrepare_r(context(), state_->geometry.get());
}
Area::~Area() = default;
Area::Area(Area&&) noexcept = default;
Area& Area::operator=(Area&&) noexcept = default;

Result<Area> Area::from_geojson(std::string_view text, const std::string& field, bool projected) {
  GEOSContextHandle_t h = context();
  GEOSGeoJSONReader* reader = GEOSGeoJSONReader_create_r(h);
  Geometry read(GEOSGeoJSONReader_readGeometry_r(h, reader, std::string(text).c_str()));
  GEOSGeoJSONReader_destroy_r(h, reader);
  if (!read) return Error::invalid("Géométrie GeoJSON illisible.", field);
  int type = GEOSGeomTypeId_r(h, read.get());
  if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON) {
    return Error::invalid("Un contour est un Polygon ou un MultiPolygon.", field);
  }
  const Lambert93* l93 = TRY(Lambert93::for_this_thread());
  Geometry metres(
      projected ? read.release()
                : GEOSGeom_transformXY_r(h, read.get(), to_lambert, const_cast<Lambert93*>(l93)));
  if (!metres) {
    // Coordinates in metres (a file left in Lambert-93 or Web Mercator) are not degrees.
    double x = 0;
    bool in_metres = !projected && GEOSGeomGetX_r(h, read.get(), &x) == 0 && std::fabs(x) > 360;
    if (!in_metres) {
      const GEOSGeometry* ring = nullptr;
      const GEOSGeometry* first = GEOSGetGeometryN_r(h, read.get(), 0);
      if (first != nullptr) ring = GEOSGetExteriorRing_r(h, first);
      const GEOSCoordSequence* seq = ring ? GEOSGeom_getCoordSeq_r(h, ring) : nullptr;
      in_metres = seq != nullptr && GEOSCoordSeq_getX_r(h, seq, 0, &x) != 0 && std::fabs(x) > 360;
    }
    return Error::invalid(in_metres ? "Coordonnées en mètres : le GeoJSON doit être en degrés "
                                      "WGS84 (EPSG:4326). Reprojetez-le (QGIS, ogr2ogr -t_srs "
                                      "EPSG:4326) avant de le charger."
                                    : "Contour hors de la France métropolitaine (Lambert-93).",
                          field);
  }
  if (GEOSisValid_r(h, metres.get()) != 1) {
    metres.reset(GEOSMakeValid_r(h, metres.get()));
    if (!metres) return Error::invalid("Contour invalide et irréparable.", field);
  }
  auto state = std::make_unique<State>();
  state->geometry = std::move(metres);
  return Area(std::move(state));
}

Result<Area> Area::union_of(const std::vector<const Area*>& parts) {
  if (parts.empty()) return Error::invalid("Aucun contour à réunir.", "contours");
  GEOSContextHandle_t h = context();
  std::vector<GEOSGeometry*> clones;
  clones.reserve(parts.size());
  for (const Area* a : parts)
    clones.push_back(GEOSGeom_clone_r(h, a->state_->geometry.get()));
  Geometry collection(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                  static_cast<unsigned>(clones.size())));
  auto state = std::make_unique<State>();
  state->geometry.reset(GEOSUnaryUnion_r(h, collection.get()));
  if (!state->geometry) return Error::internal("GEOS : union des contours impossible.");
  return Area(std::move(state));
}

Result<Area> Area::union_of_geojson(const std::vector<std::string>& geometries,
                                    const std::string& field) {
  std::vector<Area> parts;
  parts.reserve(geometries.size());
  for (const std::string& g : geometries)
    parts.push_back(TRY(from_geojson(g, field)));
  if (parts.size() == 1) return std::move(parts[0]);
  std::vector<const Area*> pointers;
  pointers.reserve(parts.size());
  for (const Area& a : parts)
    pointers.push_back(&a);
  return union_of(pointers);
}

analysis::Window Area::bounds() const {
  analysis::Window w;
  GEOSGeom_getXMin_r(context(), state_->geometry.get(), &w.xmin);
  GEOSGeom_getYMin_r(context(), state_->geometry.get(), &w.ymin);
  GEOSGeom_getXMax_r(context(), state_->geometry.get(), &w.xmax);
  GEOSGeom_getYMax_r(context(), state_->geometry.get(), &w.ymax);
  return w;
}

double Area::area() const {
  double a = 0;
  GEOSArea_r(context(), state_->geometry.get(), &a);
  return a;
}

bool Area::contains(double x, double y) const {
  Geometry point(GEOSGeom_createPointFromXY_r(context(), x, y));
  return GEOSPreparedIntersects_r(context(), state_->prepared, point.get()) == 1;
}

double Area::distance(double x, double y) const {
  Geometry point(GEOSGeom_createPointFromXY_r(context(), x, y));
  double d = 0;
  GEOSPreparedDistance_r(context(), state_->prepared, point.get(), &d);
  return d;
}

std::vector<bool> Area::mask(const analysis::Window& window, int columns, int rows) const {
  GEOSContextHandle_t h = context();
  std::vector<bool> out(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows), false);
  const double pw = window.width() / columns, ph = window.height() / rows;
  for (int r = 0; r < rows; ++r) {
    const double y = window.ymin + ph / 2 + r * ph;
    // The row's centre line inside the area: segments whose ends bound the inside pixels.
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, 2, 2);
    GEOSCoordSeq_setXY_r(h, seq, 0, window.xmin - pw, y);
    GEOSCoordSeq_setXY_r(h, seq, 1, window.xmax + pw, y);
    Geometry line(GEOSGeom_createLineString_r(h, seq));
    Geometry inside(GEOSIntersection_r(h, line.get(), state_->geometry.get()));
    if (!inside) continue;
    int parts = GEOSGetNumGeometries_r(h, inside.get());
    for (int k = 0; k < parts; ++k) {
      const GEOSGeometry* part = GEOSGetGeometryN_r(h, inside.get(), k);
      if (GEOSGeomTypeId_r(h, part) != GEOS_LINESTRING) continue;  // a tangent point
      double x0 = 0, x1 = 0;
      GEOSGeom_getXMin_r(h, part, &x0);
      GEOSGeom_getXMax_r(h, part, &x1);
      // Pixels whose centre x lies in [x0, x1].
      int c0 = std::max(0, static_cast<int>(std::ceil((x0 - window.xmin) / pw - 0.5)));
      int c1 = std::min(columns - 1, static_cast<int>(std::floor((x1 - window.xmin) / pw - 0.5)));
      for (int c = c0; c <= c1; ++c) {
        out[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns) +
            static_cast<std::size_t>(c)] = true;
      }
    }
  }
  return out;
}

double Area::overlap(const analysis::Window& cell) const {
  GEOSContextHandle_t h = context();
  Geometry box = rectangle(cell);
  if (GEOSPreparedIntersects_r(h, state_->prepared, box.get()) != 1) return 0;
  if (GEOSPreparedContains_r(h, state_->prepared, box.get()) == 1)
    return cell.width() * cell.height();
  Geometry clipped(
      GEOSClipByRect_r(h, state_->geometry.get(), cell.xmin, cell.ymin, cell.xmax, cell.ymax));
  double a = 0;
  if (clipped) GEOSArea_r(h, clipped.get(), &a);
  return a;
}

Result<std::string> Area::to_geojson() const {
  GEOSContextHandle_t h = context();
  const Lambert93* l93 = TRY(Lambert93::for_this_thread());
  Geometry back(
      GEOSGeom_transformXY_r(h, state_->geometry.get(), to_wgs84, const_cast<Lambert93*>(l93)));
  if (!back) return Error::internal("PROJ : contour non reprojeté.");
  GEOSGeoJSONWriter* writer = GEOSGeoJSONWriter_create_r(h);
  char* text = GEOSGeoJSONWriter_writeGeometry_r(h, writer, back.get(), -1);
  GEOSGeoJSONWriter_destroy_r(h, writer);
  if (text == nullptr) return Error::internal("GEOS : contour non écrit.");
  std::string out(text);
  GEOSFree_r(h, text);
  return out;
}

}  // namespace vigie::geo
