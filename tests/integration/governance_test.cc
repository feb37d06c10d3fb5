#include "support/api_client.h"

namespace vigie::test {
namespace json = boost::json;

class GovernanceTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Manosque", "04112");
    c_ = std::make_unique<ApiClient>(signed_in("coord", Role::coordonnateur, territory_));
    strategy_ = post("/api/v1/strategies", {{"territory_id", territory_}, {"title", "SLSPD"}});
    axis_ = post("/api/v1/strategies/" + std::to_string(strategy_) + "/axes",
                 {{"number", 1}, {"title", "Agir au plus tôt"}});
    std::int64_t org = post(
        "/api/v1/organisations",
        {{"territory_id", territory_}, {"name", "Police nationale"}, {"kind", "police_nationale"}});
    contact_ = post("/api/v1/organisations/" + std::to_string(org) + "/contacts",
                    {{"name", "Commissaire"}});
  }
  std::int64_t post(const std::string& path, json::object body) {
    ApiResponse r = c_->call("POST", path, json::value(std::move(body)));
    if (r.status != 201) throw std::runtime_error(path + ": " + r.body);
    return r.json.at("id").as_int64();
  }
  json::object group(const std::string& name) {
    return {{"territory_id", territory_},       {"name", name},
            {"kind", "groupe_thematique"},      {"axis_id", axis_},
            {"frequency", "every_n_months"},    {"frequency_count", 3},
            {"confidentiality", "confidentiel"}};
  }

  std::int64_t territory_ = 0, strategy_ = 0, axis_ = 0, contact_ = 0;
  std::unique_ptr<ApiClient> c_;
};

TEST_P(GovernanceTest, a_thematic_group_serves_an_axis_meets_quarterly_and_has_members) {
  std::int64_t id = post("/api/v1/bodies", group("Groupe de travail thématique axe 1"));
  std::int64_t member =
      post("/api/v1/bodies/" + std::to_string(id) + "/members",
           {{"contact_id", contact_}, {"role", "membre"}, {"charter_signed_on", "2023-02-01"}});
  ApiResponse body = c_->call("GET", "/api/v1/bodies/" + std::to_string(id));
  ASSERT_EQ(body.status, 200);
  EXPECT_EQ(body.json.at("axis_id"), axis_);
  EXPECT_EQ(body.json.at("frequency_count"), 3);
  EXPECT_EQ(body.json.at("members").at(0).at("contact_name"), "Commissaire");
  EXPECT_EQ(body.json.at("members").at(0).at("organisation_name"), "Police nationale");
  json::object leave{{"role", "membre"},
                     {"charter_signed_on", "2023-02-01"},
                     {"left_on", "2024-09-01"},
                     {"version", 1}};
  ASSERT_EQ(c_->call("PUT", "/api/v1/members/" + std::to_string(member), json::value(leave)).status,
            200);
  EXPECT_EQ(c_->call("GET", "/api/v1/bodies/" + std::to_string(id))
                .json.at("members")
                .at(0)
                .at("left_on"),
            "2024-09-01");
  EXPECT_EQ(c_->call("PUT", "/api/v1/members/" + std::to_string(member), json::value(leave)).status,
            409);
}

TEST_P(GovernanceTest, rhythm_confidentiality_and_references_are_checked) {
  std::string before = snapshot(db());
  auto field_of = [&](json::object body) {
    return c_->call("POST", "/api/v1/bodies", json::value(std::move(body))).error_field();
  };
  json::object no_count = group("G");
  no_count.erase("frequency_count");
  EXPECT_EQ(field_of(no_count), "frequency_count");
  json::object monthly_count = group("G");
  monthly_count["frequency"] = "monthly";
  EXPECT_EQ(field_of(monthly_count), "frequency_count");
  json::object plenary = group("Plénière");
  plenary["kind"] = "pleniere";
  plenary["frequency"] = "yearly";
  plenary.erase("frequency_count");
  EXPECT_EQ(field_of(plenary), "confidentiality");
  json::object bad_axis = group("G");
  bad_axis["axis_id"] = 999999;
  EXPECT_EQ(field_of(bad_axis), "axis_id");
  EXPECT_EQ(snapshot(db()), before);
  post("/api/v1/bodies", group("G"));
  EXPECT_EQ(c_->call("POST", "/api/v1/bodies", json::value(group("G"))).status, 409);
}

