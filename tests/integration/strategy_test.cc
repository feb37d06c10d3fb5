#include "strategy_fixture.h"

namespace vigie::test {
namespace json = boost::json;

TEST_P(StrategyTest, a_fiche_keeps_every_field_it_was_given) {
  std::int64_t id = post(base() + "/actions", full_action());
  ApiResponse r = c_->call("GET", "/api/v1/actions/" + std::to_string(id));
  ASSERT_EQ(r.status, 200);
  json::object expected = full_action();
  for (const auto& [key, value] : expected) {
    if (key == "indicators") continue;  // stored with more than was given: below
    EXPECT_EQ(r.json.at(key), value) << key;
  }
  // An indicator also gets its id and its series: the value given is its one measurement.
  const json::object& indicator = r.json.at("indicators").at(0).as_object();
  for (const auto& [key, value] : expected.at("indicators").at(0).as_object()) {
    EXPECT_EQ(indicator.at(key), value) << key;
  }
  EXPECT_EQ(indicator.at("measurements"),
            json::parse(R"([{"measured_on": "2024-06-30", "value": 9.0, "note": null,
                             "source": null, "entered_by": "coord"}])"));
  EXPECT_EQ(r.json.at("version").as_int64(), 1);
}

TEST_P(StrategyTest, bad_input_gets_a_precise_400_and_changes_nothing) {
  post(base() + "/actions", full_action());
  std::string before = snapshot(db());
  struct Case {
    std::string body;
    std::string field;
  };
  std::string too_long(301, 'x');
  std::vector<Case> cases{
      {"{\"number\": 2, \"title\": ", "title"},  // the text stops where title's value is due
      {"{\"number\": 2, \"number\": 3, \"title\": \"T\"}", "number"},
      {"[1, 2]", ""},
      {R"({"number": 2, "title": "T", "colour": "bleu"})", "colour"},
      {R"({"number": "2", "title": "T"})", "number"},
      {R"({"number": 2, "title": ")" + too_long + "\"}", "title"},
      {R"({"number": 2})", "title"},
      {R"({"number": 2, "title": "T", "status": "finie"})", "status"},
      {R"({"number": 2, "title": "T", "milestones": [{"label": "M", "due_date": "2024-02-30"}]})",
       "milestones[0].due_date"},
      {R"({"number": 2, "title": "T", "indicators": [{"kind": "impact"}]})", "indicators[0].label"},
      {R"({"number": 2, "title": "T", "indicators": [{"kind": "impact", "label": "I", "measured_on": "2024-01-01"}]})",
       "indicators[0].current_value"},
      {R"({"number": 2, "title": "T", "partner_ids": [999999]})", "partner_ids[0]"},
      {R"({"number": 2, "title": "T", "axis_id": 999999})", "axis_id"},
      {R"({"number": 2, "title": "T", "budget_lines": [{"label": "B", "amount_cents": -5, "source": "fipd"}]})",
       "budget_lines[0].amount_cents"},
  };
  for (const auto& c : cases) {
    ApiResponse r =
        c_->call_raw("POST", base() + "/actions", c.body, {{"content-type", "application/json"}});
    EXPECT_EQ(r.status, 400) << c.body << " → " << r.body;
    EXPECT_EQ(r.error_field(), c.field) << c.body;
    EXPECT_EQ(r.error_code(), "invalid");
  }
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(StrategyTest, a_duplicate_fiche_number_is_a_409_naming_the_number) {
  post(base() + "/actions", full_action());
  std::string before = snapshot(db());
  ApiResponse r = c_->call("POST", base() + "/actions", json::value(full_action()));
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.error_field(), "number");
  EXPECT_EQ(snapshot(db()), before);
  json::object other_axis = full_action();
  other_axis["axis_id"] = post(base() + "/axes", {{"number", 2}, {"title", "Deux"}});
  EXPECT_EQ(c_->call("POST", base() + "/actions", json::value(other_axis)).status, 201);
}

TEST_P(StrategyTest, a_stale_version_is_refused_and_the_newer_edit_kept) {
  std::int64_t id = post(base() + "/actions", full_action());
  std::string path = "/api/v1/actions/" + std::to_string(id);
  json::object first = full_action();
  first["title"] = "Première modification";
  first["version"] = 1;
  ASSERT_EQ(c_->call("PUT", path, json::value(first)).status, 200);
  std::string before = snapshot(db());
  json::object late = full_action();
  late["title"] = "Modification tardive";
  late["version"] = 1;
  ApiResponse r = c_->call("PUT", path, json::value(late));
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.error_field(), "version");
  EXPECT_EQ(snapshot(db()), before);
  EXPECT_EQ(c_->call("GET", path).json.at("title").as_string(), "Première modification");
}

