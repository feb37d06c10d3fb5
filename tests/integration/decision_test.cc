// Decisions followed across meetings, carried into fiche-action milestones; a body's year.
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class DecisionTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    comite_ = body("Comité restreint", "comite_restreint", "restreint");
    member(comite_, contact(ville_, "Le maire"), "president");
    member(comite_, contact(police_, "Commandant"), "membre");
    meeting_ = meeting(comite_, "2026-05-12T10:00");
  }
  ApiResponse decide(json::object d) {
    return c_->call("POST", path("/api/v1/meetings/", meeting_, "/decisions"), json::value(d));
  }
  json::array open_decisions() {
    ApiResponse r =
        c_->call("GET", "/api/v1/decisions?open=1&territory_id=" + std::to_string(territory_));
    if (r.status != 200) throw std::runtime_error(r.body);
    return r.json.at("items").as_array();
  }
  std::int64_t comite_ = 0, meeting_ = 0;
};

TEST_P(DecisionTest, a_decision_past_its_due_date_is_overdue_in_the_open_list) {
  ApiResponse d = decide({{"text", "Étendre la vidéoprotection au parc"},
                          {"owner_organisation_id", ville_},
                          {"due_date", "2026-06-30"}});
  ASSERT_EQ(d.status, 201) << d.body;
  EXPECT_EQ(d.json.at("owner_name"), "Ville des Pennes-Mirabeau");
  json::array open = open_decisions();
  ASSERT_EQ(open.size(), 1U);
  EXPECT_EQ(open[0].at("overdue"), false);
  EXPECT_EQ(open[0].at("body_name"), "Comité restreint");
  clock_.advance(40 * 86400);  // 2026-07-07
  c_ = std::make_unique<ApiClient>(*app_);
  ASSERT_EQ(c_->login("coord", kTestPassword).status, 201);
  EXPECT_EQ(open_decisions().at(0).at("overdue"), true);
  json::object done{{"text", "Étendre la vidéoprotection au parc"},
                    {"owner_organisation_id", ville_},
                    {"due_date", "2026-06-30"},
                    {"status", "faite"},
                    {"version", 1}};
  std::int64_t id = d.json.at("id").as_int64();
  ASSERT_EQ(c_->call("PUT", path("/api/v1/decisions/", id), json::value(done)).status, 200);
  EXPECT_TRUE(open_decisions().empty());
  EXPECT_EQ(c_->call("PUT", path("/api/v1/decisions/", id), json::value(done)).status, 409);
}

TEST_P(DecisionTest, a_decision_on_a_fiche_becomes_its_milestone_and_follows_it) {
  ApiResponse d = decide(
      {{"text", "Recruter deux médiateurs"}, {"due_date", "2026-09-01"}, {"action_id", action_}});
  ASSERT_EQ(d.status, 201) << d.body;
  std::string label = "Décision du 12/05/2026 : Recruter deux médiateurs";
  EXPECT_EQ(d.json.at("milestone_label").as_string(), label);
  ApiResponse fiche = c_->call("GET", path("/api/v1/actions/", action_));
  const json::array& milestones = fiche.json.at("milestones").as_array();
  ASSERT_EQ(milestones.size(), 1U);
  EXPECT_EQ(milestones[0].at("label").as_string(), label);
  EXPECT_EQ(milestones[0].at("due_date"), "2026-09-01");
  EXPECT_TRUE(milestones[0].at("done_date").is_null());

  json::object done{{"text", "Recruter deux médiateurs"},
                    {"due_date", "2026-10-01"},
                    {"action_id", action_},
                    {"status", "faite"},
                    {"version", 1}};
  ASSERT_EQ(
      c_->call("PUT", path("/api/v1/decisions/", d.json.at("id").as_int64()), json::value(done))
          .status,
      200);
  fiche = c_->call("GET", path("/api/v1/actions/", action_));
  const json::array& after = fiche.json.at("milestones").as_array();
  ASSERT_EQ(after.size(), 1U);  // the same milestone, updated
  EXPECT_EQ(after[0].at("due_date"), "2026-10-01");
  EXPECT_EQ(after[0].at("done_date"), "2026-05-28");  // today, by the test clock
  ApiResponse history = c_->call("GET", path("/api/v1/actions/", action_, "/history"));
  EXPECT_EQ(history.json.at("items").as_array().size(), 3U);  // created, decided, done
}

