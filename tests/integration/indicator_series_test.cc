// Indicators keep their ids and gather a series of measurements (issue 15 §1).
#include "strategy_fixture.h"

namespace vigie::test {

class IndicatorSeriesTest : public StrategyTest {
 protected:
  json::object indicator(std::optional<std::int64_t> id, const char* label,
                         json::array measurements) {
    json::object o{{"kind", "resultat"},
                   {"label", label},
                   {"target", 6.0},
                   {"target_date", "2026-12-31"},
                   {"measurements", std::move(measurements)}};
    if (id) o["id"] = *id;
    return o;
  }
  static json::object measure(const char* day, double value) {
    return {{"measured_on", day}, {"value", value}};
  }
  ApiResponse put(std::int64_t id, json::array indicators, std::int64_t version) {
    json::object body = full_action();
    body["indicators"] = std::move(indicators);
    body["version"] = version;
    return c_->call("PUT", "/api/v1/actions/" + std::to_string(id), json::value(body));
  }
};

TEST_P(IndicatorSeriesTest, an_indicator_keeps_its_id_and_its_series_across_saves) {
  std::int64_t fiche = post(base() + "/actions", full_action());
  json::value first = c_->call("GET", "/api/v1/actions/" + std::to_string(fiche)).json;
  std::int64_t kept = first.at("indicators").at(0).at("id").as_int64();

  // Given out of order: stored in order of day, the latest one is the current value.
  ApiResponse r = put(
      fiche,
      {indicator(kept, "Signalements", {measure("2025-06-30", 7.0), measure("2024-06-30", 9.0)}),
       indicator(std::nullopt, "Élèves formés", {measure("2025-01-15", 40.0)})},
      1);
  ASSERT_EQ(r.status, 200) << r.body;
  const json::array& saved = r.json.at("indicators").as_array();
  EXPECT_EQ(saved.at(0).at("id").as_int64(), kept);
  EXPECT_EQ(saved.at(0).at("measurements").at(0).at("measured_on"), "2024-06-30");
  EXPECT_EQ(saved.at(0).at("current_value").as_double(), 7.0);
  EXPECT_EQ(saved.at(0).at("measured_on"), "2025-06-30");
  EXPECT_EQ(saved.at(0).at("target_date"), "2026-12-31");
  std::int64_t added = saved.at(1).at("id").as_int64();
  EXPECT_NE(added, kept);

  // The first one dropped: the second keeps its id and series; the first's id is gone for good.
  r = put(fiche, {indicator(added, "Élèves formés", {measure("2025-01-15", 40.0)})}, 2);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json.at("indicators").at(0).at("id").as_int64(), added);
  EXPECT_EQ(r.json.at("indicators").at(0).at("current_value").as_double(), 40.0);
  r = put(fiche, {indicator(kept, "Signalements", {})}, 3);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_field(), "indicators[0].id");
}

TEST_P(IndicatorSeriesTest, a_copied_fiche_gets_new_indicators_with_the_same_series) {
  std::int64_t fiche = post(base() + "/actions", full_action());
  json::value original = c_->call("GET", "/api/v1/actions/" + std::to_string(fiche)).json;
  json::object copy = full_action();
  copy["number"] = 2;
  json::object carried = indicator(original.at("indicators").at(0).at("id").as_int64(), "S",
                                   {measure("2024-06-30", 9.0)});
  copy["indicators"] = json::array{carried};
  ApiResponse r = c_->call("POST", base() + "/actions", json::value(copy));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_NE(r.json.at("indicators").at(0).at("id"), original.at("indicators").at(0).at("id"));
  EXPECT_EQ(r.json.at("indicators").at(0).at("current_value").as_double(), 9.0);
  // The original's series is untouched.
  json::value again = c_->call("GET", "/api/v1/actions/" + std::to_string(fiche)).json;
  EXPECT_EQ(again.at("indicators"), original.at("indicators"));
}

TEST_P(IndicatorSeriesTest, a_bad_series_or_a_foreign_id_is_a_400_that_changes_nothing) {
  std::int64_t fiche = post(base() + "/actions", full_action());
  json::object other = full_action();
  other["number"] = 2;
  std::int64_t other_fiche = post(base() + "/actions", other);
  json::value theirs = c_->call("GET", "/api/v1/actions/" + std::to_string(other_fiche)).json;
  std::int64_t foreign = theirs.at("indicators").at(0).at("id").as_int64();
  json::value mine = c_->call("GET", "/api/v1/actions/" + std::to_string(fiche)).json;
  std::int64_t own = mine.at("indicators").at(0).at("id").as_int64();
  std::string before = snapshot(db());

  json::object no_value = indicator(own, "S", {json::object{{"measured_on", "2025-01-01"}}});
  json::object bad_day = indicator(own, "S", {measure("2025-02-30", 3.0)});
  json::object disagreeing = indicator(own, "S", {measure("2025-01-01", 3.0)});
  disagreeing["current_value"] = 4.0;
  struct Case {
    json::array indicators;
    std::string field;
  };
  std::vector<Case> cases{
      {{indicator(foreign, "S", {})}, "indicators[0].id"},
      {{indicator(own, "S", {}), indicator(own, "S", {})}, "indicators[1].id"},
      {{no_value}, "indicators[0].measurements[0].value"},
      {{bad_day}, "indicators[0].measurements[0].measured_on"},
      {{disagreeing}, "indicators[0].current_value"},
  };
  for (auto& c : cases) {
    ApiResponse r = put(fiche, c.indicators, 1);
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.error_field(), c.field) << r.body;
  }
  EXPECT_EQ(snapshot(db()), before);
}

VIGIE_BOTH_STORES(IndicatorSeriesTest);

}  // namespace vigie::test
