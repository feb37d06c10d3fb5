// Individual follow-up records: need-to-know by membership of the handling body, never by role;
// minimal lists; every access and refusal in a hash-chained journal that detects tampering.
#include "followup_fixture.h"

namespace vigie::test {
namespace json = boost::json;

TEST_P(FollowUpTest, only_current_signatory_members_of_the_handling_body_open_a_record) {
  std::string record = path("/api/v1/followups/", record_);
  json::object edit{{"last_name", "Durand"},
                    {"first_name", "Léa"},
                    {"referral_date", "2026-03-02"},
                    {"referral_origin", "education_nationale"},
                    {"version", 1}};
  json::object step{{"action_date", "2026-04-01"}, {"description", "Entretien avec la famille"}};
  for (const char* who :
       {"sans-charte", "ancien", "autre-cellule", "elu", "admin", "dpo", "lecteur"}) {
    EXPECT_EQ(people_[who]->call("GET", record).status, 403) << who;
    EXPECT_EQ(people_[who]->call("PUT", record, json::value(edit)).status, 403) << who;
    EXPECT_EQ(people_[who]->call("POST", record + "/actions", json::value(step)).status, 403)
        << who;
  }
  ApiClient nobody(*app_);
  EXPECT_EQ(nobody.call("GET", record).status, 401);
  for (const char* who : {"educatrice", "coordinatrice"}) {
    ApiResponse opened = people_[who]->call("GET", record);
    ASSERT_EQ(opened.status, 200) << who << opened.body;
    EXPECT_EQ(opened.json.at("last_name"), "Durand");
  }
  ApiResponse stepped =
      people_["coordinatrice"]->call("POST", record + "/actions", json::value(step));
  ASSERT_EQ(stepped.status, 201) << stepped.body;
  EXPECT_EQ(stepped.json.at("actions").at(0).at("recorded_by"), "Utilisateur coordinatrice");
  // The bodies list says whom it signs for, so the form offers only those bodies.
  auto signs = [&](const char* who) {
    ApiResponse list =
        people_[who]->call("GET", "/api/v1/bodies?territory_id=" + std::to_string(territory_));
    for (const auto& b : list.json.at("items").as_array())
      if (b.at("id") == cellule_) return b.at("i_sign").as_bool();
    throw std::runtime_error("cellule absente : " + list.body);
  };
  EXPECT_TRUE(signs("educatrice"));
  EXPECT_FALSE(signs("sans-charte"));
  EXPECT_FALSE(signs("autre-cellule"));
}

TEST_P(FollowUpTest, every_access_and_refusal_is_journaled_for_the_dpo_only) {
  ASSERT_EQ(people_["admin"]->call("GET", path("/api/v1/followups/", record_)).status, 403);
  ASSERT_EQ(people_["educatrice"]->call("GET", path("/api/v1/followups/", record_)).status, 200);
  json::array entries = journal();
  ASSERT_GE(entries.size(), 3U);
  EXPECT_EQ(entries[0].at("action"), "lecture");
  EXPECT_EQ(entries[0].at("user_login"), "educatrice");
  EXPECT_EQ(entries[0].at("followup_id"), record_);
  EXPECT_EQ(entries[1].at("action"), "refus");
  EXPECT_EQ(entries[1].at("user_login"), "admin");
  EXPECT_EQ(entries[2].at("action"), "creation");
  EXPECT_FALSE(entries[0].at("origin").as_string().empty());
  for (const char* who : {"admin", "coordinatrice", "educatrice", "elu"}) {
    EXPECT_EQ(
        people_[who]
            ->call("GET", "/api/v1/followup-journal?territory_id=" + std::to_string(territory_))
            .status,
        403)
        << who;
  }
}

TEST_P(FollowUpTest, lists_show_initials_and_age_band_and_name_search_stays_in_one_s_bodies) {
  ASSERT_EQ(create(*people_["autre-cellule"], {{"last_name", "Martin"},
                                               {"first_name", "Paul"},
                                               {"birth_date", "1970-01-01"},
                                               {"body_id", other_body_},
                                               {"referral_origin", "services_sociaux"}})
                .status,
            201);
  std::string list = "/api/v1/followups?territory_id=" + std::to_string(territory_);
  ApiResponse mine = people_["educatrice"]->call("GET", list);
  ASSERT_EQ(mine.status, 200) << mine.body;
  const json::array& items = mine.json.at("items").as_array();
  ASSERT_EQ(items.size(), 1U);  // not the other body's record
  EXPECT_EQ(items[0].at("initials"), "L. D.");
  EXPECT_EQ(items[0].at("age_band"), "13-15 ans");  // 15 on 2026-05-28
  EXPECT_FALSE(items[0].as_object().contains("last_name"));
  EXPECT_EQ(
      people_["educatrice"]->call("GET", list + "&q=durand").json.at("items").as_array().size(),
      1U);
  EXPECT_TRUE(
      people_["educatrice"]->call("GET", list + "&q=martin").json.at("items").as_array().empty());
  EXPECT_TRUE(people_["admin"]->call("GET", list).json.at("items").as_array().empty());
  EXPECT_EQ(journal()[0].at("action"), "recherche_nom");
}

TEST_P(FollowUpTest, bad_records_are_refused_with_the_field_and_nothing_changes) {
  std::int64_t restreint = body("Comité restreint", "comite_restreint", "restreint");
  std::string before = snapshot(db());
  auto field_of = [&](json::object f) { return create(*people_["educatrice"], f).error_field(); };
  json::object base{{"last_name", "X"}, {"first_name", "Y"}, {"referral_origin", "famille"}};
  json::object origin = base;
  origin["referral_origin"] = "voisin";
  EXPECT_EQ(field_of(origin), "referral_origin");  // a closed list
  json::object open_body = base;
  open_body["body_id"] = restreint;
  EXPECT_EQ(field_of(open_body), "body_id");
  json::object unjustified = base;
  unjustified["sensitive_note"] = "Suivi psychiatrique";
  EXPECT_EQ(field_of(unjustified), "sensitive_justification");
  json::object future = base;
  future["referral_date"] = "2027-01-01";
  EXPECT_EQ(field_of(future), "referral_date");
  json::object long_text = base;
  long_text["situation"] = std::string(301, 'x');
  EXPECT_EQ(field_of(long_text), "situation");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(FollowUpTest, the_journal_chain_detects_an_altered_or_removed_entry) {
  std::int64_t before = app_->chained_journal().verify()->entries;  // the set-up's grants too
  ASSERT_EQ(people_["educatrice"]->call("GET", path("/api/v1/followups/", record_)).status, 200);
  auto check = app_->chained_journal().verify();
  ASSERT_TRUE(check);
  EXPECT_EQ(check->entries, before + 1);
  EXPECT_FALSE(check->broken_at);
  Lease conn = db().acquire();
  auto first = conn->query("SELECT id, user_login FROM followup_journal ORDER BY id LIMIT 1");
  ASSERT_TRUE(first);
  std::int64_t id = (*first)[0].integer(0);
  std::string login = (*first)[0].text(1);
  ASSERT_TRUE(
      conn->query("UPDATE followup_journal SET user_login = 'quelquun' WHERE id = ?", {id}));
  check = app_->chained_journal().verify();
  ASSERT_TRUE(check);
  EXPECT_EQ(check->broken_at, id);
  ASSERT_TRUE(conn->query("UPDATE followup_journal SET user_login = ? WHERE id = ?", {login, id}));
  EXPECT_FALSE(app_->chained_journal().verify()->broken_at);
  ASSERT_TRUE(conn->query("DELETE FROM followup_journal WHERE id = (SELECT MAX(id) FROM "
                          "followup_journal)"));
  EXPECT_EQ(app_->chained_journal().verify()->broken_at, 0);  // truncated
}

VIGIE_BOTH_STORES(FollowUpTest);

}  // namespace vigie::test