TEST_P(DecisionTest, a_decision_naming_someone_else_s_records_is_refused_unchanged) {
  std::int64_t other = make_territory("Cergy", "95127");
  ApiClient there = signed_in("coord-cergy", Role::coordonnateur, other);
  std::int64_t org =
      post("/api/v1/organisations",
           {{"territory_id", other}, {"name", "Ville de Cergy"}, {"kind", "collectivite"}}, &there);
  std::string before = snapshot(db());
  ApiResponse r = decide({{"text", "X"}, {"owner_organisation_id", org}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_field(), "owner_organisation_id");
  ApiResponse blank = decide({{"text", " "}});
  EXPECT_EQ(blank.error_field(), "text");
  ApiResponse date = decide({{"text", "X"}, {"due_date", "2026-02-30"}});
  EXPECT_EQ(date.error_field(), "due_date");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(DecisionTest, a_body_s_year_counts_meetings_attendance_and_decisions) {
  ApiResponse detail = c_->call("GET", path("/api/v1/meetings/", meeting_));
  json::array items;
  for (const auto& i : detail.json.at("invitations").as_array()) {
    bool ville = i.at("organisation_name") == "Ville des Pennes-Mirabeau";
    items.push_back(
        {{"member_id", i.at("member_id")}, {"attendance", ville ? "present" : "absent"}});
  }
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", meeting_, "/attendance"),
                     json::object{{"items", items}})
                .status,
            200);
  json::object held{{"starts_at", "2026-05-12T10:00"}, {"status", "tenue"}, {"version", 1}};
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", meeting_), json::value(held)).status, 200);
  std::int64_t cancelled = meeting(comite_, "2026-11-10T10:00");
  json::object cancel{{"starts_at", "2026-11-10T10:00"},
                      {"status", "annulee"},
                      {"cancel_reason", "Préfet indisponible"},
                      {"version", 1}};
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", cancelled), json::value(cancel)).status, 200);
  meeting(comite_, "2025-05-12T10:00");                                        // another year
  ASSERT_EQ(decide({{"text", "A"}, {"due_date", "2026-05-01"}}).status, 201);  // overdue
  ASSERT_EQ(decide({{"text", "B"}, {"status", "faite"}}).status, 201);

  ApiResponse r = c_->call("GET", path("/api/v1/bodies/", comite_, "/report?year=2026"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json.at("planned"), 1);
  EXPECT_EQ(r.json.at("scheduled"), 1);
  EXPECT_EQ(r.json.at("held"), 1);
  EXPECT_EQ(r.json.at("cancelled"), 1);
  EXPECT_EQ(r.json.at("decisions"), 2);
  EXPECT_EQ(r.json.at("decisions_done"), 1);
  EXPECT_EQ(r.json.at("decisions_overdue"), 1);
  const json::array& attendance = r.json.at("attendance").as_array();
  ASSERT_EQ(attendance.size(), 2U);
  EXPECT_EQ(attendance[0].at("organisation"), "Gendarmerie nationale");
  EXPECT_EQ(attendance[0].at("rate"), 0.0);
  EXPECT_EQ(attendance[1].at("rate"), 1.0);
  EXPECT_EQ(c_->call("GET", path("/api/v1/bodies/", comite_, "/report")).error_field(), "year");
}

TEST_P(DecisionTest, a_body_s_year_counts_its_planned_meetings_from_its_creation_only) {
  // Entered on the test clock's day, 28 May 2026: 218 of the year's 365 days remain.
  std::int64_t monthly = body("Cellule de veille", "cellule_veille", "restreint", "monthly");
  auto report = [&](int year) {
    return c_->call("GET", path("/api/v1/bodies/", monthly, "/report?year=") + std::to_string(year))
        .json;
  };
  EXPECT_EQ(report(2026).at("planned"), 7);  // 12 × 218 / 365 = 7.2
  EXPECT_EQ(report(2026).at("counted_from"), "2026-05-28");
  EXPECT_EQ(report(2025).at("planned"), 0);  // it did not exist
  EXPECT_EQ(report(2027).at("planned"), 12);
  EXPECT_TRUE(report(2027).at("counted_from").is_null());
}

VIGIE_BOTH_STORES(DecisionTest);

}  // namespace vigie::test
