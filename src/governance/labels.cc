// French words for the governance's codes; see labels.h.
#include "governance/labels.h"

#include <map>

#include "core/text.h"

namespace vigie {

std::string member_role_label(std::string_view role) {
  static const std::map<std::string_view, std::string_view> kWords{{"president", "président"},
                                                                   {"membre", "membre"},
                                                                   {"invite", "invité"},
                                                                   {"secretariat", "secrétariat"}};
  return word_for(kWords, role);
}

std::string decision_status_label(std::string_view status) {
  static const std::map<std::string_view, std::string_view> kWords{{"a_faire", "À faire"},
                                                                   {"en_cours", "En cours"},
                                                                   {"faite", "Faite"},
                                                                   {"abandonnee", "Abandonnée"}};
  return word_for(kWords, status);
}

}  // namespace vigie
