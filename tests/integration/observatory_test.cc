// The observatoire's register (issue 14 §1): incidents as facts, never persons; a partner reports
// for their own organisation and sees only its entries and masked counts; partner files in any
// dialect, in WGS84 or Lambert-93, all lines or none. On SQLite and PostgreSQL.
#include "observatory_fixture.h"

namespace vigie::test {
namespace {
namespace json = boost::json;

TEST_P(ObservatoryTest, a_new_territory_has_the_default_closed_list_of_categories) {
  EXPECT_EQ(category_.size(), kDefaultCategories.size());
  ASSERT_TRUE(category_.contains("Cambriolages"));
  json::value ctx = coord_->call("GET", base() + "/observatoire").json;
  EXPECT_EQ(ctx.at("categories").as_array()[2].at("statistical_class"), "Cambriolages de logement");
  EXPECT_TRUE(ctx.at("can_manage").as_bool());
  EXPECT_EQ(ctx.at("organisations").as_array().size(), 2U);
  // A partner may report for their own organisation only.
  json::value mine = partner_->call("GET", base() + "/observatoire").json;
  ASSERT_EQ(mine.at("organisations").as_array().size(), 1U);
  EXPECT_EQ(mine.at("organisations").as_array()[0].at("id").as_int64(), bailleur_);
  EXPECT_FALSE(mine.at("can_manage").as_bool());
}

TEST_P(ObservatoryTest, a_point_in_wgs84_is_kept_in_lambert_93_too) {
  json::object at_origin = incident(police_);
  at_origin["longitude"] = 3.0;  // Lambert-93's projection origin: (700 000, 6 600 000) m
  at_origin["latitude"] = 46.5;
  ApiResponse r = coord_->call("POST", base() + "/incidents", json::value(at_origin));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_NEAR(r.json.at("x").as_double(), 700000.0, 0.001);
  EXPECT_NEAR(r.json.at("y").as_double(), 6600000.0, 0.001);
  // And the other way: x/y given, longitude/latitude computed.
  json::object in_l93 = incident(police_);
  in_l93.erase("longitude");
  in_l93.erase("latitude");
  in_l93["x"] = 700000.0;
  in_l93["y"] = 6600000.0;
  r = coord_->call("POST", base() + "/incidents", json::value(in_l93));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_NEAR(r.json.at("longitude").as_double(), 3.0, 1e-9);
  EXPECT_NEAR(r.json.at("latitude").as_double(), 46.5, 1e-9);
}

TEST_P(ObservatoryTest, bad_incidents_are_refused_naming_the_field_and_nothing_is_stored) {
  struct Case {
    const char* key;
    json::value value;
    const char* field;
  };
  std::vector<Case> cases{
      {"description", json::value("Dégradation par M. Dupont"), "description"},
      {"description", json::value("Appeler le 06 12 34 56 78"), "description"},
      {"longitude", json::value(-73.98), "longitude"},  // New York: not metropolitan France
      {"occurred_on", json::value("2027-01-01"), "occurred_on"},
      {"occurred_time", json::value("25:00"), "occurred_time"},
      {"category_id", json::value(999999), "category_id"},
      {"description", json::value(std::string(501, 'a')), "description"},
      {"place", json::value("Chez Mme Martin, 06 12 34 56 78"), "place"},
  };
  for (const Case& c : cases) {
    json::object body = incident(police_);
    body[c.key] = c.value;
    ApiResponse r = coord_->call("POST", base() + "/incidents", json::value(body));
    EXPECT_EQ(r.status, 400) << c.key << " " << r.body;
    EXPECT_EQ(r.error_field(), c.field) << r.body;
  }
  json::object nowhere = incident(police_);
  nowhere.erase("longitude");
  nowhere.erase("latitude");
  ApiResponse r = coord_->call("POST", base() + "/incidents", json::value(nowhere));
  EXPECT_EQ(r.error_field(), "place");
  nowhere["place"] = "Place du Terreau";  // a place name when no point is known
  EXPECT_EQ(coord_->call("POST", base() + "/incidents", json::value(nowhere)).status, 201);
  EXPECT_EQ(count_incidents(), 1);
  // A "period" of one day is one day: its time is kept.
  json::object one_day = incident(police_);
  one_day["period_end"] = one_day["occurred_on"];
  ApiResponse day = coord_->call("POST", base() + "/incidents", json::value(one_day));
  ASSERT_EQ(day.status, 201) << day.body;
  EXPECT_TRUE(day.json.at("period_end").is_null());
}

TEST_P(ObservatoryTest, a_partner_reports_and_sees_only_for_their_own_organisation) {
  ApiResponse other = partner_->call("POST", base() + "/incidents", json::value(incident(police_)));
  EXPECT_EQ(other.status, 403);
  EXPECT_EQ(other.error_field(), "organisation_id");
  ApiResponse own = partner_->call("POST", base() + "/incidents", json::value(incident(bailleur_)));
  ASSERT_EQ(own.status, 201) << own.body;
  ApiResponse police = coord_->call("POST", base() + "/incidents", json::value(incident(police_)));
  ASSERT_EQ(police.status, 201);
  json::value list = partner_->call("GET", base() + "/incidents").json;
  ASSERT_EQ(list.at("items").as_array().size(), 1U);
  EXPECT_EQ(list.at("items").as_array()[0].at("organisation_id").as_int64(), bailleur_);
  std::string theirs = "/api/v1/incidents/" + std::to_string(police.json.at("id").as_int64());
  EXPECT_EQ(partner_->call("GET", theirs).status, 404);
  EXPECT_EQ(partner_->call("DELETE", theirs).status, 404);
  EXPECT_EQ(coord_->call("GET", base() + "/incidents").json.at("items").as_array().size(), 2U);
  // An élu reads the aggregate views, never the entries of a partner.
  ApiClient elu = signed_in("elu", Role::elu, territory_);
  EXPECT_TRUE(elu.call("GET", base() + "/incidents").json.at("items").as_array().empty());
  EXPECT_EQ(elu.call("POST", base() + "/incidents", json::value(incident(police_))).status, 403);
}

TEST_P(ObservatoryTest, a_limited_list_gives_the_newest_first_and_the_whole_count) {
  // Same day: 22:15, 08:00, then one without time (last in its day); a day earlier last.
  std::vector<std::pair<const char*, const char*>> facts{{"2026-03-14", "08:00"},
                                                         {"2026-03-13", "23:00"},
                                                         {"2026-03-14", ""},
                                                         {"2026-03-14", "22:15"}};
  for (auto [day, time] : facts) {
    json::object body = incident(police_);
    body["occurred_on"] = day;
    if (*time != 0)
      body["occurred_time"] = time;
    else
      body.erase("occurred_time");
    ASSERT_EQ(coord_->call("POST", base() + "/incidents", json::value(body)).status, 201);
  }
  json::value page = coord_->call("GET", base() + "/incidents?limit=3").json;
  ASSERT_EQ(page.at("items").as_array().size(), 3U);
  EXPECT_EQ(page.at("total"), 4);
  const auto& items = page.at("items").as_array();
  EXPECT_EQ(items[0].at("occurred_time"), "22:15");
  EXPECT_EQ(items[1].at("occurred_time"), "08:00");
  EXPECT_TRUE(items[2].at("occurred_time").is_null());
  // The partner of another organisation counts none of them.
  EXPECT_EQ(partner_->call("GET", base() + "/incidents?limit=3").json.at("total"), 0);
  ApiResponse bad = coord_->call("GET", base() + "/incidents?limit=dix");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.error_field(), "limit");
}

TEST_P(ObservatoryTest, partners_see_counts_under_five_masked_with_the_complementary_cells) {
  for (int k = 0; k < 7; ++k)
    ASSERT_EQ(coord_->call("POST", base() + "/incidents", json::value(incident(police_))).status,
              201);
  for (int k = 0; k < 2; ++k)
    coord_->call("POST", base() + "/incidents", json::value(incident(police_, "Rodéos motorisés")));
  for (int k = 0; k < 6; ++k)
    coord_->call("POST", base() + "/incidents", json::value(incident(police_, "Vols")));
  auto count_of = [](const json::value& s, const char* key) -> json::value {
    for (const auto& l : s.at("by_category").as_array())
      if (l.at("key") == key) return l.at("count");
    return nullptr;
  };
  json::value full = coord_->call("GET", base() + "/incidents/summary").json;
  EXPECT_FALSE(full.at("masked").as_bool());
  EXPECT_EQ(count_of(full, "Rodéos motorisés"), 2);
  json::value masked = partner_->call("GET", base() + "/incidents/summary").json;
  EXPECT_TRUE(masked.at("masked").as_bool());
  EXPECT_EQ(masked.at("total"), 15);
  EXPECT_TRUE(count_of(masked, "Rodéos motorisés").is_null());
  // With the total shown, one masked cell would be 15 − 7 − 6: the smallest other is masked too.
  EXPECT_TRUE(count_of(masked, "Vols").is_null());
  EXPECT_EQ(count_of(masked, "Dégradations"), 7);
  // One organisation's counts are its activity: not for another organisation's partner.
  ApiResponse other = partner_->call(
      "GET", base() + "/incidents/summary?organisation_id=" + std::to_string(police_));
  EXPECT_EQ(other.status, 403);
  EXPECT_EQ(other.error_field(), "organisation_id");
  EXPECT_EQ(
      partner_
          ->call("GET", base() + "/incidents/summary?organisation_id=" + std::to_string(bailleur_))
          .status,
      200);
}

TEST_P(ObservatoryTest, a_partner_file_in_lambert_93_is_imported_whole_or_not_at_all) {
  // As a French spreadsheet saves it: Windows-1252, semicolons, decimal commas, dd/mm/yyyy.
  std::string file = "Date;Heure;Catégorie;X;Y;Lieu;Référence\r\n"
                     "14/03/2026;22h15;Dégradations;925100,5;6313200;Hall B;PM-1\r\n"
                     "15/03/2026;;OCCUPATION DE HALLS;925300;6313500;;PM-2\r\n";
  std::string cp1252;
  for (std::size_t k = 0; k < file.size(); ++k) {  // é (C3 A9) → E9
    if (static_cast<unsigned char>(file[k]) == 0xC3 && k + 1 < file.size()) {
      cp1252 += static_cast<char>(static_cast<unsigned char>(file[++k]) + 0x40);
    } else {
      cp1252 += file[k];
    }
  }
  std::string url = base() + "/incidents/import?organisation_id=" + std::to_string(police_);
  ApiResponse dry =
      coord_->call_raw("POST", url + "&dry_run=1", cp1252,
                       {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json.at("imported"), 2);
  EXPECT_EQ(dry.json.at("encoding"), "Windows-1252");
  EXPECT_EQ(dry.json.at("without_reference"), 0);
  EXPECT_EQ(count_incidents(), 0);
  ApiResponse done = coord_->call_raw(
      "POST", url, cp1252, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  ASSERT_EQ(done.status, 201) << done.body;
  json::value list = coord_->call("GET", base() + "/incidents").json;
  const auto& first = list.at("items").as_array()[0];
  EXPECT_EQ(first.at("occurred_time"), "22:15");
  EXPECT_NEAR(first.at("x").as_double(), 925100.5, 1e-6);
  EXPECT_GT(first.at("longitude").as_double(), 5.7);  // Manosque, about 5.79° E
  EXPECT_LT(first.at("longitude").as_double(), 5.9);
  // The same file again: both references known, nothing doubled.
  ApiResponse again = coord_->call_raw(
      "POST", url, cp1252, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(again.json.at("already_known"), 2);
  EXPECT_EQ(count_incidents(), 2);
  // A bad line names its line and column, and nothing of the file is written.
  std::string bad = "date;categorie;longitude;latitude\n01/04/2026;Vols;5,79;43,83\n"
                    "02/04/2026;Licornes;5,79;43,83\n";
  ApiResponse refused = coord_->call_raw(
      "POST", url, bad, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.error_field(), "categorie");
  EXPECT_NE(refused.body.find("ligne 3"), std::string::npos) << refused.body;
  // The refusal lists the territory's categories; a category's name without its parenthesis,
  // any case, any accents, is that category.
  EXPECT_NE(refused.body.find("Catégories du territoire : "), std::string::npos) << refused.body;
  EXPECT_NE(refused.body.find("Tranquillité publique (nuisances, troubles)"), std::string::npos);
  EXPECT_EQ(count_incidents(), 2);
  std::string short_names = "date;categorie;longitude;latitude\n01/04/2026;tranquillite publique;"
                            "5,79;43,83\n01/04/2026;STUPÉFIANTS;5,79;43,83\n";
  ApiResponse by_short_name =
      coord_->call_raw("POST", url + "&dry_run=1", short_names,
                       {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(by_short_name.status, 200) << by_short_name.body;
  // A spreadsheet's own file is said to be one, with what to do.
  ApiResponse xlsx =
      coord_->call_raw("POST", url, std::string("PK\x03\x04\x14\x00\x06\x00", 8),
                       {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(xlsx.status, 400);
  EXPECT_NE(xlsx.body.find("enregistrez-le au format CSV"), std::string::npos) << xlsx.body;
  // Dates as spreadsheets write them: one-digit day and month, the time in the same cell.
  std::string loose = "date;categorie;longitude;latitude\n3/5/2026 9h30;Vols;5,79;43,83\n"
                      "2026-05-04T21:15:00Z;Vols;5,79;43,83\n";
  ApiResponse checked =
      coord_->call_raw("POST", url + "&dry_run=1", loose,
                       {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(checked.status, 200) << checked.body;
  std::string twice = "date;categorie;longitude;latitude;reference\n3/5/2026;Vols;5,79;43,83;R-9\n"
                      "3/5/2026;Vols;5,79;43,83;R-9\n";
  ApiResponse repeated =
      coord_->call_raw("POST", url + "&dry_run=1", twice,
                       {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(repeated.json.at("repeated_in_file"), 1) << repeated.body;
  EXPECT_EQ(repeated.json.at("already_known"), 0);
  std::string unreadable = "date;categorie;longitude;latitude\n3 mai 2026;Vols;5,79;43,83\n";
  ApiResponse mai = coord_->call_raw(
      "POST", url, unreadable, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(mai.status, 400);
  EXPECT_NE(mai.body.find("JJ/MM/AAAA ou AAAA-MM-JJ"), std::string::npos) << mai.body;
  // The content rules name the file's line and column too, the first line included.
  std::string named = "date;categorie;longitude;latitude;commentaire\n"
                      "01/04/2026;Vols;5,79;43,83;Vu M. Dupont devant le hall\n";
  ApiResponse person = coord_->call_raw(
      "POST", url, named, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(person.status, 400);
  EXPECT_EQ(person.error_field(), "description");
  EXPECT_NE(person.body.find("ligne 2, colonne « description »"), std::string::npos) << person.body;
  std::string abroad = "date;categorie;longitude;latitude\n01/04/2026;Vols;-3,70;40,42\n";
  ApiResponse madrid = coord_->call_raw(
      "POST", url, abroad, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(madrid.status, 400);
  EXPECT_NE(madrid.body.find("ligne 2, colonne « longitude »"), std::string::npos) << madrid.body;
  // The file goes through the same length and no-person rules as the form, place included.
  std::string long_text =
      "date;categorie;lieu;description\n01/04/2026;Vols;Rue Haute;" + std::string(501, 'x') + "\n";
  ApiResponse too_long = coord_->call_raw(
      "POST", url, long_text, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(too_long.status, 400);
  EXPECT_NE(too_long.body.find("colonne « description »"), std::string::npos) << too_long.body;
  std::string named_place =
      "date;categorie;lieu\n01/04/2026;Vols;Chez Mme Martin, 06 12 34 56 78\n";
  ApiResponse place = coord_->call_raw(
      "POST", url, named_place, {{"content-type", "text/csv"}, {"x-csrf-token", coord_->csrf}});
  EXPECT_EQ(place.status, 400);
  EXPECT_NE(place.body.find("colonne « lieu »"), std::string::npos) << place.body;
  EXPECT_EQ(count_incidents(), 2);
}

TEST_P(ObservatoryTest, a_category_in_use_cannot_be_removed_and_labels_stay_unique) {
  ASSERT_EQ(coord_->call("POST", base() + "/incidents", json::value(incident(police_))).status,
            201);
  std::string used = "/api/v1/incident-categories/" + std::to_string(category_.at("Dégradations"));
  EXPECT_EQ(coord_->call("DELETE", used).status, 409);
  std::string unused =
      "/api/v1/incident-categories/" + std::to_string(category_.at("Rodéos motorisés"));
  EXPECT_EQ(coord_->call("DELETE", unused).status, 204);
  ApiResponse twice = coord_->call("POST", base() + "/incident-categories",
                                   json::value(json::object{{"label", "Vols"}}));
  EXPECT_EQ(twice.status, 409);
  ApiResponse natinf =
      coord_->call("POST", base() + "/incident-categories",
                   json::value(json::object{{"label", "Tags"}, {"natinf", "12a"}}));
  EXPECT_EQ(natinf.error_field(), "natinf");
  EXPECT_EQ(partner_
                ->call("POST", base() + "/incident-categories",
                       json::value(json::object{{"label", "Autre"}}))
                .status,
            403);
}

VIGIE_BOTH_STORES(ObservatoryTest);

}  // namespace
}  // namespace vigie::test
