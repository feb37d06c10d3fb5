// The participation citoyenne rules; see rules.h.
#include "participation/rules.h"

#include <stdexcept>

#include <boost/json.hpp>

#include "core/dates.h"

namespace vigie {

extern const char* const kCitizenRulesJson;  // generated from data/dispositifs/participation.json

namespace {
namespace json = boost::json;

CitizenRules parse_rules() {
  json::object root = json::parse(kCitizenRulesJson).as_object();
  CitizenRules r;
  const json::object& p = root.at("protocole").as_object();
  r.protocol_years = static_cast<int>(p.at("duree_annees").as_int64());
  r.renewal_alert_months = static_cast<int>(p.at("alerte_mois").as_int64());
  r.protocol_source = json::value_to<std::string>(p.at("source"));
  const json::object& b = root.at("bilan").as_object();
  r.bilan_indicator = json::value_to<std::string>(b.at("indicateur"));
  r.bilan_source = json::value_to<std::string>(b.at("source"));
  if (r.protocol_years <= 0) {
    throw std::logic_error("data/dispositifs/participation.json: durée invalide");
  }
  return r;
}

}  // namespace

const CitizenRules& citizen_rules() {
  static const CitizenRules rules = parse_rules();
  return rules;
}

std::optional<std::string> current_term_end(const CitizenProtocol& p, std::string_view today,
                                            const CitizenRules& rules) {
  if (p.ended_on && *p.ended_on <= today) return std::nullopt;
  int months = 12 * rules.protocol_years;
  std::string end = add_months(p.signed_on, months);
  for (int terms = 2; end <= today; ++terms)
    end = add_months(p.signed_on, months * terms);
  return end;
}

std::optional<ProtocolAlert> renewal_alert(const CitizenProtocol& p, std::string_view today,
                                           const CitizenRules& rules) {
  auto end = current_term_end(p, today, rules);
  if (!end || add_months(today, rules.renewal_alert_months) < *end) return std::nullopt;
  return ProtocolAlert{p.id, *end,
                       "Le protocole de participation citoyenne arrive au terme de sa période le " +
                           french_date(*end) +
                           " : il est reconduit tacitement, sauf dénonciation par un signataire. "
                           "Préparez le bilan et l'échange avec la préfecture et les forces de "
                           "sécurité."};
}

}  // namespace vigie
