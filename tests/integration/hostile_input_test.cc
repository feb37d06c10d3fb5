// Bad input is refused at the door (issue 12 §4), on both stores: bytes that are not UTF-8, NUL,
// duplicate JSON keys, wrong content types, unknown addresses; a 500 never shows its cause.
#include "support/api_client.h"

namespace vigie::test {
namespace json = boost::json;

class HostileInputTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Manosque", "04112");
    ASSERT_TRUE(app_->users().add("admin", "Admin", kTestPassword).ok());
    ASSERT_TRUE(app_->users().grant("admin", territory_, Role::administrateur).ok());
    client_ = std::make_unique<ApiClient>(*app_);
    ASSERT_EQ(client_->login("admin", kTestPassword).status, 201);
  }
  ApiResponse login_body(const std::string& body, const std::string& type = "application/json") {
    ApiClient fresh(*app_);
    return fresh.call_raw("POST", "/api/v1/session", body, {{"content-type", type}});
  }
  std::string password() const { return std::string(kTestPassword); }

  std::int64_t territory_ = 0;
  std::unique_ptr<ApiClient> client_;
};

TEST_P(HostileInputTest, a_nul_in_the_login_is_refused_not_cut) {
  ApiResponse r = login_body(R"({"login":"admin\u0000x","password":")" + password() + "\"}");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.error_field(), "login");
  EXPECT_FALSE(r.header("Set-Cookie"));
}

TEST_P(HostileInputTest, bytes_that_are_not_utf8_in_a_json_string_name_the_field) {
  ApiResponse r = login_body("{\"login\":\"adm\xFFin\",\"password\":\"" + password() + "\"}");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.error_field(), "login");
  std::string before = snapshot(db());
  ApiResponse put = client_->call_raw("POST", "/api/v1/organisations",
                                      "{\"territory_id\":" + std::to_string(territory_) +
                                          ",\"name\":\"Bailleur \xC3\x28\"}",
                                      {{"content-type", "application/json"}});
  EXPECT_EQ(put.status, 400) << put.body;
  EXPECT_EQ(put.error_field(), "name");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(HostileInputTest, a_duplicate_key_is_refused) {
  ApiResponse r =
      login_body(R"({"login":"admin","password":"x","password":")" + password() + "\"}");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.error_field(), "password");
  ApiResponse nested = client_->call_raw(
      "POST", "/api/v1/strategies/import?territory_id=" + std::to_string(territory_),
      R"({"title":"A","axes":[{"title":"B","title":"C"}]})",
      {{"content-type", "application/json"}});
  EXPECT_EQ(nested.status, 400) << nested.body;
  EXPECT_EQ(nested.error_field(), "axes[0].title");
}

TEST_P(HostileInputTest, only_json_in_utf8_is_taken_as_a_body) {
  std::string body = R"({"login":"admin","password":")" + password() + "\"}";
  EXPECT_EQ(login_body(body, "application/json; charset=utf-8").status, 201);
  EXPECT_EQ(login_body(body, "Application/JSON;charset=UTF-8").status, 201);
  for (const char* type : {"text/plain", "application/json; charset=latin1",
                           "application/x-www-form-urlencoded", "application/jsonx"}) {
    ApiResponse r = login_body(body, type);
    EXPECT_EQ(r.status, 400) << type;
    EXPECT_EQ(r.error_field(), "content-type") << type;
  }
  ApiResponse signed_in = client_->call_raw("POST", "/api/v1/organisations",
                                            "{\"territory_id\":" + std::to_string(territory_) +
                                                ",\"name\":\"Bailleur\"}",
                                            {{"content-type", "text/plain"}});
  EXPECT_EQ(signed_in.error_field(), "content-type");
}

TEST_P(HostileInputTest, path_query_and_headers_must_be_clean_text) {
  ApiResponse path = client_->call_raw("GET", "/api/v1/strategies%FF", "", {});
  EXPECT_EQ(path.status, 400);
  EXPECT_EQ(path.error_field(), "path");
  ApiResponse query = client_->call_raw("GET", "/api/v1/communes?q=Man%00osque", "", {});
  EXPECT_EQ(query.status, 400);
  EXPECT_EQ(query.error_field(), "query.q");
  ApiResponse latin1 = client_->call_raw("GET", "/api/v1/communes?q=Man%E9", "", {});
  EXPECT_EQ(latin1.error_field(), "query.q");
  ApiResponse header =
      client_->call_raw("GET", "/api/v1/me", "", {{"x-forwarded-for", "10.0.0.1\xFF"}});
  EXPECT_EQ(header.status, 400);
  EXPECT_EQ(header.error_field(), "header.x-forwarded-for");
  ApiResponse page = client_->call_raw("GET", "/strat%C3gie.html", "", {});
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("<html lang=\"fr\">"), std::string::npos);
}

TEST_P(HostileInputTest, unknown_api_paths_get_json_404_and_unknown_pages_a_french_page) {
  ApiResponse api = client_->call("GET", "/api/v1/nulle-part");
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(api.error_code(), "not_found");
  ApiResponse page = client_->call_raw("GET", "/nulle-part", "", {});
  EXPECT_EQ(page.status, 404);
  EXPECT_TRUE(page.json.is_null());  // not JSON
  EXPECT_NE(page.body.find("Page introuvable"), std::string::npos);
  EXPECT_NE(page.body.find("lang=\"fr\""), std::string::npos);
}

TEST_P(HostileInputTest, a_500_carries_a_request_id_that_the_log_has_and_no_sql) {
  {
    Lease conn = db().acquire();
    ASSERT_TRUE(conn->execute_script("ALTER TABLE strategies RENAME TO strategies_gone").ok());
  }
  testing::internal::CaptureStderr();
  ApiResponse r = client_->call("GET", "/api/v1/strategies");
  std::string log = testing::internal::GetCapturedStderr();
  ASSERT_EQ(r.status, 500) << r.body;
  std::string id(r.json.at("error").at("request_id").as_string());
  EXPECT_EQ(id.size(), 16U);
  EXPECT_EQ(r.header("X-Request-Id"), id);
  EXPECT_NE(log.find(id), std::string::npos) << log;
  EXPECT_EQ(r.body.find("strategies"), std::string::npos) << r.body;  // no SQL, no table name
  EXPECT_EQ(r.body.find("SELECT"), std::string::npos) << r.body;
}

VIGIE_BOTH_STORES(HostileInputTest);

}  // namespace vigie::test
