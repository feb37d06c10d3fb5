// Walks every registered route with every role, and with no session, and checks the answer
// against the access-rule table: a route registered without a rule fails this test.
#include <algorithm>

#include "auth/access_rules.h"
#include "support/api_client.h"

namespace vigie::test {
namespace json = boost::json;

class AccessWalkTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    territory_ = make_territory("Cergy", "95127");
    other_territory_ = make_territory("Le Mans", "72181");
    admin_ = std::make_unique<ApiClient>(signed_in("admin", Role::administrateur, territory_));
    ids_["territories"] = territory_;
    ids_["users"] = *app_->users().add("cible", "Cible", kTestPassword);
    if (!app_->users().grant("cible", territory_, Role::lecteur)) throw std::runtime_error("grant");
    ids_["strategies"] =
        create("/api/v1/strategies", {{"territory_id", territory_}, {"title", "S"}});
    ids_["axes"] = create("/api/v1/strategies/" + id("strategies") + "/axes",
                          {{"number", 1}, {"title", "Axe"}});
    ids_["organisations"] =
        create("/api/v1/organisations",
               {{"territory_id", territory_}, {"name", "Préfecture"}, {"kind", "etat"}});
    ids_["contacts"] =
        create("/api/v1/organisations/" + id("organisations") + "/contacts", {{"name", "Agent"}});
    ids_["actions"] = create("/api/v1/strategies/" + id("strategies") + "/actions",
                             {{"number", 1}, {"title", "Fiche"}, {"axis_id", ids_["axes"]}});
    ids_["bodies"] = create("/api/v1/bodies", {{"territory_id", territory_},
                                               {"name", "Cellule de veille"},
                                               {"kind", "cellule_veille"},
                                               {"frequency", "monthly"},
                                               {"confidentiality", "restreint"}});
    ids_["meetings"] = create("/api/v1/bodies/" + id("bodies") + "/meetings",
                              {{"starts_at", "2026-03-12T14:00"}, {"place", "Mairie"}});
    ids_["members"] = create("/api/v1/bodies/" + id("bodies") + "/members",
                             {{"contact_id", ids_["contacts"]}, {"role", "membre"}});
    ids_["decisions"] = create("/api/v1/meetings/" + id("meetings") + "/decisions",
                               {{"text", "Relancer le bailleur"}, {"due_date", "2026-04-01"}});
    ApiResponse file = admin_->call_raw(
        "POST", "/api/v1/meetings/" + id("meetings") + "/attachments?filename=ordre-du-jour.txt",
        "Ordre du jour", {{"content-type", "text/plain"}});
    if (file.status != 201) throw std::runtime_error("attachment: " + file.body);
    ids_["attachments"] = file.json.at("id").as_int64();
    std::string territory_path = "/api/v1/territories/" + id("territories");
    ids_["incident-categories"] =
        create(territory_path + "/incident-categories", {{"label", "Catégorie de test"}});
    ids_["incidents"] =
        create(territory_path + "/incidents", {{"category_id", ids_["incident-categories"]},
                                               {"organisation_id", ids_["organisations"]},
                                               {"occurred_on", "2026-03-01"},
                                               {"place", "Place de la mairie"}});
    ApiResponse analysis = admin_->call(
        "POST", territory_path + "/analyses",
        json::value(json::object{{"kind", "temporalite"}, {"parameters", json::object{}}}));
    if (analysis.status != 202) throw std::runtime_error("analysis: " + analysis.body);
    ids_["analyses"] = analysis.json.at("id").as_int64();
    ids_["problems"] =
        create(territory_path + "/problems", {{"title", "Hall occupé"},
                                              {"organisation_id", ids_["organisations"]},
                                              {"place", "Résidence des Tilleuls"}});
    app_->analyses().wait();
    video_records(territory_path);
    ids_["citizen-protocols"] =
        create(territory_path + "/citizen-protocols", {{"signed_on", "2025-01-10"},
                                                       {"mayor", "Maire"},
                                                       {"prefect", "Préfet"},
                                                       {"force", "police_nationale"},
                                                       {"force_signatory", "DDSP"},
                                                       {"communes", json::array{"95127"}}});
    ids_["citizen-referents"] =
        create("/api/v1/citizen-protocols/" + id("citizen-protocols") + "/referents",
               {{"name", "Référent"}, {"consent_on", "2025-02-01"}});
    ids_["funding-requests"] = create("/api/v1/actions/" + id("actions") + "/funding-requests",
                                      {{"year", 2026},
                                       {"funder", "fipd"},
                                       {"programme", "D"},
                                       {"project_cost_cents", 1000000},
                                       {"requested_cents", 500000}});
    ids_["funding-request-files"] = upload("/api/v1/funding-requests/" + id("funding-requests"));
    std::int64_t emergency = create("/api/v1/bodies", {{"territory_id", territory_},
                                                       {"name", "Cellule d'urgence"},
                                                       {"kind", "cellule_urgence"},
                                                       {"frequency", "on_demand"},
                                                       {"confidentiality", "restreint"}});
    ids_["followups"] = followup_of_admin();
    ids_["activations"] =
        create("/api/v1/bodies/" + std::to_string(emergency) + "/activations",
               {{"requested_by", "maire"}, {"requester_name", "Le maire"}, {"reason", "Rixes"}});
  }

  // A vidéoprotection system, a camera and a register entry (the admin designated as agent).
  void video_records(const std::string& territory_path) {
    ids_["video-systems"] =
        create(territory_path + "/video-systems",
               {{"name", "Centre"}, {"purposes", json::array{1}}, {"retention_days", 30}});
    std::string system = "/api/v1/video-systems/" + id("video-systems");
    ids_["cameras"] =
        create(system + "/cameras", {{"identifier", "C1"}, {"place", "Mairie"}, {"kind", "fixe"}});
    ApiResponse agent =
        admin_->call("POST", system + "/agents", json::value(json::object{{"login", "admin"}}));
    if (agent.status != 201) throw std::runtime_error("agent: " + agent.body);
    ids_["register-entries"] =
        create(system + "/register",
               {{"kind", "visionnage"}, {"occurred_on", "2026-03-01"}, {"reason", "Contrôle"}});
    ids_["video-system-files"] = upload(system);
  }

  // A file in the dossier of the record at `owner` ("/api/v1/video-systems/3").
  std::int64_t upload(const std::string& owner) {
    ApiResponse file = admin_->call_raw("POST", owner + "/files?filename=arrete.pdf", "%PDF-1.4",
                                        {{"content-type", "application/pdf"}});
    if (file.status != 201) throw std::runtime_error("dossier file: " + file.body);
    return file.json.at("id").as_int64();
  }

  // A record needs a confidential body where the admin is a member who signed the charter.
  std::int64_t followup_of_admin() {
    admin_->enrol_second_factor(clock_);
    std::int64_t me = admin_->call("GET", "/api/v1/me").json.at("id").as_int64();
    std::int64_t person = create("/api/v1/organisations/" + id("organisations") + "/contacts",
                                 {{"name", "Administratrice"}, {"user_id", me}});
    std::int64_t cell = create("/api/v1/bodies", {{"territory_id", territory_},
                                                  {"name", "Cellule de veille individuelle"},
                                                  {"kind", "cellule_veille"},
                                                  {"frequency", "monthly"},
                                                  {"confidentiality", "confidentiel"}});
    std::int64_t member =
        create("/api/v1/bodies/" + std::to_string(cell) + "/members",
               {{"contact_id", person}, {"role", "membre"}, {"charter_signed_on", "2025-01-10"}});
    // Another coordonnateur confirms the link and the membership (issue 12 §1).
    ApiClient second = signed_in("second", Role::coordonnateur, territory_);
    json::value confirm(json::object{{"decision", "confirme"}});
    for (const std::string& where : {"/api/v1/contacts/" + std::to_string(person) + "/link",
                                     "/api/v1/members/" + std::to_string(member) + "/access"}) {
      ApiResponse r = second.call("POST", where, confirm);
      if (r.status != 200) throw std::runtime_error(where + ": " + r.body);
    }
    std::int64_t record = create("/api/v1/followups", {{"territory_id", territory_},
                                                       {"body_id", cell},
                                                       {"last_name", "Durand"},
                                                       {"first_name", "Léa"},
                                                       {"referral_date", "2026-03-02"},
                                                       {"referral_origin", "famille"}});
    std::int64_t other = create("/api/v1/bodies", {{"territory_id", territory_},
                                                   {"name", "Situations complexes"},
                                                   {"kind", "cellule_situations_complexes"},
                                                   {"frequency", "on_demand"},
                                                   {"confidentiality", "confidentiel"}});
    ApiResponse shared = admin_->call(
        "POST", "/api/v1/followups/" + std::to_string(record) + "/shares",
        json::value(json::object{
            {"body_id", other}, {"scope", json::array{"situation"}}, {"reason", "Orientation"}}));
    if (shared.status != 201) throw std::runtime_error("share: " + shared.body);
    ids_["followup-shares"] = shared.json.at("shares").at(0).at("id").as_int64();
    procedures_of(record);
    return record;
  }

  void procedures_of(std::int64_t record) {
    std::string base = "/api/v1/followups/" + std::to_string(record);
    auto first_id = [&](const std::string& path, json::object body, const char* list) {
      ApiResponse r = admin_->call("POST", path, json::value(std::move(body)));
      if (r.status != 201) throw std::runtime_error(path + ": " + r.body);
      return r.json.at(list).at(0).at("id").as_int64();
    };
    ids_["reminders"] = first_id(base + "/reminders",
                                 {{"facts", "Tags"},
                                  {"facts_date", "2026-03-01"},
                                  {"summoned_by", "Le maire"},
                                  {"hearing_at", "2026-06-10T10:00"},
                                  {"place", "Mairie"},
                                  {"under_prosecution", false}},
                                 "reminders");
    ids_["cddf"] = first_id(base + "/cddf",
                            {{"referral_date", "2026-03-05"},
                             {"referred_by", "Collège"},
                             {"reason", "Absentéisme"},
                             {"parental_support", "propose"},
                             {"status", "saisi"}},
                            "cddf");
    ids_["tig-places"] = create("/api/v1/tig-places", {{"territory_id", territory_},
                                                       {"name", "Espaces verts"},
                                                       {"host_kind", "commune"},
                                                       {"host_name", "Ville"},
                                                       {"capacity", 3}});
    ids_["tig-placements"] = first_id(base + "/tig",
                                      {{"place_id", ids_["tig-places"]},
                                       {"start_date", "2026-05-04"},
                                       {"hours_ordered", 35},
                                       {"hours_done", 0},
                                       {"status", "en_cours"}},
                                      "tig");
  }

  std::int64_t create(const std::string& path, json::object body) {
    ApiResponse r = admin_->call("POST", path, json::value(std::move(body)));
    if (r.status != 201) throw std::runtime_error(path + ": " + r.body);
    return r.json.at("id").as_int64();
  }
  std::string id(const std::string& collection) { return std::to_string(ids_.at(collection)); }

  ApiResponse send(ApiClient& client, const Route& route) {
    std::optional<json::value> body;
    if (route.method == "POST" || route.method == "PUT") body = json::object{};
    return client.call(route.method, concrete_path(route.pattern, ids_), body);
  }

  std::vector<const Route*> routes_deletes_last() {
    std::vector<const Route*> routes;
    for (const Route& r : app_->router().routes())
      routes.push_back(&r);
    std::stable_partition(routes.begin(), routes.end(),
                          [](const Route* r) { return r->method != "DELETE"; });
    return routes;
  }

  std::int64_t territory_ = 0;
  std::int64_t other_territory_ = 0;
  std::unique_ptr<ApiClient> admin_;
  std::map<std::string, std::int64_t> ids_;
};

