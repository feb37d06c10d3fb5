// Vidéoprotection (issue 17 §1): the systems' authorisation alert and the register's retention
// alert follow the clock; retention above the legal maximum, purposes outside the closed list
// and malformed register entries are refused with their field and change nothing; the register
// opens to its designated agents only, each read journaled; the purge destroys old entries.
#include "independent_reader.h"
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class VideoprotectionTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    agent_ = std::make_unique<ApiClient>(signed_in("agent", Role::partenaire, territory_));
    elu_ = std::make_unique<ApiClient>(signed_in("elu", Role::elu, territory_));
    system_ = post(systems(), system_body());
    camera_ = post(path("/api/v1/video-systems/", system_, "/cameras"),
                   {{"identifier", "C01"},
                    {"place", "Place de la mairie"},
                    {"longitude", 5.3095},
                    {"latitude", 43.4098},
                    {"kind", "fixe"},
                    {"in_service_on", "2022-03-01"}});
  }

  std::string systems() { return path("/api/v1/territories/", territory_, "/video-systems"); }
  std::string alerts() { return path("/api/v1/territories/", territory_, "/video-alerts"); }
  std::string register_path() { return path("/api/v1/video-systems/", system_, "/register"); }
  static json::object system_body() {
    return {{"name", "Centre-ville"},        {"authorisation_reference", "Arrêté 2022-041"},
            {"authorised_on", "2022-01-15"}, {"purposes", json::array{1, 5}},
            {"retention_days", 15},          {"commission_opinion", "favorable"}};
  }
  void designate() {
    ApiResponse r = c_->call("POST", path("/api/v1/video-systems/", system_, "/agents"),
                             json::value(json::object{{"login", "agent"}}));
    ASSERT_EQ(r.status, 201) << r.body;
  }
  std::vector<std::string> alert_kinds() {
    ApiResponse r = c_->call("GET", alerts());
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    for (const auto& a : r.json.at("items").as_array())
      out.emplace_back(a.at("kind").as_string());
    return out;
  }
  std::int64_t journal_entries() { return app_->chained_journal().verify()->entries; }
  std::size_t register_size() {
    return agent_->call("GET", register_path()).json.at("items").as_array().size();
  }
  /// Moves the clock on; the sessions it outlived are opened again.
  void days(int n) {
    clock_.advance(static_cast<std::int64_t>(n) * 86'400);
    for (auto [client, login] : {std::pair{c_.get(), "coord"}, std::pair{agent_.get(), "agent"},
                                 std::pair{elu_.get(), "elu"}}) {
      *client = ApiClient(*app_);
      ApiResponse r = client->login(login, kTestPassword);
      if (r.status >= 300) throw std::runtime_error(std::string(login) + ": " + r.body);
    }
  }

  std::int64_t system_ = 0, camera_ = 0;
  std::unique_ptr<ApiClient> agent_, elu_;
};

TEST_P(VideoprotectionTest, authorisation_alert_comes_six_months_before_the_five_years_end) {
  // The clock starts on 28 May 2026; the authorisation ends on 15 January 2027.
  ApiResponse s = c_->call("GET", path("/api/v1/video-systems/", system_));
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.json.at("authorisation_ends_on"), "2027-01-15");
  EXPECT_TRUE(alert_kinds().empty());
  days(60);  // 27 July 2026: within six months of the end
  EXPECT_EQ(alert_kinds(), std::vector<std::string>{"autorisation_echeance"});
  days(180);  // 23 January 2027: ended
  EXPECT_EQ(alert_kinds(), std::vector<std::string>{"autorisation_expiree"});
  post(systems(),
       {{"name", "Zone d'activités"}, {"purposes", json::array{3}}, {"retention_days", 30}});
  EXPECT_EQ(alert_kinds().size(), 2U);  // and one without any authorisation
}

