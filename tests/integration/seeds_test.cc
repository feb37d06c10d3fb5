// The five seed strategies: their data files say only what the seed texts say, and the demo
// loads them faithfully.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/common.h"
#include "support/api_client.h"
#include "support/command.h"

namespace vigie::test {
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

// Seeds are web pages: line breaks, runs of spaces and non-breaking spaces are layout, not words.
std::string squeeze(std::string text) {
  for (std::size_t at = text.find("\xC2\xA0"); at != std::string::npos;
       at = text.find("\xC2\xA0")) {
    text.replace(at, 2, " ");
  }
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

std::string seed_text_for(const std::string& data_file) {
  std::string prefix = fs::path(data_file).filename().string().substr(0, 3);
  // A copy of the shared seed texts travels with the repository, so a clone anywhere can
  // check the seeds; VIGIE_SHARED_DIR checks against another shared folder instead.
  const char* shared = std::getenv("VIGIE_SHARED_DIR");
  fs::path dir = shared != nullptr ? fs::path(shared) / "seeds"
                                   : fs::path(source_path("tests/fixtures/seeds"));
  if (!fs::is_directory(dir)) throw std::runtime_error("seed texts not found in " + dir.string());
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().rfind(prefix, 0) == 0)
      return squeeze(read_text(e.path().string()));
  }
  throw std::runtime_error("no seed text for " + data_file);
}

}  // namespace

TEST(Seeds, every_axis_and_fiche_title_is_in_the_seed_s_own_words) {
  ASSERT_EQ(seed_data_files().size(), 5U);
  for (const auto& file : seed_data_files()) {
    std::string seed = seed_text_for(file.string());
    json::value doc = json::parse(read_text(file.string()));
    std::size_t checked = 0;
    for (const char* list : {"axes", "actions"}) {
      for (const auto& item : doc.at(list).as_array()) {
        std::string title = squeeze(std::string(item.at("title").as_string()));
        EXPECT_NE(seed.find(title), std::string::npos)
            << file.filename() << ": « " << title << " »";
        const json::value& d = item.at("description");
        if (d.is_string() && std::string(list) == "actions") {
          EXPECT_NE(seed.find(squeeze(std::string(d.as_string()))), std::string::npos)
              << file.filename() << ": description of « " << title << " »";
        }
        ++checked;
      }
    }
    for (const auto& o : doc.at("strategy").at("objectives").as_array()) {
      EXPECT_NE(seed.find(squeeze(std::string(o.at("title").as_string()))), std::string::npos);
    }
    EXPECT_TRUE(checked > 0 || doc.at("strategy").at("announced_actions").is_int64())
        << file.filename() << " names no axis or fiche and announces none";
  }
}

