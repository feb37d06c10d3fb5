#include "core/nominative.h"

#include <regex>
#include <unordered_set>

#include "core/first_names.h"

namespace vigie {
namespace {

struct Pattern {
  std::regex regex;
  const char* warning;
};

constexpr const char* kNameWarning = "ressemble au nom d'une personne";

const std::vector<Pattern>& patterns() {
  // Plain ASCII classes plus the UTF-8 bytes of capital letters with accents (\xC3[\x80-\x9E]).
  static const std::vector<Pattern> kPatterns{
      {std::regex(R"(\b(M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr|Docteur|Pr|Professeur|Me|)"
                  R"(Ma\xC3\xAEtre|[Ff]amille)\s+([A-Z]|\xC3[\x80-\x9E]))"
                  R"(([A-Za-z'-]|\xC3[\x80-\xBF])*)"),
       kNameWarning},
      {std::regex(R"(\bn\xC3\xA9e?\s+(le|en)\s+\S+)", std::regex::icase),
       "ressemble à une date de naissance"},
      {std::regex(R"(\b0[1-9]([ .]?[0-9]{2}){4}\b)"), "ressemble à un numéro de téléphone"},
      {std::regex(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"),
       "ressemble à une adresse électronique"},
      // A number, then a kind of street and its name ("12 bis rue des Lilas"): La Poste's
      // address lines (norme AFNOR NF Z10-011) start this way.
      {std::regex(R"(\b[0-9]{1,4}(\s?(bis|ter))?,?\s+(rue|avenue|av\.|boulevard|bd|place|)"
                  R"(chemin|impasse|all\xC3\xA9e|route|quai|cours|square|r\xC3\xA9sidence|)"
                  R"(lotissement|passage|hameau|lieu-dit)\s+(de la\s+|de l'|du\s+|des\s+|de\s+|)"
                  R"(d')?([A-Za-z'-]|\xC3[\x80-\xBF])+)",
                  std::regex::icase),
       "ressemble à une adresse postale"},
      // A postal code and its commune ("04100 Manosque").
      {std::regex(R"(\b[0-9]{5}\s+([A-Z]|\xC3[\x80-\x9E])([A-Za-z'-]|\xC3[\x80-\xBF])+)"),
       "ressemble à une adresse postale"},
  };
  return kPatterns;
}

bool is_word_byte(unsigned char c) {
  return std::isalpha(c) != 0 || c == '-' || c == '\'' || c >= 0x80;
}

bool starts_capitalised(std::string_view w) {
  if (w.empty()) return false;
  auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E;
}

bool all_capitals(std::string_view w) {
  int letters = 0;
  for (char ch : w) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

struct Word {
  std::size_t at;
  std::string_view text;
};

std::vector<Word> words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_word_byte(static_cast<unsigned char>(s[i])))
      ++i;
    std::size_t start = i;
    while (i < s.size() && is_word_byte(static_cast<unsigned char>(s[i])))
      ++i;
    if (i > start) out.push_back({start, s.substr(start, i - start)});
  }
  return out;
}

bool is_first_name(std::string_view w) {
  static const std::unordered_set<std::string_view> kNames(first_names().begin(),
                                                           first_names().end());
  return kNames.contains(w);
}

/// "JEAN-CLAUDE" → "Jean-Claude": the dictionary writes first names capitalised; a letter after a
/// hyphen stays a capital. Accented capitals are the two-byte UTF-8 \xC3\x80–\x9E, lowered by
/// adding 0x20 to their second byte, as in Latin-1.
std::string capitalised(std::string_view w) {
  std::string out(w);
  bool start = true;
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c == 0xC3 && i + 1 < out.size()) {
      auto& next = reinterpret_cast<unsigned char&>(out[i + 1]);
      if (!start && next >= 0x80 && next <= 0x9E) next = static_cast<unsigned char>(next + 0x20);
      ++i;
      start = false;
      continue;
    }
    if (!start && c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 0x20);
    start = c == '-';
  }
  return out;
}

/// Short capital words that join a heading ("PIERRE ET MARIE") rather than end a name.
bool is_joining_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords{"DE", "DU", "DES", "LA",  "LE", "LES",
                                                           "ET", "EN", "AU",  "AUX", "SUR"};
  return kWords.contains(w);
}

bool names_someone(std::string_view a, std::string_view b) {
  if (is_first_name(a) && starts_capitalised(b)) return true;  // Jean Dupont
  if (all_capitals(a) && is_first_name(b)) return true;        // DUPONT Jean
  if (!all_capitals(a) || !all_capitals(b) || is_joining_word(b)) return false;
  return is_first_name(capitalised(a));  // JEAN DUPONT
}

/// "Jean Dupont", "Fatima BENALI", "DUPONT Jean", "JEAN DUPONT": a first name of the dictionary
/// next to a capitalised word on the same line, unless a civility already pointed the name out.
void first_name_hints(std::string_view s, std::vector<std::pair<std::size_t, std::size_t>>& seen,
                      std::vector<std::string>& out) {
  std::vector<Word> ws = words(s);
  for (std::size_t k = 0; k + 1 < ws.size() && out.size() < 20; ++k) {
    const Word& a = ws[k];
    const Word& b = ws[k + 1];
    std::string_view between = s.substr(a.at + a.text.size(), b.at - a.at - a.text.size());
    if (between.find_first_not_of(' ') != std::string_view::npos) continue;
    if (!names_someone(a.text, b.text)) continue;
    bool covered = false;
    for (auto [from, to] : seen)
      covered = covered || (a.at < to && b.at + b.text.size() > from);
    if (covered) continue;
    out.push_back("« " + std::string(s.substr(a.at, b.at + b.text.size() - a.at)) + " » " +
                  kNameWarning + ".");
    ++k;
  }
}

}  // namespace

std::vector<std::string> nominative_hints(std::string_view text) {
  std::vector<std::string> out;
  std::vector<std::pair<std::size_t, std::size_t>> seen;  // byte ranges already pointed out
  std::string s(text);
  for (const Pattern& p : patterns()) {
    for (auto it = std::sregex_iterator(s.begin(), s.end(), p.regex); it != std::sregex_iterator();
         ++it) {
      if (out.size() >= 20) return out;
      auto from = static_cast<std::size_t>(it->position());
      seen.emplace_back(from, from + static_cast<std::size_t>(it->length()));
      out.push_back("« " + it->str() + " » " + p.warning + ".");
    }
  }
  first_name_hints(s, seen, out);
  return out;
}

}  // namespace vigie
