// The second factor: enrolment, login with a TOTP or a recovery code (each once), its
// enforcement on follow-up records, and the step-up before an export.
#include "auth/totp.h"
#include "followup_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class SecondFactorTest : public FollowUpTest {};

TEST_P(SecondFactorTest, login_asks_for_the_code_once_enrolled_and_refuses_a_replay) {
  const std::string& secret = secrets_["educatrice"];
  clock_.advance(60);
  ApiClient browser(*app_);
  ApiResponse missing = browser.login("educatrice", kTestPassword);
  EXPECT_EQ(missing.status, 401);
  EXPECT_EQ(missing.error_field(), "code");
  EXPECT_EQ(browser.login("educatrice", kTestPassword, "000000").error_field(), "code");
  std::string code = totp_code(secret, clock_.now() / 30);
  ApiResponse in = browser.login("educatrice", kTestPassword, code);
  ASSERT_EQ(in.status, 201) << in.body;
  EXPECT_EQ(in.json.at("second_factor"), true);
  ApiClient thief(*app_);
  EXPECT_EQ(thief.login("educatrice", kTestPassword, code).status, 401);  // used once
}

TEST_P(SecondFactorTest, a_recovery_code_works_once) {
  ApiClient fresh = signed_in("nouveau", Role::partenaire, territory_);
  ApiResponse begun = fresh.call("POST", "/api/v1/me/totp");
  ASSERT_EQ(begun.status, 201);
  EXPECT_EQ(begun.json.at("uri").as_string().find("otpauth://totp/Vigie:nouveau?secret="), 0U);
  std::string secret = base32_decode(begun.json.at("secret").as_string()).value_or("");
  EXPECT_EQ(
      fresh.call("POST", "/api/v1/me/totp/confirm", json::object{{"code", "123456"}}).error_field(),
      "code");
  ApiResponse confirmed = fresh.call("POST", "/api/v1/me/totp/confirm",
                                     json::object{{"code", totp_code(secret, clock_.now() / 30)}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  std::string recovery(confirmed.json.at("recovery_codes").at(0).as_string());
  EXPECT_EQ(confirmed.json.at("recovery_codes").as_array().size(), 10U);
  EXPECT_EQ(fresh.call("POST", "/api/v1/me/totp").status, 409);
  ApiClient lost_phone(*app_);
  EXPECT_EQ(lost_phone.login("nouveau", kTestPassword, recovery).status, 201);
  ApiClient again(*app_);
  EXPECT_EQ(again.login("nouveau", kTestPassword, recovery).status, 401);
}

// Field case 16: "123 456" as Google Authenticator or FreeOTP display it.
std::string spaced(const std::string& code) { return code.substr(0, 3) + " " + code.substr(3); }

TEST_P(SecondFactorTest, a_code_typed_with_a_space_is_accepted_at_enrolment_and_login) {
  ApiClient fresh = signed_in("espace", Role::partenaire, territory_);
  ApiResponse begun = fresh.call("POST", "/api/v1/me/totp");
  ASSERT_EQ(begun.status, 201);
  std::string secret = base32_decode(begun.json.at("secret").as_string()).value_or("");
  ApiResponse confirmed =
      fresh.call("POST", "/api/v1/me/totp/confirm",
                 json::object{{"code", spaced(totp_code(secret, clock_.now() / 30))}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  clock_.advance(30);
  std::string code = spaced(totp_code(secret, clock_.now() / 30));
  ApiClient phone(*app_);
  ASSERT_EQ(phone.login("espace", kTestPassword, code).status, 201);
  ApiClient replay(*app_);
  EXPECT_EQ(replay.login("espace", kTestPassword, code).status, 401);
  clock_.advance(90);
  ApiClient stale(*app_);
  EXPECT_EQ(
      stale.login("espace", kTestPassword, spaced(totp_code(secret, clock_.now() / 30 - 2))).status,
      401);
}

TEST_P(SecondFactorTest, a_signatory_member_without_second_factor_may_only_enrol) {
  ApiClient member = signed_in("sans-2fa", Role::partenaire, territory_);
  EXPECT_EQ(member.call("GET", "/api/v1/me").json.at("must_enrol"), false);
  this->member(cellule_, contact(ville_, "Sans 2FA", user_id(member)), "membre", "2025-01-10");
  ApiClient again(*app_);
  ApiResponse in = again.login("sans-2fa", kTestPassword);
  ASSERT_EQ(in.status, 201) << in.body;
  EXPECT_EQ(in.json.at("must_enrol"), true);
  std::string record = path("/api/v1/followups/", record_);
  for (const std::string& elsewhere :
       {record, std::string("/api/v1/bodies?territory_id=") + std::to_string(territory_)}) {
    ApiResponse refused = again.call("GET", elsewhere);
    EXPECT_EQ(refused.status, 403) << elsewhere;
    EXPECT_EQ(refused.error_field(), "second_factor") << elsewhere;
  }
  again.enrol_second_factor(clock_);  // this session now counts as opened with it
  EXPECT_EQ(again.call("GET", "/api/v1/me").json.at("must_enrol"), false);
  EXPECT_EQ(again.call("GET", record).status, 200);
}

TEST_P(SecondFactorTest, a_dpo_must_enrol_but_an_elected_official_need_not) {
  ApiClient dpo = signed_in("dpo-neuf", Role::dpo, territory_);
  EXPECT_EQ(dpo.call("GET", "/api/v1/me").json.at("must_enrol"), true);
  EXPECT_EQ(dpo.call("GET", "/api/v1/territories").error_field(), "second_factor");
  ApiClient elu = signed_in("elu-neuf", Role::elu, territory_);
  EXPECT_EQ(elu.call("GET", "/api/v1/me").json.at("must_enrol"), false);
  EXPECT_EQ(elu.call("GET", "/api/v1/territories").status, 200);
}

TEST_P(SecondFactorTest, an_export_needs_a_fresh_step_up_and_is_journaled) {
  ApiClient& educatrice = *people_["educatrice"];
  std::string exported = path("/api/v1/followups/", record_, "/export?purpose=impression");
  EXPECT_EQ(educatrice.call("GET", exported).status, 403);
  EXPECT_EQ(educatrice.call("POST", "/api/v1/session/step-up", json::object{{"secret", "non"}})
                .error_field(),
            "secret");
  ASSERT_EQ(
      educatrice.call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}})
          .status,
      204);
  ApiResponse printed = educatrice.call("GET", exported);
  ASSERT_EQ(printed.status, 200) << printed.body;
  EXPECT_EQ(printed.json.at("last_name"), "Durand");
  EXPECT_EQ(journal()[0].at("action"), "impression");
  clock_.advance(6 * 60);
  EXPECT_EQ(educatrice.call("GET", exported).status, 403);  // the step-up has lapsed
  EXPECT_EQ(people_["admin"]->call("GET", exported).status, 403);
}

VIGIE_BOTH_STORES(SecondFactorTest);

}  // namespace vigie::test