TEST_P(StrategyTest, stale_versions_are_refused_for_strategies_axes_and_organisations) {
  json::object s{{"title", "Nouveau titre"}, {"version", 1}};
  ASSERT_EQ(c_->call("PUT", base(), json::value(s)).status, 200);
  EXPECT_EQ(c_->call("PUT", base(), json::value(s)).status, 409);
  json::object a{{"number", 1}, {"title", "Axe"}, {"version", 1}};
  std::string axis = "/api/v1/axes/" + std::to_string(axis_);
  ASSERT_EQ(c_->call("PUT", axis, json::value(a)).status, 200);
  EXPECT_EQ(c_->call("PUT", axis, json::value(a)).status, 409);
  json::object o{{"name", "Préfecture des Alpes"}, {"kind", "etat"}, {"version", 1}};
  std::string org = "/api/v1/organisations/" + std::to_string(prefecture_);
  ASSERT_EQ(c_->call("PUT", org, json::value(o)).status, 200);
  EXPECT_EQ(c_->call("PUT", org, json::value(o)).status, 409);
}

TEST_P(StrategyTest, the_history_says_who_changed_which_field_from_what_to_what) {
  std::int64_t id = post(base() + "/actions", full_action());
  json::object edit = full_action();
  edit["status"] = "realisee";
  edit["target_public"] = "Collégiens et lycéens";
  edit["version"] = 1;
  ASSERT_EQ(c_->call("PUT", "/api/v1/actions/" + std::to_string(id), json::value(edit)).status,
            200);
  ApiResponse h = c_->call("GET", "/api/v1/actions/" + std::to_string(id) + "/history");
  ASSERT_EQ(h.status, 200);
  const json::array& items = h.json.at("items").as_array();
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(items[0].at("changes").at("event"), "created");
  const json::value& update = items[1];
  EXPECT_EQ(update.at("actor"), "coord");
  EXPECT_FALSE(update.at("at").as_string().empty());
  const json::array& fields = update.at("changes").at("fields").as_array();
  ASSERT_EQ(fields.size(), 2U);
  std::map<std::string, json::value> by_field;
  for (const auto& f : fields)
    by_field[std::string(f.at("field").as_string())] = f;
  EXPECT_EQ(by_field["status"].at("old"), "en_cours");
  EXPECT_EQ(by_field["status"].at("new"), "realisee");
  EXPECT_EQ(by_field["target_public"].at("new"), "Collégiens et lycéens");
}

