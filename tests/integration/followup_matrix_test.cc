// The authorization matrix over real cases, on every follow-up route that names a record: a
// member without the charter, a former member, a member of another body, an élu, an
// administrator, the DPO and no session are all refused (and each refusal journaled); the
// current signatory member is let through; only the DPO reads the journal.
#include "auth/access_rules.h"
#include "followup_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class FollowUpMatrixTest : public FollowUpTest {
 protected:
  void SetUp() override {
    FollowUpTest::SetUp();
    // A third cell with nobody in it: shares and transfers go there, opening the record to no
    // one of the cases.
    empty_body_ = body("Cellule de veille scolaire", "cellule_veille", "confidentiel", "monthly");
    other_empty_body_ =
        body("Cellule santé mentale", "cellule_situations_complexes", "confidentiel", "on_demand");
    ApiClient& member = *people_["educatrice"];
    std::string base = path("/api/v1/followups/", record_);
    auto first = [&](const std::string& p, const json::object& b, const char* list) {
      ApiResponse r = member.call("POST", p, json::value(b));
      if (r.status != 201) throw std::runtime_error(p + ": " + r.body);
      return r.json.at(list).at(0).at("id").as_int64();
    };
    ids_["reminders"] = first(base + "/reminders", reminder(true), "reminders");
    ids_["cddf"] = first(base + "/cddf", cddf(), "cddf");
    place_ = post("/api/v1/tig-places", {{"territory_id", territory_},
                                         {"name", "Espaces verts"},
                                         {"host_kind", "commune"},
                                         {"host_name", "Ville"},
                                         {"capacity", 5}});
    ids_["tig-placements"] = first(base + "/tig", placement(true), "tig");
    ids_["followup-shares"] = first(base + "/shares", share(), "shares");
    ids_["followups"] = record_;
  }

  static json::object reminder(bool new_one) {
    json::object r{{"facts", "Tags"},
                   {"facts_date", "2026-03-01"},
                   {"summoned_by", "Le maire"},
                   {"hearing_at", "2026-06-10T10:00"},
                   {"place", "Mairie"}};
    if (new_one) r["under_prosecution"] = false;
    return r;
  }
  static json::object cddf() {
    return {{"referral_date", "2026-03-05"},
            {"referred_by", "Collège"},
            {"reason", "Absentéisme"},
            {"parental_support", "propose"},
            {"status", "saisi"}};
  }
  json::object placement(bool new_one) const {
    json::object p{{"start_date", "2026-05-04"},
                   {"hours_ordered", 35},
                   {"hours_done", 0},
                   {"status", "en_cours"}};
    if (new_one) p["place_id"] = place_;
    return p;
  }
  json::object share() const {
    return {
        {"body_id", empty_body_}, {"scope", json::array{"situation"}}, {"reason", "Orientation"}};
  }
  static json::object versioned(json::object o) {
    o["version"] = 1;
    return o;
  }

  // A valid body for each writing route: a refusal must come from the rule, not from the input.
  std::optional<json::value> body_for(const Route& route) const {
    const std::string key = route.method + " " + route.pattern;
    const std::map<std::string, json::object> samples{
        {"PUT /api/v1/followups/{id}", versioned({{"last_name", "Durand"},
                                                  {"first_name", "Léa"},
                                                  {"referral_date", "2026-03-02"},
                                                  {"referral_origin", "education_nationale"}})},
        {"POST /api/v1/followups/{id}/actions",
         {{"action_date", "2026-04-01"}, {"description", "Entretien"}}},
        {"POST /api/v1/followups/{id}/close",
         {{"end_date", "2026-04-02"}, {"end_reason", "Objectifs atteints"}}},
        {"PUT /api/v1/followups/{id}/social-professionals", {{"professionals", json::array{}}}},
        {"POST /api/v1/followup-shares/{id}/access", {{"decision", "confirme"}}},
        {"POST /api/v1/followups/{id}/social-professionals/access",
         {{"contact_id", contacts_.at("educatrice")}, {"decision", "confirme"}}},
        {"POST /api/v1/followups/{id}/social", {{"note_date", "2026-04-01"}, {"text", "Note"}}},
        {"POST /api/v1/followups/{id}/shares",
         {{"body_id", other_empty_body_}, {"scope", json::array{"identite"}}, {"reason", "Suivi"}}},
        {"POST /api/v1/followups/{id}/transfer", {{"body_id", empty_body_}, {"reason", "Relève"}}},
        {"POST /api/v1/followups/{id}/reminders", reminder(true)},
        {"PUT /api/v1/reminders/{id}", versioned(reminder(false))},
        {"POST /api/v1/followups/{id}/cddf", cddf()},
        {"PUT /api/v1/cddf/{id}", versioned(cddf())},
        {"POST /api/v1/followups/{id}/tig", placement(true)},
        {"PUT /api/v1/tig-placements/{id}", versioned(placement(false))},
    };
    if (route.method == "GET" || route.method == "DELETE") return std::nullopt;
    auto found = samples.find(key);
    if (found == samples.end()) throw std::runtime_error("no sample body for " + key);
    return json::value(found->second);
  }

  /// The routes that name a record and are opened by membership only.
  std::vector<const Route*> record_routes() const {
    std::vector<const Route*> out;
    for (const Route& r : app_->router().routes()) {
      const AccessRule* rule = find_access_rule(r.method, r.pattern);
      if (rule->access == Access::need_to_know && rule->permission == Permission::followup_access &&
          r.pattern.find("{id}") != std::string::npos) {
        out.push_back(&r);
      }
    }
    // What ends the record's life for its members goes last.
    std::ranges::stable_partition(out, [](const Route* r) {
      return r->pattern.find("/close") == std::string::npos &&
             r->pattern.find("/transfer") == std::string::npos;
    });
    return out;
  }

  int refusals() {
    int n = 0;
    for (const auto& e : journal())
      if (e.at("action") == "refus" && e.at("followup_id") == record_) ++n;
    return n;
  }

  std::int64_t empty_body_ = 0, other_empty_body_ = 0, place_ = 0;
  std::map<std::string, std::int64_t> ids_;
};

