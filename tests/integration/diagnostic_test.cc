// The diagnostic API (issue 13 §3): a territory's SSMSI series beside its areas, « non diffusé »
// and « partiel », similar communes, exports. The real départemental base and a GENERATED
// communal base, on SQLite and PostgreSQL.
#include <filesystem>
#include <sstream>

#include "diagnostic/import_service.h"
#include "diagnostic/ssmsi_generator.h"
#include "support/api_client.h"

namespace vigie::test {
namespace {
namespace json = boost::json;
namespace fs = std::filesystem;

class DiagnosticTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    add_official_communes(db(), {"04001", "13071"});  // Aiglun (small), Les Pennes-Mirabeau
    Lease conn = db().acquire();
    for (const char* sql :
         {"INSERT INTO regions (code, name) VALUES ('93', 'Provence-Alpes-Côte d''Azur')",
          "INSERT INTO departements (code, name, region_code) VALUES "
          "('04', 'Alpes-de-Haute-Provence', '93'), ('13', 'Bouches-du-Rhône', '93')"}) {
      if (!conn->query(sql)) throw std::runtime_error(sql);
    }
  }

  void import_bases() {
    SsmsiImportService imports(db(), clock_);
    fs::path json = source_path("data/ssmsi/delinquance-departements-2016-2025.json");
    ASSERT_TRUE(imports.import_file(json, json.filename().string()).ok());
    SsmsiGeneration g;
    g.communes = {{"04001", "Aiglun", "04", 1400},
                  {"04112", "Manosque", "04", 22500},
                  {"13071", "Les Pennes-Mirabeau", "13", 21000}};
    fs::path base = fs::temp_directory_path() / ("GENERE-vigie-diag-" + std::to_string(::getpid()) +
                                                 "-produit-le2026-02-12.csv");
    ASSERT_TRUE(write_generated_communal_base(base, g).ok());
    auto imported = imports.import_file(base, base.filename().string());
    fs::remove(base);
    ASSERT_TRUE(imported.ok()) << imported.error().message;
  }

  static const json::object& indicator(const json::value& d, const std::string& label) {
    for (const auto& i : d.at("indicators").as_array())
      if (i.at("label").as_string() == label) return i.as_object();
    throw std::runtime_error("no indicator " + label);
  }
  static const json::object& point(const json::value& series, int year) {
    for (const auto& p : series.at("points").as_array())
      if (p.at("year").as_int64() == year) return p.as_object();
    throw std::runtime_error("no year");
  }
};

TEST_P(DiagnosticTest, a_commune_stands_beside_its_departement_region_and_france) {
  std::int64_t manosque = make_territory("Manosque", "04112");
  import_bases();
  ApiClient c = signed_in("elu", Role::elu, manosque);
  ApiResponse r = c.call("GET", "/api/v1/territories/" + std::to_string(manosque) + "/diagnostic");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json.at("years").as_array().size(), 10U);
  EXPECT_EQ(r.json.at("indicators").as_array().size(), 15U);  // the communal base's
  EXPECT_NE(std::string(r.json.at("source").as_string()).find("GÉNÉRÉE"), std::string::npos);
  const auto& burglaries = indicator(r.json, "Cambriolages de logement");
  EXPECT_EQ(burglaries.at("per"), "logements");
  EXPECT_EQ(burglaries.at("territory").at("points").as_array().size(), 10U);
  EXPECT_TRUE(point(burglaries.at("territory"), 2025).at("published").as_bool());
  // The real départemental figures, their sum over the région's known départements (04 and
  // 13 here), and over the 101 départements of France.
  EXPECT_EQ(burglaries.at("departement").at("name"), "Alpes-de-Haute-Provence");
  EXPECT_EQ(point(burglaries.at("departement"), 2025).at("count").as_int64(), 446);
  EXPECT_NEAR(point(burglaries.at("departement"), 2025).at("rate").as_double(), 3.3647649, 1e-9);
  EXPECT_EQ(point(burglaries.at("region"), 2025).at("count").as_int64(), 446 + 8595);
  EXPECT_EQ(point(burglaries.at("france"), 2025).at("count").as_int64(), 212036);
  // The région's rate is the sum of counts over the sum of the bases (count / rate × 1,000).
  double base = 446 / 3.3647649 * 1000 + 8595 / 7.9702313 * 1000;
  EXPECT_NEAR(point(burglaries.at("region"), 2025).at("rate").as_double(),
              (446 + 8595) / base * 1000, 1e-9);
}

