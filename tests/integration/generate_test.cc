// vigie generate (issue 18 §4): a small département-scale installation, every made-up row
// labelled GÉNÉRÉ, and the same command refused on a base that already holds it.
#include <filesystem>

#include <gtest/gtest.h>

#include "store/database.h"
#include "support/backend.h"
#include "support/command.h"
#include "support/temp_dir.h"

namespace vigie::test {
namespace {
namespace fs = std::filesystem;

class GenerateTest : public ::testing::Test {
 protected:
  std::string db() const { return dir_ / "departement.db"; }
  // From the sources, where the command finds its data (ctest runs elsewhere).
  CommandOutcome generate(const std::string& args) {
    return run_vigie("generate --db " + db() + " " + args, source_path("."));
  }
  std::int64_t count(const std::string& sql) {
    auto opened = Database::open(db(), 1);
    if (!opened) throw std::runtime_error(opened.error().message);
    Lease conn = (*opened)->acquire();
    return conn->query(sql).value().at(0).integer(0);
  }

  TempDir dir_{"vigie-generate-"};
};

TEST_F(GenerateTest, a_small_departement_is_generated_and_labelled) {
  CommandOutcome made =
      generate("--territories 3 --users 8 --years 5 --incidents 900 --departement 04");
  ASSERT_EQ(made.status, 0) << made.output;
  EXPECT_NE(made.output.find("Territoires : 3 / 3"), std::string::npos) << made.output;
  // The three most populous communes of Alpes-de-Haute-Provence, one CLSPD each.
  EXPECT_EQ(count("SELECT COUNT(*) FROM territories WHERE name IN ('Manosque', 'Digne-les-Bains', "
                  "'Sisteron')"),
            3);
  // Five years: a strategy begun four years ago, closed, and the current one, adopted.
  EXPECT_EQ(count("SELECT COUNT(*) FROM strategies WHERE title LIKE '%GÉNÉRÉE%'"), 6);
  EXPECT_EQ(count("SELECT COUNT(*) FROM strategies WHERE status = 'adoptee'"), 3);
  EXPECT_GT(count("SELECT COUNT(*) FROM actions"), 30);
  // A plénière a year and a groupe opérationnel six times a year, and the next of each.
  EXPECT_EQ(count("SELECT COUNT(*) FROM meetings"), 3 * (5 + 1 + 30 + 1));
  EXPECT_EQ(count("SELECT COUNT(*) FROM meetings WHERE status = 'prevue'"), 3 * 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM decisions WHERE text NOT LIKE '%GÉNÉRÉ%'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM decisions"), 3 * 30 * 2);
  // The facts: as many as asked (and a few near repeats), each one saying it is GENERATED.
  std::int64_t facts = count("SELECT COUNT(*) FROM incidents");
  EXPECT_GE(facts, 900);
  EXPECT_LT(facts, 1000);
  EXPECT_EQ(count("SELECT COUNT(*) FROM incidents WHERE description LIKE '%GÉNÉRÉ%' AND "
                  "source_reference LIKE 'GENERE-%'"),
            facts);
  // Accounts: one coordonnateur per territory, the others spread; and the bench's two.
  EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE display_name LIKE '%GÉNÉRÉ%'"), 8 + 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM role_assignments WHERE role = 'coordonnateur'"), 3 + 1);

  // Again on the same base: refused, nothing added.
  CommandOutcome again = generate("--territories 3 --users 8 --years 5 --incidents 900 "
                                  "--departement 04");
  EXPECT_EQ(again.status, 2) << again.output;
  EXPECT_NE(again.output.find("existe déjà"), std::string::npos) << again.output;
  EXPECT_EQ(count("SELECT COUNT(*) FROM incidents"), facts);
}

TEST_F(GenerateTest, impossible_sizes_are_refused_before_anything_is_written) {
  CommandOutcome few = generate("--territories 3 --users 2");
  EXPECT_EQ(few.status, 2) << few.output;
  EXPECT_NE(few.output.find("--users"), std::string::npos) << few.output;
  EXPECT_FALSE(fs::exists(db()));  // not even opened
  CommandOutcome too_many = generate("--territories 500 --departement 04");
  EXPECT_EQ(too_many.status, 2) << too_many.output;
  EXPECT_NE(too_many.output.find("ne compte que"), std::string::npos) << too_many.output;
  EXPECT_FALSE(fs::exists(db()));  // the base it had started is deleted, not left half-built
}

// The helper's report: each wrong option named as itself (not --users), a missing folder an
// error rather than a crash, an unknown département told which ones ship.
TEST_F(GenerateTest, each_bad_option_is_named_and_leaves_no_file) {
  const std::pair<const char*, const char*> cases[] = {
      {"--territories -1", "--territories: "},
      {"--territories 0", "--territories: "},
      {"--territories 100000", "--territories: "},
      {"--years 0", "--years: "},
      {"--incidents -5", "--incidents: "},
      {"--departement abc", "--departement: "},
      {"--departement 2A", "fournis pour 04, 13, 72, 78, 95"},
      {"--seeds /nonexistent", "--seeds: "},
  };
  for (const auto& [args, expected] : cases) {
    std::string all = std::string("--users 8 ") + args;
    if (all.find("--territories") == std::string::npos) all += " --territories 3";
    CommandOutcome outcome = generate(all);
    EXPECT_EQ(outcome.status, 2) << args << "\n" << outcome.output;
    EXPECT_NE(outcome.output.find(expected), std::string::npos) << args << "\n" << outcome.output;
    EXPECT_FALSE(fs::exists(db())) << args;
  }
}

}  // namespace
}  // namespace vigie::test
