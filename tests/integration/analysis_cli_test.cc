// vigie analyse … as an analyst runs it: files in, tables out, errors at the right line.
#include <filesystem>
#include <fstream>

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

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
  FILE* pipe = popen(command.c_str(), "r");
  Outcome o;
  char buffer[4096];
  while (fgets(buffer, sizeof buffer, pipe) != nullptr)
    o.out += buffer;
  const int status = pclose(pipe);
  o.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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

}  // namespace
