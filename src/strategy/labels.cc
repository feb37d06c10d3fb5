// French words for stored codes; see labels.h.
#include "strategy/labels.h"

#include <map>

#include "core/text.h"

namespace vigie {
std::string action_status_label(std::string_view status) {
  static const std::map<std::string_view, std::string_view> kWords{
      {"prevue", "Prévue"},
      {"en_cours", "En cours"},
      {"realisee", "Réalisée"},
      {"abandonnee", "Abandonnée"},
      {"non_renseigne", "Non renseigné"}};
  return word_for(kWords, status);
}

std::string funding_source_label(std::string_view source) {
  static const std::map<std::string_view, std::string_view> kWords{
      {"fipd", "FIPD"},     {"commune", "Commune"},
      {"epci", "EPCI"},     {"departement", "Département"},
      {"region", "Région"}, {"etat", "État (autre)"},
      {"caf", "CAF"},       {"bailleur", "Bailleur"},
      {"autre", "Autre"}};
  return word_for(kWords, source);
}

std::string indicator_kind_label(std::string_view kind) {
  static const std::map<std::string_view, std::string_view> kWords{{"moyens", "Moyens"},
                                                                   {"realisation", "Réalisation"},
                                                                   {"resultat", "Résultat"},
                                                                   {"impact", "Impact"}};
  return word_for(kWords, kind);
}

std::string strategy_status_label(std::string_view status) {
  static const std::map<std::string_view, std::string_view> kWords{
      {"brouillon", "Brouillon"},
      {"adoptee", "Adoptée"},
      {"close", "Clôturée"},
      {"non_renseigne", "Statut non renseigné"}};
  return word_for(kWords, status);
}

std::string key_date_label(std::string_view kind) {
  static const std::map<std::string_view, std::string_view> kWords{
      {"presentation_clspd", "Présentation au CLSPD"},
      {"adoption_conseil", "Adoption en conseil municipal"},
      {"signature", "Signature"},
      {"publication", "Publication"},
      {"autre", "Autre"}};
  return word_for(kWords, kind);
}

std::string axis_label(const Axis* axis) {
  if (axis == nullptr) return "Hors axe";
  return "Axe " + std::to_string(axis->number) + " — " + axis->title;
}

}  // namespace vigie
