// The social workers' secret (CASF L.121-6-2) and sharing between confidential bodies: explicit,
// recorded, limited to what the receiving body needs.
#include "followup_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class FollowUpSharingTest : public FollowUpTest {
 protected:
  std::string record() const { return path("/api/v1/followups/", record_); }
  /// The éducatrice asks for `who` to be named; the coordinatrice, another signatory, confirms
  /// (issue 12 §1). The answer is the last call's: the coordinatrice's view once confirmed.
  ApiResponse name_social(const std::string& who) {
    json::array named{
        json::object{{"contact_id", contacts_[who]}, {"profession", "assistant_service_social"}}};
    ApiResponse asked =
        people_["educatrice"]->call("PUT", record() + "/social-professionals",
                                    json::value(json::object{{"professionals", named}}));
    if (asked.status != 200) return asked;
    return people_["coordinatrice"]->call(
        "POST", record() + "/social-professionals/access",
        json::value(json::object{{"contact_id", contacts_[who]}, {"decision", "confirme"}}));
  }
  ApiResponse share(const std::string& as, std::int64_t body, json::array scope) {
    return people_[as]->call("POST", record() + "/shares",
                             json::value(json::object{{"body_id", body},
                                                      {"scope", std::move(scope)},
                                                      {"reason", "Orientation santé mentale"}}));
  }
  bool journaled(const std::string& action, const std::string& login) {
    for (const auto& e : journal())
      if (e.at("action").as_string() == action && e.at("user_login").as_string() == login)
        return true;
    return false;
  }
};

TEST_P(FollowUpSharingTest, only_the_named_social_professionals_read_the_social_section) {
  ApiResponse named = name_social("educatrice");
  ASSERT_EQ(named.status, 200) << named.body;
  EXPECT_EQ(named.json.at("social_professionals").at(0).at("name"), "educatrice");
  EXPECT_EQ(named.json.at("social_readable"), false);  // the coordinatrice is not named

  json::object note{{"note_date", "2026-03-10"}, {"text", "Difficultés financières du foyer"}};
  ApiResponse written =
      people_["educatrice"]->call("POST", record() + "/social", json::value(note));
  ASSERT_EQ(written.status, 201) << written.body;
  EXPECT_EQ(written.json.at("items").at(0).at("text"), "Difficultés financières du foyer");
  EXPECT_EQ(people_["educatrice"]->call("GET", record()).json.at("social_readable"), true);

  for (const char* who : {"coordinatrice", "autre-cellule", "admin", "dpo", "elu"}) {
    EXPECT_EQ(people_[who]->call("GET", record() + "/social").status, 403) << who;
    EXPECT_EQ(people_[who]->call("POST", record() + "/social", json::value(note)).status, 403)
        << who;
  }
  EXPECT_TRUE(journaled("refus", "coordinatrice"));
  EXPECT_TRUE(journaled("lecture_secret_social", "educatrice"));
  EXPECT_EQ(people_["educatrice"]->call("GET", record()).body.find("Difficultés"),
            std::string::npos);  // the section never travels with the record
}

// Issue 12 §1: naming oneself to the social section opens nothing until another signatory of
// the handling body confirms it; neither the person named nor who named them decides.
TEST_P(FollowUpSharingTest, a_designation_opens_the_social_section_only_once_another_confirms) {
  json::array named{json::object{{"contact_id", contacts_["coordinatrice"]},
                                 {"profession", "assistant_service_social"}}};
  ApiClient& self = *people_["coordinatrice"];
  ApiResponse asked = self.call("PUT", record() + "/social-professionals",
                                json::value(json::object{{"professionals", named}}));
  ASSERT_EQ(asked.status, 200) << asked.body;
  EXPECT_EQ(asked.json.at("social_professionals").at(0).at("state"), "en_attente");
  EXPECT_EQ(asked.json.at("social_readable"), false);
  EXPECT_EQ(self.call("GET", record() + "/social").status, 403);
  json::value confirm(
      json::object{{"contact_id", contacts_["coordinatrice"]}, {"decision", "confirme"}});
  EXPECT_EQ(self.call("POST", record() + "/social-professionals/access", confirm).status, 403);
  EXPECT_EQ(
      people_["admin"]->call("POST", record() + "/social-professionals/access", confirm).status,
      403);  // no role opens a record
  ApiResponse done =
      people_["educatrice"]->call("POST", record() + "/social-professionals/access", confirm);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json.at("social_professionals").at(0).at("decided_by"), "Utilisateur educatrice");
  EXPECT_EQ(self.call("GET", record() + "/social").status, 200);
  EXPECT_TRUE(journaled("acces.demande", "coordinatrice"));
  EXPECT_TRUE(journaled("acces.confirme", "educatrice"));
  // Named again under another profession: pending again.
  named[0].as_object()["profession"] = "educateur_specialise";
  ASSERT_EQ(self.call("PUT", record() + "/social-professionals",
                      json::value(json::object{{"professionals", named}}))
                .status,
            200);
  EXPECT_EQ(self.call("GET", record() + "/social").status, 403);
}

TEST_P(FollowUpSharingTest, only_signatory_members_of_the_handling_body_can_be_named) {
  ApiResponse refused = name_social("sans-charte");
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.error_field(), "professionals[0].contact_id");
  EXPECT_EQ(name_social("autre-cellule").status, 400);
  json::array bad{json::object{{"contact_id", contacts_["educatrice"]}, {"profession", "juge"}}};
  EXPECT_EQ(people_["coordinatrice"]
                ->call("PUT", record() + "/social-professionals",
                       json::value(json::object{{"professionals", bad}}))
                .error_field(),
            "professionals[0].profession");
}