TEST_P(GovernanceTest, members_come_from_the_territory_s_directory_only_once) {
  std::int64_t id = post("/api/v1/bodies", group("G"));
  std::string members = "/api/v1/bodies/" + std::to_string(id) + "/members";
  post(members, {{"contact_id", contact_}, {"role", "president"}});
  ApiResponse twice = c_->call(
      "POST", members, json::value(json::object{{"contact_id", contact_}, {"role", "membre"}}));
  EXPECT_EQ(twice.status, 409);
  std::int64_t elsewhere = make_territory("Cergy", "95127");
  ApiClient other = signed_in("autre", Role::coordonnateur, elsewhere);
  std::int64_t org =
      other
          .call("POST", "/api/v1/organisations",
                json::value(json::object{
                    {"territory_id", elsewhere}, {"name", "Mairie"}, {"kind", "collectivite"}}))
          .json.at("id")
          .as_int64();
  std::int64_t foreign =
      other
          .call("POST", "/api/v1/organisations/" + std::to_string(org) + "/contacts",
                json::value(json::object{{"name", "Maire"}}))
          .json.at("id")
          .as_int64();
  ApiResponse r = c_->call("POST", members,
                           json::value(json::object{{"contact_id", foreign}, {"role", "membre"}}));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_field(), "contact_id");
  EXPECT_EQ(other.call("GET", "/api/v1/bodies/" + std::to_string(id)).status, 404);
}

TEST_P(GovernanceTest, a_contact_s_telephone_is_a_number_or_it_is_refused_on_its_field) {
  std::int64_t org =
      post("/api/v1/organisations",
           {{"territory_id", territory_}, {"name", "Bailleur social"}, {"kind", "bailleur"}});
  std::string contacts = "/api/v1/organisations/" + std::to_string(org) + "/contacts";
  post(contacts, {{"name", "Gardienne"}, {"phone", "+33 (0)4 92 70 34 00"}});
  std::string before = snapshot(db());
  for (const char* bad : {"04 92 AB 34 00", "voir accueil", "0", "04-92+70"}) {
    ApiResponse r =
        c_->call("POST", contacts, json::value(json::object{{"name", "Agent"}, {"phone", bad}}));
    EXPECT_EQ(r.status, 400) << bad;
    EXPECT_EQ(r.error_field(), "phone") << bad;
  }
  EXPECT_EQ(snapshot(db()), before);
}

VIGIE_BOTH_STORES(GovernanceTest);

}  // namespace vigie::test

namespace vigie::test {

TEST_P(GovernanceTest, a_plenary_late_on_its_rhythm_is_flagged_and_dates_are_proposed) {
  // The test clock stands on 2026-05-28.
  std::int64_t id = post("/api/v1/bodies", {{"territory_id", territory_},
                                            {"name", "Réunion plénière"},
                                            {"kind", "pleniere"},
                                            {"frequency", "yearly"},
                                            {"confidentiality", "public"}});
  std::string body = "/api/v1/bodies/" + std::to_string(id);
  ApiResponse fresh = c_->call("GET", body + "/rhythm");
  ASSERT_EQ(fresh.status, 200);
  EXPECT_TRUE(fresh.json.at("late").as_bool());
  post(body + "/meetings",
       {{"starts_at", "2025-03-10T18:00"}, {"place", "Hôtel de ville"}, {"status", "tenue"}});
  ApiResponse late = c_->call("GET", body + "/rhythm");
  EXPECT_EQ(late.json.at("message"), "Réunion plénière : aucune réunion depuis 14 mois.");
  std::int64_t next = post(body + "/meetings", {{"starts_at", "2026-04-01T18:00"}});
  json::object held{{"starts_at", "2026-04-01T18:00"}, {"status", "tenue"}, {"version", 1}};
  ASSERT_EQ(c_->call("PUT", "/api/v1/meetings/" + std::to_string(next), json::value(held)).status,
            200);
  ApiResponse ok = c_->call("GET", body + "/rhythm");
  EXPECT_FALSE(ok.json.at("late").as_bool());
  EXPECT_EQ(ok.json.at("next_due"), "2027-04-01");
  EXPECT_EQ(ok.json.at("proposed_dates").at(1), "2028-04-01");
  clock_.advance(std::int64_t{400} * 86400);
  ASSERT_EQ(c_->login("coord", kTestPassword).status, 201);  // the session ended with the time
  EXPECT_TRUE(c_->call("GET", body + "/rhythm").json.at("late").as_bool());
  EXPECT_EQ(c_->call("GET", body + "/meetings").json.at("items").as_array().size(), 2U);
}

TEST_P(GovernanceTest, a_meeting_needs_a_real_local_date_and_time) {
  std::int64_t id = post("/api/v1/bodies", group("G"));
  std::string meetings = "/api/v1/bodies/" + std::to_string(id) + "/meetings";
  std::string before = snapshot(db());
  for (const char* bad : {"2026-02-30T10:00", "2026-03-01 10:00", "demain"}) {
    ApiResponse r = c_->call("POST", meetings, json::value(json::object{{"starts_at", bad}}));
    EXPECT_EQ(r.status, 400) << bad;
    EXPECT_EQ(r.error_field(), "starts_at") << bad;
  }
  EXPECT_EQ(snapshot(db()), before);
}

}  // namespace vigie::test
