#include "support/api_client.h"
#include "territory/official_list.h"

namespace vigie::test {
namespace json = boost::json;

class TerritoryTest : public ApiTest {};

TEST_P(TerritoryTest, the_official_list_loads_every_commune_epci_and_departement) {
  auto counts = load_official_list(db(), source_path(kOfficialListDir));
  ASSERT_TRUE(counts.ok()) << counts.error().message;
  EXPECT_GT(counts->communes, 37000U);
  EXPECT_LT(counts->communes, 38500U);
  EXPECT_EQ(counts->departements, 109U);
  EXPECT_GT(counts->epci, 1200U);
  EXPECT_GT(counts->epci_members, 34000U);
  Lease conn = db().acquire();
  auto manosque = conn->query(
      "SELECT name, departement_code, population FROM communes WHERE code = '04112' AND "
      "kind = 'commune-actuelle'");
  ASSERT_EQ(manosque->size(), 1U);
  EXPECT_EQ(manosque->at(0).text(0), "Manosque");
  EXPECT_EQ(manosque->at(0).text(1), "04");
  EXPECT_GT(manosque->at(0).integer(2), 20000);
  auto again = load_official_list(db(), source_path(kOfficialListDir));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->communes, counts->communes);
}

TEST_P(TerritoryTest, a_cispd_covers_several_communes_and_a_clspd_one) {
  add_official_communes(db(), {"95127", "95500"});
  EXPECT_EQ(app_->territories().create("Deux", "clspd", {"95127", "95500"}).error().field,
            "communes");
  EXPECT_EQ(app_->territories().create("Un", "cispd", {"95127"}).error().field, "communes");
  EXPECT_EQ(app_->territories().create("Faux", "clspd", {"99999"}).error().field, "communes");
  auto id = app_->territories().create("Bassin de vie", "cispd", {"95127", "95500"});
  ASSERT_TRUE(id.ok()) << id.error().message;
  ApiClient c = signed_in("elu", Role::elu, *id);
  ApiResponse r = c.call("GET", "/api/v1/territories/" + std::to_string(*id));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json.at("communes").as_array().size(), 2U);
  EXPECT_EQ(r.json.at("role"), "elu");
}

TEST_P(TerritoryTest, communes_are_found_by_name_without_accents_or_by_code) {
  add_official_communes(db(), {"78361", "13071", "95127"});
  ApiClient c = signed_in("lecteur", Role::lecteur, make_territory("Manosque", "04112"));
  ApiResponse r = c.call("GET", "/api/v1/communes?q=MANTES");
  ASSERT_EQ(r.status, 200);
  ASSERT_EQ(r.json.at("items").as_array().size(), 1U);
  EXPECT_EQ(r.json.at("items").at(0).at("code"), "78361");
  EXPECT_EQ(c.call("GET", "/api/v1/communes?q=1307").json.at("items").at(0).at("name"),
            "Les Pennes-Mirabeau");
}

TEST_P(TerritoryTest, a_user_lists_only_the_territories_where_they_hold_a_role) {
  std::int64_t mine = make_territory("Manosque", "04112");
  make_territory("Cergy", "95127");
  ApiClient c = signed_in("coord", Role::coordonnateur, mine);
  ApiResponse r = c.call("GET", "/api/v1/territories");
  ASSERT_EQ(r.json.at("items").as_array().size(), 1U);
  EXPECT_EQ(r.json.at("items").at(0).at("name"), "Manosque");
}

VIGIE_BOTH_STORES(TerritoryTest);

}  // namespace vigie::test
