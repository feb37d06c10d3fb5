// The Knox test against the Near Repeat Calculator's own outputs, and against a plain count.
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "analysis/event_csv.h"
#include "analysis/near_repeat.h"
#include "support/nrc_verbose.h"

namespace vigie::analysis {
namespace {

using test::fixture_path;

Events load(const std::string& name) { return test::fixture_events("near-repeat/" + name); }

NearRepeatOptions nrc_options(double metres, double days, int iterations) {
  NearRepeatOptions o;
  o.nrc = true;
  o.spatial_bandwidth = metres;
  o.spatial_bands = 3;
  o.temporal_bandwidth = days;
  o.temporal_bands = 3;
  o.simulations = iterations;
  return o;
}

struct Reference {
  const char* events;
  const char* verbose;
  double metres;
  double days;
  int iterations;
};

const Reference kReferences[] = {
    {"chicago_arson.csv", "chicago_arson_NRverbose_2019-09-23_145637.csv", 200, 1, 100},
    {"chicago_be_month1.csv", "chicago_be_month1_NRverbose_2019-09-23_143005.csv", 100, 7, 20},
};

TEST(NearRepeatCalculator, ObservedTablesAreTheCalculatorsOwn) {
  for (const Reference& ref : kReferences) {
    const Events events = load(ref.events);
    const auto nrc =
        test::read_nrc_verbose(fixture_path(std::string("near-repeat/") + ref.verbose));
    auto result = near_repeat_observed(events, nrc_options(ref.metres, ref.days, ref.iterations));
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->spatial.size(), nrc.observed.size()) << ref.events;
    for (std::size_t r = 0; r < nrc.observed.size(); ++r) {
      ASSERT_EQ(result->temporal.size(), nrc.observed[r].size());
      for (std::size_t c = 0; c < nrc.observed[r].size(); ++c) {
        EXPECT_EQ(result->cell(r, c).observed, nrc.observed[r][c])
            << ref.events << " " << result->spatial[r].label << " × " << result->temporal[c].label;
      }
    }
  }
}

TEST(NearRepeatCalculator, LabelsAreTheCalculatorsOwn) {
  auto result = near_repeat_observed(load("chicago_be_month1.csv"), nrc_options(100, 7, 20));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->spatial.front().label, "Same location");
  EXPECT_EQ(result->spatial[1].label, "1 to 100");
  EXPECT_EQ(result->spatial[2].label, "101 to 200");
  EXPECT_EQ(result->spatial.back().label, "More than 300");
  EXPECT_EQ(result->temporal[0].label, "0 to 7");
  EXPECT_EQ(result->temporal[1].label, "8 to 14");
  EXPECT_EQ(result->temporal.back().label, "More than 21");
}

TEST(NearRepeatCalculator, PValuesAndRatiosFromItsOwnSimulations) {
  for (const Reference& ref : kReferences) {
    const auto nrc =
        test::read_nrc_verbose(fixture_path(std::string("near-repeat/") + ref.verbose));
    ASSERT_EQ(nrc.cells.size(), 20U);
    for (const test::NrcCell& cell : nrc.cells) {
      // Its "N iterations" are the observed arrangement and N − 1 simulations.
      ASSERT_EQ(static_cast<int>(cell.simulated.size()), ref.iterations - 1);
      const KnoxCell ours = knox_cell(cell.observed, cell.simulated);
      const std::string where = std::string(ref.events) + " row " + std::to_string(cell.row) +
                                " column " + std::to_string(cell.column);
      EXPECT_NEAR(ours.p, cell.p, 1e-12) << where;
      EXPECT_NEAR(ours.mean, cell.mean, 1e-12 * std::max(1.0, cell.mean)) << where;
      ASSERT_TRUE(ours.ratio_mean.has_value()) << where;
      EXPECT_NEAR(*ours.ratio_mean, cell.ratio, 1e-12 * std::max(1.0, cell.ratio)) << where;
    }
  }
}

TEST(NearRepeatCalculator, CompatibleRunHasItsPValueGrid) {
  NearRepeatOptions o = nrc_options(200, 1, 100);
  o.seed = 42;
  auto result = near_repeat(load("chicago_arson.csv"), o);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->simulations, 99);
  for (const KnoxCell& cell : result->cells) {
    const double steps = cell.p * 100;
    EXPECT_NEAR(steps, std::round(steps), 1e-9);
    EXPECT_GE(cell.p, 0.01);
    EXPECT_LE(cell.p, 1.0);
  }
  // The calculator found 9 arsons within 200 m on the same day, against ~0.12 expected:
  // with 99 simulations that is the smallest p-value it can show.
  EXPECT_EQ(result->cell(1, 0).observed, 9);
  EXPECT_DOUBLE_EQ(result->cell(1, 0).p, 0.01);
}

