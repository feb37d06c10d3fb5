#include "support/api_client.h"

namespace vigie::test {
namespace json = boost::json;

class UserAdminTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Cergy", "95127");
    other_ = make_territory("Manosque", "04112");
    admin_ = std::make_unique<ApiClient>(signed_in("admin", Role::administrateur, territory_));
  }
  std::string users() { return "/api/v1/users?territory_id=" + std::to_string(territory_); }
  json::object new_user(const std::string& login, const std::string& role) {
    return {{"login", login},
            {"display_name", "Agent " + login},
            {"password", kTestPassword},
            {"territory_id", territory_},
            {"role", role}};
  }

  std::int64_t territory_ = 0, other_ = 0;
  std::unique_ptr<ApiClient> admin_;
};

TEST_P(UserAdminTest, an_administrator_creates_an_account_that_can_sign_in_with_its_role) {
  ApiResponse r = admin_->call("POST", "/api/v1/users", json::value(new_user("paul", "elu")));
  ASSERT_EQ(r.status, 201) << r.body;
  ApiClient paul(*app_);
  ApiResponse me = paul.login("paul", kTestPassword);
  ASSERT_EQ(me.status, 201);
  EXPECT_EQ(me.json.at("roles").at(0).at("role"), "elu");
  ApiResponse list = admin_->call("GET", users());
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json.at("items").as_array().size(), 2U);
}

