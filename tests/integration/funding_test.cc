// FIPD and other funding (issue 17 §3): a fiche's requests with the rules of
// data/dispositifs/financement.json — State funds above 80 % of the cost, a FIPD file under the
// minimum, amounts out of order refused with their field and nothing stored; the local cap and
// an unbalanced budget as warnings; the filing deadline and the report due six months after the
// funded year moving with the clock, in the calendar feed too; the year's budget view.
#include "independent_reader.h"
#include "meeting_fixture.h"
#include "support/backend.h"

namespace vigie::test {
namespace json = boost::json;

class FundingTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    elu_ = std::make_unique<ApiClient>(signed_in("elu", Role::elu, territory_));
  }
  std::string requests() { return path("/api/v1/actions/", action_, "/funding-requests"); }
  // A FIPD request of 2026, programme D: 5,000 € asked for a 10,000 € project.
  static json::object fipd(std::int64_t requested = 500000) {
    return {{"year", 2026},
            {"funder", "fipd"},
            {"programme", "D"},
            {"project_cost_cents", 1000000},
            {"requested_cents", requested},
            {"cofunders", json::array{json::object{{"funder", "commune"},
                                                   {"name", "Ville des Pennes-Mirabeau"},
                                                   {"amount_cents", 300000}}}},
            {"channel", "démarches-simplifiées"},
            {"deadline", "2026-06-20"}};
  }
  std::vector<std::string> alert_kinds() {
    ApiResponse r = c_->call("GET", path("/api/v1/territories/", territory_, "/funding-alerts"));
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    for (const auto& a : r.json.at("items").as_array())
      out.emplace_back(a.at("kind").as_string());
    return out;
  }
  void move_to(std::int64_t days) {
    clock_.advance(days * 86'400);
    *c_ = ApiClient(*app_);
    ApiResponse r = c_->login("coord", kTestPassword);
    if (r.status >= 300) throw std::runtime_error(r.body);
  }

  std::unique_ptr<ApiClient> elu_;
};

TEST_P(FundingTest, bad_requests_are_refused_with_their_field_and_nothing_is_stored) {
  std::string before = snapshot(db());
  auto refused = [&](json::object body, const std::string& field) {
    ApiResponse r = c_->call("POST", requests(), json::value(std::move(body)));
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json.at("error").at("field").as_string(), field) << r.body;
  };
  // 7,000 € of FIPD and 1,500 € of other State funds: 85 % of the cost.
  json::object state = fipd(700000);
  state["cofunders"] =
      json::array{json::object{{"funder", "etat"}, {"name", "ANCT"}, {"amount_cents", 150000}}};
  refused(state, "requested_cents");
  // The share is the State's when another funder is asked and the State co-funds.
  json::object commune{
      {"year", 2026},
      {"funder", "commune"},
      {"project_cost_cents", 1000000},
      {"requested_cents", 100000},
      {"cofunders", json::array{json::object{{"funder", "fipd"}, {"amount_cents", 850000}}}}};
  refused(commune, "cofunders");
  refused(fipd(250000), "requested_cents");  // under the FIPD minimum of 3,000 €
  json::object no_programme = fipd();
  no_programme.erase("programme");
  refused(no_programme, "programme");
  json::object granted = fipd();
  granted["granted_cents"] = 600000;
  refused(granted, "granted_cents");
  json::object paid = fipd();
  paid["paid_cents"] = 100000;  // nothing granted yet
  refused(paid, "paid_cents");
  json::object unknown = fipd();
  unknown["funder"] = "mecene";
  refused(unknown, "funder");
  json::object late = fipd();
  late["report_sent_on"] = "2026-12-31";
  refused(late, "report_sent_on");
  EXPECT_EQ(elu_->call("POST", requests(), json::value(fipd())).status, 403);
  EXPECT_EQ(snapshot(db()), before);
  // Police municipale equipment escapes the minimum.
  json::object equipment = fipd(250000);
  equipment["police_equipment"] = true;
  equipment["project_cost_cents"] = 550000;
  EXPECT_EQ(c_->call("POST", requests(), json::value(equipment)).status, 201);
}

TEST_P(FundingTest, the_state_share_the_local_cap_and_an_unbalanced_budget_are_shown) {
  ApiResponse made = c_->call("POST", requests(), json::value(fipd()));
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json.at("state_share_percent"), 50);
  ASSERT_EQ(made.json.at("warnings").as_array().size(), 1U) << made.body;  // 2,000 € missing
  EXPECT_NE(made.json.at("warnings").at(0).as_string().find("2 000 €"), std::string::npos);
  std::string settings = path("/api/v1/territories/", territory_, "/funding-settings");
  json::value cap(json::object{{"fipd_cap_percent", 40}, {"cap_source", "Appel à projets 2026"}});
  EXPECT_EQ(elu_->call("PUT", settings, cap).status, 403);
  ASSERT_EQ(c_->call("PUT", settings, cap).status, 200);
  ApiResponse again =
      elu_->call("GET", path("/api/v1/funding-requests/", made.json.at("id").as_int64()));
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json.at("warnings").as_array().size(), 2U) << again.body;
  EXPECT_NE(again.body.find("plafond local de 40 %"), std::string::npos) << again.body;
}

