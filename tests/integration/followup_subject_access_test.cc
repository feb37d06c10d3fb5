// The person's right of access: the DPO exports everything about one person — records, archived
// ones included, and the journal about them — after a step-up; nobody else can.
#include "followup_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class SubjectAccessTest : public FollowUpTest {
 protected:
  ApiResponse ask(ApiClient& as, json::object who) {
    who["territory_id"] = territory_;
    return as.call("POST", "/api/v1/followup-subject-access", json::value(std::move(who)));
  }
  static json::object lea() { return {{"last_name", "DURAND"}, {"first_name", "lea"}}; }
};

TEST_P(SubjectAccessTest, the_dpo_exports_every_record_and_journal_entry_about_one_person) {
  // A second record for the same person, archived; a namesake born elsewhere in time.
  std::int64_t archived = create(*people_["educatrice"], {{"last_name", "Durand"},
                                                          {"first_name", "Léa"},
                                                          {"referral_date", "2025-09-01"},
                                                          {"referral_origin", "famille"}})
                              .json.at("id")
                              .as_int64();
  ASSERT_EQ(people_["educatrice"]
                ->call("POST", path("/api/v1/followups/", archived, "/close"),
                       json::value(json::object{{"end_date", "2026-01-15"},
                                                {"end_reason", "Objectifs atteints"}}))
                .status,
            200);
  create(*people_["educatrice"], {{"last_name", "Durand"},
                                  {"first_name", "Léa"},
                                  {"birth_date", "1990-01-01"},
                                  {"referral_origin", "famille"}});
  ApiClient& dpo = *people_["dpo"];
  EXPECT_EQ(ask(dpo, lea()).status, 403);  // no step-up yet
  ASSERT_EQ(
      dpo.call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}}).status,
      204);
  json::object who = lea();
  who["birth_date"] = "2011-04-02";
  ApiResponse r = ask(dpo, who);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.header("Content-Disposition").value_or("").find("attachment"), std::string::npos);
  const json::array& records = r.json.at("records").as_array();
  ASSERT_EQ(records.size(), 2U);  // the namesake born in 1990 is someone else
  std::set<std::string> statuses;
  for (const auto& rec : records)
    statuses.insert(std::string(rec.at("status").as_string()));
  EXPECT_EQ(statuses, (std::set<std::string>{"suivi", "archive"}));
  const json::array& entries = r.json.at("journal").as_array();
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries.front().at("action"), "creation");
  for (const auto& e : entries) {
    std::int64_t about = e.at("followup_id").as_int64();
    EXPECT_TRUE(about == record_ || about == archived) << about;
  }
  int journaled = 0;
  for (const auto& e : journal())
    if (e.at("action") == "droit_acces") ++journaled;
  EXPECT_EQ(journaled, 2);
  EXPECT_EQ(journal().at(0).at("detail").as_string().find("Durand"), std::string::npos);
}

TEST_P(SubjectAccessTest, only_the_dpo_with_a_second_factor_and_a_step_up_may_ask) {
  for (const char* who : {"educatrice", "coordinatrice", "admin", "elu", "lecteur"}) {
    ApiClient& c = *people_[who];
    c.call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}});
    EXPECT_EQ(ask(c, lea()).status, 403) << who;
  }
  ApiClient nobody(*app_);
  EXPECT_EQ(ask(nobody, lea()).status, 401);
  EXPECT_EQ(ask(*people_["dpo"], {{"first_name", "Léa"}}).error_field(), "last_name");
}

VIGIE_BOTH_STORES(SubjectAccessTest);

}  // namespace vigie::test
