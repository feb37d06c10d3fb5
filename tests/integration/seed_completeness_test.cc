// The five seeds are complete (issue 15 §5): every paragraph of each seed text is transcribed
// word for word into a record of data/seeds/ or data/governance/, or listed as page furniture
// with why; and every body's rhythm, axis and confidentiality is the one its text states, or
// is marked as a default.
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <boost/json.hpp>

#include "cli/common.h"
#include "support/backend.h"

namespace vigie::test {
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

// Layout is not words: no-break spaces, line breaks and runs of spaces become one space, and
// "prévention/ médiation" (a schema cell's line break) is "prévention/médiation".
std::string squeeze(const std::string& text) {
  static const std::regex kNoBreak("\xC2\xA0");
  static const std::regex kSpaces(R"(\s+)");
  static const std::regex kSlashSpace("/ ");
  std::string s = std::regex_replace(text, kNoBreak, " ");
  s = std::regex_replace(s, kSpaces, " ");
  s = std::regex_replace(s, kSlashSpace, "/");
  auto first = s.find_first_not_of(' ');
  return first == std::string::npos ? "" : s.substr(first, s.find_last_not_of(' ') - first + 1);
}

// Headings are often in capitals on the page and not in the record: compare letters only by
// case (ASCII, and the accented capitals of Latin-1, U+00C0 to U+00DE).
std::string fold(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') s[i] = static_cast<char>(c + 32);
    if (c == 0xC3 && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) s[i + 1] = static_cast<char>(d + 32);
      ++i;
    }
  }
  return s;
}

