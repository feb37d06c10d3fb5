// Sending an SSMSI base from the administration screen (issue 13 §2): pieces, import, progress,
// cancel, and who may do it.
#include <chrono>
#include <thread>

#include "support/api_client.h"

namespace vigie::test {
namespace {
namespace json = boost::json;

class SsmsiUploadTest : public ApiTest {
 protected:
  // Polls the upload until its import has ended (a failing test stops after a minute).
  json::value wait_for_end(ApiClient& c, const std::string& id) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    for (;;) {
      ApiResponse r = c.call("GET", "/api/v1/ssmsi/uploads/" + id);
      EXPECT_EQ(r.status, 200);
      if (r.json.at("state") != "import" || std::chrono::steady_clock::now() > deadline) {
        return r.json;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  ApiResponse put_piece(ApiClient& c, const std::string& id, std::size_t offset,
                        const std::string& bytes) {
    return c.call_raw("PUT", "/api/v1/ssmsi/uploads/" + id + "?offset=" + std::to_string(offset),
                      bytes, {{"content-type", "application/octet-stream"}});
  }

  std::string open(ApiClient& c, const std::string& name, std::size_t size) {
    ApiResponse r =
        c.call("POST", "/api/v1/ssmsi/uploads", json::object{{"file_name", name}, {"size", size}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? std::string(r.json.at("id").as_string()) : "";
  }
};

TEST_P(SsmsiUploadTest, an_administrator_sends_a_base_in_pieces_and_follows_its_import) {
  ApiClient admin = signed_in("admin", Role::administrateur, make_territory("Manosque", "04112"));
  std::string file = read_text(source_path("data/ssmsi/delinquance-departements-2016-2025.json"));
  std::string id = open(admin, "delinquance-departements-2016-2025.json", file.size());
  std::size_t piece = file.size() / 3 + 1;
  for (std::size_t at = 0; at < file.size(); at += piece) {
    ApiResponse r = put_piece(admin, id, at, file.substr(at, piece));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json.at("received").as_int64(),
              static_cast<std::int64_t>(std::min(file.size(), at + piece)));
  }
  ApiResponse replay = put_piece(admin, id, 0, "x");
  EXPECT_EQ(replay.status, 409);  // the pieces are in: nothing goes twice
  ApiResponse started = admin.call("POST", "/api/v1/ssmsi/imports", json::object{{"upload", id}});
  ASSERT_EQ(started.status, 202) << started.body;
  json::value end = wait_for_end(admin, id);
  ASSERT_EQ(end.at("state"), "termine") << json::serialize(end);
  EXPECT_EQ(end.at("fraction").as_double(), 1.0);
  EXPECT_EQ(end.at("edition").at("rows").as_int64(), 18180);
  EXPECT_EQ(end.at("edition").at("schema"), "json");
  ApiResponse editions = admin.call("GET", "/api/v1/ssmsi/editions");
  ASSERT_EQ(editions.status, 200);
  ASSERT_EQ(editions.json.at("items").as_array().size(), 1U);
  EXPECT_EQ(editions.json.at("items").at(0).at("years").as_array().size(), 10U);
}

TEST_P(SsmsiUploadTest, a_piece_at_the_wrong_place_or_past_the_size_is_refused) {
  ApiClient admin = signed_in("admin", Role::administrateur, make_territory("Manosque", "04112"));
  std::string id = open(admin, "base.csv", 10);
  ApiResponse ahead = put_piece(admin, id, 4, "abcd");
  EXPECT_EQ(ahead.status, 409);
  EXPECT_EQ(ahead.error_field(), "offset");
  EXPECT_EQ(put_piece(admin, id, 0, "abcdefghijkl").error_field(), "size");
  EXPECT_EQ(admin
                .call_raw("PUT", "/api/v1/ssmsi/uploads/" + id + "?offset=moins", "a",
                          {{"content-type", "application/octet-stream"}})
                .error_field(),
            "offset");
  EXPECT_EQ(admin.call("POST", "/api/v1/ssmsi/imports", json::object{{"upload", id}}).status, 409);
  ApiResponse bad_name = admin.call("POST", "/api/v1/ssmsi/uploads",
                                    json::object{{"file_name", "../etc/passwd"}, {"size", 10}});
  EXPECT_EQ(bad_name.error_field(), "file_name");
  EXPECT_EQ(
      admin.call("POST", "/api/v1/ssmsi/uploads", json::object{{"file_name", "a.csv"}, {"size", 0}})
          .error_field(),
      "size");
}

TEST_P(SsmsiUploadTest, a_bad_line_ends_the_import_with_its_line_and_the_store_unchanged) {
  ApiClient admin = signed_in("admin", Role::administrateur, make_territory("Manosque", "04112"));
  std::string file = "CODGEO_2025;annee;indicateur;unite_de_compte;nombre;taux_pour_mille\n"
                     "04112;2024;Homicides;Victime;1;0,04\n"
                     "04112;2024;Vols avec armes;Infraction;beaucoup;0,04\n";
  std::string id = open(admin, "base.csv", file.size());
  ASSERT_EQ(put_piece(admin, id, 0, file).status, 200);
  ASSERT_EQ(admin.call("POST", "/api/v1/ssmsi/imports", json::object{{"upload", id}}).status, 202);
  json::value end = wait_for_end(admin, id);
  ASSERT_EQ(end.at("state"), "echec");
  EXPECT_EQ(end.at("error").at("field"), "nombre");
  EXPECT_NE(std::string(end.at("error").at("message").as_string()).find("ligne 3"),
            std::string::npos);
  EXPECT_TRUE(admin.call("GET", "/api/v1/ssmsi/editions").json.at("items").as_array().empty());
}

TEST_P(SsmsiUploadTest, a_cancelled_upload_is_not_imported) {
  ApiClient admin = signed_in("admin", Role::administrateur, make_territory("Manosque", "04112"));
  std::string id = open(admin, "base.csv", 100);
  ASSERT_EQ(put_piece(admin, id, 0, std::string(50, 'x')).status, 200);
  ApiResponse cancelled = admin.call("DELETE", "/api/v1/ssmsi/uploads/" + id);
  ASSERT_EQ(cancelled.status, 200);
  EXPECT_EQ(cancelled.json.at("state"), "annule");
  EXPECT_EQ(put_piece(admin, id, 50, std::string(50, 'x')).status, 409);
  EXPECT_EQ(admin.call("POST", "/api/v1/ssmsi/imports", json::object{{"upload", id}}).status, 409);
}

TEST_P(SsmsiUploadTest, only_administrators_send_bases_and_each_sees_only_their_own) {
  std::int64_t manosque = make_territory("Manosque", "04112");
  ApiClient coordinator = signed_in("coord", Role::coordonnateur, manosque);
  EXPECT_EQ(
      coordinator
          .call("POST", "/api/v1/ssmsi/uploads", json::object{{"file_name", "a.csv"}, {"size", 10}})
          .status,
      403);
  EXPECT_EQ(coordinator.call("GET", "/api/v1/ssmsi/editions").status, 200);  // public data
  ApiClient admin = signed_in("admin", Role::administrateur, manosque);
  std::string id = open(admin, "a.csv", 10);
  ApiClient other = signed_in("admin2", Role::administrateur, make_territory("Cergy", "95127"));
  EXPECT_EQ(other.call("GET", "/api/v1/ssmsi/uploads/" + id).status, 404);
  EXPECT_EQ(other.call("DELETE", "/api/v1/ssmsi/uploads/" + id).status, 404);
  EXPECT_EQ(put_piece(other, id, 0, "0123456789").status, 404);
}

TEST_P(SsmsiUploadTest, abandoned_uploads_free_their_place_after_half_an_hour) {
  std::int64_t manosque = make_territory("Manosque", "04112");
  ApiClient first = signed_in("admin", Role::administrateur, manosque);
  ApiClient second = signed_in("admin2", Role::administrateur, manosque);
  ApiClient third = signed_in("admin3", Role::administrateur, manosque);
  open(first, "a.csv", 10);
  open(first, "b.csv", 10);
  ApiResponse more = first.call("POST", "/api/v1/ssmsi/uploads",
                                json::object{{"file_name", "c.csv"}, {"size", 10}});
  EXPECT_EQ(more.status, 503);  // two per person
  open(second, "c.csv", 10);
  open(second, "d.csv", 10);
  ApiResponse full = third.call("POST", "/api/v1/ssmsi/uploads",
                                json::object{{"file_name", "e.csv"}, {"size", 10}});
  EXPECT_EQ(full.status, 503);  // four on the server
  clock_.advance(31 * 60);
  open(third, "e.csv", 10);  // the abandoned ones are gone
}

VIGIE_BOTH_STORES(SsmsiUploadTest);

}  // namespace
}  // namespace vigie::test