TEST_P(DiagnosticTest, a_masked_commune_is_non_diffuse_and_a_cispd_with_it_is_partial) {
  add_official_communes(db(), {"04112"});
  auto aiglun = app_->territories().create("Aiglun", "clspd", {"04001"});
  auto cispd = app_->territories().create("Bassin", "cispd", {"04001", "04112"});
  ASSERT_TRUE(aiglun.ok() && cispd.ok());
  import_bases();
  ApiClient c = signed_in("coord", Role::coordonnateur, *aiglun);
  ASSERT_TRUE(app_->users().grant("coord", *cispd, Role::coordonnateur).ok());
  json::value small =
      c.call("GET", "/api/v1/territories/" + std::to_string(*aiglun) + "/diagnostic").json;
  json::value both =
      c.call("GET", "/api/v1/territories/" + std::to_string(*cispd) + "/diagnostic").json;
  int masked = 0;
  for (const auto& i : small.at("indicators").as_array()) {
    for (const auto& p : i.at("territory").at("points").as_array()) {
      if (p.at("published").as_bool()) continue;
      ++masked;
      EXPECT_TRUE(p.at("count").is_null());  // never 0, never the département's mean
      EXPECT_TRUE(p.at("rate").is_null());
      int year = static_cast<int>(p.at("year").as_int64());
      const auto& sum =
          point(indicator(both, std::string(i.at("label").as_string())).at("territory"), year);
      EXPECT_TRUE(sum.at("partial").as_bool());
      EXPECT_EQ(sum.at("zones").as_int64(), 2);
      EXPECT_EQ(sum.at("zones_published").as_int64(), 1);
    }
  }
  EXPECT_GT(masked, 0);
}

TEST_P(DiagnosticTest, similar_communes_are_those_of_the_population_band_in_the_area) {
  std::int64_t manosque = make_territory("Manosque", "04112");
  import_bases();
  ApiClient c = signed_in("elu", Role::elu, manosque);
  std::string base = "/api/v1/territories/" + std::to_string(manosque) + "/diagnostic";
  json::value d = c.call("GET", base).json;
  const auto& similar = indicator(d, "Cambriolages de logement").at("similar");
  EXPECT_EQ(similar.at("band_min").as_int64(), 20000);
  EXPECT_EQ(similar.at("band_max").as_int64(), 50000);
  EXPECT_EQ(similar.at("area_name"), "Provence-Alpes-Côte d'Azur");
  EXPECT_EQ(similar.at("communes").as_int64(), 1);  // Les Pennes-Mirabeau, not Manosque itself
  json::value small = c.call("GET", base + "?area=departement&band_min=0&band_max=2000").json;
  const auto& among_small = indicator(small, "Cambriolages de logement").at("similar");
  EXPECT_EQ(among_small.at("area_name"), "Alpes-de-Haute-Provence");
  EXPECT_LE(among_small.at("communes").as_int64(), 1);  // Aiglun alone, if published
  EXPECT_EQ(c.call("GET", base + "?area=monde").error_field(), "area");
  EXPECT_EQ(c.call("GET", base + "?band_min=-4").error_field(), "band_min");
  EXPECT_EQ(c.call("GET", base + "?band_min=5000&band_max=100").error_field(), "band_min");
}

TEST_P(DiagnosticTest, exports_carry_every_figure_and_the_source) {
  std::int64_t manosque = make_territory("Manosque", "04112");
  import_bases();
  ApiClient c = signed_in("elu", Role::elu, manosque);
  std::string base = "/api/v1/territories/" + std::to_string(manosque) + "/diagnostic";
  ApiResponse csv = c.call("GET", base + "/export?format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBFIndicateur;Unité de compte;", 0), 0U);
  EXPECT_NE(
      csv.body.find("Cambriolages de logement;Infraction;logements;"
                    "Alpes-de-Haute-Provence;04;2025;446;3,365;diffusé;\"Base communale GÉNÉRÉE"),
      std::string::npos);
  // 15 indicators × 4 zones × 10 years, the similar communes' median where there is one, and
  // the header.
  json::value d = c.call("GET", base).json;
  long medians = 0;
  for (const auto& i : d.at("indicators").as_array())
    medians += i.at("similar").is_object() && !i.at("similar").at("median").is_null() ? 1 : 0;
  EXPECT_GT(medians, 0);
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 15 * 4 * 10 + medians + 1);
  EXPECT_NE(csv.body.find("Communes comparables (médiane) : 20 000 à 49 999 habitants, "
                          "Provence-Alpes-Côte d'Azur"),
            std::string::npos);
  ApiResponse xlsx = c.call("GET", base + "/export?format=xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK\x03\x04", 0), 0U);  // a zip: the OOXML package
  EXPECT_NE(xlsx.body.find("xl/worksheets/sheet1.xml"), std::string::npos);
  EXPECT_EQ(c.call("GET", base + "/export?format=ods").error_field(), "format");
}

TEST_P(DiagnosticTest, another_territory_s_diagnostic_is_not_found) {
  std::int64_t manosque = make_territory("Manosque", "04112");
  std::int64_t cergy = make_territory("Cergy", "95127");
  ApiClient c = signed_in("elu", Role::elu, cergy);
  EXPECT_EQ(c.call("GET", "/api/v1/territories/" + std::to_string(manosque) + "/diagnostic").status,
            404);
  ApiResponse empty = c.call("GET", "/api/v1/territories/" + std::to_string(cergy) + "/diagnostic");
  ASSERT_EQ(empty.status, 200);  // nothing imported yet: an empty diagnostic, not an error
  EXPECT_TRUE(empty.json.at("indicators").as_array().empty());
}

