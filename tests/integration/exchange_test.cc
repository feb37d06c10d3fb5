#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/api_client.h"

namespace vigie::test {
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

json::value read_json(const fs::path& path) { return json::parse(read_text(path.string())); }

}  // namespace

class ExchangeTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    first_ = make_territory("Le Mans", "72181");
    second_ = make_territory("Cergy", "95127");
    ASSERT_TRUE(app_->users().add("coord", "Coord", kTestPassword).ok());
    ASSERT_TRUE(app_->users().grant("coord", first_, Role::coordonnateur).ok());
    ASSERT_TRUE(app_->users().grant("coord", second_, Role::coordonnateur).ok());
    c_ = std::make_unique<ApiClient>(*app_);
    ASSERT_EQ(c_->login("coord", kTestPassword).status, 201);
  }

  ApiResponse import(std::int64_t territory, const json::value& doc) {
    return c_->call("POST", "/api/v1/strategies/import?territory_id=" + std::to_string(territory),
                    doc);
  }
  json::value export_of(std::int64_t strategy) {
    ApiResponse r = c_->call("GET", "/api/v1/strategies/" + std::to_string(strategy) + "/export");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }

  std::int64_t first_ = 0, second_ = 0;
  std::unique_ptr<ApiClient> c_;
};

// A document rich in every kind of field and reference.
json::value rich_document() {
  return json::parse(R"({
    "format": "vigie.strategy", "format_version": 1,
    "strategy": {"title": "STSPD 2012-2014", "status": "adoptee", "period_start": 2012,
      "period_end": 2014, "description": "Programme", "source": null, "announced_axes": 7,
      "announced_actions": 40,
      "signatories": [{"organisation": "Préfecture de la Sarthe", "person": null, "role": "Préfet"}],
      "key_dates": [{"kind": "signature", "date": "2013-03-13", "label": null},
                    {"kind": "autre", "date": "1997", "label": "Contrat local de sécurité"}],
      "objectives": [{"number": 1, "title": "Tranquillité", "description": null}],
      "sections": [{"title": "Conclusion", "paragraphs": ["Un", "Deux"], "items": []}],
      "partners": ["Ville du Mans"]},
    "organisations": [
      {"name": "Bailleur Sarthe", "kind": "bailleur", "description": null,
       "contacts": [{"name": "Référente", "job_title": "Gestion locative", "email": "r@exemple.fr", "phone": null}]},
      {"name": "Ville du Mans", "kind": "collectivite", "description": "Commune", "contacts": []}],
    "axes": [{"number": 1, "title": "Tranquillité publique", "description": null,
              "orientations": [{"title": null, "paragraphs": [],
                                "items": [{"title": "Prévention", "text": "Sensibiliser"},
                                          {"title": "Écoute", "text": null}]}]},
             {"number": 2, "title": "Prévention", "description": "Jeunes", "orientations": []}],
    "actions": [
      {"axis": 1, "number": 1, "title": "Halls d'immeubles", "description": null, "constat": "Regroupements",
       "general_objective": "Apaiser", "operational_objectives": ["Médiation"], "target_public": null,
       "target_territory": "Quartiers", "solutions": "Rondes", "pilot": {"organisation": "Bailleur Sarthe", "contact": "Référente"},
       "partners": ["Ville du Mans"], "budget_lines": [{"label": "Médiateurs", "amount_cents": 4000000,
       "source": "fipd", "funder": "Ville du Mans", "year": 2013}],
       "milestones": [{"label": "Lancement", "due_date": "2013-01-15", "done_date": "2013-02-01"}],
       "indicators": [{"kind": "impact", "label": "Plaintes", "unit": "nombre", "baseline": 40.0, "target": 20.0, "target_date": "2015-12-31", "source": "Police",
                       "measurements": [{"measured_on": "2013-12-31", "value": 38.0, "note": null}, {"measured_on": "2014-12-31", "value": 31.0, "note": "Bilan"}]}],
       "status": "realisee", "example": false},
      {"axis": null, "number": 1, "title": "Sans axe", "description": null, "constat": null,
       "general_objective": null, "operational_objectives": [], "target_public": null,
       "target_territory": null, "solutions": null, "pilot": null, "partners": [], "budget_lines": [],
       "milestones": [], "indicators": [], "status": "non_renseigne", "example": true}]
  })");
}

