// What the reference tools do not check for us: refusals, and the adaptive estimate.
#include <cmath>

#include <gtest/gtest.h>

#include "analysis/event_csv.h"
#include "analysis/gistar.h"
#include "analysis/kde.h"
#include "support/nrc_verbose.h"

namespace vigie::analysis {
namespace {

Events arson() { return test::fixture_events("near-repeat/chicago_arson.csv"); }

std::string field_of(const Events& events, const KdeOptions& o) {
  auto grid = kernel_density(events, o);
  return grid.ok() ? "ok" : grid.error().field.value_or("");
}

TEST(KernelDensity, RefusesWhatWouldBeAWrongMap) {
  const Events events = arson();
  Events one_place(5, Event{1000, 2000, 19000, -1});
  EXPECT_EQ(field_of(one_place, {}), "window");
  EXPECT_EQ(field_of(Events(events.begin(), events.begin() + 1), {}), "events");
  KdeOptions o;
  o.sigma = 0;
  EXPECT_EQ(field_of(events, o), "sigma");
  o.sigma = std::nan("");
  EXPECT_EQ(field_of(events, o), "sigma");
  o.sigma = 1e6;  // wider than the 25 × 35 km window
  EXPECT_EQ(field_of(events, o), "sigma");
  o = {};
  o.columns = 1;
  EXPECT_EQ(field_of(events, o), "pixels");
  o = {};
  o.window = Window{350000, 560000, 360000, 570000};
  EXPECT_EQ(field_of(events, o).substr(0, 7), "events[");
  o = {};
  o.window = Window{0, 0, 0, 10};
  EXPECT_EQ(field_of(events, o), "window");
  o = {};
  o.adaptive = true;
  o.kernel = Kernel::quartic;
  EXPECT_EQ(field_of(events, o), "kernel");
}

double mass(const DensityGrid& g) {
  double total = 0;
  for (double v : g.values)
    total += v;
  return total * g.pixel_width() * g.pixel_height();
}

TEST(KernelDensity, EdgeCorrectedMassIsTheNumberOfEventsAndAdaptiveSharpensPeaks) {
  const Events events = arson();
  KdeOptions o;
  o.sigma = 1500;
  auto fixed = kernel_density(events, o);
  o.adaptive = true;
  auto adaptive = kernel_density(events, o);
  ASSERT_TRUE(fixed.ok() && adaptive.ok());
  EXPECT_NEAR(mass(*fixed), 522, 522 * 0.05);
  EXPECT_NEAR(mass(*adaptive), 522, 522 * 0.05);
  const double fixed_peak = *std::max_element(fixed->values.begin(), fixed->values.end());
  const double adaptive_peak = *std::max_element(adaptive->values.begin(), adaptive->values.end());
  EXPECT_GT(adaptive_peak, fixed_peak);
}

TEST(KernelDensity, CancellationStopsTheAdaptiveEstimate) {
  std::atomic<bool> stop{true};
  RunControl control;
  control.cancel = &stop;
  KdeOptions o;
  o.adaptive = true;
  auto grid = kernel_density(arson(), o, control);
  ASSERT_FALSE(grid.ok());
  EXPECT_EQ(grid.error().code, ErrorCode::cancelled);
}

TEST(GiStar, RefusesFlatOrAllCoveringInputs) {
  std::vector<Area> flat{{"a", 0, 0, 2}, {"b", 100, 0, 2}, {"c", 200, 0, 2}};
  EXPECT_EQ(getis_ord_gistar(flat, {.distance = 150}).error().field, "areas");
  std::vector<Area> areas{{"a", 0, 0, 1}, {"b", 100, 0, 2}, {"c", 200, 0, 7}};
  EXPECT_EQ(getis_ord_gistar(areas, {.distance = 500}).error().field, "distance");
  EXPECT_EQ(getis_ord_gistar(areas, {.distance = 0}).error().field, "distance");
  EXPECT_EQ(getis_ord_gistar({areas[0], areas[1]}, {.distance = 150}).error().field, "areas");
  areas[1].value = std::nan("");
  EXPECT_EQ(getis_ord_gistar(areas, {.distance = 150}).error().field, "areas[1]");
  const Events events = arson();
  EXPECT_EQ(fishnet(events, 0, bounding_box(events)).error().field, "cell");
  EXPECT_EQ(fishnet(events, 0.001, bounding_box(events)).error().field, "cell");
}

TEST(GiStar, FalseDiscoveryRateOnlyEverLowersTheClass) {
  const Events events = arson();
  auto net = fishnet(events, 500, bounding_box(events));
  ASSERT_TRUE(net.ok());
  auto raw = getis_ord_gistar(net->cells, {.distance = 1000, .false_discovery_rate = false});
  auto fdr = getis_ord_gistar(net->cells, {.distance = 1000, .false_discovery_rate = true});
  ASSERT_TRUE(raw.ok() && fdr.ok());
  int lowered = 0;
  for (std::size_t i = 0; i < raw->size(); ++i) {
    EXPECT_GE((*fdr)[i].p_fdr, (*fdr)[i].p);
    EXPECT_LE(std::abs((*fdr)[i].confidence), std::abs((*raw)[i].confidence));
    lowered += std::abs((*fdr)[i].confidence) < std::abs((*raw)[i].confidence) ? 1 : 0;
  }
  EXPECT_GT(lowered, 0);
}

}  // namespace
}  // namespace vigie::analysis