// Issue 12 §6: nothing about passwords and second factors needs the database by hand any more.
TEST_P(UserAdminTest, a_person_changes_their_own_password_and_every_session_ends) {
  ApiClient phone(*app_);
  ASSERT_EQ(phone.login("admin", kTestPassword).status, 201);
  auto change = [&](const std::string& current, const std::string& replacement) {
    return admin_->call("PUT", "/api/v1/me/password",
                        json::object{{"current_password", current}, {"new_password", replacement}});
  };
  EXPECT_EQ(change("pas-le-bon", "une phrase de passe neuve").error_field(), "current_password");
  EXPECT_EQ(change(kTestPassword, "azertyuiop12").error_field(), "new_password");
  EXPECT_EQ(change(kTestPassword, kTestPassword).error_field(), "new_password");
  ApiResponse done = change(kTestPassword, "une phrase de passe neuve");
  ASSERT_EQ(done.status, 204) << done.body;
  EXPECT_NE(done.header("Set-Cookie").value_or("").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(admin_->call("GET", "/api/v1/me").status, 401);
  EXPECT_EQ(phone.call("GET", "/api/v1/me").status, 401);
  ApiClient again(*app_);
  EXPECT_EQ(again.login("admin", kTestPassword).status, 401);
  EXPECT_EQ(again.login("admin", "une phrase de passe neuve").status, 201);
}

TEST_P(UserAdminTest, an_administrator_resets_a_password_and_a_second_factor_journaled) {
  std::int64_t id =
      admin_->call("POST", "/api/v1/users", json::value(new_user("paul", "partenaire")))
          .json.at("id")
          .as_int64();
  ApiClient paul(*app_);
  ASSERT_EQ(paul.login("paul", kTestPassword).status, 201);
  paul.enrol_second_factor(clock_);
  std::string base = "/api/v1/users/" + std::to_string(id);
  EXPECT_EQ(
      admin_->call("POST", base + "/password", json::object{{"password", "court"}}).error_field(),
      "password");
  ASSERT_EQ(admin_
                ->call("POST", base + "/password",
                       json::object{{"password", "un nouveau départ pour paul"}})
                .status,
            204);
  EXPECT_EQ(paul.call("GET", "/api/v1/me").status, 401);  // his sessions ended
  ApiClient fresh(*app_);
  EXPECT_EQ(fresh.login("paul", "un nouveau départ pour paul").error_field(), "code");
  ASSERT_EQ(admin_->call("DELETE", base + "/second-factor").status, 204);
  EXPECT_EQ(fresh.login("paul", "un nouveau départ pour paul").status, 201);  // no code now
  // Never one's own, never outside one's territories.
  ApiResponse me = admin_->call("GET", "/api/v1/me");
  std::string own = "/api/v1/users/" + std::to_string(me.json.at("id").as_int64());
  EXPECT_EQ(admin_->call("DELETE", own + "/second-factor").status, 409);
  ApiClient other_admin = signed_in("admin2", Role::administrateur, other_);
  EXPECT_EQ(other_admin.call("DELETE", base + "/second-factor").status, 404);  // not theirs
  ApiResponse journal =
      admin_->call("GET", "/api/v1/journal?territory_id=" + std::to_string(territory_));
  std::string events;
  for (const auto& e : journal.json.at("items").as_array())
    events += std::string(e.at("event").as_string()) + " " +
              std::string(e.at("subject").as_string()) + ";";
  EXPECT_NE(events.find("compte.mot_de_passe_reinitialise compte:paul"), std::string::npos)
      << events;
  EXPECT_NE(events.find("compte.double_authentification_retiree compte:paul"), std::string::npos)
      << events;
}

TEST_P(UserAdminTest, roles_change_and_go_and_accounts_are_disabled) {
  std::int64_t id = admin_->call("POST", "/api/v1/users", json::value(new_user("paul", "lecteur")))
                        .json.at("id")
                        .as_int64();
  std::string base = "/api/v1/users/" + std::to_string(id);
  json::object coord{{"territory_id", territory_}, {"role", "coordonnateur"}};
  ASSERT_EQ(admin_->call("PUT", base + "/roles", json::value(coord)).status, 204);
  ApiClient paul(*app_);
  ASSERT_EQ(paul.login("paul", kTestPassword).json.at("roles").at(0).at("role"), "coordonnateur");
  ASSERT_EQ(
      admin_->call("PUT", base + "/status", json::value(json::object{{"disabled", true}})).status,
      204);
  EXPECT_EQ(paul.call("GET", "/api/v1/me").status, 401);
  ASSERT_EQ(
      admin_->call("PUT", base + "/status", json::value(json::object{{"disabled", false}})).status,
      204);
  ASSERT_EQ(
      admin_->call("DELETE", base + "/roles?territory_id=" + std::to_string(territory_)).status,
      204);
  ApiResponse again = paul.login("paul", kTestPassword);
  ASSERT_EQ(again.status, 201);
  EXPECT_TRUE(again.json.at("roles").as_array().empty());
}

TEST_P(UserAdminTest, another_territory_s_accounts_are_out_of_reach) {
  ASSERT_TRUE(app_->users().add("marie", "Marie", kTestPassword).ok());
  ASSERT_TRUE(app_->users().grant("marie", other_, Role::coordonnateur).ok());
  EXPECT_EQ(admin_->call("GET", "/api/v1/users?territory_id=" + std::to_string(other_)).status,
            404);
  json::object there = new_user("intrus", "lecteur");
  there["territory_id"] = other_;
  EXPECT_EQ(admin_->call("POST", "/api/v1/users", json::value(there)).status, 404);
  ASSERT_TRUE(app_->users().grant("marie", territory_, Role::lecteur).ok());
  Lease conn = db().acquire();
  std::int64_t marie = conn->query("SELECT id FROM users WHERE login = 'marie'")->at(0).integer(0);
  // Marie also works in Manosque: Cergy's administrator cannot disable her account.
  ApiResponse r = admin_->call("PUT", "/api/v1/users/" + std::to_string(marie) + "/status",
                               json::value(json::object{{"disabled", true}}));
  EXPECT_EQ(r.status, 404);
  ApiClient coordinator = signed_in("coord", Role::coordonnateur, territory_);
  EXPECT_EQ(coordinator.call("GET", users()).status, 403);
}

TEST_P(UserAdminTest, an_administrator_cannot_lock_themselves_out) {
  std::string me =
      "/api/v1/users/" + std::to_string(admin_->call("GET", "/api/v1/me").json.at("id").as_int64());
  std::string before = admin_->call("GET", users()).body;
  json::object demote{{"territory_id", territory_}, {"role", "lecteur"}};
  EXPECT_EQ(admin_->call("PUT", me + "/roles", json::value(demote)).status, 409);
  EXPECT_EQ(admin_->call("DELETE", me + "/roles?territory_id=" + std::to_string(territory_)).status,
            409);
  EXPECT_EQ(
      admin_->call("PUT", me + "/status", json::value(json::object{{"disabled", true}})).status,
      409);
  EXPECT_EQ(admin_->call("GET", users()).body, before);
}

TEST_P(UserAdminTest, bad_account_input_names_the_field) {
  json::object weak = new_user("paul", "lecteur");
  weak["password"] = "court";
  EXPECT_EQ(admin_->call("POST", "/api/v1/users", json::value(weak)).error_field(), "password");
  json::object role = new_user("paul", "chef");
  EXPECT_EQ(admin_->call("POST", "/api/v1/users", json::value(role)).error_field(), "role");
  json::object login = new_user("Paul Durand", "lecteur");
  EXPECT_EQ(admin_->call("POST", "/api/v1/users", json::value(login)).error_field(), "login");
  ASSERT_EQ(admin_->call("POST", "/api/v1/users", json::value(new_user("paul", "lecteur"))).status,
            201);
  EXPECT_EQ(admin_->call("POST", "/api/v1/users", json::value(new_user("paul", "lecteur"))).status,
            409);
}

VIGIE_BOTH_STORES(UserAdminTest);

}  // namespace vigie::test