TEST_P(StrategyTest, axes_and_fiches_are_put_in_order_and_each_renumbered_fiche_says_so) {
  std::int64_t second = post(base() + "/axes", {{"number", 2}, {"title", "Tranquillité"}});
  std::int64_t third = post(base() + "/axes", {{"number", 5}, {"title", "Citoyenneté"}});
  auto order = [&](const std::string& what, json::object body) {
    return c_->call("POST", base() + "/" + what + "/order", json::value(std::move(body)));
  };
  ApiResponse axes = order("axes", {{"axis_ids", json::array{third, axis_, second}}});
  ASSERT_EQ(axes.status, 200) << axes.body;
  const json::array& listed = axes.json.at("items").as_array();
  ASSERT_EQ(listed.size(), 3U);
  EXPECT_EQ(listed[0].at("id").as_int64(), third);
  EXPECT_EQ(listed[0].at("number"), 1);
  EXPECT_EQ(listed[2].at("number"), 3);
  // Each axis once, or nothing changes.
  ApiResponse missing = order("axes", {{"axis_ids", json::array{third, axis_}}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.error_field(), "axis_ids");

  json::object a = full_action(), b = full_action();
  b["number"] = 2;
  b["title"] = "Médiation scolaire";
  std::int64_t first_id = post(base() + "/actions", a), second_id = post(base() + "/actions", b);
  ASSERT_EQ(order("actions", {{"axis_id", axis_}, {"action_ids", json::array{second_id, first_id}}})
                .status,
            204);
  EXPECT_EQ(c_->call("GET", "/api/v1/actions/" + std::to_string(second_id)).json.at("number"), 1);
  ApiResponse h = c_->call("GET", "/api/v1/actions/" + std::to_string(first_id) + "/history");
  const json::value& last = h.json.at("items").as_array().back();
  EXPECT_EQ(last.at("changes").at("fields").as_array()[0].at("field"), "number");
  EXPECT_EQ(last.at("changes").at("fields").as_array()[0].at("new"), 2);
  ApiResponse foreign =
      order("actions", {{"axis_id", second}, {"action_ids", json::array{first_id}}});
  EXPECT_EQ(foreign.status, 400);
  EXPECT_EQ(foreign.error_field(), "action_ids");
}

TEST_P(StrategyTest, the_history_outlives_a_deleted_fiche) {
  std::int64_t id = post(base() + "/actions", full_action());
  ASSERT_EQ(c_->call("DELETE", "/api/v1/actions/" + std::to_string(id)).status, 204);
  EXPECT_EQ(c_->call("GET", "/api/v1/actions/" + std::to_string(id)).status, 404);
  ApiResponse h = c_->call("GET", "/api/v1/actions/" + std::to_string(id) + "/history");
  ASSERT_EQ(h.status, 200);
  EXPECT_EQ(h.json.at("items").as_array().back().at("changes").at("event"), "deleted");
}

// A deleted fiche's id is never given again (SQLite AUTOINCREMENT, PostgreSQL identity): an old
// link, or the deleted fiche's history, must not reach a new fiche.
TEST_P(StrategyTest, a_deleted_fiche_s_id_and_history_never_pass_to_a_new_one) {
  std::int64_t gone = post(base() + "/actions", full_action());
  ASSERT_EQ(c_->call("DELETE", "/api/v1/actions/" + std::to_string(gone)).status, 204);
  std::int64_t fresh = post(base() + "/actions", full_action());
  EXPECT_GT(fresh, gone);
  ApiResponse h = c_->call("GET", "/api/v1/actions/" + std::to_string(fresh) + "/history");
  ASSERT_EQ(h.status, 200) << h.body;
  EXPECT_EQ(h.json.at("items").as_array().size(), 1U) << h.body;  // its creation only
}

TEST_P(StrategyTest, fiches_are_filtered_and_searched_without_accents) {
  post(base() + "/actions", full_action());
  json::object vif{{"number", 2},
                   {"title", "Violences intrafamiliales"},
                   {"axis_id", axis_},
                   {"pilot_organisation_id", prefecture_},
                   {"status", "prevue"}};
  post(base() + "/actions", vif);
  auto titles = [&](const std::string& query) {
    ApiResponse r = c_->call("GET", base() + "/actions" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    for (const auto& a : r.json.at("items").as_array())
      out.emplace_back(a.at("title").as_string());
    return out;
  };
  EXPECT_EQ(titles("").size(), 2U);
  EXPECT_EQ(titles("?status=prevue"), std::vector<std::string>{"Violences intrafamiliales"});
  EXPECT_EQ(titles("?pilot=" + std::to_string(college_)).size(), 1U);
  EXPECT_EQ(titles("?partner=" + std::to_string(prefecture_)).size(), 1U);
  EXPECT_EQ(titles("?axis_id=" + std::to_string(axis_)).size(), 2U);
  EXPECT_EQ(titles("?q=HARCELEMENT"), titles("?q=harc%C3%A8lement"));
  EXPECT_EQ(titles("?q=HARCELEMENT").size(), 1U);
  EXPECT_EQ(titles("?q=harc%C3%A8lement%20coll%C3%A8ge").size(), 1U);  // constat and title
  EXPECT_TRUE(titles("?q=harcelement%20violences").empty());
  EXPECT_TRUE(titles("?q=100%25").empty());
  EXPECT_EQ(c_->call("GET", base() + "/actions?status=finie").status, 400);
  EXPECT_EQ(c_->call("GET", base() + "/actions?pilot=abc").error_field(), "pilot");
}

TEST_P(StrategyTest, an_axis_with_fiches_cannot_be_deleted_and_an_organisation_in_use_neither) {
  post(base() + "/actions", full_action());
  std::string before = snapshot(db());
  EXPECT_EQ(c_->call("DELETE", "/api/v1/axes/" + std::to_string(axis_)).status, 409);
  EXPECT_EQ(c_->call("DELETE", "/api/v1/organisations/" + std::to_string(college_)).status, 409);
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(StrategyTest, deleting_a_strategy_removes_its_axes_and_fiches) {
  post(base() + "/actions", full_action());
  EXPECT_EQ(c_->call("DELETE", base()).status, 204);
  EXPECT_EQ(c_->call("GET", base()).status, 404);
  Lease conn = db().acquire();
  EXPECT_EQ(conn->query("SELECT COUNT(*) FROM actions")->at(0).integer(0), 0);
  EXPECT_EQ(conn->query("SELECT COUNT(*) FROM axes")->at(0).integer(0), 0);
}

TEST_P(StrategyTest, strategy_periods_and_key_dates_are_checked) {
  json::object bad{
      {"territory_id", territory_}, {"title", "S"}, {"period_start", 2027}, {"period_end", 2023}};
  EXPECT_EQ(c_->call("POST", "/api/v1/strategies", json::value(bad)).error_field(), "period_end");
  json::object dates{
      {"territory_id", territory_},
      {"title", "S"},
      {"key_dates", json::array{json::object{{"kind", "signature"}, {"date", "2013-03-13"}}}},
      {"signatories",
       json::array{json::object{{"organisation", "Préfecture"}, {"role", "Préfet"}}}}};
  ApiResponse r = c_->call("POST", "/api/v1/strategies", json::value(dates));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json.at("key_dates").at(0).at("date"), "2013-03-13");
  EXPECT_EQ(r.json.at("signatories").at(0).at("role"), "Préfet");
}

VIGIE_BOTH_STORES(StrategyTest);

}  // namespace vigie::test
