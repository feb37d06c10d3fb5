// SsmsiFormat: every schema the SSMSI has published, read by column name.
#include <gtest/gtest.h>

#include "diagnostic/ssmsi_format.h"

namespace vigie {
namespace {

const std::vector<std::string> kHeader2025 = {"CODGEO_2026",
                                              "annee",
                                              "indicateur",
                                              "unite_de_compte",
                                              "nombre",
                                              "taux_pour_mille",
                                              "est_diffuse",
                                              "insee_pop",
                                              "insee_pop_millesime",
                                              "insee_log",
                                              "insee_log_millesime",
                                              "complement_info_nombre",
                                              "complement_info_taux"};

TEST(SsmsiFormat, the_2025_schema_finds_codgeo_by_prefix_and_reads_its_geography_year) {
  auto f = SsmsiFormat::from_header(kHeader2025, false).value();
  EXPECT_EQ(f.level(), SsmsiLevel::commune);
  EXPECT_EQ(f.geography_year(), 2026);
  EXPECT_EQ(f.schema(), "2025");
  auto row = f.parse({"4112", "2024", "Cambriolages de logement", "Infraction", "123", "10,52",
                      "diff", "22 500", "2021", "11692,4", "2021", "", ""})
                 .value();
  EXPECT_EQ(row.zone, "04112");  // a spreadsheet dropped the leading zero
  EXPECT_EQ(row.count, 123);
  EXPECT_DOUBLE_EQ(*row.rate, 10.52);
  EXPECT_EQ(row.population, 22500);
  EXPECT_DOUBLE_EQ(*row.dwellings, 11692.4);
}

TEST(SsmsiFormat, a_masked_cell_keeps_no_figure_of_its_own) {
  auto f = SsmsiFormat::from_header(kHeader2025, false).value();
  auto row = f.parse({"04001", "2024", "Vols avec armes", "Infraction", "", "", "ndiff", "150",
                      "2021", "70", "2021", "1,8", "0,9"})
                 .value();
  EXPECT_FALSE(row.published);
  EXPECT_FALSE(row.count);
  EXPECT_FALSE(row.rate);
  EXPECT_DOUBLE_EQ(*row.masked_mean_count, 1.8);
  EXPECT_DOUBLE_EQ(*row.masked_mean_rate, 0.9);
}

TEST(SsmsiFormat, the_earlier_schema_reads_two_digit_years_and_scientific_notation) {
  auto f = SsmsiFormat::from_header({"\xEF\xBB\xBF"
                                     "classe",
                                     "annee", "Code.département", "Code.région", "unité.de.compte",
                                     "millPOP", "millLOG", "faits", "POP", "LOG", "tauxpourmille"},
                                    false)
               .value();
  EXPECT_EQ(f.level(), SsmsiLevel::departement);
  EXPECT_EQ(f.schema(), "ancien");
  auto row = f.parse({"Cambriolages de logement", "16", "01", "84", "infraction", "16", "16",
                      "2345", "638425", "308491,1600513844", "7,60151441490058e+00"})
                 .value();
  EXPECT_EQ(row.year, 2016);
  EXPECT_EQ(row.unit, "Infraction");
  EXPECT_EQ(row.population_year, 2016);
  EXPECT_NEAR(*row.rate, 7.60151441490058, 1e-12);
  auto unlocated =
      f.parse({"Homicides", "16", "NA", "NA", "victime", "NA", "NA", "0", "NA", "NA", "NA"})
          .value();
  EXPECT_TRUE(unlocated.zone.empty());
}

TEST(SsmsiFormat, third_party_json_keys_are_read_as_the_same_columns) {
  auto f = SsmsiFormat::from_header({"codeDepartement", "codeRegion", "annee", "indicateur",
                                     "uniteDeCompte", "nombre", "tauxPourMille", "inseePop"},
                                    true)
               .value();
  EXPECT_EQ(f.level(), SsmsiLevel::departement);
  EXPECT_EQ(f.schema(), "json");
  auto row = f.parse({"2A", "94", "2025", "Homicides", "Victime", "3", "0.0083", "350000"}).value();
  EXPECT_EQ(row.zone, "2A");
  EXPECT_DOUBLE_EQ(*row.rate, 0.0083);
}

TEST(SsmsiFormat, bad_cells_name_their_column) {
  auto f = SsmsiFormat::from_header(kHeader2025, false).value();
  auto bad = f.parse({"04112", "2024", "Homicides", "Victime", "douze", "", "diff"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "nombre");
  EXPECT_EQ(f.parse({"04112", "24,5", "Homicides", "Victime", "1"}).error().field, "annee");
  EXPECT_EQ(f.parse({"04112", "2024", "Homicides", "Victime", "1", "", "peut-être"}).error().field,
            "est_diffuse");
  EXPECT_EQ(f.parse({"04112", "2024", "Homicides", "Victime", "", "", "diff"}).error().field,
            "nombre");
  EXPECT_EQ(f.parse({"Paris", "2024", "Homicides", "Victime", "1"}).error().field, "CODGEO_2026");
  EXPECT_EQ(f.parse({"04112", "2024", "Homicides", "Victime", "-3"}).error().field, "nombre");
  auto not_ssmsi = SsmsiFormat::from_header({"x", "y", "date"}, false);
  ASSERT_FALSE(not_ssmsi.ok());
  EXPECT_EQ(not_ssmsi.error().field, "en-tête");
  auto missing = SsmsiFormat::from_header({"CODGEO_2025", "annee", "indicateur", "nombre"}, false);
  EXPECT_NE(missing.error().message.find("taux_pour_mille"), std::string::npos);
}

TEST(SsmsiFormat, the_production_date_comes_from_the_file_name) {
  EXPECT_EQ(
      production_date_from_name("donnee-data.gouv-2025-geographie2026-produit-le2026-07-10.csv.gz"),
      "2026-07-10");
  EXPECT_EQ(production_date_from_name("donnee-dep-2023.csv"), std::nullopt);
  EXPECT_EQ(production_date_from_name("x-produit-le2026-13-40.csv"), std::nullopt);
  EXPECT_EQ(departement_of_commune("2A004"), "2A");
  EXPECT_EQ(departement_of_commune("97101"), "971");
  EXPECT_EQ(departement_of_commune("04112"), "04");
}

}  // namespace
}  // namespace vigie
