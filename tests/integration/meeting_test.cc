// A meeting's convocation, attendance and quorum, agenda, minutes and attachments.
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class MeetingTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    pleniere_ = body("Assemblée plénière du CLSPD", "pleniere", "public");
    maire_ = member(pleniere_, contact(ville_, "Le maire"), "president");
    adjoint_ = member(pleniere_, contact(ville_, "Adjoint à la sécurité"), "membre");
    gendarme_ = member(pleniere_, contact(police_, "Commandant de brigade"), "membre");
    invite_ = member(pleniere_, contact(police_, "Gendarme invité"), "invite");
    std::int64_t gone = member(pleniere_, contact(ville_, "Ancien élu"), "membre");
    json::object leave{{"role", "membre"}, {"left_on", "2025-06-01"}, {"version", 1}};
    if (c_->call("PUT", path("/api/v1/members/", gone), json::value(leave)).status != 200) {
      throw std::runtime_error("leave");
    }
    meeting_ = meeting(pleniere_, "2026-06-18T18:00");
  }
  ApiResponse mark(std::vector<std::pair<std::int64_t, const char*>> marks) {
    json::array items;
    for (auto [member_id, attendance] : marks) {
      items.push_back({{"member_id", member_id},
                       {"attendance", attendance ? json::value(attendance) : nullptr}});
    }
    return c_->call("PUT", path("/api/v1/meetings/", meeting_, "/attendance"),
                    json::object{{"items", items}});
  }
  std::int64_t pleniere_ = 0, maire_ = 0, adjoint_ = 0, gendarme_ = 0, invite_ = 0, meeting_ = 0;
};

TEST_P(MeetingTest, a_new_meeting_convenes_the_current_members_and_shows_the_quorum) {
  ApiResponse detail = c_->call("GET", path("/api/v1/meetings/", meeting_));
  ASSERT_EQ(detail.status, 200) << detail.body;
  EXPECT_EQ(detail.json.at("invitations").as_array().size(), 4U);  // not the one who left
  EXPECT_EQ(detail.json.at("body_name"), "Assemblée plénière du CLSPD");
  ApiResponse taken = mark(
      {{maire_, "present"}, {adjoint_, "present"}, {gendarme_, "absent"}, {invite_, "present"}});
  ASSERT_EQ(taken.status, 200) << taken.body;
  const json::value& quorum = taken.json.at("quorum");
  EXPECT_EQ(quorum.at("convened"), 3);  // the guest does not count
  EXPECT_EQ(quorum.at("present"), 2);
  EXPECT_EQ(quorum.at("required"), 2);
  EXPECT_EQ(quorum.at("reached"), true);
  ApiResponse excused = mark({{adjoint_, "excuse"}});
  EXPECT_EQ(excused.json.at("quorum").at("present"), 1);
  EXPECT_EQ(excused.json.at("quorum").at("excused"), 1);
  EXPECT_EQ(excused.json.at("quorum").at("reached"), false);
}

TEST_P(MeetingTest, the_convocation_list_can_be_narrowed_and_keeps_attendance_taken) {
  ASSERT_EQ(mark({{maire_, "present"}}).status, 200);
  ApiResponse narrowed = c_->call("PUT", path("/api/v1/meetings/", meeting_, "/invitations"),
                                  json::object{{"member_ids", json::array{maire_, gendarme_}}});
  ASSERT_EQ(narrowed.status, 200) << narrowed.body;
  const json::array& invitations = narrowed.json.at("invitations").as_array();
  ASSERT_EQ(invitations.size(), 2U);
  bool maire_present = false;
  for (const auto& i : invitations)
    maire_present |= i.at("member_id") == maire_ && i.at("attendance") == "present";
  EXPECT_TRUE(maire_present);
}

