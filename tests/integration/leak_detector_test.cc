// The leak detector (issue 12 §2): a unique marker in every text field of every confidential
// record — governance content, decisions, emergency activations, follow-up records, the social
// section, shares, procedures — then every GET route of the router, called as every actor who is
// not entitled, exports, histories and journals included: no marker may come back. Routes come
// from the router and marked columns from the store's schema, so a new route or a new text
// column is covered without editing this test.
#include <set>

#include "followup_fixture.h"

namespace vigie::test {
namespace json = boost::json;

namespace {

// Confidential tables; their text columns are found in the schema.
const char* const kContentTables[] = {
    "agenda_items",          "meeting_minutes", "meeting_attachments", "decisions",
    "emergency_activations", "followups",       "followup_actions",    "followup_social_notes",
    "followup_shares",       "reminders",       "cddf_referrals",      "tig_placements",
    "video_register"};

// Columns that are structure, not words: dates, closed lists, JSON, the author's account name,
// and the public wording written to be read by all.
bool structural(const std::string& column) {
  static const std::set<std::string> kNames{"status",
                                            "kind",
                                            "scope",
                                            "requested_by",
                                            "media_type",
                                            "content",
                                            "referral_origin",
                                            "programme",
                                            "end_reason",
                                            "parental_support",
                                            "legal_representatives",
                                            "attendees",
                                            "public_label",
                                            "milestone_label",
                                            "author"};
  auto ends = [&](const char* s) { return column.ends_with(s); };
  return kNames.contains(column) || ends("_date") || ends("_at") || ends("_on") || ends("_by");
}

}  // namespace

class LeakDetectorTest : public FollowUpTest {
 protected:
  void SetUp() override {
    FollowUpTest::SetUp();
    write_governance_content();
    write_followup_content();
    write_video_register();
    write_citizen_referent();
    funding_request_ = post(path("/api/v1/actions/", action_, "/funding-requests"),
                            {{"year", 2026},
                             {"funder", "fipd"},
                             {"programme", "S"},
                             {"project_cost_cents", 1000000},
                             {"requested_cents", 500000}});
    for (const auto& [owner, id] : {std::pair{"funding-requests", funding_request_},
                                    std::pair{"video-systems", video_system_}}) {
      ApiResponse file = c_->call_raw("POST",
                                      std::string("/api/v1/") + owner + "/" + std::to_string(id) +
                                          "/files?filename=arrete.txt",
                                      "Arrêté", {{"content-type", "text/plain"}});
      expect_ok(file);
      dossier_files_[owner] = file.json.at("id").as_int64();
    }
    mark_every_text_column();
  }

  static std::string mark(const std::string& what) { return "MARQUE-" + what; }

  void write_governance_content() {
    ApiClient& coord = *people_["coordinatrice"];
    meeting_ = post(path("/api/v1/bodies/", cellule_, "/meetings"),
                    {{"starts_at", "2026-06-02T09:30"}, {"place", "Mairie"}}, &coord);
    json::array items{json::object{{"title", mark("ordre-du-jour")}, {"notes", mark("notes")}}};
    expect_ok(coord.call("PUT", path("/api/v1/meetings/", meeting_, "/agenda"),
                         json::object{{"items", items}}));
    expect_ok(coord.call("PUT", path("/api/v1/meetings/", meeting_, "/minutes"),
                         json::object{{"text", mark("releve")}}));
    ApiResponse file = coord.call_raw(
        "POST", path("/api/v1/meetings/", meeting_, "/attachments?filename=situation.txt"),
        mark("piece-jointe"), {{"content-type", "text/plain"}});
    expect_ok(file);
    attachment_ = file.json.at("id").as_int64();
    expect_ok(coord.call("POST", path("/api/v1/meetings/", meeting_, "/decisions"),
                         json::object{{"text", mark("decision")},
                                      {"action_id", action_},
                                      {"public_label", "Suivi partenarial engagé"},
                                      {"confirm_public_label", true}}));
    urgence_ = body("Cellule de veille d'urgence", "cellule_urgence", "confidentiel", "on_demand");
    member(urgence_, contacts_["coordinatrice"], "membre", "2025-01-10");
    ApiResponse on = coord.call("POST", path("/api/v1/bodies/", urgence_, "/activations"),
                                json::object{{"requested_by", "maire"},
                                             {"requester_name", "Le maire"},
                                             {"reason", mark("motif-activation")}});
    expect_ok(on);
    expect_ok(coord.call("POST",
                         path("/api/v1/activations/", on.json.at("id").as_int64(), "/close"),
                         json::object{{"summary", mark("bilan-activation")}}));
  }