TEST_P(ExchangeTest, export_import_export_gives_back_the_same_document) {
  ApiResponse imported = import(first_, rich_document());
  ASSERT_EQ(imported.status, 201) << imported.body;
  json::value exported = export_of(imported.json.at("id").as_int64());
  json::object expected = rich_document().as_object();
  json::object got = exported.as_object();
  EXPECT_EQ(got.at("territory").at("communes"), json::array{"72181"});
  got.erase("territory");
  EXPECT_EQ(json::value(got), json::value(expected));

  ApiResponse again = import(second_, exported);
  ASSERT_EQ(again.status, 201) << again.body;
  json::object second = export_of(again.json.at("id").as_int64()).as_object();
  second.erase("territory");
  EXPECT_EQ(json::value(second), json::value(got));
}

// More fiches and milestones than one batched statement holds (100 fiches, 500 milestones):
// every row lands on its own fiche, in order, and the export gives the document back.
TEST_P(ExchangeTest, a_large_import_spans_several_batches_and_round_trips) {
  json::object doc = rich_document().as_object();
  json::object model = doc.at("actions").at(0).as_object();
  json::array actions;
  for (int i = 0; i < 230; ++i) {
    json::object a = model;
    a["axis"] = 1 + i % 2;
    a["number"] = 1 + i / 2;
    a["title"] = "Fiche " + std::to_string(i);
    json::array steps;
    for (int k = 0; k < 7; ++k)
      steps.push_back({{"label", "Étape " + std::to_string(i) + "." + std::to_string(k)},
                       {"due_date", "2013-01-15"},
                       {"done_date", nullptr}});
    a["milestones"] = std::move(steps);
    actions.push_back(std::move(a));
  }
  doc["actions"] = std::move(actions);
  ApiResponse imported = import(first_, doc);
  ASSERT_EQ(imported.status, 201) << imported.body;
  json::object got = export_of(imported.json.at("id").as_int64()).as_object();
  got.erase("territory");
  // The export lists fiches by axis then number; the document dealt them alternately.
  auto by_place = [](json::array list) {
    std::sort(list.begin(), list.end(), [](const json::value& x, const json::value& y) {
      return x.at("title").as_string() < y.at("title").as_string();
    });
    return list;
  };
  ASSERT_EQ(got.at("actions").as_array().size(), 230U);
  EXPECT_EQ(by_place(got.at("actions").as_array()), by_place(doc.at("actions").as_array()));
}

TEST_P(ExchangeTest, every_seed_round_trips) {
  for (const auto& file : seed_data_files()) {
    json::value doc = read_json(file);
    ApiResponse r = import(first_, doc);
    ASSERT_EQ(r.status, 201) << file << ": " << r.body;
    json::object out = export_of(r.json.at("id").as_int64()).as_object();
    json::object in = doc.as_object();
    out.erase("territory");
    in.erase("territory");
    EXPECT_EQ(json::value(out), json::value(in)) << file;
  }
}

TEST_P(ExchangeTest, a_bad_document_names_the_field_and_imports_nothing) {
  std::string before = snapshot(db());
  json::value doc = rich_document();
  doc.at("actions").at(0).at("partners").as_array().push_back("Inconnue");
  ApiResponse r = import(first_, doc);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_field(), "actions[0].partners[1]");
  doc = rich_document();
  doc.at("actions").at(1).as_object()["axis"] = 1;  // duplicate number 1 under axis 1
  r = import(first_, doc);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.error_field(), "actions[1].number");
  doc = rich_document();
  doc.as_object()["format"] = "autre";
  EXPECT_EQ(import(first_, doc).error_field(), "format");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(ExchangeTest, a_document_imported_twice_does_not_make_a_second_plan) {
  ASSERT_EQ(import(first_, rich_document()).status, 201);
  std::string before = snapshot(db());
  ApiResponse again = import(first_, rich_document());
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.error_field(), "strategy.title");
  EXPECT_EQ(snapshot(db()), before);
  EXPECT_EQ(import(second_, rich_document()).status, 201);  // another territory may have it
}

TEST_P(ExchangeTest, import_reuses_the_territory_s_organisations_by_name) {
  ApiResponse org = c_->call(
      "POST", "/api/v1/organisations",
      json::object{{"territory_id", first_}, {"name", "Ville du Mans"}, {"kind", "collectivite"}});
  ASSERT_EQ(org.status, 201);
  ASSERT_EQ(import(first_, rich_document()).status, 201);
  ApiResponse list =
      c_->call("GET", "/api/v1/organisations?territory_id=" + std::to_string(first_));
  EXPECT_EQ(list.json.at("items").as_array().size(), 2U);
}

VIGIE_BOTH_STORES(ExchangeTest);

}  // namespace vigie::test