TEST(Seeds, the_demo_governance_is_in_the_seeds_own_words) {
  std::size_t checked = 0;
  for (const auto& e : fs::directory_iterator(source_path("data/governance"))) {
    std::string seed = seed_text_for(e.path().string());
    // The seed's layout breaks "prévention/ médiation" over lines.
    for (std::size_t at = seed.find("/ "); at != std::string::npos; at = seed.find("/ ", at)) {
      seed.erase(at + 1, 1);
    }
    json::value doc = json::parse(read_text(e.path().string()));
    for (const auto& body : doc.at("bodies").as_array()) {
      std::string name(body.at("name").as_string());
      // One body per axis: "Groupe de travail thématique — Axe 2" names the seed's group of axis 2.
      std::string words = name.substr(0, name.find(" — Axe "));
      EXPECT_NE(seed.find(squeeze(words)), std::string::npos)
          << e.path().filename() << ": " << name;
      const json::value& d = body.at("description");
      if (d.is_string()) {
        std::string text = squeeze(std::string(d.as_string()));
        std::size_t colon = text.find(" : ");
        // "Niveau Opérationnel : …" quotes the level heading, then the sentence.
        std::string sentence =
            colon != std::string::npos && colon < 30 ? text.substr(colon + 3) : text;
        EXPECT_NE(seed.find(sentence.substr(0, 60)), std::string::npos) << name;
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, 14U);
}

TEST(Seeds, le_mans_records_only_what_its_seed_says) {
  json::value doc = json::parse(read_text(source_path("data/seeds/004-le-mans.json")));
  const json::value& s = doc.at("strategy");
  EXPECT_EQ(s.at("announced_axes"), 7);
  EXPECT_EQ(s.at("announced_actions"), 40);
  EXPECT_TRUE(doc.at("axes").as_array().empty());
  EXPECT_TRUE(doc.at("actions").as_array().empty());
  std::vector<std::string> dates;
  for (const auto& d : s.at("key_dates").as_array())
    dates.emplace_back(d.at("date").as_string());
  // The Contrat Local de Sécurité of 1997, known to the year only.
  EXPECT_EQ(dates, (std::vector<std::string>{"1997", "2012-01-26", "2012-12-06", "2013-03-13"}));
  // Signed by the Maire, the Préfet and the Procureur: organisations the text names only.
  std::vector<std::string> organisations;
  for (const auto& x : s.at("signatories").as_array())
    organisations.emplace_back(x.at("organisation").as_string());
  EXPECT_EQ(organisations, (std::vector<std::string>{"Ville du Mans", "État", "État"}));
}

class DemoTest : public BothStores {};

TEST_P(DemoTest, the_demo_loads_the_five_strategies_with_their_axes_and_fiches) {
  std::string command = std::string(VIGIE_BINARY) + " demo --db '" + store_->url() + "' --seeds " +
                        source_path("data/seeds") + " --governance " +
                        source_path("data/governance") + " --ssmsi " + source_path("data/ssmsi") +
                        " --contours " + source_path("web/public/geo") + " --evaluation " +
                        source_path("data/demo") + " --official-list " +
                        source_path("node_modules/@etalab/decoupage-administratif/data") + " 2>&1";
  CommandOutcome demo = run_command(command);
  ASSERT_EQ(demo.status, 0) << demo.output;

  // The observatoire's demo incidents are GENERATED, and say so, each of them.
  {
    Lease conn = db().acquire();
    Rows counts = conn->query("SELECT COUNT(*), SUM(CASE WHEN description LIKE '%GÉNÉRÉ%' AND "
                              "source_reference LIKE 'GENERE-%' THEN 1 ELSE 0 END) FROM incidents")
                      .value();
    EXPECT_GT(counts.at(0).integer(0), 1000);
    EXPECT_EQ(counts.at(0).integer(1), counts.at(0).integer(0));
  }
  ManualClock clock(1'780'000'000);
  App app(db(), clock);
  ApiClient admin(app);
  ASSERT_EQ(admin.login("admin", "vigie-demo-2026").status, 201);
  ApiResponse list = admin.call("GET", "/api/v1/strategies");
  ASSERT_EQ(list.status, 200);
  const json::array& strategies = list.json.at("items").as_array();
  ASSERT_EQ(strategies.size(), 5U);
  std::map<std::string, std::string> insee{
      {"000", "78361"}, {"001", "13071"}, {"002", "95127"}, {"003", "04112"}, {"004", "72181"}};
  for (const auto& file : seed_data_files()) {
    json::object expected = json::parse(read_text(file.string())).as_object();
    std::string title(expected.at("strategy").at("title").as_string());
    auto found = std::find_if(strategies.begin(), strategies.end(), [&](const json::value& s) {
      return s.at("title").as_string() == title;
    });
    ASSERT_NE(found, strategies.end()) << title;
    json::object got = admin
                           .call("GET", "/api/v1/strategies/" +
                                            std::to_string(found->at("id").as_int64()) + "/export")
                           .json.as_object();
    EXPECT_EQ(got.at("territory").at("communes"),
              json::array{json::string(insee[file.filename().string().substr(0, 3)])});
    EXPECT_EQ(got.at("axes"), expected.at("axes")) << file;
    if (file.filename().string().starts_with("001")) {
      // Les Pennes-Mirabeau carries the demo's GENERATED evaluation layer: its fiches are the
      // seed's but for what the layer sets, and every measurement says it is generated.
      const json::array& fiches = got.at("actions").as_array();
      ASSERT_EQ(fiches.size(), expected.at("actions").as_array().size());
      for (std::size_t i = 0; i < fiches.size(); ++i) {
        json::object fiche = fiches[i].as_object(), seed = expected.at("actions").at(i).as_object();
        for (const auto& m : fiche["indicators"].as_array()) {
          for (const auto& v : m.at("measurements").as_array()) {
            EXPECT_NE(std::string(v.at("source").as_string()).find("(donnée générée)"),
                      std::string::npos);
          }
        }
        for (const char* key : {"status", "indicators", "budget_lines", "milestones"}) {
          fiche.erase(key);
          seed.erase(key);
        }
        EXPECT_EQ(fiche, seed) << file << " fiche " << i;
      }
      continue;
    }
    EXPECT_EQ(got.at("actions"), expected.at("actions")) << file;
  }
  std::map<std::string, std::size_t> bodies;
  ApiResponse territories = admin.call("GET", "/api/v1/territories");
  for (const auto& t : territories.json.at("items").as_array()) {
    std::string path = "/api/v1/bodies?territory_id=" + std::to_string(t.at("id").as_int64());
    bodies[std::string(t.at("name").as_string())] =
        admin.call("GET", path).json.at("items").as_array().size();
  }
  EXPECT_EQ(bodies["Manosque"], 10U);            // the schema's nine and the observatoire local
  EXPECT_EQ(bodies["Les Pennes-Mirabeau"], 4U);  // and the demo's vidéoprotection ethics committee
  EXPECT_EQ(bodies["Cergy"], 1U);                // the CLSPD itself
  EXPECT_EQ(bodies["Le Mans"], 0U);
  // GENERATED funding on a few of Les Pennes-Mirabeau's fiches, one report still due.
  for (const auto& t : territories.json.at("items").as_array()) {
    if (t.at("name") != "Les Pennes-Mirabeau") continue;
    std::string here = "/api/v1/territories/" + std::to_string(t.at("id").as_int64());
    ApiResponse requests = admin.call("GET", here + "/funding-requests");
    ASSERT_EQ(requests.status, 200) << requests.body;
    EXPECT_EQ(requests.json.at("items").as_array().size(), 5U);
    ApiResponse alerts = admin.call("GET", here + "/funding-alerts");
    ASSERT_EQ(alerts.json.at("items").as_array().size(), 2U) << alerts.body;
    EXPECT_EQ(alerts.json.at("items").at(0).at("kind"), "compte_rendu_en_retard");
    // The dispositifs take their place in the strategy's bilan, year by year.
    std::int64_t strategy = 0;
    for (const auto& st : strategies) {
      if (st.at("territory_id") == t.at("id")) strategy = st.at("id").as_int64();
    }
    std::string evaluation = "/api/v1/strategies/" + std::to_string(strategy) + "/evaluation";
    ApiResponse e = admin.call("GET", evaluation + "?from=2016&to=2017");
    ASSERT_EQ(e.status, 200) << e.body;
    std::vector<std::int64_t> video_years, protocol_years, funding_years;
    for (const auto& v : e.json.at("video").as_array())
      video_years.push_back(v.at("figures").at("year").as_int64());
    for (const auto& p : e.json.at("participation").as_array())
      protocol_years.push_back(p.at("bilan").at("year").as_int64());
    for (const auto& f : e.json.at("funding").as_array())
      funding_years.push_back(f.at("year").as_int64());
    EXPECT_EQ(video_years, (std::vector<std::int64_t>{2016, 2017}));
    EXPECT_EQ(protocol_years, std::vector<std::int64_t>{2017});  // signed on 20 March 2017
    EXPECT_EQ(funding_years, (std::vector<std::int64_t>{2016, 2017}));
    EXPECT_EQ(e.json.at("video").at(0).at("figures").at("cameras_in_service"), 2);
    // The register's figures are for who answers for the scheme, not the police municipale.
    ApiClient agent(app);
    ASSERT_EQ(agent.login("agent.pm", "vigie-demo-2026").status, 201);
    ApiResponse seen = agent.call("GET", evaluation + "?from=2016&to=2017");
    ASSERT_EQ(seen.status, 200) << seen.body;
    EXPECT_TRUE(seen.json.at("video").as_array().empty());
    EXPECT_EQ(seen.json.at("funding").as_array().size(), 2U);
  }
  // Running it again changes nothing.
  std::string before = snapshot(db());
  ASSERT_EQ(std::system((command + " >/dev/null").c_str()), 0);
  EXPECT_EQ(snapshot(db()), before);
}

VIGIE_BOTH_STORES(DemoTest);

}  // namespace vigie::test
