// Procedures built on a record — rappel à l'ordre with its summons letter, CDDF, TIG — under
// the record's need-to-know and journal.
#include "followup_fixture.h"
#include "independent_reader.h"

namespace vigie::test {
namespace json = boost::json;

class ProcedureTest : public FollowUpTest {
 protected:
  std::string record(const char* suffix = "") const {
    return path("/api/v1/followups/", record_, suffix);
  }
  static json::object reminder() {
    return {{"facts", "Tags répétés sur le mur du gymnase"}, {"facts_date", "2026-05-02"},
            {"summoned_by", "Le maire, Jean Dupont"},        {"hearing_at", "2026-06-10T10:00"},
            {"place", "salle du conseil, hôtel de ville"},   {"under_prosecution", false}};
  }
  std::int64_t place(std::int64_t capacity) {
    json::object p{{"territory_id", territory_},
                   {"name", "Espaces verts"},
                   {"host_kind", "commune"},
                   {"host_name", "Service des espaces verts"},
                   {"capacity", capacity}};
    return post("/api/v1/tig-places", p);
  }
};

TEST_P(ProcedureTest, a_rappel_a_l_ordre_is_refused_for_facts_under_prosecution) {
  ApiClient& agent = *people_["educatrice"];
  json::object unanswered = reminder();
  unanswered.erase("under_prosecution");
  EXPECT_EQ(agent.call("POST", record("/reminders"), json::value(unanswered)).error_field(),
            "under_prosecution");
  json::object prosecuted = reminder();
  prosecuted["under_prosecution"] = true;
  ApiResponse refused = agent.call("POST", record("/reminders"), json::value(prosecuted));
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.error_field(), "under_prosecution");
  EXPECT_TRUE(agent.call("GET", record("/procedures")).json.at("reminders").as_array().empty());
  ApiResponse made = agent.call("POST", record("/reminders"), json::value(reminder()));
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json.at("reminders").at(0).at("status"), "convoque");
}

TEST_P(ProcedureTest, the_summons_of_a_minor_names_the_parents_and_needs_a_step_up) {
  ApiClient& agent = *people_["educatrice"];
  json::object reps{
      {"last_name", "Durand"},
      {"first_name", "Léa"},
      {"birth_date", "2011-04-02"},
      {"referral_date", "2026-03-02"},
      {"referral_origin", "education_nationale"},
      {"representatives", json::array{json::object{{"name", "Sophie Durand"}, {"link", "mère"}}}},
      {"version", 1}};
  ASSERT_EQ(agent.call("PUT", record(), json::value(reps)).status, 200);
  ApiResponse made = agent.call("POST", record("/reminders"), json::value(reminder()));
  std::string summons =
      path("/api/v1/reminders/", made.json.at("reminders").at(0).at("id").as_int64(), "/summons");
  EXPECT_EQ(agent.call("GET", summons).status, 403);  // no step-up yet
  EXPECT_EQ(people_["autre-cellule"]->call("GET", summons).status, 403);
  ASSERT_EQ(
      agent.call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}}).status,
      204);
  ApiResponse pdf = agent.call("GET", summons);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  ASSERT_EQ(pdf.body.rfind("%PDF-", 0), 0U);
  std::string text = pdf_text(pdf.body);
  EXPECT_NE(text.find("Léa Durand"), std::string::npos) << text;
  EXPECT_NE(text.find("représentants légaux : Sophie Durand (mère)"), std::string::npos) << text;
  EXPECT_NE(text.find("10 juin 2026 à 10 h 00"), std::string::npos) << text;
  EXPECT_NE(text.find("L.132-7"), std::string::npos) << text;
  EXPECT_EQ(journal().at(0).at("action"), "impression_convocation");
}

// Field case 17: names outside Windows-1252 come out of pdftotext exactly as typed.
TEST_P(ProcedureTest, the_summons_prints_every_name_exactly_as_typed) {
  ApiClient& agent = *people_["educatrice"];
  ASSERT_EQ(
      agent.call("POST", "/api/v1/session/step-up", json::object{{"secret", kTestPassword}}).status,
      204);
  const std::pair<const char*, const char*> people[] = {
      {"Dušan", "Živković"}, {"Şahin", "Yıldız"}, {"Łucja", "Wąsowska-Őry"}};
  std::int64_t version = 1;
  for (const auto& [first, last] : people) {
    json::object who{{"last_name", last},
                     {"first_name", first},
                     {"referral_date", "2026-03-02"},
                     {"referral_origin", "education_nationale"},
                     {"version", version++}};
    ASSERT_EQ(agent.call("PUT", record(), json::value(who)).status, 200);
    json::object r = reminder();
    r["place"] = "Hôtel de Ville, bureau n° 2 — 1ᵉʳ étage";
    r["facts"] = "Dégradation d’un abri de bus (coût estimé : 1 250\u00A0€)\u202F; l’œuvre "
                 "murale «\u202FCœur\u202F» a été taguée…";
    r["summoned_by"] = "Mme Ž. Šimić, adjointe déléguée";
    ApiResponse made = agent.call("POST", record("/reminders"), json::value(r));
    ASSERT_EQ(made.status, 201) << made.body;
    auto& list = made.json.at("reminders").as_array();
    std::int64_t id = list.at(list.size() - 1).at("id").as_int64();
    ApiResponse pdf = agent.call("GET", path("/api/v1/reminders/", id, "/summons"));
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    std::string text = pdf_text(pdf.body);
    EXPECT_NE(text.find(std::string(first) + " " + last), std::string::npos) << text;
    EXPECT_NE(text.find("Mme Ž. Šimić"), std::string::npos) << text;
    EXPECT_NE(text.find("bureau n° 2"), std::string::npos) << text;
    EXPECT_NE(text.find("l’œuvre"), std::string::npos) << text;
    EXPECT_NE(text.find("Cœur"), std::string::npos) << text;
    EXPECT_NE(text.find("€"), std::string::npos) << text;
    EXPECT_EQ(text.find('?'), std::string::npos) << text;
  }
}

