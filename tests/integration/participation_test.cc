// Participation citoyenne (issue 17 §2): a protocol's three-year term renewed tacitly, its
// alert three months before each term's end moving with the clock; communes outside the
// territory and referents without consent refused with their field, nothing stored; referents'
// contacts for the coordination only, erased when a referent leaves; the yearly bilan counts.
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class ParticipationTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    elu_ = std::make_unique<ApiClient>(signed_in("elu", Role::elu, territory_));
    protocol_ = post(protocols(), protocol_body());
  }
  std::string protocols() { return path("/api/v1/territories/", territory_, "/citizen-protocols"); }
  std::string referents() { return path("/api/v1/citizen-protocols/", protocol_, "/referents"); }
  static json::object protocol_body() {
    return {{"signed_on", "2023-09-15"},
            {"mayor", "La maire"},
            {"prefect", "Le préfet des Bouches-du-Rhône"},
            {"force", "gendarmerie"},
            {"force_signatory", "Le commandant du groupement"},
            {"communes", json::array{"13071"}},
            {"neighbourhoods", "La Gavotte, les Cadeneaux"},
            {"officer_name", "Adjudant référent"}};
  }
  std::vector<std::string> alert_days() {
    ApiResponse r = c_->call("GET", path("/api/v1/territories/", territory_, "/citizen-alerts"));
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    for (const auto& a : r.json.at("items").as_array())
      out.emplace_back(a.at("term_ends_on").as_string());
    return out;
  }
  void days(int n) {
    clock_.advance(static_cast<std::int64_t>(n) * 86'400);
    for (auto [client, login] : {std::pair{c_.get(), "coord"}, std::pair{elu_.get(), "elu"}}) {
      *client = ApiClient(*app_);
      ApiResponse r = client->login(login, kTestPassword);
      if (r.status >= 300) throw std::runtime_error(std::string(login) + ": " + r.body);
    }
  }

  std::int64_t protocol_ = 0;
  std::unique_ptr<ApiClient> elu_;
};

TEST_P(ParticipationTest, the_term_is_renewed_tacitly_and_alerted_three_months_before) {
  // The clock starts on 28 May 2026: the first term ends on 15 September 2026.
  ApiResponse p = c_->call("GET", path("/api/v1/citizen-protocols/", protocol_));
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_EQ(p.json.at("current_term_ends_on"), "2026-09-15");
  EXPECT_TRUE(alert_days().empty());
  days(20);  // 17 June 2026
  EXPECT_EQ(alert_days(), std::vector<std::string>{"2026-09-15"});
  days(100);  // 25 September 2026: renewed for three years, no alert
  EXPECT_TRUE(alert_days().empty());
  EXPECT_EQ(c_->call("GET", path("/api/v1/citizen-protocols/", protocol_))
                .json.at("current_term_ends_on"),
            "2029-09-15");
  json::object ended = protocol_body();
  ended["ended_on"] = "2026-09-20";
  ended["version"] = 1;
  ApiResponse end =
      c_->call("PUT", path("/api/v1/citizen-protocols/", protocol_), json::value(ended));
  ASSERT_EQ(end.status, 200) << end.body;
  EXPECT_TRUE(end.json.at("current_term_ends_on").is_null());
}

TEST_P(ParticipationTest, bad_protocols_and_referents_are_refused_and_nothing_is_stored) {
  auto refused = [&](const std::string& where, json::object body, const std::string& field) {
    ApiResponse r = c_->call("POST", where, json::value(std::move(body)));
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json.at("error").at("field").as_string(), field) << r.body;
  };
  json::object elsewhere = protocol_body();
  elsewhere["communes"] = json::array{"13071", "13054"};
  refused(protocols(), elsewhere, "communes[1]");
  json::object future = protocol_body();
  future["signed_on"] = "2026-06-01";
  refused(protocols(), future, "signed_on");
  refused(referents(), {{"name", "Mme Martin"}, {"phone", "04 91 00 00 00"}}, "consent_on");
  refused(referents(), {{"name", "Mme Martin"}, {"consent_on", "2026-07-01"}}, "consent_on");
  EXPECT_EQ(c_->call("GET", protocols()).json.at("items").as_array().size(), 1U);
  EXPECT_TRUE(c_->call("GET", referents()).json.at("items").as_array().empty());
}

TEST_P(ParticipationTest, referents_contacts_are_for_the_coordination_and_erased_on_leaving) {
  ApiResponse added = c_->call("POST", referents(),
                               json::value(json::object{{"name", "Mme Martin"},
                                                        {"neighbourhood", "La Gavotte"},
                                                        {"phone", "04 91 00 00 00"},
                                                        {"consent_on", "2024-01-10"}}));
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(elu_->call("GET", referents()).status, 403);
  json::object left = added.json.as_object();
  left["left_on"] = "2026-03-01";
  ApiResponse gone = c_->call(
      "PUT", path("/api/v1/citizen-referents/", added.json.at("id").as_int64()), json::value(left));
  ASSERT_EQ(gone.status, 200) << gone.body;
  EXPECT_TRUE(gone.json.at("phone").is_null());
  EXPECT_EQ(c_->call("GET", path("/api/v1/citizen-protocols/", protocol_)).json.at("referents"), 0);
}

TEST_P(ParticipationTest, the_yearly_bilan_counts_referents_and_meetings_for_everyone) {
  for (const char* day : {"2024-01-10", "2025-03-02", "2025-11-20"}) {
    ApiResponse r = c_->call(
        "POST", referents(),
        json::value(json::object{{"name", std::string("Référent ") + day}, {"consent_on", day}}));
    ASSERT_EQ(r.status, 201) << r.body;
  }
  ApiResponse b =
      elu_->call("GET", path("/api/v1/citizen-protocols/", protocol_, "/bilan?year=2025"));
  ASSERT_EQ(b.status, 200) << b.body;
  EXPECT_EQ(b.json.at("referents"), 3);
  EXPECT_EQ(b.json.at("referents_joined"), 2);
  EXPECT_EQ(b.json.at("indicator"), "Cambriolages de logement");
  EXPECT_EQ(b.body.find("Référent"), std::string::npos);  // counts, never names
  EXPECT_EQ(
      elu_->call("GET", path("/api/v1/citizen-protocols/", protocol_, "/bilan?year=2022")).status,
      400);
}

VIGIE_BOTH_STORES(ParticipationTest);

}  // namespace vigie::test
