// The problem board (issue 14 §3): a coordinator opens and assigns a problem, the partner in
// charge moves it to « résolu » with dated steps, only the coordination closes; late problems
// are flagged by the clock; the board counts open problems per partner and how long they took.
#include "observatory_fixture.h"

namespace vigie::test {
namespace {
namespace json = boost::json;

class ProblemBoardTest : public ObservatoryTest {
 protected:
  // The clock says 2026-05-28 (sessions expire if it moves by days: dates are set instead).
  json::value open_problem(std::int64_t organisation, const char* due = "2026-06-15",
                           const char* opened = "2026-05-28") {
    ApiResponse r = coord_->call("POST", base() + "/problems",
                                 json::value(json::object{{"title", "Hall du bâtiment C occupé"},
                                                          {"organisation_id", organisation},
                                                          {"longitude", 5.7883},
                                                          {"latitude", 43.8297},
                                                          {"opened_on", opened},
                                                          {"due_on", due}}));
    if (r.status != 201) throw std::runtime_error(r.body);
    return r.json;
  }
  ApiResponse step(ApiClient& as, std::int64_t id, const char* status, const char* note = "") {
    json::object body{{"status", status}};
    if (*note) body["note"] = note;
    return as.call("POST", "/api/v1/problems/" + std::to_string(id) + "/steps", json::value(body));
  }
};

TEST_P(ProblemBoardTest, the_partner_in_charge_solves_and_only_the_coordination_closes) {
  json::value p = open_problem(bailleur_);
  std::int64_t id = p.at("id").as_int64();
  EXPECT_EQ(p.at("status"), "nouveau");
  EXPECT_EQ(p.at("steps").as_array().size(), 1U);
  ASSERT_EQ(step(*partner_, id, "pris_en_charge", "Gardien prévenu").status, 201);
  ApiResponse solved = step(*partner_, id, "resolu", "Éclairage réparé, porte sécurisée");
  ASSERT_EQ(solved.status, 201) << solved.body;
  EXPECT_EQ(solved.json.at("status"), "resolu");
  EXPECT_TRUE(solved.json.at("resolved_on").is_string());
  EXPECT_EQ(solved.json.at("steps").as_array().size(), 3U);
  // The list carries each problem's steps too: the board shows them without opening each one.
  json::value listed = coord_->call("GET", base() + "/problems").json.at("items").as_array()[0];
  EXPECT_EQ(listed.at("steps").as_array().size(), 3U);
  EXPECT_EQ(listed.at("steps").as_array()[1].at("note"), "Gardien prévenu");
  EXPECT_EQ(step(*partner_, id, "clos").status, 403);
  EXPECT_EQ(step(*coord_, id, "clos", "Vu en cellule de veille").status, 201);
  EXPECT_EQ(step(*partner_, id, "en_cours").status, 403);  // a closed problem stays closed
  // A name in a note is refused, as in the incidents.
  json::value other = open_problem(bailleur_);
  ApiResponse named = step(*partner_, other.at("id").as_int64(), "en_cours", "Vu M. Dupont");
  EXPECT_EQ(named.status, 400);
  EXPECT_EQ(named.error_field(), "note");
}

TEST_P(ProblemBoardTest, a_partner_sees_only_the_problems_assigned_to_their_organisation) {
  json::value theirs = open_problem(police_);
  open_problem(bailleur_);
  json::value list = partner_->call("GET", base() + "/problems").json;
  ASSERT_EQ(list.at("items").as_array().size(), 1U);
  EXPECT_EQ(list.at("items").as_array()[0].at("organisation_id").as_int64(), bailleur_);
  std::int64_t id = theirs.at("id").as_int64();
  EXPECT_EQ(partner_->call("GET", "/api/v1/problems/" + std::to_string(id)).status, 404);
  EXPECT_EQ(step(*partner_, id, "resolu").status, 404);
  EXPECT_EQ(partner_
                ->call("POST", base() + "/problems",
                       json::value(json::object{
                           {"title", "x"}, {"organisation_id", bailleur_}, {"place", "Rue"}}))
                .status,
            403);
}

TEST_P(ProblemBoardTest, late_problems_are_flagged_and_the_board_counts_per_partner) {
  json::value early = open_problem(bailleur_, "2026-05-25", "2026-05-18");
  json::value later = open_problem(police_, "2026-12-31");
  EXPECT_TRUE(early.at("late").as_bool());  // due three days ago, not solved
  EXPECT_FALSE(later.at("late").as_bool());
  ASSERT_EQ(step(*partner_, early.at("id").as_int64(), "resolu").status, 201);
  json::value board = coord_->call("GET", base() + "/problems/board").json;
  std::map<std::string, json::value> by;
  for (const auto& l : board.at("items").as_array())
    by[std::string(l.at("organisation").as_string())] = l;
  EXPECT_EQ(by.at("Habitat 04").at("solved"), 1);
  EXPECT_EQ(by.at("Habitat 04").at("median_days").to_number<double>(), 10);
  EXPECT_EQ(by.at("Police municipale").at("open"), 1);
  EXPECT_EQ(coord_->call("GET", base() + "/problems?open=1").json.at("items").as_array().size(),
            1U);
}

TEST_P(ProblemBoardTest, an_incident_is_linked_to_its_problem_and_bad_input_names_the_field) {
  json::value p = open_problem(police_);
  json::object i = incident(police_);
  i["problem_id"] = p.at("id");
  ASSERT_EQ(coord_->call("POST", base() + "/incidents", json::value(i)).status, 201);
  EXPECT_EQ(coord_->call("GET", "/api/v1/problems/" + std::to_string(p.at("id").as_int64()))
                .json.at("incidents"),
            1);
  ApiResponse due = coord_->call("POST", base() + "/problems",
                                 json::value(json::object{{"title", "Rodéos"},
                                                          {"organisation_id", police_},
                                                          {"place", "Parking"},
                                                          {"opened_on", "2026-05-01"},
                                                          {"due_on", "2026-04-01"}}));
  EXPECT_EQ(due.error_field(), "due_on");
  for (const char* opened : {"2031-01-01", "1900-01-01"}) {  // not ahead of today, nor absurd
    ApiResponse r = coord_->call("POST", base() + "/problems",
                                 json::value(json::object{{"title", "Rodéos"},
                                                          {"organisation_id", police_},
                                                          {"place", "Parking"},
                                                          {"opened_on", opened}}));
    EXPECT_EQ(r.error_field(), "opened_on") << opened;
  }
  ApiResponse named =
      coord_->call("POST", base() + "/problems",
                   json::value(json::object{{"title", "Tapage"},
                                            {"organisation_id", police_},
                                            {"place", "Appartement de M. Durand"}}));
  EXPECT_EQ(named.error_field(), "place");
  ApiResponse bad = step(*coord_, p.at("id").as_int64(), "oublie");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.error_field(), "status");
}

VIGIE_BOTH_STORES(ProblemBoardTest);

}  // namespace
}  // namespace vigie::test
