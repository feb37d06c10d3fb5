// The vigie binary as an operator uses it.
#include <filesystem>
#include <fstream>

#include "journal/chained/journal.h"
#include "support/api_client.h"
#include "support/command.h"

namespace vigie::test {
namespace fs = std::filesystem;

namespace {

using Outcome = CommandOutcome;

Outcome run(const std::string& args, const std::string& input = "") {
  fs::path in = fs::temp_directory_path() / ("vigie-cli-in-" + std::to_string(::getpid()));
  std::ofstream(in) << input;
  Outcome outcome =
      run_command(std::string(VIGIE_BINARY) + " " + args + " < " + in.string() + " 2>&1");
  fs::remove(in);
  return outcome;
}

}  // namespace

TEST(Cli, prints_its_version) {
  Outcome r = run("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output.rfind("vigie ", 0), 0U) << r.output;
}

TEST(Cli, an_unknown_command_is_bad_input) { EXPECT_EQ(run("fly").status, 2); }

TEST(Cli, mistakes_on_the_command_line_are_said_in_french_with_the_way_to_the_help) {
  Outcome none = run("");
  EXPECT_EQ(none.status, 2);
  EXPECT_EQ(none.output.rfind("vigie: Une sous-commande est attendue.\nAide : vigie --help", 0), 0U)
      << none.output;
  Outcome letters = run("strategy export abc");
  EXPECT_EQ(letters.status, 2);
  EXPECT_NE(letters.output.find("Valeur invalide pour « id » : « abc »."), std::string::npos)
      << letters.output;
  Outcome missing = run("strategy import x.json");
  EXPECT_NE(missing.output.find("« --territory » est obligatoire."), std::string::npos)
      << missing.output;
}

TEST(Cli, a_mistyped_database_path_is_refused_not_created) {
  fs::path missing = fs::temp_directory_path() / ("vigie-absent-" + std::to_string(::getpid()));
  Outcome r = run("territory load-contours --db " + (missing / "vigie.db").string() + " x.geojson");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("base introuvable"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(missing));
}

class CliStoreTest : public BothStores {
 protected:
  std::string db_arg() { return "--db '" + store_->url() + "'"; }
  fs::path write(const std::string& name, const std::string& text) {
    fs::path p = fs::temp_directory_path() / (name + std::to_string(::getpid()));
    std::ofstream(p) << text;
    files_.push_back(p);
    return p;
  }
  void TearDown() override {
    for (const auto& f : files_)
      fs::remove(f);
    BothStores::TearDown();
  }
  std::vector<fs::path> files_;
};

TEST_P(CliStoreTest, users_are_created_with_a_password_from_standard_input_and_can_log_in) {
  add_official_communes(db(), {"04112"});
  Outcome t = run("territory add Manosque --commune 04112 " + db_arg());
  ASSERT_EQ(t.status, 0) << t.output;
  std::string territory = t.output.substr(0, t.output.find('\n'));
  Outcome u =
      run("user add marie --name 'Marie Curie' --role coordonnateur@" + territory + " " + db_arg(),
          "un-mot-de-passe-long\n");
  ASSERT_EQ(u.status, 0) << u.output;
  ManualClock clock(1'780'000'000);
  App app(db(), clock);
  ApiClient client(app);
  EXPECT_EQ(client.login("marie", "un-mot-de-passe-long").status, 201);
  EXPECT_EQ(run("user disable marie " + db_arg()).status, 0);
  EXPECT_EQ(client.login("marie", "un-mot-de-passe-long").status, 401);
  Outcome weak = run("user add paul --name Paul " + db_arg(), "court\n");
  EXPECT_EQ(weak.status, 2);
  EXPECT_NE(weak.output.find("12 caractères"), std::string::npos) << weak.output;
}

TEST_P(CliStoreTest, a_bad_import_file_gets_one_line_with_file_and_line_and_status_2) {
  add_official_communes(db(), {"04112"});
  std::string territory = run("territory add Manosque --commune 04112 " + db_arg()).output;
  territory = territory.substr(0, territory.find('\n'));
  fs::path broken =
      write("broken.json", "{\n  \"format\": \"vigie.strategy\",\n  \"axes\": [\n}\n");
  Outcome r =
      run("strategy import " + broken.string() + " --territory " + territory + " " + db_arg());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find(broken.string() + ":4: JSON invalide : erreur de syntaxe JSON"),
            std::string::npos)
      << r.output;
  EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;

  fs::path invalid =
      write("invalid.json", "{\n  \"format\": \"vigie.strategy\",\n  \"format_version\": 1,\n"
                            "  \"strategy\": {\"title\": \"S\"},\n  \"axes\": [\n"
                            "    {\"number\": 1, \"title\": \"A\"},\n"
                            "    {\"number\": 2, \"title\": 42}\n  ]\n}\n");
  r = run("strategy import " + invalid.string() + " --territory " + territory + " " + db_arg());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find(invalid.string() + ":7: axes[1].title:"), std::string::npos) << r.output;
  EXPECT_EQ(snapshot(db()).find("\"S\""), std::string::npos);
}

TEST_P(CliStoreTest, contours_of_unknown_communes_are_set_aside_and_broken_json_names_its_line) {
  add_official_communes(db(), {"04112"});
  std::string square =
      R"({"type":"Polygon","coordinates":[[[5.7,43.8],[5.8,43.8],[5.8,43.9],[5.7,43.8]]]})";
  fs::path file = write("contours.geojson",
                        "\xEF\xBB\xBF{\"type\":\"FeatureCollection\",\"features\":[\n"
                        "{\"type\":\"Feature\",\"properties\":{\"code\":\"04112\"},\"geometry\":" +
                            square +
                            "},\n{\"type\":\"Feature\",\"properties\":{\"code\":\"99999\"},"
                            "\"geometry\":" +
                            square + "}]}\n");
  Outcome r = run("territory load-contours " + file.string() + " " + db_arg());
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("1 contour chargé ; 1 mis de côté"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("99999"), std::string::npos) << r.output;
  std::string before = snapshot(db());

  fs::path cut =
      write("cut.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":");
  r = run("territory load-contours " + cut.string() + " " + db_arg());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("JSON illisible à la ligne 3 : le fichier s'arrête avant la fin"),
            std::string::npos)
      << r.output;
  fs::path metres = write(
      "metres.geojson",
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"04112"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[925000,6313000],[926000,6313000],)"
      R"([926000,6314000],[925000,6313000]]]}}]})");
  r = run("territory load-contours " + metres.string() + " " + db_arg());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("Coordonnées en mètres"), std::string::npos) << r.output;
  fs::path unknown = write("unknown.geojson",
                           "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                           "\"properties\":{\"code\":\"99999\"},\"geometry\":" +
                               square + "}]}");
  r = run("territory load-contours " + unknown.string() + " " + db_arg());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("liste officielle"), std::string::npos) << r.output;
  EXPECT_EQ(snapshot(db()), before);
}