TEST_P(VideoprotectionTest, bad_systems_are_refused_with_their_field_and_nothing_is_stored) {
  auto refused = [&](json::object body, const std::string& field) {
    ApiResponse r = c_->call("POST", systems(), json::value(std::move(body)));
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json.at("error").at("field").as_string(), field) << r.body;
  };
  json::object too_long = system_body();
  too_long["name"] = "Gare";
  too_long["retention_days"] = 31;
  refused(too_long, "retention_days");
  json::object unknown = too_long;
  unknown["retention_days"] = 30;
  unknown["purposes"] = json::array{12};
  refused(unknown, "purposes");
  json::object none = unknown;
  none["purposes"] = json::array{};
  refused(none, "purposes");
  json::object ahead = unknown;
  ahead["purposes"] = json::array{1};
  ahead["authorised_on"] = "2030-01-01";  // the test clock is in 2026
  refused(ahead, "authorised_on");
  std::int64_t other = make_territory("Marignane", "13054");
  ApiClient there = signed_in("ailleurs", Role::coordonnateur, other);
  std::int64_t foreign_body =
      there
          .call("POST", "/api/v1/bodies",
                json::value(json::object{{"territory_id", other},
                                         {"name", "Comité d'éthique"},
                                         {"kind", "comite_ethique_videoprotection"},
                                         {"frequency", "yearly"},
                                         {"confidentiality", "restreint"}}))
          .json.at("id")
          .as_int64();
  json::object stranger = unknown;
  stranger["purposes"] = json::array{5};
  stranger["ethics_body_id"] = foreign_body;
  refused(stranger, "ethics_body_id");
  EXPECT_EQ(c_->call("GET", systems()).json.at("items").as_array().size(), 1U);
  // The other territory sees nothing of this one's systems.
  EXPECT_EQ(there.call("GET", path("/api/v1/video-systems/", system_)).status, 404);
  ApiResponse rules = c_->call("GET", "/api/v1/videoprotection/rules");
  EXPECT_EQ(rules.json.at("max_retention_days"), 30);
  EXPECT_EQ(rules.json.at("purposes").as_array().size(), 11U);
}

TEST_P(VideoprotectionTest, cameras_places_are_for_those_who_answer_for_the_scheme) {
  EXPECT_EQ(elu_->call("GET", path("/api/v1/video-systems/", system_, "/cameras")).status, 200);
  EXPECT_EQ(agent_->call("GET", path("/api/v1/video-systems/", system_, "/cameras")).status, 403);
  ApiResponse half = c_->call(
      "POST", path("/api/v1/video-systems/", system_, "/cameras"),
      json::value(json::object{
          {"identifier", "C02"}, {"place", "Gare"}, {"longitude", 5.3}, {"kind", "fixe"}}));
  EXPECT_EQ(half.status, 400);
  EXPECT_EQ(half.json.at("error").at("field"), "latitude");
  ApiResponse twice = c_->call(
      "POST", path("/api/v1/video-systems/", system_, "/cameras"),
      json::value(json::object{{"identifier", "C01"}, {"place", "Gare"}, {"kind", "fixe"}}));
  EXPECT_EQ(twice.status, 409);
  ApiResponse s = c_->call("GET", path("/api/v1/video-systems/", system_));
  EXPECT_EQ(s.json.at("cameras_in_service"), 1);
  // Once designated, the agent names the camera of a register entry: identifiers, no places.
  designate();
  ApiResponse named = agent_->call("GET", path("/api/v1/video-systems/", system_, "/cameras"));
  ASSERT_EQ(named.status, 200) << named.body;
  EXPECT_EQ(named.json.at("items").at(0).at("identifier"), "C01");
  EXPECT_EQ(named.json.at("items").at(0).at("place"), "");
  EXPECT_EQ(named.body.find("mairie"), std::string::npos) << named.body;
}

