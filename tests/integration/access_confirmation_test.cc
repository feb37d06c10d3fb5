// Issue 12 §1: no account opens confidential content by its own actions alone. A link to a
// directory contact, a member or charter date of a confidential body waits until another entitled
// person confirms it; nobody confirms their own access; every step is in the chained journal.
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class AccessConfirmationTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    cellule_ = body("Cellule de veille", "cellule_veille", "confidentiel", "monthly");
    meeting_ = meeting(cellule_, "2026-06-02T09:30");
  }

  std::string content() const { return path("/api/v1/meetings/", meeting_, "/content"); }
  static json::value decision(const char* what) { return json::object{{"decision", what}}; }
  /// Adds a member without confirming it (the fixture's member() confirms).
  ApiResponse ask_member(ApiClient& as, std::int64_t contact_id) {
    return as.call("POST", path("/api/v1/bodies/", cellule_, "/members"),
                   json::value(json::object{{"contact_id", contact_id},
                                            {"role", "membre"},
                                            {"charter_signed_on", "2025-01-10"}}));
  }
  ApiResponse ask_link(ApiClient& as, std::int64_t user) {
    return as.call(
        "POST", path("/api/v1/organisations/", ville_, "/contacts"),
        json::value(json::object{{"name", "Personne " + std::to_string(user)}, {"user_id", user}}));
  }
  /// The chained journal's access entries, oldest first: "action|login|detail".
  std::vector<std::string> access_journal() {
    Lease conn = db().acquire();
    Rows rows = conn->query("SELECT action, user_login, detail FROM followup_journal "
                            "WHERE action LIKE 'acces.%' ORDER BY id")
                    .value();
    std::vector<std::string> out;
    for (const Row& r : rows)
      out.push_back(r.text(0) + "|" + r.text(1) + "|" + r.optional_text(2).value_or(""));
    return out;
  }
  static bool has(const std::vector<std::string>& lines, const std::string& start,
                  const std::string& part) {
    for (const auto& l : lines)
      if (l.rfind(start, 0) == 0 && l.find(part) != std::string::npos) return true;
    return false;
  }

  std::int64_t cellule_ = 0, meeting_ = 0;
};

TEST_P(AccessConfirmationTest, a_coordinator_cannot_open_a_confidential_body_for_themselves) {
  // The coordonnateur links a contact to their own account and makes it a signatory member.
  ApiResponse link = ask_link(*c_, user_id(*c_));
  ASSERT_EQ(link.status, 201) << link.body;
  EXPECT_EQ(link.json.at("link").at("state"), "en_attente");
  std::int64_t person = link.json.at("id").as_int64();
  ApiResponse joined = ask_member(*c_, person);
  ASSERT_EQ(joined.status, 201) << joined.body;
  EXPECT_EQ(joined.json.at("access").at("state"), "en_attente");
  std::int64_t member = joined.json.at("id").as_int64();
  EXPECT_EQ(c_->call("GET", content()).status, 403);

  // Never by themselves: neither the link nor the membership.
  EXPECT_EQ(
      c_->call("POST", path("/api/v1/contacts/", person, "/link"), decision("confirme")).status,
      403);
  EXPECT_EQ(
      c_->call("POST", path("/api/v1/members/", member, "/access"), decision("confirme")).status,
      403);
  EXPECT_EQ(c_->call("GET", content()).status, 403);

  // A second coordonnateur confirms the membership (the body's first member): the link still
  // waits, so nothing opens yet.
  ASSERT_EQ(second_->call("POST", path("/api/v1/members/", member, "/access"), decision("confirme"))
                .status,
            200);
  EXPECT_EQ(c_->call("GET", content()).status, 403);
  ASSERT_EQ(second_->call("POST", path("/api/v1/contacts/", person, "/link"), decision("confirme"))
                .status,
            200);
  // Now a signatory: the second factor first, then the content.
  c_->enrol_second_factor(clock_);
  EXPECT_EQ(c_->call("GET", content()).status, 200);

  auto journal = access_journal();
  EXPECT_TRUE(has(journal, "acces.demande|coord|", "demandé par Utilisateur coord"));
  EXPECT_TRUE(has(journal, "acces.confirme|second|",
                  "demandé par Utilisateur coord, confirmé par Utilisateur second"));
  EXPECT_EQ(
      c_->call("POST", path("/api/v1/members/", member, "/access"), decision("refuse")).status,
      409);  // nothing pending any more
}

