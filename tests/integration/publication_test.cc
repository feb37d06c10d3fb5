// Publishing (issue 16 §3): nothing is public until the coordinator publishes it; then the
// territory's page, its open data (CSV read back by Python's csv module, JSON, Table Schema,
// DCAT-AP catalogue) and its published bilans show only what may be public — no person, no
// budget, no note, nothing of a restreint or confidentiel body. Bad choices change nothing.
#include "independent_reader.h"
#include "meeting_fixture.h"

namespace vigie::test {
namespace json = boost::json;

class PublicationTest : public MeetingFixture {
 protected:
  void SetUp() override {
    MeetingFixture::SetUp();
    strategy_ = post("/api/v1/strategies", {{"territory_id", territory_},
                                            {"title", "STSPD 2015-2018"},
                                            {"status", "adoptee"},
                                            {"period_start", 2015},
                                            {"period_end", 2018}});
    std::int64_t axis = post(base() + "/axes", {{"number", 1}, {"title", "Tranquillité publique"}});
    std::int64_t agent = contact(ville_, "Martin Durand");
    json::object indicator{{"kind", "realisation"},
                           {"label", "Réunions de quartier"},
                           {"unit", "réunions"},
                           {"baseline", 0.0},
                           {"target", 4.0},
                           {"measurements", json::array{json::object{{"measured_on", "2016-06-30"},
                                                                     {"value", 2.0},
                                                                     {"note", "note interne"}}}}};
    post(base() + "/actions",
         {{"axis_id", axis},
          {"number", 1},
          {"title", "Prévention situationnelle à la Gavotte"},
          {"general_objective", "Améliorer le cadre de vie"},
          {"pilot_organisation_id", ville_},
          {"pilot_contact_id", agent},
          {"partner_ids", json::array{police_}},
          {"budget_lines", json::array{json::object{{"label", "Ligne budgétaire secrète"},
                                                    {"amount_cents", 500'000},
                                                    {"source", "fipd"}}}},
          {"indicators", json::array{indicator}},
          {"status", "realisee"}});
    std::int64_t pleniere = body("Formation plénière", "pleniere", "public");
    meeting(pleniere, "2016-12-08T18:00");
    std::int64_t cellule = body("Cellule de veille de la Gavotte", "cellule_veille", "restreint");
    meeting(cellule, "2016-05-02T09:00");
  }

  std::string base() { return "/api/v1/strategies/" + std::to_string(strategy_); }
  std::string page() { return "/public/v1/territories/" + std::to_string(territory_); }
  ApiResponse publish(json::object choice) {
    return c_->call("PUT", base() + "/publication", json::value(std::move(choice)));
  }
  static json::object full_choice() {
    return {{"strategy", true},
            {"calendar", true},
            {"diagnostic", false},
            {"bilans", json::array{json::object{{"from", 2015}, {"to", 2018}}}}};
  }
  static json::object nothing() {
    return {
        {"strategy", false}, {"calendar", false}, {"diagnostic", false}, {"bilans", json::array{}}};
  }

  std::int64_t strategy_ = 0;
};

TEST_P(PublicationTest, nothing_is_public_until_published_and_a_preview_stores_nothing) {
  ApiClient anyone(*app_);
  EXPECT_EQ(anyone.call("GET", page()).status, 404);
  ApiResponse none = c_->call("GET", base() + "/publication");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_FALSE(none.json.at("strategy").as_bool());
  EXPECT_TRUE(none.json.at("published_at").is_null());

  ApiResponse preview =
      c_->call("POST", base() + "/publication/preview", json::value(full_choice()));
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_NE(preview.body.find("Prévention situationnelle à la Gavotte"), std::string::npos);
  EXPECT_EQ(anyone.call("GET", page()).status, 404);  // still nothing public

  ApiClient reader = signed_in("lecteur", Role::lecteur, territory_);
  EXPECT_EQ(reader.call("PUT", base() + "/publication", json::value(full_choice())).status, 403);
  EXPECT_EQ(reader.call("GET", base() + "/publication").status, 200);
}

TEST_P(PublicationTest, the_public_page_shows_only_what_may_be_public) {
  ApiResponse done = publish(full_choice());
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json.at("published_by"), "coord");
  ApiResponse journal =
      c_->call("GET", "/api/v1/journal?territory_id=" + std::to_string(territory_));
  EXPECT_NE(journal.body.find("publication.modification"), std::string::npos) << journal.body;
  EXPECT_NE(journal.body.find("le bilan 2015-2018"), std::string::npos) << journal.body;

