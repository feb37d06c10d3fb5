#include "participation/json.h"

#include "core/json_write.h"
#include "core/text.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const CitizenRules& r) {
  return {{"protocol_years", r.protocol_years},
          {"renewal_alert_months", r.renewal_alert_months},
          {"protocol_source", r.protocol_source},
          {"bilan_indicator", r.bilan_indicator},
          {"bilan_source", r.bilan_source}};
}

json::object to_json(const CitizenProtocol& p) {
  json::array communes;
  for (const std::string& c : p.communes)
    communes.emplace_back(c);
  return {{"id", p.id},
          {"territory_id", p.territory_id},
          {"signed_on", p.signed_on},
          {"mayor", p.mayor},
          {"prefect", p.prefect},
          {"force", p.force},
          {"force_signatory", p.force_signatory},
          {"communes", std::move(communes)},
          {"neighbourhoods", json_or_null(p.neighbourhoods)},
          {"officer_name", json_or_null(p.officer_name)},
          {"officer_unit", json_or_null(p.officer_unit)},
          {"body_id", json_or_null(p.body_id)},
          {"body_name", p.body_name},
          {"ended_on", json_or_null(p.ended_on)},
          {"current_term_ends_on", json_or_null(p.current_term_ends_on)},
          {"referents", p.referents},
          {"version", p.version}};
}

json::object to_json(const CitizenReferent& r) {
  return {{"id", r.id},
          {"protocol_id", r.protocol_id},
          {"name", r.name},
          {"neighbourhood", json_or_null(r.neighbourhood)},
          {"phone", json_or_null(r.phone)},
          {"email", json_or_null(r.email)},
          {"consent_on", r.consent_on},
          {"left_on", json_or_null(r.left_on)},
          {"version", r.version}};
}

json::object to_json(const ProtocolAlert& a) {
  return {{"protocol_id", a.protocol_id}, {"term_ends_on", a.term_ends_on}, {"message", a.message}};
}

json::object to_json(const CitizenBilan& b) {
  return {{"protocol_id", b.protocol_id},
          {"year", b.year},
          {"referents", b.referents},
          {"referents_joined", b.referents_joined},
          {"meetings_held", b.meetings_held},
          {"indicator", b.indicator},
          {"burglaries", json_or_null(b.burglaries)},
          {"burglaries_previous", json_or_null(b.burglaries_previous)},
          {"burglary_rate", json_or_null(b.burglary_rate)},
          {"source", b.source}};
}

void read_protocol(JsonReader& in, CitizenProtocol& out) {
  out.signed_on = in.date("signed_on", "Indiquez le jour de la signature du protocole.");
  out.mayor = in.string("mayor", 200);
  out.prefect = in.string("prefect", 200);
  out.force = in.enumeration("force", kForces);
  out.force_signatory = in.string("force_signatory", 200);
  out.communes = in.string_list("communes", 200, 5);
  out.neighbourhoods = in.optional_string("neighbourhoods", 2000);
  out.officer_name = in.optional_string("officer_name", 200);
  out.officer_unit = in.optional_string("officer_unit", 200);
  out.body_id = in.optional_integer("body_id", 1, INT64_MAX);
  out.ended_on = in.optional_date("ended_on");
  for (const char* computed :
       {"id", "territory_id", "body_name", "current_term_ends_on", "referents"})
    in.ignore(computed);
}

void read_referent(JsonReader& in, CitizenReferent& out) {
  out.name = in.string("name", 200);
  out.neighbourhood = in.optional_string("neighbourhood", 200);
  out.phone = in.optional_string("phone", 40);
  out.email = in.optional_string("email", 254);
  out.consent_on = in.date("consent_on", "Indiquez le jour où le référent a consenti.");
  out.left_on = in.optional_date("left_on");
  if (out.email && out.email->find('@') == std::string::npos) {
    in.fail("email", "Adresse électronique invalide.");
  }
  if (out.phone && !is_phone_number(*out.phone)) in.fail("phone", kPhoneNumberRule);
  for (const char* computed : {"id", "protocol_id"})
    in.ignore(computed);
}

}  // namespace vigie
