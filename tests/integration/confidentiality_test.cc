// A confidential body's content is for its members who signed the charter, and nobody else —
// not its administrator — and every read of it is journaled. Real cases, every content route.
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class ConfidentialityTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    cellule_ = body("Cellule de veille prévention/médiation", "cellule_veille", "confidentiel",
                    "every_n_months");
    people_["signataire"] = account("signataire", Role::partenaire, "Éducatrice", "2025-01-10");
    people_["coord-signataire"] =
        account("coord-signataire", Role::coordonnateur, "Coordonnatrice", "2025-01-10");
    people_["non-signataire"] = account("non-signataire", Role::partenaire, "Bailleur", {});
    people_["non-membre"] =
        std::make_unique<ApiClient>(signed_in("non-membre", Role::partenaire, territory_));
    people_["elu"] = std::make_unique<ApiClient>(signed_in("elu", Role::elu, territory_));
    people_["admin"] =
        std::make_unique<ApiClient>(signed_in("admin", Role::administrateur, territory_));
    meeting_ = meeting(cellule_, "2026-06-02T09:30");
    ApiClient& writer = *people_["coord-signataire"];
    decision_ = post(path("/api/v1/meetings/", meeting_, "/decisions"),
                     {{"text", "Orienter la famille vers le PRE"}}, &writer);
    ApiResponse file = writer.call_raw(
        "POST", path("/api/v1/meetings/", meeting_, "/attachments?filename=fiche.txt"),
        "Situation nominative", {{"content-type", "text/plain"}});
    if (file.status != 201) throw std::runtime_error(file.body);
    attachment_ = file.json.at("id").as_int64();
  }

  std::unique_ptr<ApiClient> account(const std::string& login, Role role, const std::string& name,
                                     std::optional<std::string> signed_on) {
    auto client = std::make_unique<ApiClient>(signed_in(login, role, territory_));
    if (signed_on) client->enrol_second_factor(clock_);  // what a signatory of such a body needs
    std::int64_t person = contact(ville_, name, user_id(*client));
    member(cellule_, person, "membre", signed_on);
    confirmers_.push_back(client.get());
    return client;
  }

  struct Call {
    const char* method;
    std::string target;
    std::optional<json::value> body;
    bool write;
  };
  std::vector<Call> content_calls() {
    return {
        {"GET", path("/api/v1/meetings/", meeting_, "/content"), {}, false},
        {"GET", path("/api/v1/attachments/", attachment_), {}, false},
        {"PUT", path("/api/v1/meetings/", meeting_, "/agenda"),
         json::object{{"items", json::array{json::object{{"title", "Situations"}}}}}, true},
        {"PUT", path("/api/v1/meetings/", meeting_, "/minutes"),
         json::object{{"text", "Relevé de conclusions"}}, true},
        {"POST", path("/api/v1/meetings/", meeting_, "/decisions"),
         json::object{{"text", "Rappel à l'ordre"}}, true},
        {"PUT", path("/api/v1/decisions/", decision_),
         json::object{{"text", "Orienter la famille vers le PRE"}, {"version", 1}}, true},
        {"POST", path("/api/v1/meetings/", meeting_, "/minutes/approve"),
         json::object{{"version", 1}}, true},
        {"DELETE", path("/api/v1/attachments/", attachment_), {}, true},
    };
  }
  /// How many entries of the territory's journal are this person's `event`.
  std::size_t journaled(const std::string& login, const char* event) {
    ApiResponse journal =
        people_["admin"]->call("GET", "/api/v1/journal?territory_id=" + std::to_string(territory_));
    std::size_t n = 0;
    for (const auto& e : journal.json.at("items").as_array())
      n += e.at("user_login").as_string() == login && e.at("event") == event;
    return n;
  }
  std::size_t confidential_reads(const std::string& login) {
    return journaled(login, "confidentiel.lecture");
  }

  std::int64_t cellule_ = 0, meeting_ = 0, decision_ = 0, attachment_ = 0;
  std::map<std::string, std::unique_ptr<ApiClient>> people_;
};