TEST_P(FundingTest, the_deadline_and_the_report_due_move_with_the_clock) {
  // 28 May 2026: the filing deadline of 20 June is within 30 days.
  ApiResponse made = c_->call("POST", requests(), json::value(fipd()));
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(alert_kinds(), std::vector<std::string>{"echeance"});
  // In the coordinator's calendar feed, as a day.
  ApiResponse feed = c_->call("POST", "/api/v1/me/calendar");
  ASSERT_EQ(feed.status, 201) << feed.body;
  ApiResponse ics = ApiClient(*app_).call("GET", std::string(feed.json.at("path").as_string()));
  ASSERT_EQ(ics.status, 200);
  EXPECT_NE(ics.body.find("DTSTART;VALUE=DATE:20260620"), std::string::npos) << ics.body;
  EXPECT_NE(ics.body.find("Date limite de dépôt"), std::string::npos);
  // Filed and granted: nothing until the funded year is over.
  json::object granted = fipd();
  granted["status"] = "accordee";
  granted["granted_cents"] = 400000;
  granted["version"] = 1;
  std::string one = path("/api/v1/funding-requests/", made.json.at("id").as_int64());
  ApiResponse put = c_->call("PUT", one, json::value(granted));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json.at("report_due_on"), "2027-06-30");
  EXPECT_TRUE(alert_kinds().empty());
  move_to(220);  // 3 January 2027
  EXPECT_EQ(alert_kinds(), std::vector<std::string>{"compte_rendu"});
  move_to(180);  // 2 July 2027
  EXPECT_EQ(alert_kinds(), std::vector<std::string>{"compte_rendu_en_retard"});
  granted["report_sent_on"] = "2027-07-01";
  granted["version"] = 2;
  ASSERT_EQ(c_->call("PUT", one, json::value(granted)).status, 200);
  EXPECT_TRUE(alert_kinds().empty());
}

TEST_P(FundingTest, the_budget_view_puts_planned_beside_granted_and_paid) {
  ApiResponse fiche = c_->call("GET", path("/api/v1/actions/", action_));
  ASSERT_EQ(fiche.status, 200) << fiche.body;
  std::int64_t strategy = fiche.json.at("strategy_id").as_int64();
  post(
      path("/api/v1/strategies/", strategy, "/actions"),
      {{"number", 2},
       {"title", "Vidéoprotection"},
       {"budget_lines",
        json::array{json::object{
            {"label", "Caméras"}, {"amount_cents", 600000}, {"source", "fipd"}, {"year", 2026}}}}});
  json::object paid = fipd();
  paid["granted_cents"] = 400000;
  paid["paid_cents"] = 200000;
  paid["status"] = "accordee";
  ASSERT_EQ(c_->call("POST", requests(), json::value(paid)).status, 201);
  ApiResponse s =
      elu_->call("GET", path("/api/v1/territories/", territory_, "/funding-summary?year=2026"));
  ASSERT_EQ(s.status, 200) << s.body;
  const json::object& d = s.json.at("by_programme").at(0).as_object();
  EXPECT_EQ(d.at("key"), "D");
  EXPECT_EQ(d.at("requested_cents"), 500000);
  const json::object& f = s.json.at("by_funder").at(0).as_object();
  EXPECT_EQ(f.at("key"), "fipd");
  EXPECT_EQ(f.at("planned_cents"), 600000);
  EXPECT_EQ(f.at("granted_cents"), 400000);
  EXPECT_EQ(f.at("paid_cents"), 200000);
  EXPECT_EQ(s.json.at("total").at("planned_cents"), 600000);
  EXPECT_EQ(s.json.at("by_axis").at(0).at("label"), "Hors axe");
  EXPECT_EQ(
      elu_->call("GET", path("/api/v1/territories/", territory_, "/funding-summary?year=1850"))
          .status,
      400);
}

TEST_P(FundingTest, the_request_and_its_report_are_editable_documents_and_a_spreadsheet) {
  json::object granted = fipd();
  granted["granted_cents"] = 400000;
  granted["status"] = "accordee";
  ApiResponse made = c_->call("POST", requests(), json::value(granted));
  ASSERT_EQ(made.status, 201) << made.body;
  std::string doc = path("/api/v1/funding-requests/", made.json.at("id").as_int64(), "/document");
  ApiResponse project = elu_->call("GET", doc + "?kind=projet&format=odt");
  ASSERT_EQ(project.status, 200) << project.body;
  std::string text = read_with(project.body, "odt", "odt2txt --encoding=UTF-8 --width=1000");
  for (const char* expected :
       {"Demande de subvention 2026 — Médiation sociale", "Cerfa 12156", "Budget du projet 2026",
        "Ville des Pennes-Mirabeau", "10 000 €", "40 % du coût (au plus 80 %)"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
  }
  ApiResponse report = elu_->call("GET", doc + "?kind=compte-rendu&format=odt");
  ASSERT_EQ(report.status, 200) << report.body;
  std::string report_text = read_with(report.body, "odt", "odt2txt --encoding=UTF-8 --width=1000");
  EXPECT_NE(report_text.find("À remettre avant le 30/06/2027"), std::string::npos) << report_text;
  EXPECT_NE(report_text.find("4 000 €"), std::string::npos) << report_text;
  EXPECT_EQ(elu_->call("GET", doc + "?kind=facture").error_field(), "kind");
  EXPECT_EQ(elu_->call("GET", doc + "?format=rtf").error_field(), "format");
  ApiResponse sheet = elu_->call(
      "GET", path("/api/v1/territories/", territory_, "/funding-export?year=2026&format=csv"));
  ASSERT_EQ(sheet.status, 200) << sheet.body;
  EXPECT_NE(sheet.body.find("Fiche 1 — Médiation sociale;2026;FIPD;D;10000,00;5000,00;4000,00"),
            std::string::npos)
      << sheet.body;
}

VIGIE_BOTH_STORES(FundingTest);

}  // namespace vigie::test
