#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "auth/actor.h"
#include "http/router.h"
#include "http/static_files.h"
#include "store/postgres/postgres_connection.h"

namespace vigie {
namespace fs = std::filesystem;

TEST(Router, matches_parameters_and_tells_405_from_404) {
  Router router;
  router.add("GET", "/api/v1/actions/{id}",
             [](const Request&, const Actor&) { return Response{}; });
  Request req;
  req.method = "GET";
  req.path = "/api/v1/actions/42";
  bool known = false;
  ASSERT_NE(router.match(req, known), nullptr);
  EXPECT_EQ(req.path_params["id"], "42");
  EXPECT_EQ(req.route, "/api/v1/actions/{id}");
  req.method = "DELETE";
  EXPECT_EQ(router.match(req, known), nullptr);
  EXPECT_TRUE(known);
  req.path = "/api/v1/actions/42/extra";
  EXPECT_EQ(router.match(req, known), nullptr);
  EXPECT_FALSE(known);
}

TEST(Request, path_ids_must_be_positive_integers) {
  Request req;
  req.path_params["id"] = "12";
  EXPECT_EQ(*req.path_id("id"), 12);
  for (const char* bad : {"0", "-3", "12a", "", "99999999999999999999"}) {
    req.path_params["id"] = bad;
    EXPECT_FALSE(req.path_id("id").ok()) << bad;
  }
}

TEST(Request, a_year_in_the_query_is_four_digits_from_2000_to_2100_or_a_400_naming_it) {
  Request req;
  EXPECT_EQ(*req.query_year("year"), std::nullopt);
  req.query["year"] = "";
  EXPECT_EQ(*req.query_year("year"), std::nullopt);
  req.query["year"] = "2025";
  EXPECT_EQ(*req.query_year("year"), 2025);
  for (const char* bad : {"1999", "2101", "02025", "20a5", "-2025", "99999999999999999999"}) {
    req.query["year"] = bad;
    auto year = req.query_year("year");
    ASSERT_FALSE(year.ok()) << bad;
    EXPECT_EQ(year.error().field, "year") << bad;
  }
}

TEST(Request, parses_cookies_and_query) {
  Request req;
  ASSERT_TRUE(parse_target("/api/v1/strategies?territory_id=3&q=caf%C3%A9", req));
  EXPECT_EQ(req.query["q"], "café");
  req.headers["cookie"] = "a=1; vigie_session=abc; b=2";
  EXPECT_EQ(req.cookie("vigie_session"), "abc");
  EXPECT_EQ(req.cookie("missing"), std::nullopt);
}

TEST(Postgres, placeholders_are_numbered_outside_literals) {
  EXPECT_EQ(to_postgres_placeholders("SELECT ? , '?', \"?\" WHERE x = ?"),
            "SELECT $1 , '?', \"?\" WHERE x = $2");
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("vigie-static-" + std::to_string(::getpid()));
    fs::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<!doctype html><title>Vigie</title>";
    std::ofstream(root_ / "assets" / "app-1234.js") << "console.log(1)";
    std::ofstream(root_.parent_path() / "secret.txt") << "secret";
  }
  void TearDown() override { fs::remove_all(root_); }
  std::optional<Response> get(const std::string& path) {
    Request req;
    req.method = "GET";
    req.path = path;
    return StaticFiles(root_).serve(req);
  }
  fs::path root_;
};

TEST_F(StaticFilesTest, serves_with_mime_type_and_cache_policy) {
  auto js = get("/assets/app-1234.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(js->headers[0].second, "public, max-age=31536000, immutable");
  auto index = get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(index->headers[0].second, "no-cache");
}

TEST_F(StaticFilesTest, unknown_addresses_are_not_served_the_index) {
  EXPECT_FALSE(get("/strategies/3"));
  EXPECT_FALSE(get("/assets/missing.js"));
  EXPECT_FALSE(get("/missing.png"));
}

TEST_F(StaticFilesTest, never_leaves_its_root) {
  EXPECT_FALSE(get("/../secret.txt"));
  EXPECT_FALSE(get("/assets/../../secret.txt"));
  fs::create_symlink(root_.parent_path() / "secret.txt", root_ / "link.txt");
  EXPECT_FALSE(get("/link.txt"));
}

TEST(Roles, only_administrators_and_coordinators_write) {
  for (Role r : kAllRoles) {
    bool writer = r == Role::administrateur || r == Role::coordonnateur;
    EXPECT_EQ(role_allows(r, Permission::strategy_write), writer) << role_name(r);
    EXPECT_TRUE(role_allows(r, Permission::strategy_read)) << role_name(r);
  }
  EXPECT_TRUE(role_allows(Role::administrateur, Permission::user_admin));
  EXPECT_FALSE(role_allows(Role::coordonnateur, Permission::user_admin));
}

TEST(Actor, a_territory_without_a_role_is_not_found_not_forbidden) {
  Actor a;
  a.user_id = 1;
  a.roles[1] = Role::lecteur;
  EXPECT_EQ(require(a, Permission::strategy_read, 2).error().code, ErrorCode::not_found);
  EXPECT_EQ(require(a, Permission::strategy_write, 1).error().code, ErrorCode::forbidden);
  EXPECT_TRUE(require(a, Permission::strategy_read, 1).ok());
}

}  // namespace vigie
