#include <atomic>
#include <thread>

#include "support/api_client.h"

namespace vigie::test {
namespace json = boost::json;

class AuthTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Manosque", "04112");
    ASSERT_TRUE(app_->users().add("claire", "Claire", kTestPassword).ok());
    ASSERT_TRUE(app_->users().grant("claire", territory_, Role::coordonnateur).ok());
  }
  std::int64_t territory_ = 0;
};

TEST_P(AuthTest, login_sets_a_strict_http_only_cookie_and_returns_the_user) {
  ApiClient c(*app_);
  ApiResponse r = c.login("claire", kTestPassword);
  ASSERT_EQ(r.status, 201) << r.body;
  std::string cookie = r.header("Set-Cookie").value_or("");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP here
  EXPECT_EQ(r.json.at("login").as_string(), "claire");
  EXPECT_EQ(r.json.at("roles").at(0).at("role").as_string(), "coordonnateur");
  EXPECT_EQ(c.call("GET", "/api/v1/me").status, 200);
}

TEST_P(AuthTest, behind_a_trusted_tls_proxy_the_cookie_is_secure) {
  AppOptions options;
  options.trust_forwarded_proto = true;
  App behind_proxy(db(), clock_, options);
  ApiClient c(behind_proxy);
  std::string body = R"({"login":"claire","password":")" + std::string(kTestPassword) + "\"}";
  ApiResponse r =
      c.call_raw("POST", "/api/v1/session", body,
                 {{"content-type", "application/json"}, {"x-forwarded-proto", "https"}});
  ASSERT_EQ(r.status, 201);
  EXPECT_NE(r.header("Set-Cookie").value_or("").find("; Secure"), std::string::npos);
  ApiClient direct(*app_);  // not trusted: the header alone changes nothing
  r = direct.call_raw("POST", "/api/v1/session", body,
                      {{"content-type", "application/json"}, {"x-forwarded-proto", "https"}});
  EXPECT_EQ(r.header("Set-Cookie").value_or("").find("Secure"), std::string::npos);
}

TEST_P(AuthTest, wrong_password_and_unknown_login_get_the_same_401) {
  ApiClient c(*app_);
  ApiResponse wrong = c.login("claire", "pas-le-bon-mot");
  ApiResponse unknown = c.login("personne", "pas-le-bon-mot");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.json.at("error").at("message"), unknown.json.at("error").at("message"));
}

// Issue 12 §6: attempts are counted per (login, address); the answers do not differ.
TEST_P(AuthTest, unknown_throttled_and_wrong_logins_get_one_and_the_same_answer) {
  SessionService& s = app_->sessions();
  const std::string thief = "203.0.113.9";
  Error wrong = s.login("claire", "mauvais-mot-de-passe", {}, thief).error();
  for (int i = 1; i < 5; ++i)
    EXPECT_EQ(s.login("claire", "mauvais-mot-de-passe", {}, thief).error().message, wrong.message);
  Error throttled = s.login("claire", kTestPassword, {}, thief).error();  // right password
  Error unknown = s.login("personne", "mauvais-mot-de-passe", {}, thief).error();
  for (const Error& e : {wrong, throttled, unknown}) {
    EXPECT_EQ(e.code, ErrorCode::unauthenticated);
    EXPECT_EQ(e.message, wrong.message);
    EXPECT_EQ(e.field, wrong.field);
  }
  // The owner, elsewhere, is not locked out by the guessing.
  EXPECT_TRUE(s.login("claire", kTestPassword, {}, "198.51.100.4").ok());
}

TEST_P(AuthTest, each_new_lock_lasts_twice_as_long_and_then_ends) {
  SessionService& s = app_->sessions();
  const std::string from = "203.0.113.9";
  auto fail_five = [&] {
    for (int i = 0; i < 5; ++i)
      ASSERT_FALSE(s.login("claire", "mauvais-mot-de-passe", {}, from).ok());
  };
  fail_five();
  EXPECT_FALSE(s.login("claire", kTestPassword, {}, from).ok());
  clock_.advance(61);  // first wait: one minute
  fail_five();
  clock_.advance(61);
  EXPECT_FALSE(s.login("claire", kTestPassword, {}, from).ok());  // second wait: two minutes
  clock_.advance(60);
  EXPECT_TRUE(s.login("claire", kTestPassword, {}, from).ok());
}

TEST_P(AuthTest, parallel_tries_get_exactly_the_allowed_number_of_checks) {
  std::atomic<int> checks{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 40; ++i) {
    threads.emplace_back([&] {
      auto allowed = app_->sessions().reserve_attempt("claire", "203.0.113.9");
      if (allowed.ok() && *allowed) ++checks;
    });
  }
  for (auto& t : threads)
    t.join();
  EXPECT_EQ(checks.load(), 5);
}

TEST_P(AuthTest, one_address_trying_many_logins_is_held_back_whatever_the_login) {
  SessionService& s = app_->sessions();
  const std::string scanner = "203.0.113.77";
  // Each login is tried once only: the (login, address) lock never applies...
  for (int i = 0; i < 50; ++i) {
    auto r = s.login("compte" + std::to_string(i), "mauvais-mot-de-passe", {}, scanner);
    ASSERT_EQ(r.error().code, ErrorCode::unauthenticated) << i;
  }
  // ...but the address has spent its budget: 429, even with the right password.
  auto held = s.login("claire", kTestPassword, {}, scanner);
  ASSERT_FALSE(held.ok());
  EXPECT_EQ(held.error().code, ErrorCode::throttled);
  EXPECT_EQ(http_status(held.error().code), 429);
  EXPECT_TRUE(s.login("claire", kTestPassword, {}, "198.51.100.4").ok());  // another address
  clock_.advance(2);  // one attempt back every 2 s
  EXPECT_TRUE(s.login("claire", kTestPassword, {}, scanner).ok());
}