TEST_P(VideoprotectionTest, only_designated_agents_keep_the_register_and_every_read_is_journaled) {
  EXPECT_EQ(c_->call("GET", register_path()).status, 403);  // the coordinator, by role alone
  ApiClient reader = signed_in("lecteur", Role::lecteur, territory_);
  ApiResponse lecteur = c_->call("POST", path("/api/v1/video-systems/", system_, "/agents"),
                                 json::value(json::object{{"login", "lecteur"}}));
  EXPECT_EQ(lecteur.status, 400);
  EXPECT_EQ(lecteur.json.at("error").at("field"), "login");
  EXPECT_TRUE(agent_->call("GET", systems()).json.at("items").as_array().empty());
  designate();
  ApiResponse mine = agent_->call("GET", systems());
  ASSERT_EQ(mine.json.at("items").as_array().size(), 1U) << mine.body;
  EXPECT_TRUE(mine.json.at("items").at(0).at("designated").as_bool());
  std::int64_t before = journal_entries();
  ApiResponse read = agent_->call("GET", register_path());
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(journal_entries(), before + 1);
  EXPECT_EQ(elu_->call("GET", register_path()).status, 403);
  EXPECT_EQ(journal_entries(), before + 2);  // the refusal too
  ApiResponse entry =
      agent_->call("POST", register_path(),
                   json::value(json::object{{"kind", "visionnage"},
                                            {"occurred_on", "2026-05-27"},
                                            {"reason", "Dégradation signalée sur la place"},
                                            {"camera_id", camera_}}));
  ASSERT_EQ(entry.status, 201) << entry.body;
  EXPECT_EQ(entry.json.at("agent_name"), "Utilisateur agent");
  EXPECT_EQ(journal_entries(), before + 3);
  // The register names the camera: it is retired, not deleted.
  ApiResponse cited = c_->call("DELETE", path("/api/v1/cameras/", camera_));
  EXPECT_EQ(cited.status, 409) << cited.body;
  EXPECT_EQ(cited.json.at("error").at("field"), "out_of_service_on");
  EXPECT_EQ(c_->call("GET", path("/api/v1/video-systems/", system_, "/cameras"))
                .json.at("items")
                .as_array()
                .size(),
            1U);
}

TEST_P(VideoprotectionTest, bad_register_entries_are_refused_with_their_field_and_change_nothing) {
  designate();
  auto refused = [&](json::object body, const std::string& field) {
    ApiResponse r = agent_->call("POST", register_path(), json::value(std::move(body)));
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json.at("error").at("field").as_string(), field) << r.body;
  };
  json::object requisition{{"kind", "requisition"},
                           {"occurred_on", "2026-05-20"},
                           {"reason", "Vol à l'arraché"},
                           {"requester", "OPJ Martin, brigade de Vitrolles"}};
  refused(requisition, "procedure_reference");
  json::object future = requisition;
  future["procedure_reference"] = "PV 2026/1234";
  future["occurred_on"] = "2026-06-20";
  refused(future, "occurred_on");
  json::object reversed = future;
  reversed["occurred_on"] = "2026-05-20";
  reversed["images_from"] = "2026-05-19T22:00";
  reversed["images_to"] = "2026-05-19T21:00";
  refused(reversed, "images_to");
  json::object malformed = reversed;
  malformed["images_to"] = "19/05/2026 23:00";
  refused(malformed, "images_to");
  json::object stranger = reversed;
  stranger.erase("images_to");
  stranger["camera_id"] = 999'999;
  refused(stranger, "camera_id");
  EXPECT_EQ(register_size(), 0U);
}

TEST_P(VideoprotectionTest, a_copy_kept_past_its_retention_is_alerted_until_destroyed) {
  designate();
  ApiResponse e = agent_->call("POST", register_path(),
                               json::value(json::object{{"kind", "extraction"},
                                                        {"occurred_on", "2026-05-26"},
                                                        {"reason", "Accident de la circulation"},
                                                        {"images_from", "2026-05-25T17:00"},
                                                        {"images_to", "2026-05-25T17:30"},
                                                        {"medium", "Clé USB chiffrée"}}));
  ASSERT_EQ(e.status, 201) << e.body;
  EXPECT_EQ(e.json.at("destroy_by"), "2026-06-09");  // 15 days after the images
  EXPECT_TRUE(alert_kinds().empty());
  days(13);  // 10 June 2026
  EXPECT_EQ(alert_kinds(), std::vector<std::string>{"conservation_depassee"});
  json::object destroyed = e.json.as_object();
  destroyed["destroyed_on"] = "2026-06-10";
  ApiResponse late = agent_->call(
      "PUT", path("/api/v1/register-entries/", e.json.at("id").as_int64()), json::value(destroyed));
  ASSERT_EQ(late.status, 200) << late.body;
  EXPECT_TRUE(late.json.at("retention_breached").as_bool());  // destroyed a day late: it stays
  EXPECT_EQ(alert_kinds(), std::vector<std::string>{"conservation_depassee"});
  destroyed["destroyed_on"] = "2026-06-09";
  destroyed["version"] = late.json.at("version");
  ApiResponse on_time = agent_->call(
      "PUT", path("/api/v1/register-entries/", e.json.at("id").as_int64()), json::value(destroyed));
  ASSERT_EQ(on_time.status, 200) << on_time.body;
  EXPECT_TRUE(alert_kinds().empty());
}

