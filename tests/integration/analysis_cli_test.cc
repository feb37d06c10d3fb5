// vigie analyse … as an analyst runs it: files in, tables out, errors at the right line.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <unistd.h>

#include "core/csv.h"
#include "support/command.h"
#include "support/nrc_verbose.h"

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string out;  // standard output only
  std::string err;
};

Outcome analyse(const std::string& args) {
  const fs::path err =
      fs::temp_directory_path() / ("vigie-analyse-err-" + std::to_string(::getpid()));
  const std::string command =
      std::string(VIGIE_BINARY) + " analyse " + args + " 2> " + err.string();
  const vigie::test::CommandOutcome ran = vigie::test::run_command(command);
  Outcome o;
  o.out = ran.output;
  o.status = ran.status;
  o.err = vigie::test::read_text_file(err.string());
  fs::remove(err);
  return o;
}

fs::path write(const std::string& name, const std::string& text) {
  const fs::path p = fs::temp_directory_path() / (std::to_string(::getpid()) + "-" + name);
  std::ofstream(p) << text;
  return p;
}

std::string fixture(const std::string& name) { return vigie::test::fixture_path(name); }

TEST(AnalyseCli, NearRepeatInCalculatorModeGivesItsObservedTable) {
  const auto nrc = vigie::test::read_nrc_verbose(
      fixture("near-repeat/chicago_be_month1_NRverbose_2019-09-23_143005.csv"));
  Outcome r =
      analyse("near-repeat " + fixture("near-repeat/chicago_be_month1.csv") +
              " --spatial-band 100 --temporal-band 7 --compat nrc --iterations 20 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto json = boost::json::parse(r.out).as_object();
  EXPECT_EQ(json.at("simulations").as_int64(), 19);
  const auto& cells = json.at("cells").as_array();
  ASSERT_EQ(cells.size(), 20U);
  for (const auto& v : cells) {
    const auto& cell = v.as_object();
    const auto row = static_cast<std::size_t>(cell.at("spatial").as_int64());
    const auto col = static_cast<std::size_t>(cell.at("temporal").as_int64());
    EXPECT_EQ(cell.at("observed").as_int64(), nrc.observed[row][col]);
    const double p = cell.at("p").as_double();
    EXPECT_NEAR(p * 20, std::round(p * 20), 1e-9);  // the calculator's grid of p-values
  }
}

TEST(AnalyseCli, TheReportReadsInFrench) {
  Outcome r =
      analyse("near-repeat " + fixture("near-repeat/chicago_arson.csv") +
              " --spatial-band 200 --temporal-band 7 --same-location --beyond --iterations 19");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Paires observées"), std::string::npos);
  EXPECT_NE(r.out.find("0 à 200 m"), std::string::npos);
  EXPECT_NE(r.out.find("même lieu"), std::string::npos);
  EXPECT_NE(r.out.find("Valeur p"), std::string::npos);
}

TEST(AnalyseCli, ABadValueIsReportedAtItsLineWithNothingWritten) {
  const fs::path bad = write("bad.csv", "x,y,date\n1,2,2016-01-01\n3,4,2016-02-31\n");
  const fs::path out = fs::temp_directory_path() / (std::to_string(::getpid()) + "-out.csv");
  Outcome r = analyse("kde " + bad.string() + " -o " + out.string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("ligne 3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("date"), std::string::npos);
  EXPECT_FALSE(fs::exists(out));
  fs::remove(bad);
}

TEST(AnalyseCli, AnEventOutsideTheWindowIsNamedByItsLine) {
  const fs::path f =
      write("outside.csv", "x;y;date\n1;2;2016-01-01\n3;4;2016-01-02\n50;5;2016-01-02\n");
  Outcome r = analyse("kde " + f.string() + " --window 0,0,10,10");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(f.string() + ":4:"), std::string::npos) << r.err;
  Outcome zero = analyse("kde " + f.string() + " --sigma 0.0000001 --window 0,0,0,60");
  EXPECT_EQ(zero.status, 2);
  EXPECT_NE(zero.err.find("surface"), std::string::npos) << zero.err;
  fs::remove(f);
}

TEST(AnalyseCli, GiStarOnItsOwnFishnetOutputReadBackAsAreas) {
  const fs::path cells = fs::temp_directory_path() / (std::to_string(::getpid()) + "-cells.csv");
  Outcome first = analyse("gistar " + fixture("near-repeat/chicago_arson.csv") +
                          " --cell 1000 --distance 1500 -o " + cells.string());
  ASSERT_EQ(first.status, 0) << first.err;
  Outcome again = analyse("gistar --areas " + cells.string() + " --distance 1500");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.out, vigie::test::read_text_file(cells.string()));
  EXPECT_NE(again.out.find(",3\n"), std::string::npos);  // at least one 99 % hot spot
  fs::remove(cells);
}

TEST(AnalyseCli, TemporalProfileOfFourYearsOfBurglaries) {
  Outcome r = analyse("temporal " + std::string(VIGIE_SOURCE_DIR) +
                      "/data/incidents/chicago_burglary_2014_2017.csv --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto json = boost::json::parse(r.out).as_object();
  EXPECT_EQ(json.at("months").as_array().size(), 48U);
  EXPECT_EQ(json.at("without_time").as_int64(), 45319);
  EXPECT_EQ(json.at("trend").as_object().at("trend").as_string(), "pas de tendance");
}

// Field cases (tests/fixtures/field-cases/, from ../shared/data/field-cases/README.md): files as
// French spreadsheets really write them, each with its right value.
boost::json::object temporal_json(const std::string& file) {
  Outcome r = analyse("temporal " + fixture("field-cases/" + file) + " --format json");
  EXPECT_EQ(r.status, 0) << file << ": " << r.err;
  return r.status == 0 ? boost::json::parse(r.out).as_object() : boost::json::object{};
}

std::int64_t month_count(const boost::json::object& o, const std::string& month) {
  for (const auto& m : o.at("months").as_array())
    if (m.at("month").as_string() == month) return m.at("count").as_int64();
  return -1;
}

std::int64_t at_hour(const boost::json::object& o, int weekday, int hour) {  // 0: Monday
  return o.at("hour_weekday").at(weekday).at(hour).as_int64();
}

TEST(FieldCases, case_01_a_constant_series_has_no_trend) {
  auto o = temporal_json("01-mk-constant-series.csv");
  ASSERT_EQ(o.at("months").as_array().size(), 6U);
  for (const auto& m : o.at("months").as_array())
    EXPECT_EQ(m.at("count").as_int64(), 2);
  const auto& trend = o.at("trend").as_object();
  EXPECT_EQ(trend.at("trend").as_string(), "pas de tendance");
  EXPECT_TRUE(trend.at("constant").as_bool());
  EXPECT_EQ(trend.at("s").as_int64(), 0);
  EXPECT_EQ(trend.at("sen_slope").as_double(), 0.0);
  Outcome text = analyse("temporal " + fixture("field-cases/01-mk-constant-series.csv"));
  EXPECT_NE(text.out.find("pas de tendance (série constante"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("moins de 4 mois"), std::string::npos);
}

TEST(FieldCases, case_02_mann_kendall_with_ties) {
  const auto trend = temporal_json("02-mk-ties.csv").at("trend").as_object();
  EXPECT_EQ(trend.at("s").as_int64(), 45);
  EXPECT_NEAR(trend.at("z").as_double(), 3.124315050985596, 1e-12);
  EXPECT_NEAR(trend.at("p").as_double(), 0.0017821952173429942, 1e-12);
  EXPECT_NEAR(trend.at("tau").as_double(), 0.7468943965979538, 1e-12);
  EXPECT_EQ(trend.at("sen_slope").as_double(), 0.5);
  EXPECT_EQ(trend.at("trend").as_string(), "hausse");
}

TEST(FieldCases, case_03_quoted_cells_with_line_breaks_and_semicolons) {
  auto o = temporal_json("03-excel-quoted-newline.csv");
  EXPECT_EQ(month_count(o, "2024-03"), 3);
  EXPECT_EQ(month_count(o, "2024-04"), 2);
}

// Cases 04 (Windows-1252, `;`, decimal comma, trailing empty columns) and 18 (the same file as
// Excel for Mac writes it: lines ending in CR alone) give the same four events.
void expect_the_four_events(const boost::json::object& o) {
  EXPECT_EQ(at_hour(o, 4, 22), 1);  // Friday 22 h
  EXPECT_EQ(at_hour(o, 3, 3), 1);   // Thursday 3 h
  EXPECT_EQ(at_hour(o, 2, 14), 1);  // Wednesday 14 h
  EXPECT_EQ(at_hour(o, 3, 23), 1);  // Thursday 23 h
}

TEST(FieldCases, case_04_windows_1252_with_decimal_commas) {
  expect_the_four_events(temporal_json("04-excel-fr-cp1252.csv"));
}

TEST(FieldCases, case_18_excel_for_mac_lines_ending_in_cr) {
  auto o = temporal_json("18-excel-mac-cr-only.csv");
  expect_the_four_events(o);
  EXPECT_EQ(month_count(o, "2024-01"), 2);
  EXPECT_EQ(month_count(o, "2024-02"), 2);
}

TEST(FieldCases, case_09_ids_with_commas_and_quotes_are_quoted_in_the_output) {
  Outcome r = analyse("gistar --areas " + fixture("field-cases/09-gistar-comma-ids.csv") +
                      " --distance 500");
  ASSERT_EQ(r.status, 0) << r.err;
  vigie::csv::Reader reader(r.out, ',');
  std::vector<std::string> ids;
  while (auto row = reader.next().value()) {
    EXPECT_EQ(row->size(), 9U) << reader.line();
    ids.push_back(row->at(0));
  }
  ASSERT_EQ(ids.size(), 6U);  // the header and five zones
  EXPECT_EQ(ids[1], "Centre-Ville, Gare");
  EXPECT_EQ(ids[2], "Les Prés, secteur nord");
  EXPECT_EQ(ids[3], "Quartier \"Les Tilleuls\"");
  EXPECT_NE(r.out.find("\"Quartier \"\"Les Tilleuls\"\"\""), std::string::npos) << r.out;
}

TEST(FieldCases, case_14_a_zone_with_an_undefined_gistar_is_marked_and_the_others_computed) {
  Outcome r = analyse("gistar --areas " + fixture("field-cases/14-gistar-hub-zone.csv") +
                      " --distance 1500 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto zones = boost::json::parse(r.out).as_array();
  ASSERT_EQ(zones.size(), 6U);
  const auto& hub = zones[0].as_object();
  EXPECT_EQ(hub.at("id").as_string(), "Centre");
  EXPECT_FALSE(hub.at("defined").as_bool());
  EXPECT_TRUE(hub.at("z").is_null());
  EXPECT_TRUE(hub.at("confidence").is_null());
  const double z[] = {1.1918282365569903, 0.7150969419341942, 1.9069251784911845,
                      0.4767312946227961, 1.4301938838683883};
  std::vector<double> p;
  for (std::size_t i = 1; i < 6; ++i) {
    EXPECT_NEAR(zones[i].at("z").as_double(), z[i - 1], 1e-12) << i;
    p.push_back(zones[i].at("p").as_double());
  }
  // Benjamini–Hochberg over the five defined p only: p_(k) · 5 / k, made monotone from the top.
  std::vector<std::size_t> order{0, 1, 2, 3, 4};
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return p[a] < p[b]; });
  double running = 1;
  std::vector<double> expected(5);
  for (std::size_t k = 5; k-- > 0;) {
    running = std::min(running, p[order[k]] * 5.0 / static_cast<double>(k + 1));
    expected[order[k]] = running;
  }
  for (std::size_t i = 1; i < 6; ++i)
    EXPECT_NEAR(zones[i].at("p_fdr").as_double(), expected[i - 1], 1e-12) << i;
  Outcome csv = analyse("gistar --areas " + fixture("field-cases/14-gistar-hub-zone.csv") +
                        " --distance 1500");
  EXPECT_NE(csv.out.find("\nCentre,652000,6862000,12,6,,,,\n"), std::string::npos) << csv.out;
}

TEST(FieldCases, case_06_thousands_with_no_break_spaces_stop_at_the_line_never_a_wrong_number) {
  Outcome r = analyse("temporal " + fixture("field-cases/06-nbsp-thousands.csv"));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("x: ligne 2 : coordonnée x illisible"), std::string::npos) << r.err;
}

boost::json::array gistar_json(const std::string& file, const std::string& extra = "") {
  Outcome r = analyse("gistar --areas " + fixture("field-cases/" + file) + " --distance 500 " +
                      extra + " --format json");
  EXPECT_EQ(r.status, 0) << r.err;
  return r.status == 0 ? boost::json::parse(r.out).as_array() : boost::json::array{};
}

TEST(FieldCases, case_07_coincident_zones_and_a_neighbour_exactly_at_the_band) {
  const double z[] = {0.4219318068645064,  0.4219318068645064,  1.285519424160864,
                      0.06536539444885749, 0.03189504660547484, 1.0525365379806697,
                      -1.3154531882735947, -1.3154531882735947};
  auto zones = gistar_json("07-gistar-coincident-areas.csv");
  ASSERT_EQ(zones.size(), 8U);
  for (std::size_t i = 0; i < 8; ++i)
    EXPECT_NEAR(zones[i].at("z").as_double(), z[i], 1e-12) << i;
}

TEST(FieldCases, case_08_an_island_zone) {
  auto island = gistar_json("08-gistar-island.csv").back().as_object();
  EXPECT_EQ(island.at("neighbours").as_int64(), 1);
  EXPECT_NEAR(island.at("z").as_double(), 2.414640538442378, 1e-12);
  EXPECT_NEAR(island.at("p").as_double(), 0.015750745340309947, 1e-12);
  EXPECT_NEAR(island.at("p_fdr").as_double(), 0.11025521738216963, 1e-12);
  EXPECT_EQ(island.at("confidence").as_int64(), 0);
  EXPECT_EQ(gistar_json("08-gistar-island.csv", "--no-fdr").back().at("confidence").as_int64(), 2);
}

TEST(FieldCases, case_13_ambiguous_day_month_order_is_asked_for) {
  Outcome r = analyse("near-repeat " + fixture("field-cases/13-nr-date-order-ambiguous.csv") +
                      " --spatial-band 200 --temporal-band 7");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("précisez l'ordre"), std::string::npos) << r.err;
}