TEST_P(CliStoreTest, ssmsi_import_reports_the_edition_and_refuses_a_bad_line_with_status_2) {
  std::string base = source_path("data/ssmsi/donnee-dep-2023.csv");
  Outcome ok = run("ssmsi import -q " + db_arg() + " '" + base + "'");
  ASSERT_EQ(ok.status, 0) << ok.output;
  EXPECT_NE(ok.output.find("base départementale, années 2016–2023 : 12 928 lignes"),
            std::string::npos)
      << ok.output;
  Outcome again = run("ssmsi import -q " + db_arg() + " '" + base + "'");
  EXPECT_EQ(again.status, 0);
  EXPECT_NE(again.output.find("rien n'a changé"), std::string::npos) << again.output;
  fs::path bad =
      write("bad-ssmsi.csv", "CODGEO_2025;annee;indicateur;unite_de_compte;nombre;taux_pour_mille\n"
                             "04112;2024;Homicides;Victime;1;0,04\n"
                             "04112;20x4;Homicides;Victime;1;0,04\n");
  Outcome refused = run("ssmsi import -q " + db_arg() + " '" + bad.string() + "'");
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.output.find(bad.string() + ": annee: ligne 3, colonne « annee »"),
            std::string::npos)
      << refused.output;
  Outcome list = run("ssmsi editions " + db_arg());
  EXPECT_EQ(list.status, 0);
  EXPECT_NE(list.output.find("donnee-dep-2023.csv"), std::string::npos);
  EXPECT_EQ(list.output.find("bad-ssmsi"), std::string::npos) << list.output;
}

TEST_P(CliStoreTest, export_then_import_through_files) {
  add_official_communes(db(), {"72181", "04112"});
  std::string first = run("territory add 'Le Mans' --commune 72181 " + db_arg()).output;
  std::string second = run("territory add Manosque --commune 04112 " + db_arg()).output;
  first = first.substr(0, first.find('\n'));
  second = second.substr(0, second.find('\n'));
  Outcome imported = run("strategy import " + source_path("data/seeds/004-le-mans.json") +
                         " --territory " + first + " " + db_arg());
  ASSERT_EQ(imported.status, 0) << imported.output;
  std::string id = imported.output.substr(0, imported.output.find('\n'));
  fs::path out = fs::temp_directory_path() / ("export-" + std::to_string(::getpid()) + ".json");
  files_.push_back(out);
  ASSERT_EQ(run("strategy export " + id + " -o " + out.string() + " " + db_arg()).status, 0);
  Outcome again =
      run("strategy import " + out.string() + " --territory " + second + " " + db_arg());
  EXPECT_EQ(again.status, 0) << again.output;
}

TEST_P(CliStoreTest, journal_verify_says_whether_the_follow_up_journal_was_altered) {
  ManualClock clock(1'780'000'000);
  ChainedJournal journal(db(), clock);
  Actor someone;
  someone.user_id = 7;
  someone.login = "educatrice";
  for (const char* action : {"creation", "lecture", "lecture"})
    ASSERT_TRUE(journal.record(someone, 1, 3, action));
  Outcome sound = run("journal verify " + db_arg());
  EXPECT_EQ(sound.status, 0) << sound.output;
  EXPECT_NE(sound.output.find("Journal intègre : 3 entrées"), std::string::npos) << sound.output;
  {
    Lease conn = db().acquire();
    ASSERT_TRUE(
        conn->query("UPDATE followup_journal SET action = 'rien' WHERE action = 'creation'"));
  }
  Outcome altered = run("journal verify " + db_arg());
  EXPECT_EQ(altered.status, 1);
  EXPECT_NE(altered.output.find("journal altéré à partir de l'entrée"), std::string::npos)
      << altered.output;
}

VIGIE_BOTH_STORES(CliStoreTest);

}  // namespace vigie::test
