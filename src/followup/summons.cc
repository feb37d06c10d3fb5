#include "followup/summons.h"

#include <array>

#include "core/dates.h"

namespace vigie {

namespace {
constexpr std::array<const char*, 12> kMonths{"janvier",   "février", "mars",     "avril",
                                              "mai",       "juin",    "juillet",  "août",
                                              "septembre", "octobre", "novembre", "décembre"};

// "10 h 00" with no-break spaces, so a line never ends between the hour and its minutes.
std::string hour_of(const std::string& local_datetime) {
  return local_datetime.substr(11, 2) + "\u00A0h\u00A0" + local_datetime.substr(14, 2);
}
}  // namespace

std::string french_date(const std::string& iso) {
  int day = std::stoi(iso.substr(8, 2));
  int month = std::stoi(iso.substr(5, 2));
  return (day == 1 ? std::string("1er") : std::to_string(day)) + " " + kMonths.at(month - 1) + " " +
         iso.substr(0, 4);
}

bool minor_on(const FollowUp& person, const std::string& day) {
  return person.birth_date && months_between(*person.birth_date, day) < 18 * 12;
}

std::vector<PrintBlock> summons_letter(const FollowUp& p, const Reminder& r,
                                       const std::string& commune, const std::string& today) {
  using K = PrintBlock::Kind;
  std::string hearing_day = r.hearing_at.substr(0, 10);
  bool minor = minor_on(p, hearing_day);
  std::string name = p.first_name + " " + p.last_name;
  std::vector<PrintBlock> out{{K::strong, "Commune de " + commune},
                              {K::paragraph, "Le maire"},
                              {K::gap, ""},
                              {K::right, commune + ", le " + french_date(today)},
                              {K::gap, ""},
                              {K::strong, name}};
  if (minor) {
    std::string reps;
    for (const auto& rep : p.representatives)
      reps += (reps.empty() ? "" : ", ") + rep.name + (rep.link ? " (" + *rep.link + ")" : "");
    out.push_back({K::strong, "et ses représentants légaux" + (reps.empty() ? "" : " : " + reps)});
  }
  out.push_back({K::gap, ""});
  out.push_back({K::heading, "Objet : convocation à un rappel à l'ordre"});
  out.push_back({K::gap, ""});
  out.push_back({K::paragraph, "Madame, Monsieur,"});
  out.push_back(
      {K::paragraph, "En application de l'article L.132-7 du code de la sécurité intérieure, " +
                         std::string(minor ? "je vous convoque, avec " + p.first_name +
                                                 ", dont vous êtes les représentants légaux,"
                                           : "je vous convoque") +
                         " le " + french_date(hearing_day) + " à " + hour_of(r.hearing_at) + ", " +
                         r.place +
                         ", pour un rappel à l'ordre relatif aux faits suivants, survenus le " +
                         french_date(r.facts_date) + " :"});
  out.push_back({K::paragraph, r.facts});
  if (minor) {
    out.push_back({K::paragraph, "La présence des parents ou représentants légaux est requise : "
                                 "le rappel à l'ordre d'un mineur se fait en leur présence."});
  }
  out.push_back({K::paragraph, "Le rappel à l'ordre est un avertissement verbal du maire ; il "
                               "ne constitue pas une sanction pénale. En cas d'empêchement, "
                               "merci de prévenir la mairie."});
  out.push_back({K::paragraph, "Veuillez agréer, Madame, Monsieur, l'expression de mes "
                               "salutations distinguées."});
  out.push_back({K::gap, ""});
  out.push_back({K::right, r.summoned_by});
  return out;
}

}  // namespace vigie
