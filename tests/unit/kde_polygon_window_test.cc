// Kernel density with a polygonal study window (issue 14 §2) against spatstat's density.ppp on
// an owin polygon: the GEOS mask of pixel centres equals spatstat's as.mask, and the density with
// its edge correction over the mask equals R's (fixtures by scripts/r/fixtures.R).
#include <cmath>
#include <sstream>

#include <gtest/gtest.h>

#include "analysis/kde.h"
#include "geo/area.h"
#include "support/nrc_verbose.h"

namespace vigie {
namespace {

struct PolygonCase {
  std::vector<double> px, py;
  std::vector<std::optional<double>> values;  // row-major from the bottom; none: NA
  double sigma = 0;
  int rows = 0, columns = 0, points = 0;
};

std::vector<double> doubles_after(const std::string& line, const std::string& key) {
  std::istringstream in(line.substr(line.find(key) + key.size()));
  std::vector<double> out;
  for (double v = 0; in >> v;)
    out.push_back(v);
  return out;
}

PolygonCase read_case(const std::string& name) {
  std::istringstream in(test::read_text_file(test::fixture_path("r/kde_" + name + ".csv")));
  PolygonCase c;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# polygon x=", 0) == 0) {
      c.px = doubles_after(line, "x=");
    } else if (line.rfind("# polygon y=", 0) == 0) {
      c.py = doubles_after(line, "y=");
    } else if (line.rfind("# density", 0) == 0) {
      std::sscanf(line.substr(line.find("sigma=")).c_str(),
                  "sigma=%lf; rows=%d; columns=%d; points=%d", &c.sigma, &c.rows, &c.columns,
                  &c.points);
    } else if (!line.empty()) {
      c.values.push_back(line == "NA" ? std::nullopt : std::optional(std::stod(line)));
    }
  }
  return c;
}

std::string polygon_geojson(const PolygonCase& c) {
  std::ostringstream out;
  out.precision(17);
  out << R"({"type":"Polygon","coordinates":[[)";
  for (std::size_t i = 0; i <= c.px.size(); ++i) {
    std::size_t k = i % c.px.size();  // closed ring
    out << (i ? "," : "") << "[" << c.px[k] << "," << c.py[k] << "]";
  }
  out << "]]}";
  return out.str();
}

void expect_same_as_spatstat(const std::string& name, analysis::Kernel kernel) {
  PolygonCase c = read_case(name);
  auto area = geo::Area::from_geojson(polygon_geojson(c), "window", true);
  ASSERT_TRUE(area.ok()) << area.error().message;
  analysis::Events events;
  for (const auto& e : test::fixture_events("near-repeat/chicago_arson.csv"))
    if (area->contains(e.x, e.y)) events.push_back(e);
  ASSERT_EQ(static_cast<int>(events.size()), c.points);
  analysis::KdeOptions o;
  o.kernel = kernel;
  o.sigma = c.sigma;
  o.rows = c.rows;
  o.columns = c.columns;
  o.window = area->bounds();
  o.mask = area->mask(*o.window, c.columns, c.rows);
  auto grid = analysis::kernel_density(events, o);
  ASSERT_TRUE(grid.ok()) << grid.error().message;
  ASSERT_EQ(grid->values.size(), c.values.size());
  double peak = 0;
  for (const auto& v : c.values)
    peak = std::max(peak, v.value_or(0));
  int inside = 0;
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    ASSERT_EQ(o.mask[i], c.values[i].has_value()) << name << ": mask differs at pixel " << i;
    if (!c.values[i]) {
      EXPECT_TRUE(std::isnan(grid->values[i]));
      continue;
    }
    ++inside;
    ASSERT_NEAR(grid->values[i], *c.values[i], std::max(1e-6 * *c.values[i], 1e-12 * peak))
        << name << " pixel " << i;
  }
  EXPECT_GT(inside, static_cast<int>(c.values.size()) / 3);
}

TEST(KernelDensityOnAPolygonalWindow, GaussianAsSpatstatWithAnOwinPolygon) {
  expect_same_as_spatstat("polygon_gaussian", analysis::Kernel::gaussian);
}

TEST(KernelDensityOnAPolygonalWindow, QuarticAsSpatstatWithAnOwinPolygon) {
  expect_same_as_spatstat("polygon_quartic", analysis::Kernel::quartic);
}

}  // namespace
}  // namespace vigie