boost::json::array kde_values(const std::string& file, const std::string& options) {
  Outcome r =
      analyse("kde " + fixture("field-cases/" + file) + " " + options + " --format json -q");
  EXPECT_EQ(r.status, 0) << r.err;
  return r.status == 0 ? boost::json::parse(r.out).at("values").as_array() : boost::json::array{};
}

TEST(FieldCases, case_10_a_sigma_smaller_than_a_pixel_keeps_each_event_in_its_pixel) {
  for (const char* kernel : {"gaussien", "quartique", "uniforme"}) {
    auto v = kde_values("10-kde-tiny-sigma.csv", std::string("--window 0,0,400,400 --pixels 4 "
                                                             "--sigma 5 --kernel ") +
                                                     kernel);
    ASSERT_EQ(v.size(), 16U) << kernel;
    // Row 0 at ymin: (50,50) → pixel 0, (350,150) → 7, (250,350) → 14; 1 event / 10,000 m².
    for (std::size_t pixel : {0U, 7U, 14U})
      EXPECT_NEAR(v[pixel].to_number<double>(), 1e-4, 1e-15) << kernel << " " << pixel;
  }
}

TEST(FieldCases, case_11_duplicates_and_points_on_pixel_edges_and_corners) {
  auto v =
      kde_values("11-kde-duplicates-pixel-edges.csv", "--window 0,0,400,400 --pixels 4 --sigma 80");
  ASSERT_EQ(v.size(), 16U);
  const double row0[] = {9.077753970387392e-05, 4.8695344997779965e-05, 4.143471489897878e-05,
                         2.306639853439748e-05};
  for (std::size_t i = 0; i < 4; ++i)
    EXPECT_NEAR(v[i].to_number<double>(), row0[i], 1e-18) << i;
}