TEST_P(ConfidentialityTest, only_signatory_members_read_the_content_and_each_read_is_journaled) {
  for (const char* who : {"non-membre", "non-signataire", "elu", "admin"}) {
    for (const Call& call : content_calls()) {
      if (call.write) continue;
      ApiResponse r = people_[who]->call(call.method, call.target, call.body);
      EXPECT_EQ(r.status, 403) << who << " " << call.target << ": " << r.body;
    }
    EXPECT_EQ(confidential_reads(who), 0U) << who;
  }
  ApiResponse read = people_["signataire"]->call("GET", content_calls()[0].target);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json.at("decisions").at(0).at("text"), "Orienter la famille vers le PRE");
  ApiResponse file = people_["signataire"]->call("GET", content_calls()[1].target);
  EXPECT_EQ(file.body, "Situation nominative");
  EXPECT_EQ(confidential_reads("signataire"), 2U);
  ApiResponse journal =
      people_["admin"]->call("GET", "/api/v1/journal?territory_id=" + std::to_string(territory_));
  EXPECT_EQ(journal.json.at("items").at(0).at("subject").as_string(),
            path("reunion:", meeting_, "/piece_jointe:") + std::to_string(attachment_));
  EXPECT_EQ(people_["signataire"]->call("GET", "/api/v1/journal").status, 403);  // partenaire
}

TEST_P(ConfidentialityTest, only_a_signatory_coordinator_writes_the_content) {
  ApiClient not_member = signed_in("coord-non-membre", Role::coordonnateur, territory_);
  std::string before = snapshot(db());
  for (const Call& call : content_calls()) {
    if (!call.write) continue;
    EXPECT_EQ(not_member.call(call.method, call.target, call.body).status, 403) << call.target;
    EXPECT_EQ(people_["admin"]->call(call.method, call.target, call.body).status, 403);
  }
  for (ApiClient* outsider : {&not_member, people_["admin"].get()}) {
    ApiResponse upload = outsider->call_raw(
        "POST", path("/api/v1/meetings/", meeting_, "/attachments?filename=x.txt"), "x",
        {{"content-type", "text/plain"}});
    EXPECT_EQ(upload.status, 403);
  }
  EXPECT_EQ(snapshot(db()), before);
  for (const Call& call : content_calls()) {
    if (!call.write) continue;
    ApiResponse r = people_["coord-signataire"]->call(call.method, call.target, call.body);
    EXPECT_TRUE(r.status == 200 || r.status == 201 || r.status == 204)
        << call.target << ": " << r.body;
  }
}

TEST_P(ConfidentialityTest, the_meeting_page_says_whether_content_is_readable) {
  ApiResponse admin = people_["admin"]->call("GET", path("/api/v1/meetings/", meeting_));
  ASSERT_EQ(admin.status, 200);  // the date and the convocation list are not confidential
  EXPECT_EQ(admin.json.at("content_readable"), false);
  ApiResponse member = people_["signataire"]->call("GET", path("/api/v1/meetings/", meeting_));
  EXPECT_EQ(member.json.at("content_readable"), true);
}

TEST_P(ConfidentialityTest, the_open_decisions_list_hides_what_the_reader_may_not_see) {
  auto list = [&](const char* who) {
    return people_[who]
        ->call("GET", "/api/v1/decisions?territory_id=" + std::to_string(territory_))
        .json.at("items")
        .as_array()
        .size();
  };
  EXPECT_EQ(list("admin"), 0U);
  EXPECT_EQ(list("elu"), 0U);
  EXPECT_EQ(list("signataire"), 1U);
}

