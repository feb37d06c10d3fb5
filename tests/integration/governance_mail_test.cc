// Convocations, minutes and reminders by e-mail, received by a real SMTP server on the loopback
// and read back with Python's e-mail and iCalendar parsers (issue 15 §3).
#include "meeting_fixture.h"
#include "support/smtp_sink.h"

namespace vigie::test {
namespace json = boost::json;

class GovernanceMailTest : public MeetingFixture {
 protected:
  AppOptions app_options() override {
    AppOptions o;
    o.mail.smtp_url = sink_.url();
    o.mail.from = "CLSPD des Pennes-Mirabeau <clspd@example.fr>";
    o.mail.public_url = "https://vigie.example.fr";
    return o;
  }
  std::int64_t person(std::int64_t organisation, const std::string& name,
                      std::optional<std::string> email) {
    json::object body{{"name", name}};
    if (email) body["email"] = *email;
    return post(path("/api/v1/organisations/", organisation, "/contacts"), body);
  }
  ApiResponse send(const std::string& where) { return c_->call("POST", where, json::object{}); }
  /// The meeting changed, its convocation sent again: what the server received this time.
  json::array change_and_resend(std::int64_t meeting_id, json::object change) {
    ApiResponse put = c_->call("PUT", path("/api/v1/meetings/", meeting_id), json::value(change));
    if (put.status != 200) throw std::runtime_error("change: " + put.body);
    sink_.clear();
    ApiResponse sent = send(path("/api/v1/meetings/", meeting_id, "/convocation/send"));
    if (sent.status != 200) throw std::runtime_error("send: " + sent.body);
    return sink_.messages();
  }
  static std::string text(const json::value& message) {
    return std::string(message.at("text").as_string());
  }

