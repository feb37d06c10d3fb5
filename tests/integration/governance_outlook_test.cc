// The home page's governance: bodies against their rhythm, meetings to come, open decisions
// (issue 15 §2). The test clock stands at 2026-05-28.
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class GovernanceOutlookTest : public MeetingFixture {
 protected:
  void meeting(std::int64_t body_id, const char* starts_at, const char* status) {
    boost::json::object m{{"starts_at", starts_at}, {"place", "Mairie"}, {"status", status}};
    if (std::string(status) == "annulee") m["cancel_reason"] = "Salle indisponible";
    post(path("/api/v1/bodies/", body_id, "/meetings"), m);
  }
  json::value outlook(ApiClient& as) {
    ApiResponse r = as.call("GET", path("/api/v1/territories/", territory_, "/governance-outlook"));
    if (r.status != 200) throw std::runtime_error("outlook: " + r.body);
    return r.json;
  }
};

TEST_P(GovernanceOutlookTest, late_bodies_come_first_and_only_planned_meetings_ahead_are_listed) {
  std::int64_t plenary = body("CLSPD plénier", "pleniere", "public");  // yearly
  std::int64_t monthly = body("Cellule de veille", "cellule_veille", "restreint", "monthly");
  body("Cellule de crise", "cellule_urgence", "restreint", "on_demand");
  meeting(plenary, "2024-11-20T18:00", "tenue");   // 18 months ago: late
  meeting(monthly, "2026-05-12T09:00", "tenue");   // this month: next due in June
  meeting(monthly, "2026-06-09T09:00", "prevue");  // ahead, within 90 days
  meeting(monthly, "2026-05-20T09:00", "prevue");  // past but never marked held: not ahead
  meeting(monthly, "2026-10-13T09:00", "prevue");  // beyond the 90 days
  meeting(monthly, "2026-06-23T09:00", "annulee");

  json::value o = outlook(*c_);
  const json::array& bodies = o.at("bodies").as_array();
  ASSERT_EQ(bodies.size(), 3U);
  EXPECT_EQ(bodies[0].at("body_name"), "CLSPD plénier");
  EXPECT_TRUE(bodies[0].at("late").as_bool());
  EXPECT_EQ(bodies[1].at("body_name"), "Cellule de veille");
  EXPECT_FALSE(bodies[1].at("late").as_bool());
  EXPECT_EQ(bodies[2].at("body_name"), "Cellule de crise");  // no due date: last
  EXPECT_TRUE(bodies[2].at("next_due").is_null());

  const json::array& upcoming = o.at("upcoming").as_array();
  ASSERT_EQ(upcoming.size(), 1U) << json::serialize(upcoming);
  EXPECT_EQ(upcoming[0].at("starts_at"), "2026-06-09T09:00");
  EXPECT_EQ(upcoming[0].at("body_name"), "Cellule de veille");
  EXPECT_EQ(o.at("horizon_days").as_int64(), 90);
}

TEST_P(GovernanceOutlookTest, open_decisions_come_overdue_first) {
  std::int64_t plenary = body("CLSPD plénier", "pleniere", "public");
  std::int64_t held = post(path("/api/v1/bodies/", plenary, "/meetings"),
                           {{"starts_at", "2026-03-10T18:00"}, {"status", "tenue"}});
  post(path("/api/v1/meetings/", held, "/decisions"),
       {{"text", "Installer deux caméras"}, {"due_date", "2026-12-31"}, {"status", "a_faire"}});
  post(path("/api/v1/meetings/", held, "/decisions"),
       {{"text", "Réunir les bailleurs"}, {"due_date", "2026-04-30"}, {"status", "en_cours"}});
  post(path("/api/v1/meetings/", held, "/decisions"),
       {{"text", "Bilan du FIPD"}, {"due_date", "2026-01-31"}, {"status", "faite"}});
  json::value o = outlook(*c_);
  const json::array& decisions = o.at("open_decisions").as_array();
  ASSERT_EQ(decisions.size(), 2U);
  EXPECT_EQ(decisions[0].at("text"), "Réunir les bailleurs");
  EXPECT_TRUE(decisions[0].at("overdue").as_bool());
  EXPECT_FALSE(decisions[1].at("overdue").as_bool());
}

TEST_P(GovernanceOutlookTest, another_territory_sees_nothing) {
  std::int64_t elsewhere = make_territory("Manosque", "04112");
  ApiClient other = signed_in("autre", Role::coordonnateur, elsewhere);
  ApiResponse r =
      other.call("GET", path("/api/v1/territories/", territory_, "/governance-outlook"));
  EXPECT_TRUE(r.status == 403 || r.status == 404) << r.status;
}

VIGIE_BOTH_STORES(GovernanceOutlookTest);

}  // namespace vigie::test