TEST_P(DiagnosticTest, a_fiche_s_impact_indicator_linked_to_the_ssmsi_takes_its_measurements) {
  std::int64_t manosque = make_territory("Manosque", "04112");
  import_bases();
  ApiClient c = signed_in("coord", Role::coordonnateur, manosque);
  ApiResponse strategy = c.call("POST", "/api/v1/strategies",
                                json::object{{"territory_id", manosque}, {"title", "STSPD"}});
  ASSERT_EQ(strategy.status, 201) << strategy.body;
  std::string sid = std::to_string(strategy.json.at("id").as_int64());
  ApiResponse fiche = c.call("POST", "/api/v1/strategies/" + sid + "/actions",
                             json::object{{"number", 1}, {"title", "Prévenir les cambriolages"}});
  ASSERT_EQ(fiche.status, 201) << fiche.body;
  std::string path = "/api/v1/actions/" + std::to_string(fiche.json.at("id").as_int64());
  auto with_indicator = [&](json::object indicator) {
    json::object body = fiche.json.as_object();
    body["indicators"] = json::array{std::move(indicator)};
    for (const char* key : {"id", "strategy_id", "created_at", "updated_at"})
      body.erase(key);
    return body;
  };
  ApiResponse refused = c.call("PUT", path,
                               with_indicator({{"kind", "realisation"},
                                               {"label", "Cambriolages"},
                                               {"ssmsi_indicator", "Cambriolages de logement"}}));
  EXPECT_EQ(refused.error_field(), "indicators[0].ssmsi_indicator") << refused.body;
  ApiResponse saved = c.call("PUT", path,
                             with_indicator({{"kind", "impact"},
                                             {"label", "Cambriolages de logement"},
                                             {"ssmsi_indicator", "Cambriolages de logement"},
                                             {"ssmsi_measure", "nombre"}}));
  ASSERT_EQ(saved.status, 200) << saved.body;
  const auto& official = saved.json.at("indicators").at(0).at("official").as_array();
  ASSERT_EQ(official.size(), 10U);  // 2016–2025, from the base
  json::value d =
      c.call("GET", "/api/v1/territories/" + std::to_string(manosque) + "/diagnostic").json;
  EXPECT_EQ(
      official.back().at("value").as_double(),
      static_cast<double>(point(indicator(d, "Cambriolages de logement").at("territory"), 2025)
                              .at("count")
                              .as_int64()));
  ApiResponse again = c.call("GET", path);
  EXPECT_EQ(again.json.at("indicators").at(0).at("official").as_array().size(), 10U);
  EXPECT_EQ(again.json.at("indicators").at(0).at("ssmsi_measure"), "nombre");
}

TEST_P(DiagnosticTest, published_figures_leave_masked_counts_empty) {
  auto aiglun = app_->territories().create("Aiglun", "clspd", {"04001"});
  ASSERT_TRUE(aiglun.ok());
  import_bases();
  ApiClient c = signed_in("coord", Role::coordonnateur, *aiglun);
  ApiResponse s =
      c.call("POST", "/api/v1/strategies",
             json::value(json::object{
                 {"territory_id", *aiglun}, {"title", "STSPD"}, {"status", "adoptee"}}));
  ASSERT_EQ(s.status, 201) << s.body;
  std::string strategy = std::to_string(s.json.at("id").as_int64());
  ASSERT_EQ(c.call("PUT", "/api/v1/strategies/" + strategy + "/publication",
                   json::value(json::object{{"strategy", false},
                                            {"calendar", false},
                                            {"diagnostic", true},
                                            {"bilans", json::array{}}}))
                .status,
            200);
  ApiClient anyone(*app_);
  std::string page = "/public/v1/territories/" + std::to_string(*aiglun);
  ApiResponse csv = anyone.call("GET", page + "/delinquance.csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  // Each masked line of the commune has no count and no rate: never 0, never a mean.
  int masked = 0;
  std::istringstream lines(csv.body);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("territoire,", 0) != 0 || line.find(",false,") == std::string::npos) continue;
    ++masked;
    EXPECT_NE(line.find(",,,false,false"), std::string::npos) << line;
  }
  EXPECT_GT(masked, 0);
  ApiResponse records = anyone.call("GET", page + "/delinquance.json");
  ASSERT_EQ(records.status, 200);
  for (const auto& r : records.json.at("data").as_array()) {
    if (!r.at("diffuse").as_bool()) {
      EXPECT_TRUE(r.at("nombre").is_null()) << r;
    }
  }
}

VIGIE_BOTH_STORES(DiagnosticTest);

}  // namespace
}  // namespace vigie::test
