// The files of a dispositif's dossier (issue 17): uploaded as raw bodies, downloaded as sent,
// read by who reads the record and changed by who may change it, refused with their field and
// nothing stored, journaled, and gone with their record.
#include "meeting_fixture.h"
#include "support/backend.h"

namespace vigie::test {
namespace json = boost::json;

class DossierTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    system_ = post(path("/api/v1/territories/", territory_, "/video-systems"),
                   {{"name", "Centre"}, {"purposes", json::array{1}}, {"retention_days", 15}});
    request_ = post(path("/api/v1/actions/", action_, "/funding-requests"),
                    {{"year", 2026},
                     {"funder", "fipd"},
                     {"programme", "D"},
                     {"project_cost_cents", 1000000},
                     {"requested_cents", 500000}});
  }
  std::string system_files() { return path("/api/v1/video-systems/", system_, "/files"); }
  ApiResponse upload(ApiClient& client, const std::string& owner_files, const std::string& query,
                     std::string bytes, const std::string& type = "application/pdf") {
    return client.call_raw("POST", owner_files + query, std::move(bytes), {{"content-type", type}});
  }

  std::int64_t system_ = 0, request_ = 0;
};

TEST_P(DossierTest, a_file_comes_back_as_it_was_sent_listed_and_journaled) {
  const std::string bytes("%PDF-1.4\n\x00\xff binaire", 20);
  ApiResponse sent =
      upload(*c_, system_files(), "?filename=Arr%C3%AAt%C3%A9%202022-VP-0413.pdf", bytes);
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.json.at("size"), 20);
  EXPECT_EQ(sent.json.at("media_type"), "application/pdf");
  std::int64_t id = sent.json.at("id").as_int64();

  ApiResponse listed = c_->call("GET", system_files());
  ASSERT_EQ(listed.json.at("items").as_array().size(), 1U);
  EXPECT_EQ(listed.json.at("items").at(0).at("filename"), "Arrêté 2022-VP-0413.pdf");
  ApiResponse got = c_->call("GET", path("/api/v1/video-system-files/", id));
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.body, bytes);
  EXPECT_EQ(got.header("Content-Type"), "application/pdf");
  EXPECT_EQ(got.header("Content-Disposition"),
            "attachment; filename*=UTF-8''Arr%C3%AAt%C3%A9%202022-VP-0413.pdf");
  // A funding request's file is not reached through a video system's files, nor the reverse.
  EXPECT_EQ(c_->call("GET", path("/api/v1/funding-request-files/", id)).status, 404);

  ApiResponse journal =
      c_->call("GET", "/api/v1/journal?territory_id=" + std::to_string(territory_));
  ASSERT_EQ(journal.status, 200) << journal.body;
  EXPECT_NE(journal.body.find("dossier.ajout"), std::string::npos);
  EXPECT_NE(journal.body.find("Arrêté 2022-VP-0413.pdf"), std::string::npos);
}

TEST_P(DossierTest, bad_files_are_refused_with_their_field_and_nothing_is_stored) {
  std::string before = snapshot(db());
  std::string files = path("/api/v1/funding-requests/", request_, "/files");
  EXPECT_EQ(upload(*c_, files, "?filename=vide.pdf", "").error_field(), "file");
  EXPECT_EQ(upload(*c_, files, "", "x").error_field(), "filename");
  EXPECT_EQ(upload(*c_, files, "?filename=../../etc/passwd", "x").error_field(), "filename");
  EXPECT_EQ(upload(*c_, files, "?filename=a.pdf", "x", "pdf").error_field(), "content-type");
  EXPECT_EQ(
      upload(*c_, files, "?filename=a.pdf", std::string(10 * 1024 * 1024 + 1, 'x')).error_field(),
      "file");
  EXPECT_EQ(upload(*c_, path("/api/v1/funding-requests/", request_ + 1000, "/files"),
                   "?filename=a.pdf", "x")
                .status,
            404);
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(DossierTest, files_are_read_by_who_reads_the_record_and_changed_by_who_may_change_it) {
  ApiResponse video = upload(*c_, system_files(), "?filename=avis.pdf", "avis");
  ApiResponse funding = upload(*c_, path("/api/v1/funding-requests/", request_, "/files"),
                               "?filename=dossier.pdf", "dossier");
  ASSERT_EQ(video.status, 201);
  ASSERT_EQ(funding.status, 201);
  // A partner reads the funding (public money), not the cameras' dossier, and changes neither.
  ApiClient partner = signed_in("partenaire", Role::partenaire, territory_);
  EXPECT_EQ(partner.call("GET", system_files()).status, 403);
  EXPECT_EQ(partner.call("GET", path("/api/v1/funding-requests/", request_, "/files")).status, 200);
  std::int64_t file = funding.json.at("id").as_int64();
  EXPECT_EQ(partner.call("GET", path("/api/v1/funding-request-files/", file)).status, 200);
  EXPECT_EQ(partner.call("DELETE", path("/api/v1/funding-request-files/", file)).status, 403);
  EXPECT_EQ(upload(partner, system_files(), "?filename=x.pdf", "x").status, 403);
  // Another territory's coordinator does not even find them.
  ApiClient outsider =
      signed_in("ailleurs", Role::coordonnateur, make_territory("Le Mans", "72181"));
  EXPECT_EQ(outsider.call("GET", path("/api/v1/funding-request-files/", file)).status, 404);

  EXPECT_EQ(c_->call("DELETE", path("/api/v1/funding-request-files/", file)).status, 204);
  EXPECT_EQ(c_->call("GET", path("/api/v1/funding-request-files/", file)).status, 404);
}

TEST_P(DossierTest, a_deleted_record_takes_its_files_with_it) {
  ApiResponse sent = upload(*c_, system_files(), "?filename=avis.pdf", "avis");
  ASSERT_EQ(sent.status, 201);
  ASSERT_EQ(c_->call("DELETE", path("/api/v1/video-systems/", system_)).status, 204);
  EXPECT_EQ(
      c_->call("GET", path("/api/v1/video-system-files/", sent.json.at("id").as_int64())).status,
      404);
  Lease conn = db().acquire();
  EXPECT_EQ(conn->query("SELECT COUNT(*) FROM dossier_files")->at(0).integer(0), 0);
}

VIGIE_BOTH_STORES(DossierTest);

}  // namespace vigie::test
