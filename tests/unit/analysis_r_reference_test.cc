// KDE, Gi* and Mann–Kendall against the outputs of R (spatstat, spdep, stats) committed in
// tests/fixtures/r by scripts/r/fixtures.R; scripts/r-compare.sh redoes the comparison live.
#include <algorithm>
#include <cmath>
#include <sstream>

#include <gtest/gtest.h>

#include "analysis/event_csv.h"
#include "analysis/gistar.h"
#include "analysis/kde.h"
#include "analysis/temporal.h"
#include "support/nrc_verbose.h"

namespace vigie::analysis {
namespace {

Events arson() { return test::fixture_events("near-repeat/chicago_arson.csv"); }

// The lines of an R fixture after its "# …" header, split on commas.
std::vector<std::vector<double>> numbers(const std::string& name) {
  std::istringstream in(test::read_text_file(test::fixture_path("r/" + name)));
  std::vector<std::vector<double>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || std::isalpha(static_cast<unsigned char>(line[0])))
      continue;
    std::vector<double> row;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, ',');)
      row.push_back(std::stod(f));
    rows.push_back(row);
  }
  return rows;
}

// R computes the convolution by FFT, whose rounding noise (~1e-16 of the peak) is all there is
// where the true density is nil; elsewhere the two agree to 1e-6 relative.
void expect_same_density(const DensityGrid& grid, const std::vector<double>& r) {
  ASSERT_EQ(grid.values.size(), r.size());
  const double peak = *std::max_element(r.begin(), r.end());
  std::size_t relative_checks = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const double tolerance = std::max(1e-6 * std::fabs(r[i]), 1e-12 * peak);
    ASSERT_NEAR(grid.values[i], r[i], tolerance) << "pixel " << i;
    relative_checks += std::fabs(r[i]) > 1e-6 * peak ? 1 : 0;
  }
  EXPECT_GT(relative_checks, r.size() / 4);
}

std::vector<double> column(const std::vector<std::vector<double>>& rows, std::size_t k) {
  std::vector<double> out;
  for (const auto& row : rows)
    out.push_back(row.at(k));
  return out;
}

TEST(KernelDensityAgainstSpatstat, GaussianWithDefaultBandwidthAndEdgeCorrection) {
  auto grid = kernel_density(arson(), KdeOptions{});
  ASSERT_TRUE(grid.ok()) << grid.error().message;
  EXPECT_NEAR(grid->sigma, 3197.9710037935001, 1e-9);
  expect_same_density(*grid, column(numbers("kde_gaussian_default.csv"), 0));
}

void expect_case(const std::string& name, KdeOptions o) {
  const auto rows = numbers("kde_" + name + ".csv");
  auto grid = kernel_density(arson(), o);
  ASSERT_TRUE(grid.ok()) << grid.error().message;
  for (int r = 0; r < grid->rows; r += 7) {
    for (int c = 0; c < grid->columns; c += 5) {
      const auto& row = rows[static_cast<std::size_t>(r * grid->columns + c)];
      ASSERT_NEAR(grid->x_of(c), row[0], 1e-6) << name;
      ASSERT_NEAR(grid->y_of(r), row[1], 1e-6) << name;
    }
  }
  expect_same_density(*grid, column(rows, 2));
}

TEST(KernelDensityAgainstSpatstat, GaussianWithoutEdgeCorrectionOnANonSquareGrid) {
  KdeOptions o;
  o.sigma = 1500;
  o.edge_correction = false;
  o.rows = 40;
  o.columns = 64;
  expect_case("gaussian_noedge", o);
}

TEST(KernelDensityAgainstSpatstat, QuarticKernel) {
  KdeOptions o;
  o.kernel = Kernel::quartic;
  o.sigma = 1000;
  o.rows = 48;
  o.columns = 64;
  expect_case("quartic", o);
}

TEST(KernelDensityAgainstSpatstat, UniformDiscKernel) {
  KdeOptions o;
  o.kernel = Kernel::uniform;
  o.sigma = 800;
  o.rows = 50;
  o.columns = 50;
  expect_case("uniform", o);
}

void expect_gistar(const std::string& name, double cell, double distance) {
  const auto rows = numbers("gistar_" + name + ".csv");
  const Events events = arson();
  auto net = fishnet(events, cell, bounding_box(events));
  ASSERT_TRUE(net.ok()) << net.error().message;
  ASSERT_EQ(net->cells.size(), rows.size());
  auto values = getis_ord_gistar(net->cells, {.distance = distance});
  ASSERT_TRUE(values.ok()) << values.error().message;
  int hot = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    ASSERT_EQ(net->cells[i].x, rows[i][1]) << name << " cell " << i;
    ASSERT_EQ(net->cells[i].y, rows[i][2]);
    ASSERT_EQ(net->cells[i].value, rows[i][3]) << "count of cell " << i;
    ASSERT_EQ((*values)[i].neighbours, static_cast<int>(rows[i][4])) << "neighbours of cell " << i;
    ASSERT_NEAR((*values)[i].z, rows[i][5], 1e-9 * std::max(1.0, std::fabs(rows[i][5])));
    hot += (*values)[i].confidence == 3 ? 1 : 0;
  }
  EXPECT_GT(hot, 0);
}

TEST(GiStarAgainstSpdep, FishnetOfOneKilometreBandOfOneAndAHalf) {
  expect_gistar("1000_1500", 1000, 1500);
}

TEST(GiStarAgainstSpdep, BandExactlyOnTheCellSpacingCountsThoseNeighbours) {
  expect_gistar("500_1000", 500, 1000);
}

TEST(MannKendallAgainstR, MonthlyBurglariesInChicago) {
  const std::string text = test::read_text_file(test::fixture_path("r/mann_kendall_monthly.csv"));
  std::vector<double> series;
  std::istringstream in(text);
  double z = 0;
  double p = 0;
  double tau = 0;
  double sen = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# z=", 0) == 0) {
      std::sscanf(line.c_str(), "# z=%lf p=%lf tau=%lf sen=%lf", &z, &p, &tau, &sen);
    } else if (std::isdigit(static_cast<unsigned char>(line[0]))) {
      series.push_back(std::stod(line.substr(line.find(',') + 1)));
    }
  }
  ASSERT_EQ(series.size(), 48U);
  auto mk = mann_kendall(series);
  ASSERT_TRUE(mk.ok());
  EXPECT_NEAR(mk->z, z, 1e-12);
  EXPECT_NEAR(mk->p, p, 1e-12);
  EXPECT_NEAR(mk->tau, tau, 1e-12);
  EXPECT_DOUBLE_EQ(mk->sen_slope, sen);
  EXPECT_EQ(mk->trend, "pas de tendance");
}

}  // namespace
}  // namespace vigie::analysis