TEST(FieldCases, case_12_same_place_same_day_and_band_edges_for_both_metrics_and_thread_counts) {
  const std::map<std::string, std::vector<std::vector<std::int64_t>>> expected = {
      {"manhattan", {{1, 0, 2}, {6, 1, 2}, {0, 3, 1}, {0, 2, 10}}},
      {"euclidienne", {{1, 0, 2}, {6, 1, 3}, {0, 3, 0}, {0, 2, 10}}}};
  for (const auto& [metric, table] : expected) {
    for (const char* threads : {"1", "2"}) {
      Outcome r = analyse("near-repeat " + fixture("field-cases/12-nr-same-day-same-place.csv") +
                          " --spatial-band 200 --spatial-bands 2 --temporal-band 7 "
                          "--temporal-bands 2 --same-location --beyond --iterations 99 --seed 1 "
                          "--format json -q --metric " +
                          metric + " --threads " + threads);
      ASSERT_EQ(r.status, 0) << r.err;
      auto o = boost::json::parse(r.out).as_object();
      for (const auto& cell : o.at("cells").as_array()) {
        auto s = static_cast<std::size_t>(cell.at("spatial").as_int64());
        auto t = static_cast<std::size_t>(cell.at("temporal").as_int64());
        EXPECT_EQ(cell.at("observed").as_int64(), table[s][t])
            << metric << " threads " << threads << " cell " << s << "," << t;
      }
    }
  }
}

}  // namespace