  ApiClient anyone(*app_);
  ApiResponse r = anyone.call("GET", page());
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& fiche = r.json.at("strategies").at(0).at("fiches").at(0);
  EXPECT_EQ(fiche.at("title"), "Prévention situationnelle à la Gavotte");
  EXPECT_EQ(fiche.at("pilot"), "Ville des Pennes-Mirabeau");
  EXPECT_EQ(fiche.at("partners").at(0), "Gendarmerie nationale");
  EXPECT_EQ(fiche.at("indicators").at(0).at("target").as_double(), 4.0);
  for (const char* never : {"Martin Durand", "Ligne budgétaire secrète", "note interne",
                            "Cellule de veille", "Hôtel de ville", "2016-05-02", "\"coord\""}) {
    EXPECT_EQ(r.body.find(never), std::string::npos) << never;
  }
  const auto& calendar = r.json.at("calendar").as_array();
  ASSERT_EQ(calendar.size(), 1U);
  EXPECT_EQ(calendar.at(0).at("day"), "2016-12-08");
  EXPECT_EQ(r.json.at("licence").at("id"), "etalab-2.0");
  EXPECT_TRUE(r.json.at("diagnostic").is_null());  // not published
  EXPECT_EQ(anyone.call("GET", page() + "/delinquance.csv").status, 404);

  // Set back to draft, it leaves the public page until adopted again.
  json::object draft{{"title", "STSPD 2015-2018"},
                     {"status", "brouillon"},
                     {"period_start", 2015},
                     {"period_end", 2018},
                     {"version", 1}};
  ASSERT_EQ(c_->call("PUT", base(), json::value(draft)).status, 200);
  EXPECT_EQ(anyone.call("GET", page()).status, 404);
  EXPECT_EQ(anyone
                .call("GET", "/public/v1/strategies/" + std::to_string(strategy_) +
                                 "/bilan?from=2015&to=2018")
                .status,
            404);
  draft["status"] = "close";
  draft["version"] = 2;
  ASSERT_EQ(c_->call("PUT", base(), json::value(draft)).status, 200);
  EXPECT_EQ(anyone.call("GET", page()).status, 200);

