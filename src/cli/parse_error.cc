#include "cli/parse_error.h"

#include <array>
#include <regex>

namespace vigie::cli {
namespace {

struct Wording {
  std::regex english;
  const char* french;
};

// The sentences of CLI11 2.x's Error.hpp that a person meets (bookworm packages 2.1).
const std::array<Wording, 9>& wordings() {
  static const std::array<Wording, 9> kWordings{{
      {std::regex("^A subcommand is required$"), "Une sous-commande est attendue."},
      {std::regex("^Requires at least ([0-9]+) subcommands$"), "Au moins $1 sous-commandes."},
      {std::regex("^(\\S+) is required$"), "« $1 » est obligatoire."},
      {std::regex("^Could not convert: (\\S+) = (.*)$"), "Valeur invalide pour « $1 » : « $2 »."},
      {std::regex("^The value (.*) is not an allowed value for (\\S+)$"),
       "« $1 » n'est pas une valeur permise pour $2."},
      {std::regex("^The following arguments? (were|was) not expected: (.*)$"),
       "Argument inattendu : $2."},
      {std::regex("^Expected exactly ([0-9]+) arguments? to (\\S+), got ([0-9]+)$"),
       "$2 attend $1 valeur(s), $3 donnée(s)."},
      {std::regex("^(\\S+): ([0-9]+) required .* received ([0-9]+)$"),
       "$1 attend au moins $2 valeur(s), $3 donnée(s)."},
      {std::regex("^(\\S+): too many inputs for a flag$"), "$1 ne prend pas de valeur."},
  }};
  return kWordings;
}

}  // namespace

std::string french_failure_message(const CLI::App* /*app*/, const CLI::Error& error) {
  std::string text = error.what();
  for (const Wording& w : wordings()) {
    if (std::regex_match(text, w.english)) {
      text = std::regex_replace(text, w.english, w.french);
      break;
    }
  }
  return "vigie: " + text + "\nAide : vigie --help (ou vigie <commande> --help)\n";
}

}  // namespace vigie::cli
