#include "partner/json.h"

#include "core/json_write.h"
#include "core/text.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const Contact& c) {
  return {{"id", c.id},
          {"organisation_id", c.organisation_id},
          {"name", c.name},
          {"job_title", json_or_null(c.job_title)},
          {"email", json_or_null(c.email)},
          {"phone", json_or_null(c.phone)},
          {"user_id", json_or_null(c.user_id)},
          {"version", c.version},
          {"account_name", c.account_name},
          {"link",
           {{"state", c.link_state},
            {"requested_by", c.link_requested_by_name},
            {"decided_by", c.link_decided_by_name},
            {"note", json_or_null(c.link_note)}}}};
}

json::object to_json(const Organisation& o) {
  json::array contacts;
  for (const auto& c : o.contacts)
    contacts.push_back(to_json(c));
  return {{"id", o.id},
          {"territory_id", o.territory_id},
          {"name", o.name},
          {"kind", o.kind},
          {"description", json_or_null(o.description)},
          {"version", o.version},
          {"contacts", std::move(contacts)}};
}

void read_organisation(JsonReader& in, Organisation& out) {
  out.name = in.string("name", 200);
  out.kind = in.enumeration("kind", kOrganisationKinds);
  out.description = in.optional_string("description", 2000);
}

void read_contact(JsonReader& in, Contact& out) {
  out.name = in.string("name", 200);
  out.job_title = in.optional_string("job_title", 200);
  out.email = in.optional_string("email", 254);
  out.phone = in.optional_string("phone", 40);
  out.user_id = in.optional_integer("user_id", 1, INT64_MAX);
  if (out.email && out.email->find('@') == std::string::npos) {
    in.fail("email", "Adresse électronique invalide.");
  }
  if (out.phone && !is_phone_number(*out.phone)) {
    in.fail("phone", kPhoneNumberRule);
  }
}

}  // namespace vigie