TEST_P(MeetingTest, attendance_for_someone_not_convened_is_refused_and_nothing_changes) {
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", meeting_, "/invitations"),
                     json::object{{"member_ids", json::array{maire_}}})
                .status,
            200);
  std::string before = snapshot(db());
  ApiResponse r = mark({{maire_, "present"}, {adjoint_, "present"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_field(), "items[1].member_id");
  EXPECT_EQ(snapshot(db()), before);
  ApiResponse unknown = c_->call("PUT", path("/api/v1/meetings/", meeting_, "/invitations"),
                                 json::object{{"member_ids", json::array{maire_, 999999}}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.error_field(), "member_ids[1]");
  ApiResponse bad =
      c_->call("PUT", path("/api/v1/meetings/", meeting_, "/attendance"),
               json::object{{"items", json::array{json::object{{"member_id", maire_},
                                                               {"attendance", "en retard"}}}}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.error_field(), "items[0].attendance");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(MeetingTest, plenary_minutes_are_approved_only_once_nothing_nominative_is_confirmed) {
  std::string minutes = path("/api/v1/meetings/", meeting_, "/minutes");
  ApiResponse draft =
      c_->call("PUT", minutes,
               json::object{{"text", "Point sur la vidéoprotection. Mme Durand, née le 3 "
                                     "mars 2008, signalée."}});
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(draft.json.at("status"), "brouillon");
  EXPECT_EQ(draft.json.at("nominative_hints").as_array().size(), 2U);
  ApiResponse fixed =
      c_->call("PUT", minutes,
               json::object{{"text", "Point sur la vidéoprotection : 12 caméras installées."},
                            {"version", 1}});
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  EXPECT_TRUE(fixed.json.at("nominative_hints").as_array().empty());
  ApiResponse stale = c_->call("PUT", minutes, json::object{{"text", "x"}, {"version", 1}});
  EXPECT_EQ(stale.status, 409);

  std::string approve = minutes + "/approve";
  ApiResponse unconfirmed = c_->call("POST", approve, json::object{{"version", 2}});
  EXPECT_EQ(unconfirmed.status, 400);
  EXPECT_EQ(unconfirmed.error_field(), "confirm_no_nominative");
  ApiResponse approved =
      c_->call("POST", approve, json::object{{"version", 2}, {"confirm_no_nominative", true}});
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json.at("status"), "approuve");
  EXPECT_EQ(approved.json.at("approved_by"), "Utilisateur coord");
  EXPECT_EQ(c_->call("PUT", minutes, json::object{{"text", "x"}, {"version", 3}}).status, 409);
  ApiResponse content = c_->call("GET", path("/api/v1/meetings/", meeting_, "/content"));
  EXPECT_EQ(content.json.at("minutes").at("text"),
            "Point sur la vidéoprotection : 12 caméras installées.");
}

TEST_P(MeetingTest, the_agenda_mixes_free_topics_and_fiches_of_the_territory_only) {
  std::int64_t other = make_territory("Cergy", "95127");
  ApiClient there = signed_in("coord-cergy", Role::coordonnateur, other);
  std::int64_t strategy =
      post("/api/v1/strategies", {{"territory_id", other}, {"title", "S"}}, &there);
  std::int64_t foreign = post(path("/api/v1/strategies/", strategy, "/actions"),
                              {{"number", 1}, {"title", "Ailleurs"}}, &there);
  std::string agenda = path("/api/v1/meetings/", meeting_, "/agenda");
  json::array items{json::object{{"title", "Bilan de l'année"}},
                    json::object{{"title", "Médiation sociale"}, {"action_id", action_}}};
  ApiResponse saved = c_->call("PUT", agenda, json::object{{"items", items}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json.at("items").at(1).at("action_id"), action_);
  std::string before = snapshot(db());
  items.push_back(json::object{{"title", "Hors territoire"}, {"action_id", foreign}});
  ApiResponse refused = c_->call("PUT", agenda, json::object{{"items", items}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.error_field(), "items[2].action_id");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(MeetingTest, an_attachment_comes_back_byte_for_byte_as_a_download) {
  std::string bytes("%PDF-1.4\0\xff\xfe binaire", 20);
  ApiResponse up = c_->call_raw(
      "POST", path("/api/v1/meetings/", meeting_, "/attachments?filename=Relev%C3%A9%20CR.pdf"),
      bytes, {{"content-type", "application/pdf"}});
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ(up.json.at("filename"), "Relevé CR.pdf");
  EXPECT_EQ(up.json.at("size"), 20);
  std::int64_t id = up.json.at("id").as_int64();
  ApiResponse down = c_->call("GET", path("/api/v1/attachments/", id));
  ASSERT_EQ(down.status, 200);
  EXPECT_EQ(down.body, bytes);
  EXPECT_EQ(down.header("Content-Disposition").value_or(""),
            "attachment; filename*=UTF-8''Relev%C3%A9%20CR.pdf");
  ApiResponse listed = c_->call("GET", path("/api/v1/meetings/", meeting_, "/content"));
  EXPECT_EQ(listed.json.at("attachments").as_array().size(), 1U);

  std::string before = snapshot(db());
  ApiResponse traversal =
      c_->call_raw("POST", path("/api/v1/meetings/", meeting_, "/attachments?filename=..%2Fx"), "x",
                   {{"content-type", "text/plain"}});
  EXPECT_EQ(traversal.status, 400);
  EXPECT_EQ(traversal.error_field(), "filename");
  ApiResponse empty =
      c_->call_raw("POST", path("/api/v1/meetings/", meeting_, "/attachments?filename=vide.txt"),
                   "", {{"content-type", "text/plain"}});
  EXPECT_EQ(empty.error_field(), "file");
  EXPECT_EQ(snapshot(db()), before);
  EXPECT_EQ(c_->call("DELETE", path("/api/v1/attachments/", id)).status, 204);
  EXPECT_EQ(c_->call("GET", path("/api/v1/attachments/", id)).status, 404);
}

VIGIE_BOTH_STORES(MeetingTest);

}  // namespace vigie::test