TEST_P(ProcedureTest, a_hearing_held_is_recorded_with_who_attended) {
  ApiClient& agent = *people_["educatrice"];
  ApiResponse made = agent.call("POST", record("/reminders"), json::value(reminder()));
  std::int64_t id = made.json.at("reminders").at(0).at("id").as_int64();
  json::object held = reminder();
  held.erase("under_prosecution");
  held["status"] = "tenu";
  held["version"] = 1;
  EXPECT_EQ(agent.call("PUT", path("/api/v1/reminders/", id), json::value(held)).error_field(),
            "attendees");
  held["attendees"] = json::array{"Léa Durand", "Sophie Durand (mère)", "Le maire"};
  held["hearing_record"] = "Rappel des règles ; Léa s'engage à nettoyer le mur.";
  held["follow_up"] = "Chantier éducatif proposé";
  ApiResponse done = agent.call("PUT", path("/api/v1/reminders/", id), json::value(held));
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json.at("reminders").at(0).at("status"), "tenu");
  EXPECT_EQ(done.json.at("reminders").at(0).at("attendees").as_array().size(), 3U);
  EXPECT_EQ(agent.call("PUT", path("/api/v1/reminders/", id), json::value(held)).status,
            409);  // stale version
}

TEST_P(ProcedureTest, a_cddf_referral_closes_with_its_outcome) {
  ApiClient& agent = *people_["coordinatrice"];
  json::object c{{"referral_date", "2026-04-01"},
                 {"referred_by", "Principal du collège"},
                 {"reason", "Absentéisme scolaire persistant"},
                 {"parental_support", "propose"},
                 {"status", "saisi"}};
  ApiResponse made = agent.call("POST", record("/cddf"), json::value(c));
  ASSERT_EQ(made.status, 201) << made.body;
  std::int64_t id = made.json.at("cddf").at(0).at("id").as_int64();
  c["status"] = "clos";
  c["hearing_date"] = "2026-04-20";
  c["recommendations"] = "Accompagnement parental ; suivi de l'assiduité";
  c["parental_support"] = "accepte";
  c["version"] = 1;
  EXPECT_EQ(agent.call("PUT", path("/api/v1/cddf/", id), json::value(c)).error_field(), "outcome");
  c["outcome"] = "Assiduité rétablie";
  ApiResponse closed = agent.call("PUT", path("/api/v1/cddf/", id), json::value(c));
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json.at("cddf").at(0).at("parental_support"), "accepte");
  EXPECT_EQ(people_["admin"]->call("GET", record("/procedures")).status, 403);
}

TEST_P(ProcedureTest, tig_placements_respect_the_law_s_hours_and_the_place_s_capacity) {
  std::int64_t garden = place(1);
  EXPECT_EQ(people_["educatrice"]
                ->call("POST", "/api/v1/tig-places",
                       json::object{{"territory_id", territory_},
                                    {"name", "Atelier"},
                                    {"host_kind", "association"},
                                    {"host_name", "Régie de quartier"},
                                    {"capacity", 2}})
                .status,
            403);  // places are kept by coordinators
  ApiClient& agent = *people_["educatrice"];
  EXPECT_EQ(agent.call("GET", "/api/v1/tig-places?territory_id=" + std::to_string(territory_))
                .json.at("items")
                .as_array()
                .size(),
            1U);
  json::object p{{"place_id", garden},
                 {"start_date", "2026-05-04"},
                 {"hours_ordered", 10},
                 {"hours_done", 0},
                 {"status", "en_cours"}};
  EXPECT_EQ(agent.call("POST", record("/tig"), json::value(p)).error_field(), "hours_ordered");
  p["hours_ordered"] = 70;
  ApiResponse placed = agent.call("POST", record("/tig"), json::value(p));
  ASSERT_EQ(placed.status, 201) << placed.body;
  EXPECT_EQ(placed.json.at("tig").at(0).at("place_name"), "Espaces verts");
  std::int64_t other =
      create(agent,
             {{"last_name", "Martin"}, {"first_name", "Paul"}, {"referral_origin", "parquet"}})
          .json.at("id")
          .as_int64();
  ApiResponse full = agent.call("POST", path("/api/v1/followups/", other, "/tig"), json::value(p));
  EXPECT_EQ(full.status, 409);
  EXPECT_EQ(full.error_field(), "place_id");
  json::object done{{"start_date", "2026-05-04"}, {"end_date", "2026-05-20"}, {"hours_ordered", 70},
                    {"hours_done", 60},           {"status", "termine"},      {"version", 1}};
  std::string placement =
      path("/api/v1/tig-placements/", placed.json.at("tig").at(0).at("id").as_int64());
  EXPECT_EQ(agent.call("PUT", placement, json::value(done)).error_field(), "hours_done");
  done["hours_done"] = 70;
  ApiResponse finished = agent.call("PUT", placement, json::value(done));
  ASSERT_EQ(finished.status, 200) << finished.body;
  EXPECT_EQ(finished.json.at("tig").at(0).at("status"), "termine");
}

VIGIE_BOTH_STORES(ProcedureTest);

}  // namespace vigie::test