TEST_P(AccessWalkTest, every_route_has_a_rule_and_every_rule_a_route) {
  for (const Route& route : app_->router().routes()) {
    EXPECT_NE(find_access_rule(route.method, route.pattern), nullptr)
        << route.method << " " << route.pattern << " has no access rule";
  }
  for (const AccessRule& rule : access_rules()) {
    bool registered = std::any_of(
        app_->router().routes().begin(), app_->router().routes().end(),
        [&](const Route& r) { return r.method == rule.method && r.pattern == rule.pattern; });
    EXPECT_TRUE(registered) << rule.method << " " << rule.pattern << " is a rule without a route";
  }
}

TEST_P(AccessWalkTest, every_route_answers_each_role_as_its_rule_says) {
  std::map<Role, std::unique_ptr<ApiClient>> clients;
  for (Role role : kAllRoles) {
    clients[role] = std::make_unique<ApiClient>(
        signed_in(std::string("u-") + std::string(role_name(role)), role, territory_));
    if (role == Role::dpo) clients[role]->enrol_second_factor(clock_);  // required of a DPO
  }
  ApiClient anonymous(*app_);
  std::size_t checked = 0;
  for (const Route* route : routes_deletes_last()) {
    const AccessRule* rule = find_access_rule(route->method, route->pattern);
    ASSERT_NE(rule, nullptr) << route->pattern;
    std::string what = route->method + " " + route->pattern;
    if (route->pattern == "/api/v1/session") continue;  // login and logout: see AuthTest
    int status = send(anonymous, *route).status;
    if (rule->access == Access::open) {
      EXPECT_NE(status, 401) << what;
    } else {
      EXPECT_EQ(status, 401) << what << " without a session";
    }
    for (Role role : kAllRoles) {
      status = send(*clients[role], *route).status;
      bool gated = rule->access == Access::permission || rule->access == Access::need_to_know;
      bool allowed = !gated || role_allows(role, *rule->permission);
      if (allowed && rule->access == Access::need_to_know) {
        // The role only lets one try; membership decides (FollowUpMatrixTest walks real cases).
        EXPECT_NE(status, 401) << what << " as " << role_name(role);
      } else if (allowed) {
        EXPECT_TRUE(status != 401 && status != 403)
            << what << " as " << role_name(role) << ": " << status;
      } else {
        EXPECT_EQ(status, 403) << what << " as " << role_name(role);
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 5 * 25U);
}

TEST_P(AccessWalkTest, another_territory_s_records_are_not_found) {
  ApiClient outsider = signed_in("outsider", Role::coordonnateur, other_territory_);
  for (const Route& route : app_->router().routes()) {
    if (route.method != "GET" || route.pattern.find("{id}") == std::string::npos) continue;
    ApiResponse r = send(outsider, route);
    EXPECT_EQ(r.status, 404) << route.pattern << ": " << r.body;
  }
  ApiResponse list = outsider.call("GET", "/api/v1/strategies");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(list.json.at("items").as_array().empty());
  EXPECT_EQ(outsider.call("GET", "/api/v1/strategies?territory_id=" + id("territories")).status,
            404);
  json::object edit{{"number", 1}, {"title", "Pris"}, {"version", 1}};
  EXPECT_EQ(outsider.call("PUT", "/api/v1/axes/" + id("axes"), json::value(edit)).status, 404);
  EXPECT_EQ(outsider.call("DELETE", "/api/v1/strategies/" + id("strategies")).status, 404);
  ApiResponse still = admin_->call("GET", "/api/v1/strategies/" + id("strategies"));
  EXPECT_EQ(still.status, 200);
}

TEST_P(AccessWalkTest, unknown_paths_and_methods_are_told_apart) {
  EXPECT_EQ(admin_->call("GET", "/api/v1/nothing").status, 404);
  EXPECT_EQ(admin_->call("PATCH", "/api/v1/strategies").status, 405);
}

VIGIE_BOTH_STORES(AccessWalkTest);

}  // namespace vigie::test