  SmtpSink sink_;
};

TEST_P(GovernanceMailTest, a_convocation_invites_then_updates_then_cancels_in_calendars) {
  std::int64_t plenary = body("CLSPD plénier", "pleniere", "public");
  member(plenary, person(ville_, "Michel Amiel", "maire@example.fr"), "president");
  member(plenary, person(police_, "Capitaine Roux", std::nullopt), "membre");
  std::int64_t id = meeting(plenary, "2026-06-18T18:00");

  ApiResponse r = send(path("/api/v1/meetings/", id, "/convocation/send"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json.at("sent"), json::parse(R"(["Michel Amiel"])"));
  EXPECT_EQ(r.json.at("without_address"), json::parse(R"(["Capitaine Roux"])"));
  json::array got = sink_.messages();
  ASSERT_EQ(got.size(), 1U);
  EXPECT_NE(std::string(got[0].at("to").as_string()).find("maire@example.fr"), std::string::npos);
  EXPECT_EQ(got[0].at("subject"), "Convocation : CLSPD plénier — 18/06/2026 à 18:00");
  EXPECT_NE(text(got[0]).find("Hôtel de ville"), std::string::npos);
  EXPECT_NE(text(got[0]).find("https://vigie.example.fr/reunion.html?id=" + std::to_string(id)),
            std::string::npos);
  EXPECT_EQ(got[0].at("calendar_method"), "REQUEST");
  EXPECT_EQ(got[0].at("ical_method"), "REQUEST");
  json::value event = got[0].at("events").at(0);  // a copy: `got` is read again below
  // The UID of the calendar feeds, which names the installation (field case 15).
  std::string uid(event.at("uid").as_string());
  EXPECT_TRUE(uid.starts_with("reunion-" + std::to_string(id) + "@")) << uid;
  EXPECT_TRUE(uid.ends_with(".vigie")) << uid;
  EXPECT_EQ(event.at("start"), "2026-06-18T18:00:00+02:00");
  EXPECT_EQ(event.at("attendees"), json::parse(R"(["mailto:maire@example.fr"])"));
  EXPECT_EQ(event.at("organizer"), "mailto:clspd@example.fr");
  std::int64_t first_sequence = event.at("sequence").as_int64();
  // The meeting remembers which version its convocation went out at, so that the screens send
  // what follows to the same people.
  ApiResponse read = c_->call("GET", path("/api/v1/meetings/", id, ""));
  EXPECT_EQ(read.json.at("convocation_sent_version"), 1) << read.body;

  // Moved, then sent again: the same event, a higher sequence, so calendars replace it.
  got = change_and_resend(
      id, {{"starts_at", "2026-06-25T18:00"}, {"place", "Hôtel de ville"}, {"version", 1}});
  ASSERT_EQ(got.size(), 1U);
  EXPECT_EQ(got[0].at("events").at(0).at("uid"), event.at("uid"));
  EXPECT_GT(got[0].at("events").at(0).at("sequence").as_int64(), first_sequence);
  EXPECT_EQ(got[0].at("events").at(0).at("start"), "2026-06-25T18:00:00+02:00");

  // Cancelled: METHOD:CANCEL, and the reason in the text of a public body.
  got = change_and_resend(id, {{"starts_at", "2026-06-25T18:00"},
                               {"status", "annulee"},
                               {"cancel_reason", "Élections municipales"},
                               {"version", 2}});
  ASSERT_EQ(got.size(), 1U);
  EXPECT_EQ(got[0].at("subject"), "Annulation : CLSPD plénier — 25/06/2026 à 18:00");
  EXPECT_EQ(got[0].at("ical_method"), "CANCEL");
  EXPECT_EQ(got[0].at("events").at(0).at("status"), "CANCELLED");
  EXPECT_NE(text(got[0]).find("Élections municipales"), std::string::npos);
}

TEST_P(GovernanceMailTest, nothing_confidential_travels_by_mail) {
  std::int64_t cell = body("Cellule de veille", "cellule_veille", "confidentiel", "monthly");
  member(cell, person(ville_, "Michel Amiel", "maire@example.fr"), "president");
  std::int64_t id = meeting(cell, "2026-06-18T09:00");
  ASSERT_EQ(send(path("/api/v1/meetings/", id, "/convocation/send")).status, 200);
  json::array got = sink_.messages();
  ASSERT_EQ(got.size(), 1U);
  // Date, place and a link: the agenda and documents stay behind sign-in.
  EXPECT_EQ(
      text(got[0]),
      "Vous êtes convoqué(e) à la réunion de « Cellule de veille » le 18/06/2026 à 09:00, "
      "Hôtel de ville.\n\nLe détail de la réunion : https://vigie.example.fr/reunion.html?id=" +
          std::to_string(id) + "\n");
  ApiResponse minutes = send(path("/api/v1/meetings/", id, "/minutes/send"));
  EXPECT_EQ(minutes.status, 403);
  EXPECT_EQ(sink_.messages().size(), 1U);
}

TEST_P(GovernanceMailTest, approved_minutes_and_overdue_decisions_reach_their_people) {
  std::int64_t plenary = body("CLSPD plénier", "pleniere", "public");
  std::int64_t maire = person(ville_, "Michel Amiel", "maire@example.fr");
  member(plenary, maire, "president");
  std::int64_t id = post(path("/api/v1/bodies/", plenary, "/meetings"),
                         {{"starts_at", "2026-03-10T18:00"}, {"status", "tenue"}});
  ApiResponse draft = c_->call("PUT", path("/api/v1/meetings/", id, "/minutes"),
                               json::object{{"text", "Bilan de la vidéoprotection présenté."}});
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(send(path("/api/v1/meetings/", id, "/minutes/send")).status, 409);  // a draft
  ASSERT_EQ(
      c_->call("POST", path("/api/v1/meetings/", id, "/minutes/approve"),
               json::object{{"version", draft.json.at("version")}, {"confirm_no_nominative", true}})
          .status,
      200);
  ASSERT_EQ(send(path("/api/v1/meetings/", id, "/minutes/send")).status, 200);
  post(path("/api/v1/meetings/", id, "/decisions"), {{"text", "Étendre la vidéoprotection"},
                                                     {"owner_contact_id", maire},
                                                     {"due_date", "2026-04-30"}});
  ApiResponse reminders = send(path("/api/v1/territories/", territory_, "/decision-reminders"));
  ASSERT_EQ(reminders.status, 200) << reminders.body;
  json::array got = sink_.messages();
  ASSERT_EQ(got.size(), 2U);
  EXPECT_EQ(got[0].at("subject"), "Compte rendu : CLSPD plénier — 10/03/2026 à 18:00");
  EXPECT_NE(text(got[0]).find("Bilan de la vidéoprotection présenté."), std::string::npos);
  EXPECT_EQ(got[1].at("subject"), "Rappel : décision en retard — CLSPD plénier");
  EXPECT_NE(text(got[1]).find("Étendre la vidéoprotection"), std::string::npos);
  EXPECT_NE(text(got[1]).find("30/04/2026"), std::string::npos);
}

VIGIE_BOTH_STORES(GovernanceMailTest);

class GovernanceNoMailTest : public MeetingFixture {};

TEST_P(GovernanceNoMailTest, without_a_server_sending_says_so) {
  std::int64_t plenary = body("CLSPD plénier", "pleniere", "public");
  std::int64_t id = meeting(plenary, "2026-06-18T18:00");
  ApiResponse r =
      c_->call("POST", path("/api/v1/meetings/", id, "/convocation/send"), json::object{});
  EXPECT_EQ(r.status, 503);
  EXPECT_NE(r.body.find("--smtp-url"), std::string::npos);
}

VIGIE_BOTH_STORES(GovernanceNoMailTest);

}  // namespace vigie::test