TEST_P(VideoprotectionTest, yearly_figures_count_requisitions_by_month_and_their_outcome) {
  designate();
  auto add = [&](const std::string& kind, const std::string& day, std::optional<bool> led) {
    json::object b{{"kind", kind}, {"occurred_on", day}, {"reason", "Enquête"}};
    if (kind == "requisition") {
      b["requester"] = "OPJ Durand";
      b["procedure_reference"] = "PV " + day;
      b["handed_to"] = "Brigade de gendarmerie";
    }
    if (led) b["led_to_procedure"] = *led;
    ApiResponse r = agent_->call("POST", register_path(), json::value(std::move(b)));
    ASSERT_EQ(r.status, 201) << r.body;
  };
  add("requisition", "2026-02-03", true);
  add("requisition", "2026-02-20", false);
  add("requisition", "2026-04-11", std::nullopt);
  add("visionnage", "2026-04-12", std::nullopt);
  add("extraction", "2025-12-30", std::nullopt);
  ApiResponse y = elu_->call("GET", path("/api/v1/video-systems/", system_, "/figures?year=2026"));
  ASSERT_EQ(y.status, 200) << y.body;
  EXPECT_EQ(y.json.at("requisitions"), 3);
  EXPECT_EQ(y.json.at("requisitions_by_month").at(1), 2);
  EXPECT_EQ(y.json.at("requisitions_by_month").at(3), 1);
  EXPECT_EQ(y.json.at("viewings"), 1);
  EXPECT_EQ(y.json.at("extractions"), 0);
  EXPECT_DOUBLE_EQ(y.json.at("procedure_share").as_double(), 0.5);
  EXPECT_EQ(y.json.at("cameras_in_service"), 1);
  EXPECT_EQ(elu_->call("GET", path("/api/v1/video-systems/", system_, "/figures?year=2030")).status,
            400);
  // The ethics committee's yearly report says the same counts, never an entry.
  ApiResponse report = elu_->call(
      "GET", path("/api/v1/video-systems/", system_, "/annual-report?year=2026&format=odt"));
  ASSERT_EQ(report.status, 200) << report.body;
  std::string text = read_with(report.body, "odt", "odt2txt --encoding=UTF-8 --width=1000");
  for (const char* expected :
       {"Rapport annuel 2026", "Réquisitions", "ayant servi à une procédure : 1 (50 %)"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
  }
  EXPECT_EQ(text.find("OPJ Durand"), std::string::npos) << text;
  EXPECT_EQ(text.find("Enquête"), std::string::npos) << text;
}

TEST_P(VideoprotectionTest, the_purge_destroys_entries_older_than_the_register_keeps) {
  designate();
  for (const char* day : {"2021-05-01", "2021-06-15"}) {
    ApiResponse r =
        agent_->call("POST", register_path(),
                     json::value(json::object{
                         {"kind", "visionnage"}, {"occurred_on", day}, {"reason", "Contrôle"}}));
    ASSERT_EQ(r.status, 201) << r.body;
  }
  EXPECT_EQ(*app_->video().purge(), 1);  // five years before 28 May 2026
  EXPECT_EQ(register_size(), 1U);
  days(30);
  EXPECT_EQ(*app_->video().purge(), 1);
  EXPECT_EQ(register_size(), 0U);
}

VIGIE_BOTH_STORES(VideoprotectionTest);

}  // namespace vigie::test