  void write_followup_content() {
    ApiClient& agent = *people_["educatrice"];
    std::string record = path("/api/v1/followups/", record_);
    expect_ok(agent.call(
        "PUT", record,
        json::object{{"last_name", mark("nom")},
                     {"first_name", mark("prenom")},
                     {"referral_date", "2026-03-02"},
                     {"referral_origin", "education_nationale"},
                     {"situation", mark("situation")},
                     {"representatives",
                      json::array{json::object{{"name", mark("representant")}, {"link", "mère"}}}},
                     {"version", 1}}));
    expect_ok(agent.call("POST", record + "/actions",
                         json::object{{"action_date", "2026-04-01"},
                                      {"description", mark("action")},
                                      {"result", mark("resultat")}}));
    json::array named{json::object{{"contact_id", contacts_["educatrice"]},
                                   {"profession", "educateur_specialise"}}};
    expect_ok(agent.call("PUT", record + "/social-professionals",
                         json::object{{"professionals", named}}));
    expect_ok(people_["coordinatrice"]->call(
        "POST", record + "/social-professionals/access",
        json::object{{"contact_id", contacts_["educatrice"]}, {"decision", "confirme"}}));
    expect_ok(
        agent.call("POST", record + "/social",
                   json::object{{"note_date", "2026-04-01"}, {"text", mark("note-sociale")}}));
    std::int64_t nobody =
        body("Cellule santé", "cellule_situations_complexes", "confidentiel", "on_demand");
    expect_ok(agent.call("POST", record + "/shares",
                         json::object{{"body_id", nobody},
                                      {"scope", json::array{"situation"}},
                                      {"reason", mark("motif-partage")}}));
    ApiResponse reminder = agent.call("POST", record + "/reminders",
                                      json::object{{"facts", mark("faits")},
                                                   {"facts_date", "2026-03-01"},
                                                   {"summoned_by", mark("convoquant")},
                                                   {"hearing_at", "2026-06-10T10:00"},
                                                   {"place", mark("lieu")},
                                                   {"under_prosecution", false}});
    expect_ok(reminder);
    ids_["reminders"] = reminder.json.at("reminders").at(0).at("id").as_int64();
    expect_ok(agent.call("POST", record + "/cddf",
                         json::object{{"referral_date", "2026-03-05"},
                                      {"referred_by", mark("saisissant")},
                                      {"reason", mark("motif-cddf")},
                                      {"parental_support", "propose"},
                                      {"status", "saisi"}}));
  }

  // Every text column of the confidential tables, as the schema has them today.
  void mark_every_text_column() {
    Lease conn = db().acquire();
    for (const char* table : kContentTables) {
      std::vector<std::string> columns;
      if (conn->dialect() == Dialect::sqlite) {
        Rows info = conn->query(std::string("PRAGMA table_info(") + table + ")").value();
        for (const Row& r : info)
          if (r.text(2) == "TEXT") columns.push_back(r.text(1));
      } else {
        Rows info = conn->query("SELECT column_name FROM information_schema.columns WHERE "
                                "table_schema = current_schema() AND table_name = ? AND "
                                "data_type = 'text'",
                                {std::string(table)})
                        .value();
        for (const Row& r : info)
          columns.push_back(r.text(0));
      }
      ASSERT_FALSE(columns.empty()) << table;
      for (const std::string& c : columns) {
        if (structural(c)) continue;
        ASSERT_TRUE(conn->query("UPDATE " + std::string(table) + " SET " + c + " = " + c +
                                " || ' " + mark(std::string(table) + "." + c) + "' WHERE " + c +
                                " IS NOT NULL")
                        .ok())
            << table << "." << c;
        ++marked_columns_;
      }
    }
  }

