// The emergency cell's activation and closure, and the iCalendar feeds read by an independent
// parser (Debian's python3-icalendar).
#include "independent_reader.h"
#include "meeting_fixture.h"
#include "store/installation.h"

namespace vigie::test {
namespace json = boost::json;

class EmergencyCalendarTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    urgence_ = body("Cellule de veille d'urgence", "cellule_urgence", "restreint", "on_demand");
    member(urgence_, contact(ville_, "Le maire"), "president");
    member(urgence_, contact(police_, "Commandant"), "membre");
  }

  // Parses an iCalendar text with python3-icalendar; one JSON object per event.
  json::array parse_ical(const std::string& text) {
    std::string script =
        "import icalendar, json, sys\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "out = []\n"
        "for e in cal.walk('VEVENT'):\n"
        "    start = e.decoded('DTSTART')\n"
        "    out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),\n"
        "                'start': start.isoformat(), 'tzid': e['DTSTART'].params['TZID'],\n"
        "                'utcoffset': start.utcoffset().total_seconds(),\n"
        "                'minutes': e.decoded('DURATION').total_seconds() / 60,\n"
        "                'sequence': int(e['SEQUENCE']), 'status': str(e['STATUS'])})\n"
        "print(json.dumps(out))\n";
    return json::parse(read_with_python(text, "ics", script)).as_array();
  }

  std::int64_t urgence_ = 0;
};

TEST_P(EmergencyCalendarTest, the_maire_activates_the_cell_which_convenes_members_at_once) {
  ApiResponse a = c_->call("POST", path("/api/v1/bodies/", urgence_, "/activations"),
                           json::object{{"requested_by", "maire"},
                                        {"requester_name", "Michel Amiel"},
                                        {"reason", "Rixes répétées entre quartiers"},
                                        {"place", "PC de crise"}});
  ASSERT_EQ(a.status, 201) << a.body;
  EXPECT_EQ(a.json.at("recorded_by"), "Utilisateur coord");
  EXPECT_EQ(a.json.at("requested_at"), "2026-05-28T20:26:40Z");
  ApiResponse m = c_->call("GET", path("/api/v1/meetings/", a.json.at("meeting_id").as_int64()));
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.json.at("starts_at"), "2026-05-28T22:26");  // Paris, summer time
  EXPECT_EQ(m.json.at("invitations").as_array().size(), 2U);
  EXPECT_EQ(c_->call("POST", path("/api/v1/bodies/", urgence_, "/activations"),
                     json::object{{"requested_by", "procureur"},
                                  {"requester_name", "Parquet d'Aix"},
                                  {"reason", "Autre"}})
                .status,
            409);

  std::int64_t id = a.json.at("id").as_int64();
  ApiResponse closed = c_->call("POST", path("/api/v1/activations/", id, "/close"),
                                json::object{{"summary", "Médiation renforcée, calme revenu."}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json.at("summary"), "Médiation renforcée, calme revenu.");
  EXPECT_EQ(c_->call("POST", path("/api/v1/activations/", id, "/close"),
                     json::object{{"summary", "Encore"}})
                .status,
            409);
  ApiResponse journal =
      c_->call("GET", "/api/v1/journal?territory_id=" + std::to_string(territory_));
  const json::array& items = journal.json.at("items").as_array();
  ASSERT_GE(items.size(), 2U);
  EXPECT_EQ(items[0].at("event"), "cellule_urgence.cloture");
  EXPECT_EQ(items[1].at("event"), "cellule_urgence.activation");
  EXPECT_NE(items[1].at("detail").as_string().find("Michel Amiel"), std::string::npos);
}