// Blocks between blank lines, each line squeezed but the line breaks kept.
std::vector<std::string> paragraphs(const std::string& text) {
  static const std::regex kBlank(R"(\n[ \t\xC2\xA0]*\n)");
  std::vector<std::string> out;
  std::sregex_token_iterator it(text.begin(), text.end(), kBlank, -1);
  for (; it != std::sregex_token_iterator(); ++it) {
    std::string p;
    std::istringstream lines{std::string(*it)};
    for (std::string line; std::getline(lines, line);) {
      line = squeeze(line);
      if (!line.empty()) p += (p.empty() ? "" : "\n") + line;
    }
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

// A clause without its numbering ("1.", "Axe 4", a list dash) and end punctuation; empty when
// it holds no word.
std::string clause(const std::string& text) {
  static const std::regex kNumbering(R"(^(\d+\.?\s+|-\s+|axe\s*\d+\s*$))", std::regex::icase);
  std::string f = squeeze(std::regex_replace(squeeze(text), kNumbering, ""));
  while (!f.empty() && std::string(".,;:! ").find(f.back()) != std::string::npos)
    f.pop_back();
  return std::regex_search(f, std::regex("[A-Za-z\xC3]{2}")) ? f : "";
}

// Clauses: cut at sentence ends, colons, dashes between spaces, bullets, semicolons, commas,
// brackets and bold marks. Each keeps its line breaks: a clause not transcribed whole may be a
// heading and its sentence on two lines, transcribed as two fields.
std::vector<std::string> fragments(const std::string& paragraph) {
  static const std::regex kCut(
      R"(\.[ \n]+|[ \n]*:[ \n]+|[ \n]*:$|[ \n]+-[ \n]+|\xE2\x80\xA2|[ \n]*;[ \n]+|,[ \n]+|\(|\)|\*\*)");
  std::vector<std::string> out;
  std::sregex_token_iterator it(paragraph.begin(), paragraph.end(), kCut, -1);
  for (; it != std::sregex_token_iterator(); ++it) {
    std::string f = *it;
    while (!f.empty() && f.front() == '\n')
      f.erase(0, 1);
    if (!clause(f).empty()) out.push_back(f);
  }
  return out;
}

// Every string of a data file but its "source" (the project's citation, not the text's words),
// one per line so that no fragment is found across two fields.
void collect(const json::value& v, std::string& out) {
  if (v.is_string()) {
    out += fold(squeeze(std::string(v.as_string()))) + "\n";
  } else if (v.is_array()) {
    for (const auto& x : v.as_array())
      collect(x, out);
  } else if (v.is_object()) {
    for (const auto& [k, x] : v.as_object()) {
      if (k != "source") collect(x, out);
    }
  }
}

std::string seed_text(const std::string& prefix) {
  for (const auto& e : fs::directory_iterator(source_path("tests/fixtures/seeds"))) {
    if (e.path().filename().string().rfind(prefix + "_", 0) == 0)
      return read_text(e.path().string());
  }
  throw std::runtime_error("no seed text " + prefix);
}

}  // namespace

TEST(SeedCompleteness, every_paragraph_is_transcribed_or_listed_as_page_furniture) {
  json::value furniture =
      json::parse(read_text(source_path("tests/fixtures/seeds/page-furniture.json")));
  for (const auto& file : seed_data_files()) {
    std::string prefix = file.filename().string().substr(0, 3);
    std::string corpus;
    collect(json::parse(read_text(file.string())), corpus);
    fs::path governance = source_path("data/governance/" + file.filename().string());
    if (fs::exists(governance)) collect(json::parse(read_text(governance.string())), corpus);
    std::set<std::string> listed;
    for (const auto& f : furniture.at(prefix).as_array()) {
      std::string text(f.at("text").as_string());
      listed.insert(fold(squeeze(text)));
      listed.insert(fold(clause(text)));
    }
    std::size_t found = 0;
    auto in_corpus = [&](const std::string& f) {
      return listed.contains(fold(clause(f))) || corpus.find(fold(clause(f))) != std::string::npos;
    };
    for (const std::string& p : paragraphs(seed_text(prefix))) {
      if (listed.contains(fold(squeeze(p)))) continue;
      for (const std::string& f : fragments(p)) {
        if (in_corpus(f)) {
          ++found;
          continue;
        }
        std::istringstream lines(f);
        for (std::string line; std::getline(lines, line);) {
          EXPECT_TRUE(clause(line).empty() || in_corpus(line))
              << file.filename() << ": « " << clause(line) << " » (in « " << squeeze(p) << " »)";
        }
      }
    }
    EXPECT_GT(found, 10U) << file.filename();
  }
}

namespace {

struct ExpectedBody {
  std::string name;
  std::string frequency;
  std::optional<std::int64_t> count;
  std::optional<std::int64_t> max;
  std::optional<std::int64_t> axis;
  std::string confidentiality;
  std::vector<std::string> defaults;  // what the text does not state
};

// Read from the seed texts by hand; the quote that fixes each value is beside it.
const std::map<std::string, std::vector<ExpectedBody>>& expected_bodies() {
  static const std::map<std::string, std::vector<ExpectedBody>> kBodies{
      {"001-les-pennes-mirabeau.json",
       {// "Il se réunit une à deux fois fois par an." Plenary: public (no nominative case).
        {"formation plénière du conseil local de sécurité et de prévention de la délinquance",
         "times_per_year",
         1,
         2,
         std::nullopt,
         "public",
         {}},
        // "Il se réunit une fois par mois." The level is not stated.
        {"cellule de veille mensuelle",
         "monthly",
         std::nullopt,
         std::nullopt,
         std::nullopt,
         "restreint",
         {"confidentiality"}},
        // "activée à la demande du maire ou du Procureur"
        {"Cellule de veille d'urgence",
         "on_demand",
         std::nullopt,
         std::nullopt,
         std::nullopt,
         "restreint",
         {"confidentiality"}}}},
      {"002-cergy.json",
       {// The text names the council, not its rhythm: once a year at least (art. D.132-8 CSI).
        {"Conseil local de sécurité et de prévention de la délinquance",
         "yearly",
         std::nullopt,
         std::nullopt,
         std::nullopt,
         "public",
         {"frequency"}}}},
      {"003-manosque.json",
       {{"Réunion plénière", "yearly", std::nullopt, std::nullopt, std::nullopt, "public", {}},
        // In the schema, without a rhythm.
        {"Observatoire local de la tranquillité publique",
         "on_demand",
         std::nullopt,
         std::nullopt,
         std::nullopt,
         "restreint",
         {"frequency", "confidentiality"}},
        {"Comité restreint",
         "yearly",
         std::nullopt,
         std::nullopt,
         std::nullopt,
         "restreint",
         {"confidentiality"}},
        // "1 fois/ trimestre" under each axis; working groups need no confidential level.
        {"Groupe de travail thématique — Axe 1",
         "every_n_months",
         3,
         std::nullopt,
         1,
         "restreint",
         {"confidentiality"}},
        // "Tous les deux mois"; fiche 1.5: "cellule de veille individuelle de prévention et de
        // médiation jeunesse" follows individuals (L.132-5 CSI: confidential exchange).
        {"Cellule de veille prévention/médiation",
         "every_n_months",
         2,
         std::nullopt,
         1,
         "confidentiel",
         {}},
        {"Groupe de travail thématique — Axe 2",
         "every_n_months",
         3,
         std::nullopt,
         2,
         "restreint",
         {"confidentiality"}},
        {"Groupe de travail thématique — Axe 3",
         "every_n_months",
         3,
         std::nullopt,
         3,
         "restreint",
         {"confidentiality"}},
        {"Groupe de travail thématique — Axe 4",
         "every_n_months",
         3,
         std::nullopt,
         4,
         "restreint",
         {"confidentiality"}},
        {"Groupe de travail thématique — Axe 5",
         "every_n_months",
         3,
         std::nullopt,
         5,
         "restreint",
         {"confidentiality"}},
        // "Selon les besoins"; "Traiter des situations individuelles complexes".
        {"Cellule de suivi des situations complexes",
         "on_demand",
         std::nullopt,
         std::nullopt,
         5,
         "confidentiel",
         {}}}},
  };
  return kBodies;
}

std::optional<std::int64_t> optional_int(const json::value& v) {
  return v.is_null() ? std::nullopt : std::optional<std::int64_t>(v.as_int64());
}

}  // namespace

TEST(SeedCompleteness, every_body_s_rhythm_axis_and_confidentiality_follow_its_text) {
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(source_path("data/governance"))) {
    std::string name = e.path().filename().string();
    ASSERT_TRUE(expected_bodies().contains(name)) << name << " has no expected bodies";
    const auto& expected = expected_bodies().at(name);
    json::value doc = json::parse(read_text(e.path().string()));
    const json::array& bodies = doc.at("bodies").as_array();
    ASSERT_EQ(bodies.size(), expected.size()) << name;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      const json::value& b = bodies[i];
      const ExpectedBody& x = expected[i];
      SCOPED_TRACE(name + ": " + x.name);
      EXPECT_EQ(b.at("name").as_string(), x.name);
      EXPECT_EQ(b.at("frequency").as_string(), x.frequency);
      EXPECT_EQ(optional_int(b.at("frequency_count")), x.count);
      EXPECT_EQ(optional_int(b.at("frequency_max")), x.max);
      EXPECT_EQ(optional_int(b.at("axis")), x.axis);
      EXPECT_EQ(b.at("confidentiality").as_string(), x.confidentiality);
      std::vector<std::string> defaults;
      for (const auto& d : b.at("defaults").as_array())
        defaults.emplace_back(d.as_string());
      EXPECT_EQ(defaults, x.defaults);
    }
    ++files;
  }
  EXPECT_EQ(files, 3U);
}

}  // namespace vigie::test