TEST_P(ConfidentialityTest, a_confidential_decision_reaches_the_fiche_only_in_public_words) {
  ApiClient& writer = *people_["coord-signataire"];
  std::string decisions = path("/api/v1/meetings/", meeting_, "/decisions");
  json::object d{{"text", "Signaler la famille Martin au parquet"}, {"action_id", action_}};
  std::string before = snapshot(db());
  EXPECT_EQ(writer.call("POST", decisions, json::value(d)).error_field(), "public_label");
  d["public_label"] = "Suivi partenarial engagé";
  EXPECT_EQ(writer.call("POST", decisions, json::value(d)).error_field(), "confirm_public_label");
  EXPECT_EQ(snapshot(db()), before);
  d["confirm_public_label"] = true;
  ApiResponse made = writer.call("POST", decisions, json::value(d));
  ASSERT_EQ(made.status, 201) << made.body;
  // What every role reads of the fiche: its page, the strategy's list and export, the history.
  std::int64_t strategy =
      c_->call("GET", path("/api/v1/actions/", action_)).json.at("strategy_id").as_int64();
  for (std::string target :
       {path("/api/v1/actions/", action_), path("/api/v1/actions/", action_, "/history"),
        path("/api/v1/strategies/", strategy, "/actions"),
        path("/api/v1/strategies/", strategy, "/export")}) {
    ApiResponse r = people_["elu"]->call("GET", target);
    ASSERT_EQ(r.status, 200) << target;
    EXPECT_EQ(r.body.find("Martin"), std::string::npos) << target << ": " << r.body;
  }
  ApiResponse fiche = people_["elu"]->call("GET", path("/api/v1/actions/", action_));
  EXPECT_NE(fiche.body.find("Décision du 02/06/2026 : Suivi partenarial engagé"), std::string::npos)
      << fiche.body;
  // A new wording renames the milestone; it must be confirmed again.
  json::object renamed{{"text", "Signaler la famille Martin au parquet"},
                       {"action_id", action_},
                       {"public_label", "Accompagnement renforcé"},
                       {"version", 1}};
  std::string one = path("/api/v1/decisions/", made.json.at("id").as_int64());
  EXPECT_EQ(writer.call("PUT", one, json::value(renamed)).error_field(), "confirm_public_label");
  renamed["confirm_public_label"] = true;
  ASSERT_EQ(writer.call("PUT", one, json::value(renamed)).status, 200);
  fiche = people_["elu"]->call("GET", path("/api/v1/actions/", action_));
  EXPECT_NE(fiche.body.find("Accompagnement renforcé"), std::string::npos);
  EXPECT_EQ(fiche.body.find("Suivi partenarial engagé"), std::string::npos);
}

TEST_P(ConfidentialityTest, refused_reads_and_writes_of_confidential_content_are_journaled) {
  auto refusals = [&](const std::string& login) { return journaled(login, "confidentiel.refus"); };
  for (const char* who : {"non-membre", "non-signataire", "admin"}) {
    std::size_t expected = 0;
    for (const Call& call : content_calls()) {
      // A partenaire's writes stop at the role gate, before any body is looked at.
      if (call.write && std::string(who) != "admin") continue;
      EXPECT_EQ(people_[who]->call(call.method, call.target, call.body).status, 403);
      EXPECT_EQ(refusals(who), ++expected) << who << " " << call.method << " " << call.target;
    }
  }
}

TEST_P(ConfidentialityTest, a_member_who_leaves_loses_access) {
  ApiResponse body = c_->call("GET", path("/api/v1/bodies/", cellule_));
  std::int64_t member_id = 0;
  for (const auto& m : body.json.at("members").as_array())
    if (m.at("contact_name") == "Éducatrice") member_id = m.at("id").as_int64();
  json::object leave{{"role", "membre"},
                     {"charter_signed_on", "2025-01-10"},
                     {"left_on", "2026-05-01"},
                     {"version", version_of(member_id)}};
  ASSERT_EQ(c_->call("PUT", path("/api/v1/members/", member_id), json::value(leave)).status, 200);
  EXPECT_EQ(people_["signataire"]->call("GET", content_calls()[0].target).status, 403);
}

TEST_P(ConfidentialityTest, a_contact_is_linked_only_to_an_account_of_the_territory) {
  std::int64_t other = make_territory("Cergy", "95127");
  ApiClient there = signed_in("ailleurs", Role::partenaire, other);
  ApiResponse r = c_->call("POST", path("/api/v1/organisations/", ville_, "/contacts"),
                           json::object{{"name", "Intrus"}, {"user_id", user_id(there)}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_field(), "user_id");
}

VIGIE_BOTH_STORES(ConfidentialityTest);

}  // namespace vigie::test