// Issue 12 §2: a confidential cell's reason and summary are its content, not the territory's.
TEST_P(EmergencyCalendarTest, a_confidential_cell_keeps_its_reason_and_summary_to_its_members) {
  ApiClient member = signed_in("membre-cellule", Role::coordonnateur, territory_);
  member.enrol_second_factor(clock_);
  std::int64_t secret_cell =
      body("Cellule d'urgence (situations)", "cellule_urgence", "confidentiel", "on_demand");
  this->member(secret_cell, contact(ville_, "Membre", user_id(member)), "membre", "2025-01-10");
  ApiResponse a = member.call("POST", path("/api/v1/bodies/", secret_cell, "/activations"),
                              json::object{{"requested_by", "procureur"},
                                           {"requester_name", "Substitut Durand"},
                                           {"reason", "Menaces contre la famille Leroy"}});
  ASSERT_EQ(a.status, 201) << a.body;
  ASSERT_EQ(member
                .call("POST", path("/api/v1/activations/", a.json.at("id").as_int64(), "/close"),
                      json::object{{"summary", "Famille Leroy relogée"}})
                .status,
            200);
  ApiResponse outsider = c_->call("GET", path("/api/v1/bodies/", secret_cell, "/activations"));
  ASSERT_EQ(outsider.status, 200);
  EXPECT_EQ(outsider.body.find("Leroy"), std::string::npos) << outsider.body;
  EXPECT_EQ(outsider.body.find("Durand"), std::string::npos) << outsider.body;
  EXPECT_EQ(outsider.json.at("items").at(0).at("requested_by"), "procureur");
  std::string journal =
      c_->call("GET", "/api/v1/journal?territory_id=" + std::to_string(territory_)).body;
  EXPECT_EQ(journal.find("Leroy"), std::string::npos) << journal;
  ApiResponse inside = member.call("GET", path("/api/v1/bodies/", secret_cell, "/activations"));
  EXPECT_NE(inside.body.find("Menaces contre la famille Leroy"), std::string::npos);
  EXPECT_NE(inside.body.find("Famille Leroy relogée"), std::string::npos);
}