  // A vidéoprotection register, kept by the éducatrice as its only designated agent.
  void write_video_register() {
    video_system_ =
        post(path("/api/v1/territories/", territory_, "/video-systems"),
             {{"name", "Centre"}, {"purposes", json::array{5}}, {"retention_days", 30}});
    std::string system = path("/api/v1/video-systems/", video_system_);
    expect_ok(c_->call("POST", system + "/agents", json::object{{"login", "educatrice"}}));
    expect_ok(people_["educatrice"]->call("POST", system + "/register",
                                          json::object{{"kind", "requisition"},
                                                       {"occurred_on", "2026-03-01"},
                                                       {"reason", "Vol"},
                                                       {"requester", "OPJ"},
                                                       {"requester_unit", "Brigade"},
                                                       {"procedure_reference", "PV 1"},
                                                       {"medium", "Clé"},
                                                       {"handed_to", "OPJ"}}));
  }

  // Participation citoyenne: its routes walked too (referents are the coordination's by role, so
  // not markers here; ParticipationTest checks who reads them).
  void write_citizen_referent() {
    citizen_protocol_ = post(path("/api/v1/territories/", territory_, "/citizen-protocols"),
                             {{"signed_on", "2025-01-10"},
                              {"mayor", "Maire"},
                              {"prefect", "Préfet"},
                              {"force", "gendarmerie"},
                              {"force_signatory", "Commandant"},
                              {"communes", json::array{"13071"}}});
    post(path("/api/v1/citizen-protocols/", citizen_protocol_, "/referents"),
         {{"name", "Référente"}, {"phone", "04 91 00 00 00"}, {"consent_on", "2025-02-01"}});
  }

  static void expect_ok(const ApiResponse& r) {
    if (r.status < 200 || r.status >= 300) throw std::runtime_error(r.body);
  }

  /// Every GET route, with every id it can take here.
  std::vector<std::string> get_targets() {
    std::int64_t strategy =
        c_->call("GET", path("/api/v1/actions/", action_)).json.at("strategy_id").as_int64();
    std::map<std::string, std::vector<std::int64_t>> ids{
        {"territories", {territory_}},
        {"organisations", {ville_}},
        {"strategies", {strategy}},
        {"actions", {action_}},
        {"bodies", {cellule_, urgence_}},
        {"meetings", {meeting_}},
        {"attachments", {attachment_}},
        {"followups", {record_}},
        {"reminders", {ids_["reminders"]}},
        {"video-systems", {video_system_}},
        {"citizen-protocols", {citizen_protocol_}},
        {"funding-requests", {funding_request_}},
        {"funding-request-files", {dossier_files_["funding-requests"]}},
        {"video-system-files", {dossier_files_["video-systems"]}}};
    // The observatoire's records: facts and problems, never a confidential body's content.
    std::string here = "/api/v1/territories/" + std::to_string(territory_);
    std::int64_t category =
        c_->call("GET", here + "/observatoire").json.at("categories").at(0).at("id").as_int64();
    ApiResponse incident = c_->call("POST", here + "/incidents",
                                    json::object{{"category_id", category},
                                                 {"organisation_id", ville_},
                                                 {"occurred_on", "2026-03-01"},
                                                 {"place", "Place de la mairie"}});
    ApiResponse analysis =
        c_->call("POST", here + "/analyses",
                 json::object{{"kind", "temporalite"}, {"parameters", json::object{}}});
    ApiResponse problem = c_->call("POST", here + "/problems",
                                   json::object{{"title", "Hall occupé"},
                                                {"organisation_id", ville_},
                                                {"place", "Résidence"}});
    expect_ok(incident);
    expect_ok(analysis);
    expect_ok(problem);
    app_->analyses().wait();
    ids["incidents"] = {incident.json.at("id").as_int64()};
    ids["analyses"] = {analysis.json.at("id").as_int64()};
    ids["problems"] = {problem.json.at("id").as_int64()};
    std::vector<std::string> out;
    std::string query = "?territory_id=" + std::to_string(territory_);
    for (const Route& route : app_->router().routes()) {
      if (route.method != "GET") continue;
      std::size_t at = route.pattern.find("/{id}");
      if (at == std::string::npos) {
        out.push_back(concrete_path(route.pattern, {}) + query);
        continue;
      }
      std::size_t start = route.pattern.rfind('/', at - 1) + 1;
      std::string collection = route.pattern.substr(start, at - start);
      if (!ids.contains(collection)) {
        ADD_FAILURE() << "no id for " << route.pattern << ": add one to the leak detector";
        continue;
      }
      for (std::int64_t id : ids[collection])
        out.push_back(concrete_path(route.pattern, {{collection, id}}) + query);
    }
    return out;
  }