TEST_P(AccessConfirmationTest, once_a_body_has_signatories_only_they_confirm_a_new_member) {
  ApiClient first = signed_in("premiere", Role::partenaire, territory_);
  first.enrol_second_factor(clock_);
  member(cellule_, contact(ville_, "Première", user_id(first)), "president");
  ASSERT_EQ(first.call("GET", content()).status, 200);

  ApiClient newcomer = signed_in("nouvelle", Role::partenaire, territory_);
  newcomer.enrol_second_factor(clock_);
  std::int64_t person = contact(ville_, "Nouvelle", user_id(newcomer));
  ApiResponse asked = ask_member(*c_, person);
  ASSERT_EQ(asked.status, 201);
  std::int64_t member_id = asked.json.at("id").as_int64();

  // Members see the pending change, and who asked for it.
  ApiResponse seen = first.call("GET", path("/api/v1/bodies/", cellule_));
  bool pending_shown = false;
  for (const auto& m : seen.json.at("members").as_array()) {
    if (m.at("id").as_int64() != member_id) continue;
    pending_shown = m.at("access").at("state") == "en_attente" &&
                    m.at("access").at("requested_by") == "Utilisateur coord";
  }
  EXPECT_TRUE(pending_shown) << seen.body;

  // The territory's other coordonnateur is no longer enough, nor the newcomer.
  EXPECT_EQ(
      second_->call("POST", path("/api/v1/members/", member_id, "/access"), decision("confirme"))
          .status,
      403);
  EXPECT_EQ(
      newcomer.call("POST", path("/api/v1/members/", member_id, "/access"), decision("confirme"))
          .status,
      403);
  EXPECT_EQ(newcomer.call("GET", content()).status, 403);
  ApiResponse bad =
      first.call("POST", path("/api/v1/members/", member_id, "/access"), decision("peut-etre"));
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.error_field(), "decision");
  ApiResponse refused =
      first.call("POST", path("/api/v1/members/", member_id, "/access"), decision("refuse"));
  ASSERT_EQ(refused.status, 200) << refused.body;
  EXPECT_EQ(refused.json.at("access").at("decided_by"), "Utilisateur premiere");
  EXPECT_EQ(newcomer.call("GET", content()).status, 403);
  EXPECT_TRUE(has(access_journal(), "acces.refuse|premiere|",
                  "« Nouvelle » (Ville des Pennes-Mirabeau) de « Cellule de veille » — demandé "
                  "par Utilisateur coord, refusé par Utilisateur premiere"));
}

TEST_P(AccessConfirmationTest, a_new_charter_date_or_a_return_waits_for_confirmation_again) {
  ApiClient agent = signed_in("agent", Role::partenaire, territory_);
  agent.enrol_second_factor(clock_);
  std::int64_t id = member(cellule_, contact(ville_, "Agent", user_id(agent)), "membre");
  ASSERT_EQ(agent.call("GET", content()).status, 200);
  json::object left{{"role", "membre"},
                    {"charter_signed_on", "2025-01-10"},
                    {"left_on", "2026-01-01"},
                    {"version", version_of(id)}};
  ASSERT_EQ(c_->call("PUT", path("/api/v1/members/", id), json::value(left)).status, 200);
  EXPECT_EQ(agent.call("GET", content()).status, 403);
  json::object back{
      {"role", "membre"}, {"charter_signed_on", "2025-01-10"}, {"version", version_of(id)}};
  ApiResponse returned = c_->call("PUT", path("/api/v1/members/", id), json::value(back));
  ASSERT_EQ(returned.status, 200);
  EXPECT_EQ(returned.json.at("access").at("state"), "en_attente");
  EXPECT_EQ(agent.call("GET", content()).status, 403);
  auto journal = access_journal();
  EXPECT_TRUE(has(journal, "acces.retire|coord|", "retiré par Utilisateur coord"));
}

TEST_P(AccessConfirmationTest, a_body_made_confidential_has_its_members_confirmed_again) {
  std::int64_t open = body("Groupe de travail", "groupe_thematique", "restreint", "yearly");
  ApiClient agent = signed_in("agent", Role::partenaire, territory_);
  std::int64_t id = member(open, contact(ville_, "Agent", user_id(agent)), "membre");
  ApiResponse before = c_->call("GET", path("/api/v1/bodies/", open));
  ASSERT_EQ(before.json.at("members").at(0).at("access").at("state"), "confirme");
  json::object made{{"name", "Groupe de travail"},
                    {"kind", "groupe_thematique"},
                    {"frequency", "yearly"},
                    {"confidentiality", "confidentiel"},
                    {"version", before.json.at("version")}};
  ApiResponse after = c_->call("PUT", path("/api/v1/bodies/", open), json::value(made));
  ASSERT_EQ(after.status, 200) << after.body;
  EXPECT_EQ(after.json.at("members").at(0).at("access").at("state"), "en_attente");
  (void)id;
}