TEST_P(EmergencyCalendarTest, only_an_emergency_cell_is_activated_and_bad_requests_change_nothing) {
  std::int64_t comite = body("Comité restreint", "comite_restreint", "restreint");
  std::string before = snapshot(db());
  ApiResponse wrong =
      c_->call("POST", path("/api/v1/bodies/", comite, "/activations"),
               json::object{{"requested_by", "maire"}, {"requester_name", "M."}, {"reason", "X"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.error_field(), "body_id");
  ApiResponse who =
      c_->call("POST", path("/api/v1/bodies/", urgence_, "/activations"),
               json::object{{"requested_by", "prefet"}, {"requester_name", "M."}, {"reason", "X"}});
  EXPECT_EQ(who.error_field(), "requested_by");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(EmergencyCalendarTest, a_body_s_calendar_parses_in_paris_time_and_follows_changes) {
  std::int64_t pleniere = body("Assemblée plénière", "pleniere", "public");
  std::int64_t winter = meeting(pleniere, "2026-12-03T18:00");
  meeting(pleniere, "2026-06-18T09:30");
  ApiResponse ics = c_->call("GET", path("/api/v1/bodies/", pleniere, "/calendar.ics"));
  ASSERT_EQ(ics.status, 200);
  json::array events = parse_ical(ics.body);
  ASSERT_EQ(events.size(), 2U);
  EXPECT_EQ(events[0].at("start"), "2026-06-18T09:30:00+02:00");
  EXPECT_EQ(events[0].at("utcoffset"), 7200.0);
  EXPECT_EQ(events[1].at("start"), "2026-12-03T18:00:00+01:00");
  EXPECT_EQ(events[1].at("tzid"), "Europe/Paris");
  EXPECT_EQ(events[1].at("summary"), "Assemblée plénière");
  EXPECT_EQ(events[1].at("minutes"), 120.0);
  EXPECT_EQ(events[1].at("sequence"), 0);

  json::object moved{{"starts_at", "2026-12-10T17:30"},
                     {"status", "annulee"},
                     {"cancel_reason", "Tempête annoncée"},
                     {"version", 1}};
  ASSERT_EQ(c_->call("PUT", path("/api/v1/meetings/", winter), json::value(moved)).status, 200);
  events = parse_ical(c_->call("GET", path("/api/v1/bodies/", pleniere, "/calendar.ics")).body);
  EXPECT_EQ(events[1].at("start"), "2026-12-10T17:30:00+01:00");
  EXPECT_EQ(events[1].at("sequence"), 1);  // calendar applications replace the old one
  EXPECT_EQ(events[1].at("status"), "CANCELLED");
  Lease conn = db().acquire();
  std::string installation = installation_id(*conn).value();
  EXPECT_EQ(events[1].at("uid").as_string(),
            path("reunion-", winter, "@") + installation + ".vigie");
}

// Field case 15: a partner subscribed to two installations' feeds must get distinct UIDs for
// their meeting 1; escaping and 75-octet folding as RFC 5545 §3.3.11 and §3.1 require.
TEST_P(EmergencyCalendarTest, uids_differ_between_installations_and_text_is_escaped_and_folded) {
  std::int64_t groupe =
      body("CLSPD de Saint-Étienne — groupe « tranquillité résidentielle », cambriolages; veille",
           "groupe_thematique", "public");
  json::object m{{"starts_at", "2026-03-12T18:30"},
                 {"status", "prevue"},
                 {"place",
                  "Hôtel de Ville, salle du conseil municipal (1er étage); accès PMR par la "
                  "cour\\entrée rue Émile-Zola\nappeler le 01 23 45 67 89"}};
  std::int64_t id = post(path("/api/v1/bodies/", groupe, "/meetings"), m);
  std::string ics = c_->call("GET", path("/api/v1/bodies/", groupe, "/calendar.ics")).body;
  EXPECT_NE(ics.find("SUMMARY:CLSPD de Saint-Étienne — groupe « tranquillité résidentielle \r\n"
                     " »\\, cambriolages\\; veille\r\n"),
            std::string::npos)
      << ics;
  EXPECT_NE(
      ics.find("LOCATION:Hôtel de Ville\\, salle du conseil municipal (1er étage)\\; accès\r\n"
               "  PMR par la cour\\\\entrée rue Émile-Zola\\nappeler le 01 23 45 67 89\r\n"),
      std::string::npos)
      << ics;
  EXPECT_NE(ics.find("DTSTART;TZID=Europe/Paris:20260312T183000\r\n"), std::string::npos);
  for (std::size_t at = 0, end = 0; at < ics.size(); at = end + 2) {
    end = ics.find("\r\n", at);
    ASSERT_NE(end, std::string::npos) << "every line ends with CRLF";
    EXPECT_LE(end - at, 75U) << ics.substr(at, end - at);
  }
  Lease conn = db().acquire();
  std::string a = installation_id(*conn).value();
  EXPECT_EQ(installation_id(*conn).value(), a);  // stable
  EXPECT_NE(ics.find(path("UID:reunion-", id, "@") + a + ".vigie\r\n"), std::string::npos);
  FreshStore other(GetParam());  // a second installation
  Lease other_conn = other.db().acquire();
  std::string b = installation_id(*other_conn).value();
  EXPECT_EQ(b.size(), 32U);
  EXPECT_NE(a, b);
}

TEST_P(EmergencyCalendarTest, a_user_s_secret_feed_holds_their_bodies_and_can_be_revoked) {
  ApiClient partner = signed_in("educatrice", Role::partenaire, territory_);
  partner.enrol_second_factor(clock_);
  std::int64_t veille = body("Cellule de veille", "cellule_veille", "confidentiel", "monthly");
  member(veille, contact(ville_, "Éducatrice", user_id(partner)), "membre");
  meeting(veille, "2026-07-07T14:00");
  meeting(urgence_, "2026-07-08T14:00");  // not hers
  ApiResponse made = partner.call("POST", "/api/v1/me/calendar");
  ASSERT_EQ(made.status, 201) << made.body;
  std::string feed(made.json.at("path").as_string());
  ApiClient calendar_app(*app_);  // no session: the address is the credential
  ApiResponse got = calendar_app.call("GET", feed);
  ASSERT_EQ(got.status, 200) << got.body;
  json::array events = parse_ical(got.body);
  ASSERT_EQ(events.size(), 1U);
  EXPECT_EQ(events[0].at("summary"), "Cellule de veille");
  ASSERT_EQ(partner.call("POST", "/api/v1/me/calendar").status, 201);
  EXPECT_EQ(calendar_app.call("GET", feed).status, 404);  // the old address is revoked
}

VIGIE_BOTH_STORES(EmergencyCalendarTest);

}  // namespace vigie::test