  // Withdrawn: nothing public again.
  ASSERT_EQ(publish(nothing()).status, 200);
  EXPECT_EQ(anyone.call("GET", page()).status, 404);
  EXPECT_EQ(anyone.call("GET", page() + "/fiches.csv").status, 404);
}

TEST_P(PublicationTest, open_data_files_match_their_schema_and_the_catalogue_lists_them) {
  ASSERT_EQ(publish(full_choice()).status, 200);
  ApiClient anyone(*app_);
  ApiResponse csv = anyone.call("GET", page() + "/fiches.csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("Access-Control-Allow-Origin").value_or(""), "*");
  ApiResponse schema = anyone.call("GET", "/public/v1/schemas/fiches.json");
  ASSERT_EQ(schema.status, 200);
  std::string names;
  for (const auto& f : schema.json.at("fields").as_array())
    names += std::string(f.at("name").as_string()) + ",";
  // Python's csv module reads the file; its header is the schema's field list, in order.
  std::string read =
      read_with_python(csv.body, "csv",
                       "import csv, sys\n"
                       "rows = list(csv.DictReader(open(sys.argv[1], newline='', "
                       "encoding='utf-8')))\n"
                       "print(','.join(rows[0].keys()) + ',')\n"
                       "print(len(rows), rows[0]['titre'], '|', rows[0]['pilote'])\n");
  EXPECT_NE(read.find(names), std::string::npos) << read << " vs " << names;
  EXPECT_NE(read.find("1 Prévention situationnelle à la Gavotte | Ville des Pennes-Mirabeau"),
            std::string::npos)
      << read;

  ApiResponse meetings = anyone.call("GET", page() + "/reunions.json");
  ASSERT_EQ(meetings.status, 200) << meetings.body;
  EXPECT_EQ(meetings.json.at("data").at(0).at("date"), "2016-12-08");
  EXPECT_FALSE(meetings.json.at("data").at(0).at("tenue").as_bool());
  EXPECT_NE(std::string(meetings.json.at("schema").as_string()).find("/schemas/reunions.json"),
            std::string::npos);

  ApiResponse catalogue = anyone.call("GET", page() + "/catalogue.jsonld");
  ASSERT_EQ(catalogue.status, 200) << catalogue.body;
  EXPECT_NE(catalogue.header("Content-Type").value_or("").find("application/ld+json"),
            std::string::npos);
  json::value c = json::parse(catalogue.body);
  EXPECT_EQ(c.at("@type"), "dcat:Catalog");
  const auto& datasets = c.at("dcat:dataset").as_array();
  ASSERT_EQ(datasets.size(), 2U);  // fiches and reunions; the figures are not published
  const auto& distribution = datasets.at(0).at("dcat:distribution").at(0);
  EXPECT_EQ(distribution.at("dcat:mediaType"), "text/csv");
  EXPECT_NE(std::string(distribution.at("dct:conformsTo").at("@id").as_string())
                .find("/public/v1/schemas/fiches.json"),
            std::string::npos);
  EXPECT_EQ(datasets.at(0).at("dct:license").at("@id"),
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
}

TEST_P(PublicationTest, a_published_bilan_leaves_restricted_bodies_out) {
  ApiClient anyone(*app_);
  std::string bilan = "/public/v1/strategies/" + std::to_string(strategy_) + "/bilan";
  EXPECT_EQ(anyone.call("GET", bilan + "?from=2015&to=2018").status, 404);  // not published
  ASSERT_EQ(publish(full_choice()).status, 200);
  ApiResponse pdf = anyone.call("GET", bilan + "?from=2015&to=2018&format=pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  std::string text = pdf_text(pdf.body);
  EXPECT_NE(text.find("Formation plénière"), std::string::npos) << text;
  EXPECT_EQ(text.find("Cellule de veille"), std::string::npos) << text;
  EXPECT_EQ(text.find("note interne"), std::string::npos) << text;
  EXPECT_EQ(anyone.call("GET", bilan + "?from=2016&to=2016").status, 404);  // another period
  EXPECT_EQ(anyone.call("GET", bilan + "?from=2015&to=2018&format=rtf").status, 400);
  EXPECT_EQ(anyone.call("GET", bilan + "?from=2018&to=2015").error_field(), "to");
}

TEST_P(PublicationTest, bad_choices_are_refused_by_field_and_change_nothing) {
  ASSERT_EQ(publish(full_choice()).status, 200);
  std::string before = c_->call("GET", base() + "/publication").body;
  auto refused = [&](json::object choice) { return publish(std::move(choice)).error_field(); };
  json::object wrong = full_choice();
  wrong["bilans"] = json::array{json::object{{"from", 2018}, {"to", 2015}}};
  EXPECT_EQ(refused(wrong), "bilans[0].to");
  wrong["bilans"] = json::array{json::object{{"from", 1800}, {"to", 2015}}};
  EXPECT_EQ(refused(wrong), "bilans[0].from");
  wrong = full_choice();
  wrong["strategy"] = "oui";
  EXPECT_EQ(refused(wrong), "strategy");
  wrong = full_choice();
  wrong["everything"] = true;
  EXPECT_EQ(refused(wrong), "everything");
  // The whole choice every time: a part left out is not a withdrawal.
  EXPECT_EQ(refused({{"strategy", true}}), "calendar");
  wrong = full_choice();
  wrong.erase("bilans");
  EXPECT_EQ(refused(wrong), "bilans");
  // A bilan covers begun years of the strategy (2015-2018).
  wrong = full_choice();
  wrong["bilans"] = json::array{json::object{{"from", 2014}, {"to", 2016}}};
  EXPECT_EQ(refused(wrong), "bilans[0].from");
  wrong["bilans"] = json::array{json::object{{"from", 2016}, {"to", 2019}}};
  EXPECT_EQ(refused(wrong), "bilans[0].to");
  EXPECT_EQ(c_->call("GET", base() + "/publication").body, before);

  std::int64_t draft =
      post("/api/v1/strategies", {{"territory_id", territory_}, {"title", "Brouillon 2027"}});
  ApiResponse r = c_->call("PUT", "/api/v1/strategies/" + std::to_string(draft) + "/publication",
                           json::value(full_choice()));
  EXPECT_EQ(r.error_field(), "strategy") << r.body;
  std::int64_t elsewhere = make_territory("Cergy", "95127");
  ApiClient other = signed_in("autre", Role::coordonnateur, elsewhere);
  EXPECT_EQ(other.call("PUT", base() + "/publication", json::value(full_choice())).status, 404);
  EXPECT_EQ(c_->call("GET", base() + "/publication").body, before);
}

VIGIE_BOTH_STORES(PublicationTest);

}  // namespace vigie::test