TEST(NearRepeatCalculator, ThirtyTwoBitCoordinatesMovePairsAcrossBandEdges) {
  // In full precision one arson pair lies just under 400 m; the calculator's floats put it over.
  NearRepeatOptions o = nrc_options(200, 1, 100);
  auto calculator = near_repeat_observed(load("chicago_arson.csv"), o);
  o.nrc = false;
  o.same_location = o.spatial_beyond = o.temporal_beyond = true;
  auto exact = near_repeat_observed(load("chicago_arson.csv"), o);
  ASSERT_TRUE(calculator.ok() && exact.ok());
  EXPECT_EQ(calculator->cell(2, 3).observed, 140);
  EXPECT_EQ(exact->cell(2, 3).observed, 141);
  EXPECT_EQ(exact->cell(3, 3).observed, 233);
}

// Plain all-pairs count, written independently of the engine's grid and shortcuts.
std::vector<std::int64_t> brute_force(const Events& events, const NearRepeatOptions& o) {
  const int rows = o.spatial_bands + (o.spatial_beyond ? 1 : 0);
  const int cols = o.temporal_bands + (o.temporal_beyond ? 1 : 0);
  std::vector<std::int64_t> table(static_cast<std::size_t>(rows * cols), 0);
  for (std::size_t i = 0; i < events.size(); ++i) {
    for (std::size_t j = i + 1; j < events.size(); ++j) {
      const double dx = events[i].x - events[j].x;
      const double dy = events[i].y - events[j].y;
      const double d =
          o.metric == Metric::euclidean ? std::hypot(dx, dy) : std::fabs(dx) + std::fabs(dy);
      const double t = std::fabs(events[i].time_in_days() - events[j].time_in_days());
      int r = static_cast<int>(std::floor(d / o.spatial_bandwidth));
      int c = static_cast<int>(std::floor(t / o.temporal_bandwidth));
      if (r >= o.spatial_bands) r = o.spatial_beyond ? o.spatial_bands : -1;
      if (c >= o.temporal_bands) c = o.temporal_beyond ? o.temporal_bands : -1;
      if (r >= 0 && c >= 0) ++table[static_cast<std::size_t>(r * cols + c)];
    }
  }
  return table;
}

Events random_events(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> place(0, 3000);
  std::uniform_int_distribution<int> day(0, 120);
  std::uniform_int_distribution<int> second(0, 86399);
  Events events;
  for (std::size_t i = 0; i < n; ++i) {
    // Irrational-looking coordinates keep pairs off the exact band edges.
    events.push_back({place(rng) + 0.123, place(rng) + 0.456, 19000 + day(rng), second(rng)});
  }
  return events;
}

TEST(NearRepeat, ObservedTableEqualsAPlainCountOfEveryPair) {
  const Events events = random_events(700, 3);
  for (Metric metric : {Metric::manhattan, Metric::euclidean}) {
    for (bool time_of_day : {false, true}) {
      for (bool beyond : {false, true}) {
        NearRepeatOptions o;
        o.metric = metric;
        o.spatial_bandwidth = 150;
        o.spatial_bands = 4;
        o.temporal_bandwidth = 2.5;
        o.temporal_bands = 5;
        o.use_time_of_day = time_of_day;
        o.spatial_beyond = o.temporal_beyond = beyond;
        Events input = events;
        if (!time_of_day) {
          for (Event& e : input)
            e.second_of_day = -1;
        }
        auto result = near_repeat_observed(input, o);
        ASSERT_TRUE(result.ok()) << result.error().message;
        const auto expected = brute_force(input, o);
        ASSERT_EQ(result->cells.size(), expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) {
          EXPECT_EQ(result->cells[k].observed, expected[k]) << "cell " << k;
        }
        if (!beyond) {
          EXPECT_LT(result->pairs_near, result->pairs_total / 4);
        }
      }
    }
  }
}

