// The observatoire's analyses on screen (issue 14 §2) through the API: density and hot spots
// with Manosque's contour as the window, near-repeat alert zones, the temporal profile; jobs
// kept with their parameters and data; partners see no small count; exports. Both stores.
#include <fstream>

#include "analysis/event.h"
#include "observatory_fixture.h"

namespace vigie::test {
namespace {
namespace json = boost::json;

std::string iso(std::int64_t day) {
  auto d = analysis::civil_from_days(day);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", d.year, d.month, d.day);
  return text;
}

class ObservatoryAnalysisTest : public ObservatoryTest {
 protected:
  // Heartbeats often, so a cancel asked through another server arrives long before the end.
  AppOptions app_options() override {
    AppOptions o = ObservatoryTest::app_options();
    o.analysis_heartbeat = std::chrono::milliseconds(20);
    return o;
  }
  void SetUp() override {
    ObservatoryTest::SetUp();
    auto text = read_file(source_path("web/public/geo/communes-04.geojson"));
    ASSERT_TRUE(app_->territories().load_contours(text, "communes-04.geojson").ok());
  }
  static std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  // Sixteen burglary sites around Manosque's centre, about 900 m apart; at each, two
  // burglaries 20 m and one day apart (a near repeat), the sites 19 days apart, the last
  // pair three days before today.
  void near_repeat_history() {
    std::int64_t today = clock_.now() / 86400;
    for (int k = 0; k < 16; ++k) {
      double lon = 5.772 + 0.011 * (k % 4), lat = 43.818 + 0.008 * (k / 4);
      std::int64_t day = today - 3 - 19 * (15 - k);
      for (int repeat = 0; repeat < 2; ++repeat) {
        json::object i = incident(police_, "Cambriolages");
        i["longitude"] = lon + repeat * 0.00025;
        i["latitude"] = lat;
        i["occurred_on"] = iso(day + repeat);
        i.erase("occurred_time");
        ApiResponse r = coord_->call("POST", base() + "/incidents", json::value(i));
        ASSERT_EQ(r.status, 201) << r.body;
      }
    }
  }
  // 1,000 burglaries over 300 days on a 40 × 25 grid, then a near-repeat analysis with 9,999
  // Knox simulations: it takes seconds, so a cancel comes long before its end. Returns its URL.
  std::string start_long_analysis() {
    std::int64_t today = clock_.now() / 86400;
    std::string file = "date;categorie;longitude;latitude\n";
    for (int k = 0; k < 1000; ++k) {
      file += iso(today - 1 - k % 300) + ";Cambriolages;" +
              std::to_string(5.772 + 0.0005 * (k % 40)) + ";" +
              std::to_string(43.818 + 0.0004 * (k / 40)) + "\n";
    }
    ApiResponse imported = coord_->call_raw(
        "POST", base() + "/incidents/import?organisation_id=" + std::to_string(police_), file,
        {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
    EXPECT_EQ(imported.status, 201) << imported.body;
    ApiResponse started = coord_->call(
        "POST", base() + "/analyses",
        json::value(json::object{{"kind", "quasi_repetition"},
                                 {"parameters", json::object{{"simulations", 9999}}}}));
    EXPECT_EQ(started.status, 202) << started.body;
    return "/api/v1/analyses/" + std::to_string(started.json.at("id").as_int64());
  }
  json::value run(ApiClient& as, const std::string& kind, json::object parameters = {}) {
    ApiResponse started =
        as.call("POST", base() + "/analyses",
                json::value(json::object{{"kind", kind}, {"parameters", parameters}}));
    if (started.status != 202) return started.json;
    app_->analyses().wait();
    return as.call("GET", "/api/v1/analyses/" + std::to_string(started.json.at("id").as_int64()))
        .json;
  }
};

TEST_P(ObservatoryAnalysisTest, the_density_is_masked_to_the_commune_contour) {
  near_repeat_history();
  json::value a = run(*coord_, "densite", {{"pixels", 64}, {"sigma", 400}});
  ASSERT_EQ(a.at("state"), "termine") << json::serialize(a);
  EXPECT_EQ(a.at("incidents_used"), 32);
  EXPECT_EQ(a.at("data_to"), json::value(iso(clock_.now() / 86400 - 2)));
  const auto& r = a.at("result");
  EXPECT_EQ(r.at("window"), "contour");
  EXPECT_EQ(r.at("events"), 32);
  int nulls = 0, positive = 0;
  for (const auto& v : r.at("image").at("values").as_array()) {
    nulls += v.is_null() ? 1 : 0;
    positive += !v.is_null() && v.to_number<double>() > 0 ? 1 : 0;
  }
  EXPECT_GT(nulls, 0);  // outside Manosque: no value, not zero
  EXPECT_GT(positive, 0);
  EXPECT_GT(r.at("max").to_number<double>(), 0);
  // Kept, with its parameters, in the territory's list.
  json::value list = coord_->call("GET", base() + "/analyses").json;
  ASSERT_EQ(list.at("items").as_array().size(), 1U);
  EXPECT_EQ(list.at("items").as_array()[0].at("parameters").at("sigma"), 400);
  ApiResponse csv = coord_->call(
      "GET", "/api/v1/analyses/" + std::to_string(a.at("id").as_int64()) + "/export?format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBFlongitude;latitude;", 0), 0U) << csv.body.substr(0, 80);
}

TEST_P(ObservatoryAnalysisTest, hot_spots_cover_the_commune_and_partners_see_no_counts) {
  near_repeat_history();
  json::value a = run(*coord_, "points_chauds", {{"cell", 500}});
  ASSERT_EQ(a.at("state"), "termine") << json::serialize(a);
  const auto& r = a.at("result");
  EXPECT_GT(r.at("cells").as_int64(), 100);    // Manosque is about 57 km²
  EXPECT_LT(r.at("cells").as_int64(), 400);    // its frame's fishnet, not the whole rectangle
  EXPECT_FALSE(r.at("few_events").as_bool());  // 32 facts
  // The last month's 4 facts: drawn, with the warning that so few make fragile hot spots.
  json::value month =
      run(*coord_, "points_chauds", {{"cell", 500}, {"from", iso(clock_.now() / 86400 - 30)}});
  ASSERT_EQ(month.at("state"), "termine") << json::serialize(month);
  EXPECT_EQ(month.at("result").at("events"), 4);
  EXPECT_TRUE(month.at("result").at("few_events").as_bool());
  const auto& first = r.at("geojson").at("features").as_array()[0];
  EXPECT_TRUE(first.at("properties").as_object().contains("count"));
  std::string path = "/api/v1/analyses/" + std::to_string(a.at("id").as_int64());
  json::value seen = partner_->call("GET", path).json;
  for (const auto& f : seen.at("result").at("geojson").at("features").as_array())
    ASSERT_FALSE(f.at("properties").as_object().contains("count"));
  ApiResponse geojson = partner_->call("GET", path + "/export?format=geojson");
  ASSERT_EQ(geojson.status, 200);
  EXPECT_EQ(geojson.body.find("\"count\""), std::string::npos);
}

TEST_P(ObservatoryAnalysisTest, near_repeats_draw_alert_zones_around_recent_burglaries) {
  near_repeat_history();
  json::value a = run(*coord_, "quasi_repetition",
                      {{"category_id", category_.at("Cambriolages")}, {"simulations", 99}});
  ASSERT_EQ(a.at("state"), "termine") << json::serialize(a);
  const auto& r = a.at("result");
  EXPECT_TRUE(r.at("elevated").as_bool());
  EXPECT_EQ(r.at("radius").to_number<double>(), 100);  // 20 m apart: the first band only
  EXPECT_EQ(r.at("days"), 7);
  const auto& zones = r.at("zones").at("features").as_array();
  for (const auto& z : zones)  // each zone carries its fact's organisation, for the partners'
    ASSERT_EQ(z.at("properties").at("organisation_id"), police_);
  // The last 28 days: the last pair (3 and 2 days ago) still at risk, the one before (22 and
  // 21 days ago) drawn as ended.
  ASSERT_EQ(zones.size(), 4U);
  int active = 0;
  for (const auto& z : zones)
    active += z.at("properties").at("active").as_bool() ? 1 : 0;
  EXPECT_EQ(active, 2);
  json::value week =
      run(*coord_, "quasi_repetition",
          {{"category_id", category_.at("Cambriolages")}, {"simulations", 99}, {"recent_days", 7}});
  EXPECT_EQ(week.at("result").at("zones").at("features").as_array().size(), 2U);
  // A zone sits on one fact, its place and day: a partner of another organisation sees none.
  json::value seen =
      partner_->call("GET", "/api/v1/analyses/" + std::to_string(a.at("id").as_int64())).json;
  EXPECT_EQ(seen.at("result").at("zones").at("features").as_array().size(), 0U);
  EXPECT_TRUE(seen.at("result").at("own_zones_only").as_bool());  // said on screen
  EXPECT_TRUE(seen.at("result").at("elevated").as_bool());        // the test itself is an aggregate
  EXPECT_NE(std::string(zones[0].at("properties").at("label").as_string()).find("(échu)"),
            std::string::npos);
  EXPECT_NE(
      std::string(zones[3].at("properties").at("label").as_string()).find("Risque accru jusqu'au"),
      std::string::npos);
}

TEST_P(ObservatoryAnalysisTest, a_long_analysis_is_cancelled_and_kept_as_cancelled) {
  std::string url = start_long_analysis();
  EXPECT_EQ(partner_->call("DELETE", url).status, 403);  // only who may start one may stop it
  ASSERT_EQ(coord_->call("DELETE", url).status, 200);
  app_->analyses().wait();
  json::value after = coord_->call("GET", url).json;
  EXPECT_EQ(after.at("state"), "annule") << json::serialize(after);
  const json::value* result = after.as_object().if_contains("result");
  EXPECT_TRUE(result == nullptr || result->is_null());
  EXPECT_EQ(coord_->call("DELETE", url).status, 409);  // no longer running
}

TEST_P(ObservatoryAnalysisTest, a_cancel_asked_on_another_server_stops_the_analysis) {
  std::string url = start_long_analysis();
  // A second server on the same store, reached by the same session (kept in the store).
  App other(db(), clock_, app_options());
  ApiClient through_other(other);
  through_other.cookie = coord_->cookie;
  through_other.csrf = coord_->csrf;
  EXPECT_EQ(through_other.call("GET", url).json.at("state"), "en_cours");
  ASSERT_EQ(through_other.call("DELETE", url).status, 200);
  app_->analyses().wait();  // the running server reads the request at its next heartbeat
  EXPECT_EQ(through_other.call("GET", url).json.at("state"), "annule");
}

TEST_P(ObservatoryAnalysisTest, an_analysis_whose_server_stopped_beating_is_marked_failed) {
  auto insert = [&](std::int64_t heartbeat) {
    Lease conn = db().acquire();
    return conn
        ->query("INSERT INTO observatory_analyses (territory_id, kind, parameters, state, "
                "incidents_used, created_at, heartbeat_at) VALUES (?, 'temporalite', '{}', "
                "'en_cours', 0, '2026-05-28T10:00:00Z', ?) RETURNING id",
                {territory_, heartbeat})
        ->at(0)
        .integer(0);
  };
  std::int64_t dead = insert(clock_.now() - 61), alive = insert(clock_.now() - 5);
  auto marked = app_->analyses().mark_interrupted();
  ASSERT_TRUE(marked.ok()) << marked.error().message;
  EXPECT_EQ(*marked, 1);
  json::value d = coord_->call("GET", "/api/v1/analyses/" + std::to_string(dead)).json;
  EXPECT_EQ(d.at("state"), "echec");
  EXPECT_NE(json::serialize(d).find("s'est arrêté"), std::string::npos) << json::serialize(d);
  EXPECT_EQ(coord_->call("GET", "/api/v1/analyses/" + std::to_string(alive)).json.at("state"),
            "en_cours");
}

TEST_P(ObservatoryAnalysisTest, a_point_far_from_the_territory_is_refused_as_a_mistake) {
  json::object paris = incident(police_);
  paris["longitude"] = 2.3522;
  paris["latitude"] = 48.8566;
  ApiResponse r = coord_->call("POST", base() + "/incidents", json::value(paris));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_field(), "longitude");
  EXPECT_NE(r.body.find("km du territoire"), std::string::npos) << r.body;
  std::string file = "date;categorie;longitude;latitude\n01/04/2026;Vols;5,79;43,83\n"
                     "02/04/2026;Vols;2,3522;48,8566\n";
  ApiResponse imported = coord_->call_raw(
      "POST", base() + "/incidents/import?organisation_id=" + std::to_string(police_), file,
      {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(imported.status, 400);
  EXPECT_NE(imported.body.find("ligne 3, colonne « longitude »"), std::string::npos)
      << imported.body;
  EXPECT_EQ(count_incidents(), 0);
  // Inside Manosque, or just outside its boundary, is fine.
  EXPECT_EQ(coord_->call("POST", base() + "/incidents", json::value(incident(police_))).status,
            201);
  // A problem's point too, on creation and on edit.
  json::object problem{{"title", "Hall occupé"},
                       {"organisation_id", police_},
                       {"longitude", 2.3522},
                       {"latitude", 48.8566}};
  ApiResponse far = coord_->call("POST", base() + "/problems", json::value(problem));
  EXPECT_EQ(far.status, 400);
  EXPECT_EQ(far.error_field(), "longitude");
  problem["longitude"] = 5.7883;
  problem["latitude"] = 43.8297;
  ApiResponse near = coord_->call("POST", base() + "/problems", json::value(problem));
  ASSERT_EQ(near.status, 201) << near.body;
  problem["longitude"] = 2.3522;
  problem["latitude"] = 48.8566;
  problem["version"] = near.json.at("version");
  ApiResponse moved =
      coord_->call("PUT", "/api/v1/problems/" + std::to_string(near.json.at("id").as_int64()),
                   json::value(problem));
  EXPECT_EQ(moved.status, 400);
  EXPECT_EQ(moved.error_field(), "longitude");
}

TEST_P(ObservatoryAnalysisTest, the_rhythm_of_no_fact_is_refused_not_drawn) {
  json::value a = run(*coord_, "temporalite", {{"from", "2001-01-01"}, {"to", "2001-01-31"}});
  EXPECT_EQ(a.at("state"), "echec") << json::serialize(a);
  EXPECT_NE(std::string(a.at("error").at("message").as_string())
                .find("Aucun signalement pour ces filtres"),
            std::string::npos);
}

TEST_P(ObservatoryAnalysisTest, bad_parameters_are_refused_before_any_job_starts) {
  ApiResponse kind =
      coord_->call("POST", base() + "/analyses", json::value(json::object{{"kind", "divination"}}));
  EXPECT_EQ(kind.status, 400);
  EXPECT_EQ(kind.error_field(), "kind");
  ApiResponse pixels = coord_->call(
      "POST", base() + "/analyses",
      json::value(json::object{{"kind", "densite"}, {"parameters", {{"pixels", 5000}}}}));
  EXPECT_EQ(pixels.status, 400);
  EXPECT_EQ(pixels.error_field(), "pixels");
  ApiResponse cell = coord_->call(
      "POST", base() + "/analyses",
      json::value(json::object{{"kind", "points_chauds"}, {"parameters", {{"cell", 10}}}}));
  EXPECT_EQ(cell.status, 400);
  EXPECT_EQ(cell.error_field(), "cell");
  ApiResponse unknown = coord_->call(
      "POST", base() + "/analyses",
      json::value(json::object{{"kind", "densite"}, {"parameters", {{"colour", "red"}}}}));
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(coord_->call("GET", base() + "/analyses").json.at("items").as_array().empty());
  // Too few incidents: the job fails with a reason, kept.
  json::value few = run(*coord_, "densite");
  EXPECT_EQ(few.at("state"), "echec");
  EXPECT_EQ(few.at("error").at("field"), "incidents");
}

TEST_P(ObservatoryAnalysisTest, the_temporal_profile_masks_small_counts_for_partners) {
  near_repeat_history();
  // A fact with a place and no point counts in the rhythm, which needs no location.
  json::object placed = incident(police_, "Cambriolages");
  placed.erase("longitude");
  placed.erase("latitude");
  placed.erase("occurred_time");
  placed["place"] = "Rue des Écoles";
  ASSERT_EQ(coord_->call("POST", base() + "/incidents", json::value(placed)).status, 201);
  json::value full = run(*coord_, "temporalite");
  ASSERT_EQ(full.at("state"), "termine") << json::serialize(full);
  EXPECT_EQ(full.at("result").at("without_time"), 33);
  EXPECT_EQ(full.at("incidents_used"), 33);
  // The last pair is three days old: today's month, still running, is marked and kept out of the
  // trend.
  const json::array& months = full.at("result").at("months").as_array();
  const json::object& last = months.back().as_object();
  EXPECT_EQ(last.contains("partial") && last.at("partial").as_bool(),
            months.back().at("month") == json::value(iso(clock_.now() / 86400).substr(0, 7)));
  bool small = false;
  for (const auto& m : full.at("result").at("months").as_array())
    small |= m.at("count").as_int64() > 0 && m.at("count").as_int64() < 5;
  ASSERT_TRUE(small);
  json::value masked =
      partner_->call("GET", "/api/v1/analyses/" + std::to_string(full.at("id").as_int64())).json;
  for (const auto& m : masked.at("result").at("months").as_array()) {
    if (m.at("count").is_null()) continue;
    EXPECT_TRUE(m.at("count").as_int64() == 0 || m.at("count").as_int64() >= 5);
  }
  // The file: months, then the hour × weekday table; a partner reads « moins de 5 », not blanks.
  std::string path =
      "/api/v1/analyses/" + std::to_string(full.at("id").as_int64()) + "/export?format=csv";
  std::string mine = coord_->call("GET", path).body;
  EXPECT_NE(mine.find("jour;heure;signalements\r\nlundi;0 h;"), std::string::npos) << mine;
  EXPECT_NE(mine.find("sans heure;;33"), std::string::npos);
  std::string theirs = partner_->call("GET", path).body;
  EXPECT_NE(theirs.find(";moins de 5\r\n"), std::string::npos) << theirs.substr(0, 300);
}

VIGIE_BOTH_STORES(ObservatoryAnalysisTest);

}  // namespace
}  // namespace vigie::test