  std::int64_t meeting_ = 0, attachment_ = 0, urgence_ = 0, video_system_ = 0,
               citizen_protocol_ = 0, funding_request_ = 0;
  std::map<std::string, std::int64_t> dossier_files_;
  int marked_columns_ = 0;
  std::map<std::string, std::int64_t> ids_;
};

TEST_P(LeakDetectorTest, no_marker_reaches_anyone_who_is_not_entitled) {
  EXPECT_GE(marked_columns_, 20);
  std::vector<std::string> targets = get_targets();
  EXPECT_GE(targets.size(), 35U);
  ApiClient nobody(*app_);
  std::vector<std::pair<std::string, ApiClient*>> actors{{"sans session", &nobody}};
  for (const char* who :
       {"sans-charte", "ancien", "autre-cellule", "elu", "admin", "dpo", "lecteur"}) {
    people_[who]->call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}});
    actors.emplace_back(who, people_[who].get());
  }
  int calls = 0;
  for (auto& [who, client] : actors) {
    for (const std::string& target : targets) {
      ApiResponse r = client->call("GET", target);
      ++calls;
      EXPECT_NE(r.status, 500) << who << " GET " << target << ": " << r.body;
      std::size_t at = r.body.find("MARQUE-");
      EXPECT_EQ(at, std::string::npos) << who << " GET " << target << " shows "
                                       << r.body.substr(at == std::string::npos ? 0 : at, 60);
    }
  }
  EXPECT_GE(calls, 280);
}

TEST_P(LeakDetectorTest, the_entitled_member_does_read_the_markers) {
  // The detector would be blind if markers never came back at all.
  ApiClient& coord = *people_["coordinatrice"];
  EXPECT_NE(coord.call("GET", path("/api/v1/meetings/", meeting_, "/content")).body.find("MARQUE-"),
            std::string::npos);
  EXPECT_NE(coord.call("GET", path("/api/v1/bodies/", urgence_, "/activations"))
                .body.find("MARQUE-emergency_activations.reason"),
            std::string::npos);
  EXPECT_NE(people_["educatrice"]
                ->call("GET", path("/api/v1/followups/", record_))
                .body.find("MARQUE-followups.situation"),
            std::string::npos);
  EXPECT_NE(people_["educatrice"]
                ->call("GET", path("/api/v1/video-systems/", video_system_, "/register"))
                .body.find("MARQUE-video_register.reason"),
            std::string::npos);
}

VIGIE_BOTH_STORES(LeakDetectorTest);

}  // namespace vigie::test