TEST_P(FollowUpSharingTest, a_share_shows_the_receiving_body_only_its_scope_until_ended) {
  ASSERT_EQ(people_["autre-cellule"]->call("GET", record()).status, 403);
  ApiResponse shared = share("educatrice", other_body_, {"situation"});
  ASSERT_EQ(shared.status, 201) << shared.body;
  EXPECT_EQ(shared.json.at("shares").at(0).at("kind"), "orientation");
  EXPECT_EQ(shared.json.at("shares").at(0).at("shared_by"), "Utilisateur educatrice");
  // Nothing is shown before another signatory of the handling body confirms (issue 12 §1).
  EXPECT_EQ(shared.json.at("shares").at(0).at("state"), "en_attente");
  EXPECT_EQ(people_["autre-cellule"]->call("GET", record()).status, 403);
  std::string decide = path("/api/v1/followup-shares/",
                            shared.json.at("shares").at(0).at("id").as_int64(), "/access");
  json::value confirm(json::object{{"decision", "confirme"}});
  EXPECT_EQ(people_["educatrice"]->call("POST", decide, confirm).status, 403);
  EXPECT_EQ(people_["autre-cellule"]->call("POST", decide, confirm).status, 403);
  ApiResponse confirmed = people_["coordinatrice"]->call("POST", decide, confirm);
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.json.at("shares").at(0).at("decided_by"), "Utilisateur coordinatrice");

  ApiResponse seen = people_["autre-cellule"]->call("GET", record());
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json.at("access"), "partage");
  EXPECT_EQ(seen.json.at("last_name"), "");
  EXPECT_TRUE(seen.json.at("birth_date").is_null());
  EXPECT_TRUE(seen.json.at("shares").as_array().empty());
  EXPECT_TRUE(journaled("lecture_partagee", "autre-cellule"));

  ApiResponse listed = people_["autre-cellule"]->call("GET", "/api/v1/followups?territory_id=" +
                                                                 std::to_string(territory_));
  ASSERT_EQ(listed.json.at("items").as_array().size(), 1U);
  EXPECT_EQ(listed.json.at("items").at(0).at("shared"), true);
  ApiResponse searched = people_["autre-cellule"]->call(
      "GET", "/api/v1/followups?q=durand&territory_id=" + std::to_string(territory_));
  EXPECT_TRUE(searched.json.at("items").as_array().empty());  // no identity in the scope

  json::object step{{"action_date", "2026-04-01"}, {"description", "Rendez-vous"}};
  EXPECT_EQ(people_["autre-cellule"]->call("POST", record() + "/actions", json::value(step)).status,
            403);
  std::int64_t share_id = shared.json.at("shares").at(0).at("id").as_int64();
  EXPECT_EQ(
      people_["autre-cellule"]->call("DELETE", path("/api/v1/followup-shares/", share_id)).status,
      403);
  ASSERT_EQ(
      people_["educatrice"]->call("DELETE", path("/api/v1/followup-shares/", share_id)).status,
      200);
  EXPECT_EQ(people_["autre-cellule"]->call("GET", record()).status, 403);
}

TEST_P(FollowUpSharingTest, a_share_names_its_scope_and_another_confidential_body) {
  EXPECT_EQ(share("educatrice", other_body_, {}).error_field(), "scope");
  EXPECT_EQ(share("educatrice", other_body_, {"sante"}).error_field(), "scope");
  EXPECT_EQ(share("educatrice", cellule_, {"identite"}).error_field(), "body_id");
  std::int64_t public_body = body("Plénière", "pleniere", "public");
  EXPECT_EQ(share("educatrice", public_body, {"identite"}).error_field(), "body_id");
  EXPECT_EQ(share("autre-cellule", other_body_, {"identite"}).status, 403);
}

TEST_P(FollowUpSharingTest, a_transfer_hands_the_record_over_and_leaves_a_trace) {
  json::object move{{"body_id", other_body_}, {"reason", "Relève de la santé mentale"}};
  ApiResponse asked =
      people_["coordinatrice"]->call("POST", record() + "/transfer", json::value(move));
  ASSERT_EQ(asked.status, 200) << asked.body;
  // The record moves only once another signatory of the handling body confirms.
  EXPECT_EQ(asked.json.at("access"), "instance");
  EXPECT_EQ(asked.json.at("shares").at(0).at("state"), "en_attente");
  EXPECT_EQ(people_["autre-cellule"]->call("GET", record()).status, 403);
  std::string decide = path("/api/v1/followup-shares/",
                            asked.json.at("shares").at(0).at("id").as_int64(), "/access");
  json::value confirm(json::object{{"decision", "confirme"}});
  EXPECT_EQ(people_["coordinatrice"]->call("POST", decide, confirm).status, 403);
  ApiResponse moved = people_["educatrice"]->call("POST", decide, confirm);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json.at("access"), "transfere");
  EXPECT_EQ(moved.json.at("last_name"), "");
  EXPECT_EQ(people_["educatrice"]->call("GET", record()).status, 403);
  ApiResponse now = people_["autre-cellule"]->call("GET", record());
  ASSERT_EQ(now.status, 200) << now.body;
  EXPECT_EQ(now.json.at("access"), "instance");
  EXPECT_EQ(now.json.at("last_name"), "Durand");
  EXPECT_EQ(now.json.at("body_id"), other_body_);
  EXPECT_EQ(now.json.at("shares").at(0).at("kind"), "transfert");
  EXPECT_TRUE(journaled("acces.demande", "coordinatrice"));
  EXPECT_TRUE(journaled("transfert", "educatrice"));
}

VIGIE_BOTH_STORES(FollowUpSharingTest);

}  // namespace vigie::test