TEST(NearRepeat, TooManyClosePairsIsRefusedNotKept) {
  // 700 events, tens of thousands of close pairs: a bound of 1,000 stops the scan with a 400.
  NearRepeatOptions o;
  o.spatial_bandwidth = 150;
  o.spatial_bands = 4;
  o.temporal_bandwidth = 2.5;
  o.temporal_bands = 5;
  o.simulations = 19;
  o.max_near_pairs = 1000;
  auto result = near_repeat(random_events(700, 3), o, {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "events");
  o.max_near_pairs = 0;  // no bound: the same run goes through
  EXPECT_TRUE(near_repeat(random_events(700, 3), o, {}).ok());
}

NearRepeatOptions small_run(unsigned threads, std::uint64_t seed) {
  NearRepeatOptions o;
  o.spatial_bandwidth = 200;
  o.spatial_bands = 3;
  o.temporal_bandwidth = 7;
  o.temporal_bands = 3;
  o.same_location = o.spatial_beyond = o.temporal_beyond = true;
  o.simulations = 59;
  o.seed = seed;
  o.threads = threads;
  return o;
}

TEST(NearRepeat, SameSeedSameResultWhateverTheThreads) {
  const Events events = load("chicago_be_month1.csv");
  auto one = near_repeat(events, small_run(1, 11));
  auto two = near_repeat(events, small_run(2, 11));
  auto five = near_repeat(events, small_run(5, 11));
  auto other = near_repeat(events, small_run(2, 12));
  ASSERT_TRUE(one.ok() && two.ok() && five.ok() && other.ok());
  bool seed_matters = false;
  for (std::size_t k = 0; k < one->cells.size(); ++k) {
    EXPECT_EQ(one->cells[k].mean, two->cells[k].mean);
    EXPECT_EQ(one->cells[k].mean, five->cells[k].mean);
    EXPECT_EQ(one->cells[k].p, five->cells[k].p);
    EXPECT_EQ(one->cells[k].median, five->cells[k].median);
    seed_matters = seed_matters || one->cells[k].mean != other->cells[k].mean;
  }
  EXPECT_TRUE(seed_matters);
}

TEST(NearRepeat, PermutationsKeepEveryPairSomewhere) {
  const Events events = load("chicago_be_month1.csv");
  auto result = near_repeat(events, small_run(2, 5));
  ASSERT_TRUE(result.ok());
  double expected_sum = 0;
  std::int64_t observed_sum = 0;
  for (const KnoxCell& cell : result->cells) {
    expected_sum += cell.mean;
    observed_sum += cell.observed;
  }
  EXPECT_EQ(observed_sum, 970 * 969 / 2);
  EXPECT_NEAR(expected_sum, 970.0 * 969 / 2, 1e-6);
}

TEST(NearRepeat, ProgressIsReportedAndCancellationStops) {
  const Events events = load("chicago_arson.csv");
  double last = -1;
  RunControl control;
  control.progress = [&](std::string_view, double fraction) { last = fraction; };
  ASSERT_TRUE(near_repeat(events, small_run(2, 1), control).ok());
  EXPECT_EQ(last, 1.0);
  std::atomic<bool> stop{false};
  RunControl stopping;
  stopping.cancel = &stop;
  stopping.progress = [&](std::string_view, double fraction) {
    if (fraction > 0.1) stop = true;
  };
  auto cancelled = near_repeat(events, small_run(2, 1), stopping);
  ASSERT_FALSE(cancelled.ok());
  EXPECT_EQ(cancelled.error().code, ErrorCode::cancelled);
}

TEST(NearRepeat, ImpossibleInputsAreNamed) {
  const Events events = load("chicago_arson.csv");
  auto field_of = [](const Events& e, const NearRepeatOptions& o) {
    auto r = near_repeat(e, o);
    return r.ok() ? std::string("ok") : r.error().field.value_or("");
  };
  NearRepeatOptions o = small_run(1, 1);
  o.spatial_bandwidth = 0;
  EXPECT_EQ(field_of(events, o), "spatial_bandwidth");
  o = small_run(1, 1);
  o.temporal_bandwidth = std::nan("");
  EXPECT_EQ(field_of(events, o), "temporal_bandwidth");
  o = small_run(1, 1);
  o.spatial_bands = 0;
  EXPECT_EQ(field_of(events, o), "spatial_bands");
  o = small_run(1, 1);
  o.simulations = 0;
  EXPECT_EQ(field_of(events, o), "simulations");
  EXPECT_EQ(field_of(Events(events.begin(), events.begin() + 2), small_run(1, 1)), "events");
  Events same_day = events;
  for (Event& e : same_day)
    e.day = same_day.front().day;
  EXPECT_EQ(field_of(same_day, small_run(1, 1)), "events");
  Events same_place = events;
  for (Event& e : same_place)
    e.x = e.y = 1000;
  EXPECT_EQ(field_of(same_place, small_run(1, 1)), "events");
  o = small_run(1, 1);
  o.use_time_of_day = true;  // these events have dates only
  EXPECT_EQ(field_of(events, o), "events");
}

}  // namespace
}  // namespace vigie::analysis