TEST_P(AccessConfirmationTest, alone_on_the_territory_one_is_told_why_nothing_opens) {
  std::int64_t alone = make_territory("Cassis", "13022");
  ApiClient solo = signed_in("seule", Role::coordonnateur, alone);
  std::int64_t org =
      post("/api/v1/organisations",
           {{"territory_id", alone}, {"name", "Ville de Cassis"}, {"kind", "collectivite"}}, &solo);
  std::int64_t cell = post("/api/v1/bodies",
                           {{"territory_id", alone},
                            {"name", "Cellule"},
                            {"kind", "cellule_veille"},
                            {"frequency", "monthly"},
                            {"confidentiality", "confidentiel"}},
                           &solo);
  ApiResponse link =
      solo.call("POST", path("/api/v1/organisations/", org, "/contacts"),
                json::value(json::object{{"name", "Moi"}, {"user_id", user_id(solo)}}));
  ASSERT_EQ(link.status, 201);
  EXPECT_NE(link.json.at("link").at("note").as_string().find("Personne d'autre"),
            std::string::npos);
  ApiResponse joined = solo.call("POST", path("/api/v1/bodies/", cell, "/members"),
                                 json::value(json::object{{"contact_id", link.json.at("id")},
                                                          {"role", "membre"},
                                                          {"charter_signed_on", "2025-01-10"}}));
  ASSERT_EQ(joined.status, 201);
  EXPECT_NE(joined.json.at("access").at("note").as_string().find("second administrateur"),
            std::string::npos);
}

TEST_P(AccessConfirmationTest, an_administrator_s_reset_suspends_the_account_s_links) {
  ApiClient admin = signed_in("admin", Role::administrateur, territory_);
  ApiClient agent = signed_in("agent", Role::partenaire, territory_);
  agent.enrol_second_factor(clock_);
  std::int64_t agent_id = user_id(agent);
  member(cellule_, contact(ville_, "Agent", agent_id), "membre");
  ApiResponse reset =
      admin.call("POST", path("/api/v1/users/", agent_id, "/password"),
                 json::value(json::object{{"password", "un-autre-mot-de-passe-2026"}}));
  ASSERT_EQ(reset.status, 204) << reset.body;
  ASSERT_EQ(admin.call("DELETE", path("/api/v1/users/", agent_id, "/second-factor")).status, 204);
  // Whoever now knows the password signs in, but reads nothing until someone else confirms.
  ApiClient again(*app_);
  ASSERT_EQ(again.login("agent", "un-autre-mot-de-passe-2026").status, 201);
  again.enrol_second_factor(clock_);  // a new second factor, as whoever reset it would
  EXPECT_EQ(again.call("GET", content()).status, 403);
  ApiResponse org = c_->call("GET", path("/api/v1/organisations/", ville_));
  std::int64_t person = 0;
  for (const auto& c : org.json.at("contacts").as_array())
    if (c.at("name") == "Agent") person = c.at("id").as_int64();
  EXPECT_EQ(org.json.at("contacts").at(0).at("link").at("state"), "en_attente");
  ASSERT_EQ(second_->call("POST", path("/api/v1/contacts/", person, "/link"), decision("confirme"))
                .status,
            200);
  EXPECT_EQ(again.call("GET", content()).status, 200);
  EXPECT_TRUE(has(access_journal(), "acces.suspendu|admin|",
                  "réinitialisation faite par Utilisateur admin"));
}

TEST_P(AccessConfirmationTest, an_account_of_another_territory_is_not_pulled_in) {
  std::int64_t other = make_territory("Cassis", "13022");
  ApiClient there = signed_in("ailleurs", Role::partenaire, other);
  ApiClient admin = signed_in("admin", Role::administrateur, territory_);
  json::value role(json::object{{"territory_id", territory_}, {"role", "coordonnateur"}});
  ApiResponse pulled = admin.call("PUT", path("/api/v1/users/", user_id(there), "/roles"), role);
  EXPECT_EQ(pulled.status, 404);  // the same answer as an id nobody holds
  EXPECT_EQ(admin.call("PUT", "/api/v1/users/999999/roles", role).status, 404);
  ApiResponse listed =
      admin.call("GET", "/api/v1/users?territory_id=" + std::to_string(territory_));
  EXPECT_EQ(listed.body.find("ailleurs"), std::string::npos);
  // An administrator of both territories may (the account's own administrator consents).
  ApiClient both = signed_in("admin-deux", Role::administrateur, other);
  ASSERT_TRUE(app_->users().grant("admin-deux", territory_, Role::administrateur));
  EXPECT_EQ(both.call("PUT", path("/api/v1/users/", user_id(there), "/roles"), role).status, 204);
}

VIGIE_BOTH_STORES(AccessConfirmationTest);

}  // namespace vigie::test
