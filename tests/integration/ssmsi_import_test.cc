// Importing the SSMSI bases (issue 13 §2): the real départemental files in both schemas, and
// GENERATED communal files of the exact 2025+ format, on SQLite and PostgreSQL.
#include <fstream>

#include <zlib.h>

#include "core/clock.h"
#include "diagnostic/import_service.h"
#include "diagnostic/ssmsi_generator.h"
#include "support/backend.h"

namespace vigie::test {
namespace {

namespace fs = std::filesystem;

const std::string kOldBase = "data/ssmsi/donnee-dep-2023.csv";
const std::string kJsonBase = "data/ssmsi/delinquance-departements-2016-2025.json";

class SsmsiImportTest : public BothStores {
 protected:
  void SetUp() override {
    BothStores::SetUp();
    dir_ = fs::temp_directory_path() /
           ("vigie-ssmsi-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override {
    fs::remove_all(dir_);
    BothStores::TearDown();
  }

  Result<SsmsiImportOutcome> import(const fs::path& path, const SsmsiImportControl& control = {}) {
    return SsmsiImportService(db(), clock_).import_file(path, path.filename().string(), control);
  }

  // A GENERATED communal base for three communes of two départements.
  fs::path generated(const std::string& name, std::uint64_t seed, int geography_year = 2025) {
    SsmsiGeneration g;
    g.communes = {{"04001", "Aiglun", "04", 1400},
                  {"04112", "Manosque", "04", 22500},
                  {"13071", "Les Pennes-Mirabeau", "13", 21000}};
    g.seed = seed;
    g.geography_year = geography_year;
    fs::path path = dir_ / ("GENERE-" + name);
    EXPECT_EQ(write_generated_communal_base(path, g).value(), 3 * 15 * 10);
    return path;
  }

  // Every SSMSI row, as text: equal before and after means nothing changed.
  std::string ssmsi_snapshot() {
    Lease conn = db().acquire();
    std::string out;
    for (const char* sql :
         {"SELECT id, sha256, years, row_count, replaced_at FROM ssmsi_editions ORDER BY id",
          "SELECT level, year, edition_id FROM ssmsi_edition_years ORDER BY level, year",
          "SELECT COUNT(*), SUM(count), SUM(published) FROM ssmsi_figures",
          "SELECT COUNT(*), SUM(population) FROM ssmsi_populations",
          "SELECT COUNT(*), SUM(mean_count) FROM ssmsi_masked_means"}) {
      Rows rows = conn->query(sql).value();
      for (const Row& r : rows) {
        for (std::size_t i = 0; i < r.size(); ++i)
          out += (r.is_null(i) ? std::string("∅") : r.text(i)) + "|";
        out += "\n";
      }
    }
    return out;
  }

  Row figure(const std::string& level, const std::string& zone, int year,
             const std::string& indicator) {
    Lease conn = db().acquire();
    Rows rows =
        conn->query("SELECT f.count, f.rate, f.published, i.per_dwellings FROM ssmsi_figures f "
                    "JOIN ssmsi_indicators i ON i.id = f.indicator_id "
                    "WHERE f.level = ? AND f.zone = ? AND f.year = ? AND i.label = ?",
                    {level, zone, std::int64_t{year}, indicator})
            .value();
    EXPECT_EQ(rows.size(), 1U) << zone << " " << year << " " << indicator;
    return rows.front();
  }

  ManualClock clock_{1790000000};
  fs::path dir_;
};

TEST_P(SsmsiImportTest, the_real_departemental_bases_import_in_both_schemas) {
  auto old = import(source_path(kOldBase));
  ASSERT_TRUE(old.ok()) << old.error().message;
  EXPECT_EQ(old->edition.schema, "ancien");
  EXPECT_EQ(old->edition.level, SsmsiLevel::departement);
  EXPECT_EQ(old->edition.years, (std::vector<int>{2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023}));
  EXPECT_EQ(old->edition.rows, 12928);
  EXPECT_EQ(old->edition.unlocated_rows, 128);  // "NA": recorded without a place
  EXPECT_EQ(old->edition.zones, 101);
  Row burglaries = figure("departement", "01", 2016, "Cambriolages de logement");
  EXPECT_EQ(burglaries.integer(0), 2345);
  EXPECT_NEAR(burglaries.real(1), 7.60151441490058, 1e-9);  // per 1,000 dwellings
  EXPECT_EQ(burglaries.integer(3), 1);

  auto json = import(source_path(kJsonBase));
  ASSERT_TRUE(json.ok()) << json.error().message;
  EXPECT_EQ(json->edition.schema, "json");
  EXPECT_EQ(json->edition.rows, 18180);
  EXPECT_EQ(json->replaced, std::vector<std::int64_t>{old->edition.id});
  EXPECT_EQ(figure("departement", "01", 2016, "Cambriolages de logement").integer(0), 2345);
  EXPECT_EQ(figure("departement", "976", 2025, "Escroqueries et fraudes aux moyens de paiement")
                .integer(0),
            431);
  // The earlier schema's indicators went with its edition: no figure of 2016 is left under them.
  Lease conn = db().acquire();
  EXPECT_EQ(conn->query("SELECT COUNT(*) FROM ssmsi_figures f JOIN ssmsi_indicators i ON "
                        "i.id = f.indicator_id WHERE i.label = 'Escroqueries'")
                ->at(0)
                .integer(0),
            0);
}

TEST_P(SsmsiImportTest, the_same_file_again_changes_nothing) {
  ASSERT_TRUE(import(source_path(kJsonBase)).ok());
  std::string before = ssmsi_snapshot();
  clock_.advance(3600);
  auto again = import(source_path(kJsonBase));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->unchanged);
  EXPECT_EQ(ssmsi_snapshot(), before);
}

TEST_P(SsmsiImportTest, an_older_edition_is_refused_and_the_store_stays_as_it_was) {
  ASSERT_TRUE(import(source_path(kJsonBase)).ok());  // 2016–2025
  std::string before = ssmsi_snapshot();
  auto older = import(source_path(kOldBase));  // 2016–2023, no production date
  ASSERT_FALSE(older.ok());
  EXPECT_EQ(older.error().code, ErrorCode::conflict);
  EXPECT_NE(older.error().message.find("plus récente"), std::string::npos);
  EXPECT_EQ(ssmsi_snapshot(), before);

  auto july = generated("base-produit-le2026-07-10.csv", 2, 2026);
  auto february = generated("base-produit-le2026-02-12.csv", 1, 2025);
  ASSERT_TRUE(import(july).ok());
  std::string with_july = ssmsi_snapshot();
  EXPECT_EQ(import(february).error().code, ErrorCode::conflict);
  EXPECT_EQ(ssmsi_snapshot(), with_july);
}

TEST_P(SsmsiImportTest, a_newer_edition_replaces_the_older_one_for_its_years) {
  auto february = import(generated("base-geo2025-produit-le2026-02-12.csv.gz", 1, 2025));
  ASSERT_TRUE(february.ok()) << february.error().message;
  EXPECT_EQ(february->edition.geography_year, 2025);
  EXPECT_EQ(february->edition.produced_on, "2026-02-12");
  auto july = import(generated("base-geo2026-produit-le2026-07-10.csv.gz", 2, 2026));
  ASSERT_TRUE(july.ok()) << july.error().message;
  EXPECT_EQ(july->edition.geography_year, 2026);  // CODGEO_2026: the geography, not the data
  EXPECT_EQ(july->edition.years.back(), 2025);
  EXPECT_EQ(july->replaced, std::vector<std::int64_t>{february->edition.id});
  Lease conn = db().acquire();
  EXPECT_EQ(conn->query("SELECT COUNT(*) FROM ssmsi_figures")->at(0).integer(0), 450);
  EXPECT_EQ(
      conn->query("SELECT COUNT(DISTINCT edition_id) FROM ssmsi_edition_years")->at(0).integer(0),
      1);
  auto editions = SsmsiImportService(db(), clock_).editions().value();
  ASSERT_EQ(editions.size(), 2U);
  EXPECT_TRUE(editions[1].replaced_at.has_value());
  EXPECT_FALSE(editions[0].replaced_at.has_value());
}

TEST_P(SsmsiImportTest, a_masked_cell_is_never_stored_as_the_commune_s_figure) {
  auto path = generated("base.csv", 1);
  ASSERT_TRUE(import(path).ok());
  Lease conn = db().acquire();
  Rows masked =
      conn->query("SELECT zone, year, indicator_id FROM ssmsi_figures WHERE published = 0 "
                  "AND level = 'commune'")
          .value();
  ASSERT_FALSE(masked.empty());  // Aiglun (1,400 inhabitants) has small counts
  EXPECT_EQ(conn->query("SELECT COUNT(*) FROM ssmsi_figures WHERE published = 0 AND "
                        "(count IS NOT NULL OR rate IS NOT NULL)")
                ->at(0)
                .integer(0),
            0);
  // The département mean of masked communes is kept apart, under the département.
  Rows means = conn->query("SELECT departement, mean_count FROM ssmsi_masked_means WHERE "
                           "year = ? AND indicator_id = ?",
                           {masked[0].value(1), masked[0].value(2)})
                   .value();
  ASSERT_EQ(means.size(), 1U);
  EXPECT_EQ(means[0].text(0), masked[0].text(0).substr(0, 2));
  EXPECT_GE(means[0].real(1), 1.0);
  EXPECT_LE(means[0].real(1), 4.0);
  Rows pop = conn->query("SELECT population, dwellings FROM ssmsi_populations WHERE zone = "
                         "'04112' AND year = 2025")
                 .value();
  ASSERT_EQ(pop.size(), 1U);
  EXPECT_EQ(pop[0].integer(0), 22500);
}

TEST_P(SsmsiImportTest, a_bad_line_stops_the_import_naming_line_and_column_and_changes_nothing) {
  ASSERT_TRUE(import(source_path(kJsonBase)).ok());
  std::string before = ssmsi_snapshot();
  std::ifstream in(generated("base.csv", 1));
  std::string text, line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (n == 400) line = "04112;2024;Homicides;Victime;douze;;diff;22500;2022;;;;";
    text += line + "\r\n";
  }
  fs::path bad = dir_ / "bad-produit-le2026-02-12.csv";
  std::ofstream(bad, std::ios::binary) << text;
  auto refused = import(bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid);
  EXPECT_EQ(refused.error().field, "nombre");
  EXPECT_NE(refused.error().message.find("ligne 400"), std::string::npos)
      << refused.error().message;
  EXPECT_EQ(ssmsi_snapshot(), before);
}

TEST_P(SsmsiImportTest, a_third_party_re_save_with_commas_and_decimal_points_reads_the_same) {
  auto original = generated("base.csv", 1);
  std::ifstream in(original);
  std::string text, line;
  while (std::getline(in, line)) {
    for (char& c : line)
      c = c == ',' ? '.' : c == ';' ? ',' : c;
    text += line + "\n";
  }
  fs::path resaved = dir_ / "resaved.csv.gz";
  gzFile gz = gzopen(resaved.c_str(), "wb");
  gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
  gzclose(gz);
  ASSERT_TRUE(import(original).ok());
  Row manosque = figure("commune", "04112", 2024, "Cambriolages de logement");
  FreshStore other(GetParam());
  auto second = SsmsiImportService(other.db(), clock_).import_file(resaved, "resaved.csv.gz");
  ASSERT_TRUE(second.ok()) << second.error().message;
  Lease conn = other.db().acquire();
  Row again = conn->query("SELECT f.count, f.rate FROM ssmsi_figures f JOIN ssmsi_indicators i "
                          "ON i.id = f.indicator_id WHERE f.zone = '04112' AND f.year = 2024 AND "
                          "i.label = 'Cambriolages de logement'")
                  ->at(0);
  EXPECT_EQ(again.integer(0), manosque.integer(0));
  EXPECT_DOUBLE_EQ(again.real(1), manosque.real(1));
}

TEST_P(SsmsiImportTest, a_cancelled_import_leaves_the_store_as_it_was) {
  ASSERT_TRUE(import(source_path(kOldBase)).ok());
  std::string before = ssmsi_snapshot();
  std::atomic<bool> cancel{true};
  std::vector<double> seen;
  SsmsiImportControl control{[&](double f, std::int64_t) { seen.push_back(f); }, &cancel};
  auto cancelled = import(source_path(kJsonBase), control);
  ASSERT_FALSE(cancelled.ok());
  EXPECT_EQ(cancelled.error().code, ErrorCode::cancelled);
  EXPECT_EQ(ssmsi_snapshot(), before);

  cancel = false;
  seen.clear();
  ASSERT_TRUE(import(source_path(kJsonBase), control).ok());
  ASSERT_FALSE(seen.empty());
  EXPECT_DOUBLE_EQ(seen.back(), 1.0);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
}

TEST_P(SsmsiImportTest, files_that_are_not_ssmsi_bases_are_refused) {
  fs::path events = dir_ / "events.csv";
  std::ofstream(events) << "x;y;date\n1;2;2024-01-01\n";
  EXPECT_EQ(import(events).error().field, "en-tête");
  fs::path empty = dir_ / "empty.csv";
  std::ofstream(empty) << "CODGEO_2025;annee;indicateur;nombre;taux_pour_mille\n";
  EXPECT_EQ(import(empty).error().field, "fichier");
  EXPECT_EQ(import(dir_ / "missing.csv").error().field, "fichier");
  Lease conn = db().acquire();
  EXPECT_EQ(conn->query("SELECT COUNT(*) FROM ssmsi_editions")->at(0).integer(0), 0);
}

TEST_P(SsmsiImportTest, a_file_of_a_few_lines_never_empties_the_years_of_a_whole_edition) {
  ASSERT_TRUE(import(generated("base-produit-le2026-02-12.csv", 1)).ok());
  std::string before = ssmsi_snapshot();
  fs::path few = dir_ / "quelques-lignes-produit-le2026-07-10.csv";
  std::ofstream(few) << "CODGEO_2026;annee;indicateur;unite_de_compte;nombre;taux_pour_mille\n"
                        "04112;2024;Homicides;Victime;1;0,04\n";
  auto refused = import(few);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_NE(refused.error().message.find("Importez la base complète"), std::string::npos);
  EXPECT_EQ(ssmsi_snapshot(), before);
}

TEST_P(SsmsiImportTest, an_undated_file_never_displaces_a_dated_edition_of_the_same_years) {
  ASSERT_TRUE(import(generated("base-produit-le2026-07-10.csv", 1)).ok());
  std::string before = ssmsi_snapshot();
  auto undated = import(generated("base-sans-date.csv", 2));
  ASSERT_FALSE(undated.ok());
  EXPECT_EQ(undated.error().code, ErrorCode::conflict);
  EXPECT_EQ(ssmsi_snapshot(), before);
}

TEST_P(SsmsiImportTest, the_generator_refuses_a_name_that_hides_its_figures_are_fictitious) {
  SsmsiGeneration g;
  g.communes = {{"04112", "Manosque", "04", 22500}};
  EXPECT_EQ(
      write_generated_communal_base(dir_ / "donnee-produit-le2026-02-12.csv", g).error().field,
      "output");
  g.first_year = 2030;
  EXPECT_EQ(write_generated_communal_base(dir_ / "GENERE.csv", g).error().field, "first-year");
}

VIGIE_BOTH_STORES(SsmsiImportTest);

}  // namespace
}  // namespace vigie::test