TEST_P(AuthTest, the_fifth_wrong_step_up_ends_the_session) {
  ApiClient c(*app_);
  ASSERT_EQ(c.login("claire", kTestPassword).status, 201);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(c.call("POST", "/api/v1/session/step-up", json::object{{"secret", "non-non-non"}})
                  .error_field(),
              "secret");
  }
  EXPECT_EQ(
      c.call("POST", "/api/v1/session/step-up", json::object{{"secret", "non-non-non"}}).status,
      401);
  EXPECT_EQ(c.call("GET", "/api/v1/me").status, 401);
}

TEST_P(AuthTest, sessions_expire_after_idle_time) {
  ApiClient c(*app_);
  ASSERT_EQ(c.login("claire", kTestPassword).status, 201);
  clock_.advance(3600);
  EXPECT_EQ(c.call("GET", "/api/v1/me").status, 200);
  clock_.advance(2 * 3600 + 1);
  EXPECT_EQ(c.call("GET", "/api/v1/me").status, 401);
}

TEST_P(AuthTest, state_changes_need_the_csrf_token) {
  ApiClient c(*app_);
  ASSERT_EQ(c.login("claire", kTestPassword).status, 201);
  json::object body{{"territory_id", territory_}, {"title", "Stratégie"}};
  c.send_csrf = false;
  ApiResponse refused = c.call("POST", "/api/v1/strategies", body);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(c.call("GET", "/api/v1/strategies").status, 200);  // reads need none
  c.send_csrf = true;
  c.csrf = "0000";
  EXPECT_EQ(c.call("POST", "/api/v1/strategies", body).status, 403);
  EXPECT_EQ(snapshot(db()).find("Stratégie"), std::string::npos);
}

TEST_P(AuthTest, login_refuses_a_form_post_from_another_site) {
  ApiClient c(*app_);
  ApiResponse r = c.call_raw("POST", "/api/v1/session", "login=claire&password=x",
                             {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(r.status, 400);
}

TEST_P(AuthTest, logout_ends_the_session) {
  ApiClient c(*app_);
  ASSERT_EQ(c.login("claire", kTestPassword).status, 201);
  EXPECT_EQ(c.call("DELETE", "/api/v1/session").status, 204);
  EXPECT_EQ(c.call("GET", "/api/v1/me").status, 401);
}

TEST_P(AuthTest, disabling_or_changing_password_closes_open_sessions) {
  ApiClient c(*app_);
  ASSERT_EQ(c.login("claire", kTestPassword).status, 201);
  ASSERT_TRUE(app_->users().set_password("claire", "nouveau-mot-de-passe").ok());
  EXPECT_EQ(c.call("GET", "/api/v1/me").status, 401);
  ASSERT_EQ(c.login("claire", "nouveau-mot-de-passe").status, 201);
  ASSERT_TRUE(app_->users().set_disabled("claire", true).ok());
  EXPECT_EQ(c.call("GET", "/api/v1/me").status, 401);
  EXPECT_EQ(c.login("claire", "nouveau-mot-de-passe").status, 401);
}

TEST_P(AuthTest, passwords_are_stored_as_argon2id_hashes) {
  Lease conn = db().acquire();
  auto rows = conn->query("SELECT password_hash FROM users WHERE login = 'claire'");
  ASSERT_TRUE(rows.ok());
  std::string hash = rows->at(0).text(0);
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0U);
  EXPECT_EQ(hash.find(kTestPassword), std::string::npos);
}

TEST_P(AuthTest, weak_passwords_and_bad_logins_are_refused) {
  EXPECT_EQ(app_->users().add("bob", "Bob", "court").error().field, "password");
  // Issue 12 §6: at least 12 characters, and a real strength check (passwdqc).
  for (const char* weak : {"onze-carac.", "bobbobbobbob1", "password1234", "aaaaaaaaaaaaaaaa",
                           "azertyuiop12", "123456789012"}) {
    auto refused = app_->users().add("bob", "Bob", weak);
    ASSERT_FALSE(refused.ok()) << weak;
    EXPECT_EQ(refused.error().field, "password") << weak;
  }
  EXPECT_NE(app_->users()
                .add("bobby-tables", "Bob", "bobby-tables-bobby")
                .error()
                .message.find("identifiant"),
            std::string::npos);
  EXPECT_TRUE(app_->users().add("bob", "Bob", "trois mots choisis au hasard").ok());
  EXPECT_TRUE(app_->users().add("eve", "Eve", "K7#pq-Lm2v!x").ok());
  EXPECT_EQ(app_->users().add("Bob Smith", "Bob", kTestPassword).error().field, "login");
  EXPECT_EQ(app_->users().add("claire", "Autre", kTestPassword).error().code, ErrorCode::conflict);
}

VIGIE_BOTH_STORES(AuthTest);

}  // namespace vigie::test
