// The vidéoprotection rules and the checks that follow from them; see rules.h.
#include "videoprotection/rules.h"

#include <algorithm>
#include <stdexcept>

#include <boost/json.hpp>

#include "core/dates.h"

namespace vigie {

extern const char* const kVideoRulesJson;  // generated from data/dispositifs/videoprotection.json

namespace {
namespace json = boost::json;

VideoRules parse_rules() {
  json::object root = json::parse(kVideoRulesJson).as_object();
  VideoRules r;
  const json::object& auth = root.at("autorisation").as_object();
  r.authorisation_years = static_cast<int>(auth.at("duree_annees").as_int64());
  r.authorisation_alert_months = static_cast<int>(auth.at("alerte_mois").as_int64());
  r.authorisation_source = json::value_to<std::string>(auth.at("source"));
  const json::object& keep = root.at("conservation").as_object();
  r.max_retention_days = keep.at("maximum_jours").as_int64();
  r.retention_source = json::value_to<std::string>(keep.at("source"));
  const json::object& reg = root.at("registre").as_object();
  r.register_years = static_cast<int>(reg.at("conservation_annees").as_int64());
  r.register_source = json::value_to<std::string>(reg.at("source"));
  const json::object& purposes = root.at("finalites").as_object();
  r.purposes_source = json::value_to<std::string>(purposes.at("source"));
  for (const json::value& v : purposes.at("liste").as_array()) {
    const json::object& p = v.as_object();
    r.purposes.push_back({p.at("code").as_int64(), json::value_to<std::string>(p.at("libelle")),
                          json::value_to<std::string>(p.at("reference"))});
  }
  if (r.purposes.empty() || r.max_retention_days <= 0) {
    throw std::logic_error("data/dispositifs/videoprotection.json: règles incomplètes");
  }
  return r;
}

}  // namespace

const VideoRules& video_rules() {
  static const VideoRules rules = parse_rules();
  return rules;
}

std::string authorisation_end(std::string_view authorised_on, const VideoRules& rules) {
  return add_months(authorised_on, 12 * rules.authorisation_years);
}

std::optional<VideoAlert> authorisation_alert(const VideoSystem& s, std::string_view today,
                                              const VideoRules& rules) {
  VideoAlert a{s.id, s.name, "", std::nullopt, 0, ""};
  if (!s.authorised_on) {
    a.kind = "autorisation_absente";
    a.message = "Aucune autorisation préfectorale n'est enregistrée pour ce système.";
    return a;
  }
  std::string end = authorisation_end(*s.authorised_on, rules);
  a.date = end;
  if (end <= today) {
    a.kind = "autorisation_expiree";
    a.message = "L'autorisation préfectorale a pris fin le " + french_date(end) +
                " : demandez son renouvellement à la préfecture.";
    return a;
  }
  if (add_months(today, rules.authorisation_alert_months) >= end) {
    a.kind = "autorisation_echeance";
    a.message = "L'autorisation préfectorale prend fin le " + french_date(end) +
                " : déposez la demande de renouvellement.";
    return a;
  }
  return std::nullopt;
}

std::optional<std::string> destroy_by(const RegisterEntry& e, std::int64_t retention_days) {
  if (e.kind == "visionnage" || e.handed_to) return std::nullopt;
  std::string last_day = e.images_to ? e.images_to->substr(0, 10) : e.occurred_on;
  return add_days(last_day, retention_days);
}

bool retention_breached(const RegisterEntry& e, std::string_view today,
                        std::int64_t retention_days) {
  auto limit = destroy_by(e, retention_days);
  if (!limit) return false;
  if (e.destroyed_on) return *e.destroyed_on > *limit;
  return today > *limit;
}

std::vector<std::int64_t> unknown_purposes(const std::vector<std::int64_t>& codes,
                                           const VideoRules& rules) {
  std::vector<std::int64_t> out;
  for (std::int64_t c : codes) {
    bool known = std::any_of(rules.purposes.begin(), rules.purposes.end(),
                             [c](const VideoPurpose& p) { return p.code == c; });
    if (!known) out.push_back(c);
  }
  return out;
}

}  // namespace vigie
