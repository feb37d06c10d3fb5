// Closing a follow-up, the intermediate archive read with a reason, the purge by time travel,
// the journal's own retention, and statistics that never show a small count.
#include "auth/totp.h"
#include "followup_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class FollowUpRetentionTest : public FollowUpTest {
 protected:
  ApiResponse close(const std::string& who, std::int64_t id, const char* end = "2026-05-20") {
    return people_[who]->call(
        "POST", path("/api/v1/followups/", id, "/close"),
        json::object{{"end_date", end}, {"end_reason", "objectifs atteints"}});
  }
  ApiResponse read_archive(const std::string& who, std::int64_t id) {
    return people_[who]->call("POST", path("/api/v1/followups/", id, "/archive-read"),
                              json::object{{"reason", "Demande d'accès de la personne"}});
  }
  void travel(std::int64_t days) {
    clock_.advance(days * 86400);
    for (auto& [login, client] : people_) {
      client = std::make_unique<ApiClient>(*app_);
      std::string code = totp_code(secrets_[login], clock_.now() / 30);
      if (client->login(login, kTestPassword, code).status != 201) {
        throw std::runtime_error(login);
      }
    }
  }
  bool exists(std::int64_t id) {
    Lease conn = db().acquire();
    auto rows = conn->query("SELECT 1 FROM followups WHERE id = ?", {id});
    return rows && !rows->empty();
  }
};

TEST_P(FollowUpRetentionTest, a_closed_record_is_archived_and_read_only_with_a_reason) {
  std::string president = "presidente";
  people_[president] = account(president, Role::elu, cellule_, "2025-01-10");
  json::object role{{"role", "president"},
                    {"charter_signed_on", "2025-01-10"},
                    {"version", version_of(members_[president])}};
  ASSERT_EQ(
      c_->call("PUT", path("/api/v1/members/", members_[president]), json::value(role)).status,
      200);
  ApiResponse closed = close("educatrice", record_);
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json.at("status"), "archive");
  EXPECT_EQ(closed.json.at("archived_on"), "2026-05-28");
  EXPECT_EQ(people_["educatrice"]->call("GET", path("/api/v1/followups/", record_)).status, 403);
  EXPECT_EQ(read_archive("educatrice", record_).status, 403);  // a member, not the président
  EXPECT_EQ(read_archive("admin", record_).status, 403);
  ApiResponse by_president = read_archive(president, record_);
  ASSERT_EQ(by_president.status, 200) << by_president.body;
  ASSERT_EQ(read_archive("dpo", record_).status, 200);
  json::array entries = journal();
  EXPECT_EQ(entries[0].at("action"), "lecture_archive");
  EXPECT_EQ(entries[0].at("user_login"), "dpo");
  EXPECT_EQ(entries[0].at("detail"), "Demande d'accès de la personne");
  EXPECT_EQ(close("educatrice", record_).status, 403);  // archived: no longer opened as a member
}

TEST_P(FollowUpRetentionTest, the_purge_destroys_after_three_years_or_at_twenty_five) {
  std::int64_t adult = create(*people_["educatrice"], {{"last_name", "Bernard"},
                                                       {"first_name", "Hugo"},
                                                       {"birth_date", "2001-06-10"},
                                                       {"referral_origin", "famille"}})
                           .json.at("id")
                           .as_int64();
  ASSERT_EQ(close("educatrice", record_).status, 200);
  ASSERT_EQ(close("educatrice", adult).status, 200);
  clock_.advance(12 * 86400);  // 2026-06-09: Hugo is not 25 yet
  EXPECT_EQ(app_->followups().purge()->records, 0);
  clock_.advance(86400);  // 2026-06-10: his 25th birthday
  EXPECT_EQ(app_->followups().purge()->records, 1);
  EXPECT_FALSE(exists(adult));
  EXPECT_TRUE(exists(record_));
  clock_.advance(1082 * 86400);  // 2029-05-27, the day before 2029-05-28 (2028 is leap)
  EXPECT_EQ(app_->followups().purge()->records, 0);
  clock_.advance(86400);
  EXPECT_EQ(app_->followups().purge()->records, 1);
  EXPECT_FALSE(exists(record_));
  EXPECT_EQ(snapshot(db()).find("Durand"), std::string::npos);  // destroyed, not hidden
  EXPECT_EQ(snapshot(db()).find("Bernard"), std::string::npos);
  EXPECT_FALSE(app_->chained_journal().verify()->broken_at);
}

TEST_P(FollowUpRetentionTest, journal_entries_older_than_a_year_go_and_the_chain_still_holds) {
  std::int64_t set_up = app_->chained_journal().verify()->entries;  // grants and the creation
  ASSERT_EQ(people_["educatrice"]->call("GET", path("/api/v1/followups/", record_)).status, 200);
  travel(200);
  ASSERT_EQ(people_["educatrice"]->call("GET", path("/api/v1/followups/", record_)).status, 200);
  travel(200);  // the set-up's entries and the first read are now 400 days old, the last 200
  auto report = app_->followups().purge();
  ASSERT_TRUE(report);
  EXPECT_EQ(report->journal_entries, set_up + 1);
  auto check = app_->chained_journal().verify();
  EXPECT_FALSE(check->broken_at);
  EXPECT_EQ(check->entries, 1);
}

TEST_P(FollowUpRetentionTest, statistics_mask_every_count_below_five) {
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(create(*people_["educatrice"], {{"last_name", "Élève" + std::to_string(i)},
                                              {"first_name", "A"},
                                              {"referral_origin", "education_nationale"}})
                  .status,
              201);
  }
  ASSERT_EQ(create(*people_["educatrice"],
                   {{"last_name", "Z"}, {"first_name", "B"}, {"referral_origin", "famille"}})
                .status,
            201);
  ApiResponse s = people_["elu"]->call("GET", "/api/v1/followup-stats?territory_id=" +
                                                  std::to_string(territory_));
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.json.at("total"), 7);
  std::map<std::string, json::value> origin;
  for (const auto& l : s.json.at("by_origin").as_array())
    origin[std::string(l.at("key").as_string())] = l.at("count");
  // famille (1) is masked; education_nationale (6) too, or 7 − 6 would give famille away.
  EXPECT_TRUE(origin["education_nationale"].is_null());
  EXPECT_TRUE(origin["famille"].is_null());
  for (const auto& l : s.json.at("by_age_band").as_array()) {
    if (l.at("key") == "13-15 ans") {
      EXPECT_TRUE(l.at("count").is_null());  // Léa alone
    }
  }
  EXPECT_EQ(people_["educatrice"]
                ->call("GET", "/api/v1/followup-stats?territory_id=" + std::to_string(territory_))
                .status,
            403);
}

VIGIE_BOTH_STORES(FollowUpRetentionTest);

}  // namespace vigie::test