TEST_P(FollowUpMatrixTest, everyone_but_a_current_signatory_member_is_refused_on_every_route) {
  std::vector<const Route*> routes = record_routes();
  ASSERT_GE(routes.size(), 18U);
  ApiClient nobody(*app_);
  for (const char* who : {"sans-charte", "ancien", "autre-cellule", "elu", "admin", "dpo"}) {
    ApiClient& c = *people_[who];
    c.call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}});
    for (const Route* route : routes) {
      std::string what = route->method + " " + route->pattern + " as " + who;
      int before = refusals();
      ApiResponse r = c.call(route->method, concrete_path(route->pattern, ids_), body_for(*route));
      EXPECT_EQ(r.status, 403) << what << ": " << r.body;
      EXPECT_EQ(refusals(), before + 1) << what << " is not journaled";
    }
  }
  for (const Route* route : routes) {
    EXPECT_EQ(
        nobody.call(route->method, concrete_path(route->pattern, ids_), body_for(*route)).status,
        401)
        << route->method << " " << route->pattern;
  }
}

TEST_P(FollowUpMatrixTest, the_current_signatory_member_passes_every_route) {
  ApiClient& member = *people_["educatrice"];
  json::array named{json::object{{"contact_id", contacts_["educatrice"]},
                                 {"profession", "educateur_specialise"}}};
  ASSERT_EQ(member
                .call("PUT", path("/api/v1/followups/", record_, "/social-professionals"),
                      json::value(json::object{{"professionals", named}}))
                .status,
            200);
  ASSERT_EQ(people_["coordinatrice"]
                ->call("POST", path("/api/v1/followups/", record_, "/social-professionals/access"),
                       json::value(json::object{{"contact_id", contacts_["educatrice"]},
                                                {"decision", "confirme"}}))
                .status,
            200);
  ASSERT_EQ(member.call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}})
                .status,
            204);
  for (const Route* route : record_routes()) {
    if (route->pattern.ends_with("/social-professionals")) continue;  // would un-name her
    // Nobody decides on their own designation: decisions are walked in FollowUpSharingTest.
    if (route->pattern.ends_with("/social-professionals/access")) continue;
    // Nor on a share they asked for (walked in FollowUpSharingTest too).
    if (route->pattern == "/api/v1/followup-shares/{id}/access") continue;
    // Once closed, the record is archived and a transfer is refused as any other act on it;
    // transfers are walked in FollowUpSharingTest.
    if (route->pattern.ends_with("/transfer")) continue;
    ApiResponse r =
        member.call(route->method, concrete_path(route->pattern, ids_), body_for(*route));
    EXPECT_TRUE(r.status >= 200 && r.status < 300)
        << route->method << " " << route->pattern << ": " << r.status << " " << r.body;
  }
}

TEST_P(FollowUpMatrixTest, only_the_dpo_reads_the_journal_and_its_integrity) {
  std::string query = "?territory_id=" + std::to_string(territory_);
  for (std::string journal_path :
       {"/api/v1/followup-journal" + query, "/api/v1/followup-journal/integrity" + query}) {
    EXPECT_EQ(people_["dpo"]->call("GET", journal_path).status, 200);
    for (const char* who : {"educatrice", "sans-charte", "ancien", "autre-cellule", "elu", "admin"})
      EXPECT_EQ(people_[who]->call("GET", journal_path).status, 403) << who;
    ApiClient nobody(*app_);
    EXPECT_EQ(nobody.call("GET", journal_path).status, 401);
  }
  // This App was given no journal key: the DPO is told the chain is not protected.
  ApiResponse integrity = people_["dpo"]->call("GET", "/api/v1/followup-journal/integrity" + query);
  EXPECT_EQ(integrity.json.at("state"), "sans_cle");
  EXPECT_GT(integrity.json.at("entries").as_int64(), 0);
}

VIGIE_BOTH_STORES(FollowUpMatrixTest);

}  // namespace vigie::test
