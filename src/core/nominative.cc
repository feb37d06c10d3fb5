#include "core/nominative.h"

#include <regex>

namespace vigie {
namespace {

struct Pattern {
  std::regex regex;
  const char* warning;
};

const std::vector<Pattern>& patterns() {
  // Plain ASCII classes plus the UTF-8 bytes of capital letters with accents (\xC3[\x80-\x9E]).
  static const std::vector<Pattern> kPatterns{
      {std::regex(R"(\b(M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+([A-Z]|\xC3[\x80-\x9E]))"
                  R"(([A-Za-z'-]|\xC3[\x80-\xBF])*)"),
       "ressemble au nom d'une personne"},
      {std::regex(R"(\bn\xC3\xA9e?\s+(le|en)\s+\S+)", std::regex::icase),
       "ressemble à une date de naissance"},
      {std::regex(R"(\b0[1-9]([ .]?[0-9]{2}){4}\b)"), "ressemble à un numéro de téléphone"},
      {std::regex(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"),
       "ressemble à une adresse électronique"},
  };
  return kPatterns;
}

}  // namespace

std::vector<std::string> nominative_hints(std::string_view text) {
  std::vector<std::string> out;
  std::string s(text);
  for (const Pattern& p : patterns()) {
    for (auto it = std::sregex_iterator(s.begin(), s.end(), p.regex); it != std::sregex_iterator();
         ++it) {
      out.push_back("« " + it->str() + " » " + p.warning + ".");
      if (out.size() >= 20) return out;
    }
  }
  return out;
}

}  // namespace vigie
