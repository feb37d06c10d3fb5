// The evaluation of a strategy over a period (issue 16 §1): indicators against their targets at
// the period's end, budget planned and spent, fiches' status changes, late measurements, and
// each axis's analysis.
#include "independent_reader.h"
#include "strategy_fixture.h"

namespace vigie::test {

class EvaluationTest : public StrategyTest {
 protected:
  // The fixture's fiche, with a quarterly indicator measured twice and two budget lines.
  std::int64_t measured_fiche() {
    json::object body = full_action();
    body["status"] = "prevue";
    json::object indicator{
        {"kind", "resultat"},
        {"label", "Signalements"},
        {"baseline", 12.0},
        {"baseline_date", "2023-12-31"},
        {"target", 6.5},
        {"target_date", "2025-12-31"},
        {"periodicity", "trimestrielle"},
        {"measurements",
         json::array{json::object{
                         {"measured_on", "2024-06-30"}, {"value", 9.0}, {"source", "Vie scolaire"}},
                     json::object{{"measured_on", "2025-06-30"},
                                  {"value", 6.0},
                                  {"entered_by", "quelqu'un d'autre"}}}}};
    body["indicators"] = json::array{indicator};
    body["budget_lines"] = json::array{
        json::object{{"label", "Ateliers"},
                     {"amount_cents", 1'250'000},
                     {"executed_cents", 1'000'000},
                     {"source", "fipd"},
                     {"funder_id", prefecture_},
                     {"year", 2024}},
        json::object{
            {"label", "Salle"}, {"amount_cents", 500'000}, {"source", "commune"}, {"year", 2023}}};
    return post(base() + "/actions", body);
  }
  json::value evaluation(const std::string& query) {
    ApiResponse r = c_->call("GET", base() + "/evaluation" + query);
    if (r.status != 200) throw std::runtime_error(r.body);
    return r.json;
  }
};

TEST_P(EvaluationTest, indicators_are_judged_at_the_period_s_end_and_budget_counts_its_years) {
  std::int64_t fiche = measured_fiche();
  json::value y2024 = evaluation("?from=2024&to=2024");
  const json::value& i = y2024.at("indicators").at(0);
  EXPECT_EQ(i.at("state"), "en_cours");  // 9 at the end of 2024, target date still ahead
  EXPECT_EQ(i.at("latest_value").as_double(), 9.0);
  EXPECT_EQ(i.at("measured_in_period"), 1);
  EXPECT_EQ(i.at("action_id"), fiche);
  const json::array& sources = y2024.at("budget_by_source").as_array();
  ASSERT_EQ(sources.size(), 1U);  // the 2023 line is outside the year
  EXPECT_EQ(sources[0].at("key"), "fipd");
  EXPECT_EQ(sources[0].at("planned_cents"), 1'250'000);
  EXPECT_EQ(sources[0].at("executed_cents"), 1'000'000);
  EXPECT_EQ(y2024.at("budget_by_funder").at(0).at("key"), "Préfecture");

  json::value whole = evaluation("?from=2023&to=2027");
  EXPECT_EQ(whole.at("indicators").at(0).at("state"), "atteint");  // 6 ≤ 6.5, downwards
  EXPECT_EQ(whole.at("indicators_by_state").at("atteint"), 1);
  EXPECT_EQ(whole.at("budget_by_year").as_array().size(), 2U);
  EXPECT_EQ(whole.at("budget_by_source").at(0).at("lines_without_execution"), 1);  // commune
  // Quarterly, last measured 2025-06-30: due 2025-09-30, late by the clock (2026-05-28).
  EXPECT_EQ(whole.at("late_measurements"), 1);
  EXPECT_EQ(whole.at("indicators").at(0).at("next_measurement_due"), "2025-09-30");
  // Who entered a measurement is the server's word, not the client's.
  const json::array& series = whole.at("indicators").at(0).at("measurements").as_array();
  EXPECT_EQ(series.at(0).at("entered_by"), "coord");
  EXPECT_EQ(series.at(1).at("entered_by"), "coord");
  EXPECT_EQ(series.at(0).at("source"), "Vie scolaire");
  EXPECT_EQ(whole.at("territory_name"), "Manosque");
}

TEST_P(EvaluationTest, a_fiche_s_status_change_is_dated_in_the_period_of_its_day) {
  std::int64_t fiche = measured_fiche();
  json::value stored = c_->call("GET", "/api/v1/actions/" + std::to_string(fiche)).json;
  json::object body = full_action();
  body["indicators"] = stored.at("indicators");
  body["status"] = "realisee";
  body["version"] = 1;
  ApiResponse r = c_->call("PUT", "/api/v1/actions/" + std::to_string(fiche), json::value(body));
  ASSERT_EQ(r.status, 200) << r.body;
  json::value now = evaluation("?from=2026&to=2026");
  ASSERT_EQ(now.at("changes").as_array().size(), 1U);
  EXPECT_EQ(now.at("changes").at(0).at("from"), "prevue");
  EXPECT_EQ(now.at("changes").at(0).at("to"), "realisee");
  EXPECT_EQ(now.at("fiches_by_status").at("realisee"), 1);
  EXPECT_TRUE(evaluation("?from=2025&to=2025").at("changes").as_array().empty());
  // Measurements sent back unchanged keep their author.
  EXPECT_EQ(r.json.at("indicators").at(0).at("measurements").at(0).at("entered_by"), "coord");
}

TEST_P(EvaluationTest, an_axis_analysis_belongs_to_its_period_and_bad_input_changes_nothing) {
  std::string analysis = "/api/v1/axes/" + std::to_string(axis_) + "/analysis";
  ApiResponse saved = c_->call(
      "PUT", analysis,
      json::value(json::object{{"from", 2023},
                               {"to", 2027},
                               {"text", "Le groupe propose d'étendre les ateliers aux écoles."}}));
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json.at("updated_by"), "coord");
  json::value whole = evaluation("?from=2023&to=2027");
  EXPECT_EQ(whole.at("axes").at(0).at("analysis").at("text"),
            "Le groupe propose d'étendre les ateliers aux écoles.");
  EXPECT_TRUE(evaluation("?from=2024&to=2024").at("axes").at(0).at("analysis").is_null());

  std::string before = snapshot(db());
  ApiResponse reversed = c_->call(
      "PUT", analysis, json::value(json::object{{"from", 2027}, {"to", 2023}, {"text", "x"}}));
  EXPECT_EQ(reversed.status, 400);
  EXPECT_EQ(reversed.error_field(), "to");
  ApiResponse missing = c_->call("PUT", analysis, json::value(json::object{{"text", "x"}}));
  EXPECT_EQ(missing.error_field(), "from");
  // Without its text, nothing is wiped: the field is required (an empty text clears it).
  EXPECT_EQ(c_->call("PUT", analysis, json::value(json::object{{"from", 2023}, {"to", 2027}}))
                .error_field(),
            "text");
  ApiClient reader = signed_in("lecteur", Role::lecteur, territory_);
  ApiResponse denied = reader.call(
      "PUT", analysis, json::value(json::object{{"from", 2023}, {"to", 2027}, {"text", "x"}}));
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(reader.call("GET", base() + "/evaluation?from=2023&to=2027").status, 200);
  std::int64_t elsewhere = make_territory("Cergy", "95127");
  ApiClient other = signed_in("autre", Role::coordonnateur, elsewhere);
  EXPECT_EQ(other.call("GET", base() + "/evaluation").status, 404);
  EXPECT_EQ(c_->call("GET", base() + "/evaluation?from=1989").error_field(), "from");
  EXPECT_EQ(c_->call("GET", base() + "/evaluation?from=2000&to=2030").error_field(), "to");
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(EvaluationTest, each_body_s_meetings_are_counted_over_the_period_s_years) {
  std::int64_t plenary = post("/api/v1/bodies", {{"territory_id", territory_},
                                                 {"name", "Assemblée plénière"},
                                                 {"kind", "pleniere"},
                                                 {"frequency", "times_per_year"},
                                                 {"frequency_count", 2},
                                                 {"confidentiality", "public"}});
  std::string meetings = "/api/v1/bodies/" + std::to_string(plenary) + "/meetings";
  for (const char* day : {"2024-03-12T18:00", "2025-03-11T18:00", "2025-10-14T18:00"}) {
    std::int64_t m = post(meetings, {{"starts_at", day}});
    json::object held{{"starts_at", day}, {"status", "tenue"}, {"version", 1}};
    ASSERT_EQ(c_->call("PUT", "/api/v1/meetings/" + std::to_string(m), json::value(held)).status,
              200);
  }
  json::value two_years = evaluation("?from=2024&to=2025");
  const json::value* body = nullptr;
  for (const auto& b : two_years.at("bodies").as_array()) {
    if (b.at("body_id") == plenary) body = &b;
  }
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->at("held"), 3);
  EXPECT_EQ(body->at("name"), "Assemblée plénière");
  EXPECT_FALSE(body->as_object().contains("year"));
  json::value one_year = evaluation("?from=2025&to=2025");
  for (const auto& b : one_year.at("bodies").as_array()) {
    if (b.at("body_id") == plenary) {
      EXPECT_EQ(b.at("held"), 2);
    }
  }
}

// Each tab of an XLSX workbook as openpyxl (Debian's python3-openpyxl) reads it: {tab: rows}.
json::object xlsx_tabs(const std::string& bytes) {
  std::string script =
      "import json, sys, openpyxl\n"
      "wb = openpyxl.load_workbook(sys.argv[1])\n"
      "print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)]\n"
      "                  for ws in wb.worksheets}))\n";
  return json::parse(read_with_python(bytes, "xlsx", script)).as_object();
}

TEST_P(EvaluationTest, the_action_plan_and_indicator_series_open_in_a_spreadsheet) {
  measured_fiche();
  ApiResponse xlsx = c_->call("GET", base() + "/action-plan?format=xlsx&from=2023&to=2027");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_NE(xlsx.header("Content-Disposition").value_or("").find("plan-d-action-manosque.xlsx"),
            std::string::npos);
  json::object tabs = xlsx_tabs(xlsx.body);
  ASSERT_TRUE(tabs.contains("Plan d'action")) << json::serialize(tabs);
  const json::array& plan = tabs.at("Plan d'action").as_array();
  EXPECT_TRUE(plan.at(0).at(0).as_string().starts_with("Plan d'action — "));
  const json::array& header = plan.at(3).as_array();
  const json::array& fiche = plan.at(4).as_array();
  auto column = [&](const std::string& name) -> const json::value& {
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (header[c].as_string() == name) return fiche.at(c);
    }
    throw std::runtime_error("no column " + name);
  };
  EXPECT_EQ(column("N°").to_number<double>(), 1.0);  // a number, not text
  EXPECT_EQ(column("Fiche-action"), "Prévention du harcèlement et du cyberharcèlement");
  EXPECT_EQ(column("Pilote"), "Collège Jean Giono");
  EXPECT_EQ(column("Partenaires"), "Préfecture");
  EXPECT_EQ(column("Statut"), "Prévue");
  EXPECT_EQ(column("Prochaine étape"), "Premier atelier");
  EXPECT_EQ(column("Échéance"), "01/03/2024");  // as a French spreadsheet reads a day
  EXPECT_EQ(column("En retard"), "oui");        // due 2024-03-01, not done
  EXPECT_EQ(column("Budget FIPD").to_number<double>(), 12'500.0);
  EXPECT_EQ(column("Budget Commune").to_number<double>(), 5'000.0);
  EXPECT_TRUE(column("Budget CAF").is_null());
  EXPECT_EQ(column("Budget total").to_number<double>(), 17'500.0);
  EXPECT_EQ(column("Dépensé").to_number<double>(), 10'000.0);
  EXPECT_EQ(column("Indicateurs"), "Signalements : 6 (cible 6,5)");
  const json::array& series = tabs.at("Séries des indicateurs").as_array();
  ASSERT_EQ(series.size(), 6U);  // title, note, blank, header, two measurements
  EXPECT_EQ(series.at(4).at(11), "2024-06-30");
  EXPECT_EQ(series.at(4).at(12).to_number<double>(), 9.0);
  EXPECT_EQ(series.at(4).at(13), "Vie scolaire");
  EXPECT_EQ(series.at(5).at(14), "coord");
  EXPECT_EQ(series.at(5).at(16), "Atteint");

  ApiResponse csv = c_->call("GET", base() + "/indicator-series?from=2023&to=2027");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF"
                           "Axe;N° fiche;Fiche-action;Indicateur",
                           0),
            0U);
  EXPECT_NE(csv.body.find(";6,5;2025-12-31;trimestrielle;2024-06-30;9;Vie scolaire;coord;"),
            std::string::npos)
      << csv.body;
  ApiResponse plan_csv = c_->call("GET", base() + "/action-plan");
  EXPECT_NE(plan_csv.body.find(";oui;12500,00;5000,00;;"), std::string::npos) << plan_csv.body;

  EXPECT_EQ(c_->call("GET", base() + "/action-plan?format=pdf").error_field(), "format");
  EXPECT_EQ(c_->call("GET", base() + "/indicator-series?from=20x4").error_field(), "from");
  std::int64_t elsewhere = make_territory("Cergy", "95127");
  ApiClient other = signed_in("autre", Role::coordonnateur, elsewhere);
  EXPECT_EQ(other.call("GET", base() + "/action-plan").status, 404);
}

// The bilan in its three formats, each read back by a reader that is not LibreOffice's writer:
// pdftotext (poppler), odt2txt, python3-docx.
TEST_P(EvaluationTest, the_bilan_is_a_document_with_contents_charts_and_page_numbers) {
  measured_fiche();
  ASSERT_EQ(
      c_->call("PUT", "/api/v1/axes/" + std::to_string(axis_) + "/analysis",
               json::value(json::object{{"from", 2024},
                                        {"to", 2025},
                                        {"text", "Le groupe propose d'étendre les ateliers."}}))
          .status,
      200);
  ApiResponse pdf = c_->call("GET", base() + "/bilan?from=2024&to=2025");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0U);
  EXPECT_NE(pdf.header("Content-Disposition").value_or("").find("bilan-manosque-2024-2025.pdf"),
            std::string::npos);
  std::string text = pdf_text(pdf.body);
  for (const char* expected :
       {"Bilan 2024-2025", "Sommaire", "Synthèse", "Prévention du harcèlement",
        "Analyse et propositions du groupe de travail", "Le groupe propose d'étendre les ateliers.",
        "Signalements", "12 500 €", "Fiches-actions par statut",
        "Manosque — Bilan 2024-2025 — page 1 sur"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
  }
  // The contents list its headings with their page: "Synthèse.....1".
  EXPECT_NE(text.find("Synthèse..."), std::string::npos) << text;

  ApiResponse odt = c_->call("GET", base() + "/bilan?from=2024&to=2024&format=odt");
  ASSERT_EQ(odt.status, 200) << odt.body;
  std::string odt_text = read_with(odt.body, "odt", "odt2txt --encoding=UTF-8");
  EXPECT_NE(odt_text.find("Bilan annuel 2024"), std::string::npos) << odt_text;
  EXPECT_NE(odt_text.find("Prévention du harcèlement"), std::string::npos);

  ApiResponse docx = c_->call("GET", base() + "/bilan?from=2024&to=2025&format=docx");
  ASSERT_EQ(docx.status, 200) << docx.body;
  std::string script =
      "import sys, docx\n"
      "d = docx.Document(sys.argv[1])\n"
      "print('\\n'.join(p.text for p in d.paragraphs))\n"
      "for t in d.tables:\n"
      "    for r in t.rows:\n"
      "        print(' | '.join(c.text for c in r.cells))\n"
      "print('PIED: ' + ' '.join(p.text for p in d.sections[0].footer.paragraphs))\n"
      "print('IMAGES: %d' % len(d.inline_shapes))\n";
  std::string docx_text = read_with_python(docx.body, "docx", script);
  EXPECT_NE(docx_text.find("Bilan 2024-2025"), std::string::npos) << docx_text;
  EXPECT_NE(docx_text.find("1 | Prévention du harcèlement et du cyberharcèlement | Prévue"),
            std::string::npos)
      << docx_text;
  EXPECT_NE(docx_text.find("PIED: Manosque — Bilan 2024-2025 — page"), std::string::npos);
  EXPECT_EQ(docx_text.find("IMAGES: 0"), std::string::npos) << docx_text;  // the charts

  EXPECT_EQ(c_->call("GET", base() + "/bilan?format=doc").error_field(), "format");
  EXPECT_EQ(c_->call("GET", base() + "/bilan?from=2030&to=2020").error_field(), "to");
}

VIGIE_BOTH_STORES(EvaluationTest);

}  // namespace vigie::test
