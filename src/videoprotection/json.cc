#include "videoprotection/json.h"

#include "core/dates.h"
#include "core/json_write.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const VideoRules& r) {
  json::array purposes;
  for (const VideoPurpose& p : r.purposes)
    purposes.push_back({{"code", p.code}, {"label", p.label}, {"reference", p.reference}});
  return {{"authorisation_years", r.authorisation_years},
          {"authorisation_alert_months", r.authorisation_alert_months},
          {"authorisation_source", r.authorisation_source},
          {"max_retention_days", r.max_retention_days},
          {"retention_source", r.retention_source},
          {"register_years", r.register_years},
          {"register_source", r.register_source},
          {"purposes", std::move(purposes)},
          {"purposes_source", r.purposes_source}};
}

json::object to_json(const VideoSystem& s) {
  json::array purposes;
  for (std::int64_t c : s.purposes)
    purposes.push_back(c);
  return {{"id", s.id},
          {"territory_id", s.territory_id},
          {"name", s.name},
          {"authorisation_reference", json_or_null(s.authorisation_reference)},
          {"authorised_on", json_or_null(s.authorised_on)},
          {"authorisation_ends_on", json_or_null(s.authorisation_ends_on)},
          {"purposes", std::move(purposes)},
          {"retention_days", s.retention_days},
          {"aipd_on", json_or_null(s.aipd_on)},
          {"cnil_reference", json_or_null(s.cnil_reference)},
          {"commission_opinion_on", json_or_null(s.commission_opinion_on)},
          {"commission_opinion", json_or_null(s.commission_opinion)},
          {"charter_adopted_on", json_or_null(s.charter_adopted_on)},
          {"ethics_body_id", json_or_null(s.ethics_body_id)},
          {"ethics_body_name", s.ethics_body_name},
          {"notes", json_or_null(s.notes)},
          {"cameras_in_service", s.cameras_in_service},
          {"designated", s.designated},
          {"version", s.version}};
}

json::object to_json(const Camera& c) {
  return {{"id", c.id},
          {"system_id", c.system_id},
          {"identifier", c.identifier},
          {"place", c.place},
          {"longitude", json_or_null(c.longitude)},
          {"latitude", json_or_null(c.latitude)},
          {"kind", c.kind},
          {"in_service_on", json_or_null(c.in_service_on)},
          {"out_of_service_on", json_or_null(c.out_of_service_on)},
          {"version", c.version}};
}

json::object to_json(const VideoAgent& a) {
  return {{"system_id", a.system_id},
          {"user_id", a.user_id},
          {"designated_on", a.designated_on},
          {"display_name", a.display_name}};
}

json::object to_json(const RegisterEntry& e) {
  return {{"id", e.id},
          {"system_id", e.system_id},
          {"kind", e.kind},
          {"occurred_on", e.occurred_on},
          {"reason", e.reason},
          {"requester", json_or_null(e.requester)},
          {"requester_unit", json_or_null(e.requester_unit)},
          {"procedure_reference", json_or_null(e.procedure_reference)},
          {"camera_id", json_or_null(e.camera_id)},
          {"images_from", json_or_null(e.images_from)},
          {"images_to", json_or_null(e.images_to)},
          {"medium", json_or_null(e.medium)},
          {"handed_to", json_or_null(e.handed_to)},
          {"handed_on", json_or_null(e.handed_on)},
          {"destroyed_on", json_or_null(e.destroyed_on)},
          {"led_to_procedure", json_or_null(e.led_to_procedure)},
          {"agent_name", e.agent_name},
          {"created_at", e.created_at},
          {"destroy_by", json_or_null(e.destroy_by)},
          {"retention_breached", e.retention_breached},
          {"version", e.version}};
}

json::object to_json(const VideoAlert& a) {
  return {{"system_id", a.system_id}, {"system_name", a.system_name},
          {"kind", a.kind},           {"date", json_or_null(a.date)},
          {"count", a.count},         {"message", a.message}};
}

json::object to_json(const VideoYear& y) {
  json::array months;
  for (std::int64_t n : y.requisitions_by_month)
    months.push_back(n);
  json::value share = nullptr;
  if (y.outcome_known > 0) {
    share = static_cast<double>(y.led_to_procedure) / static_cast<double>(y.outcome_known);
  }
  return {{"system_id", y.system_id},
          {"year", y.year},
          {"requisitions_by_month", std::move(months)},
          {"viewings", y.viewings},
          {"extractions", y.extractions},
          {"requisitions", y.requisitions},
          {"outcome_known", y.outcome_known},
          {"led_to_procedure", y.led_to_procedure},
          {"procedure_share", share},
          {"cameras_in_service", y.cameras_in_service}};
}

void read_video_system(JsonReader& in, VideoSystem& out) {
  out.name = in.string("name", 200);
  out.authorisation_reference = in.optional_string("authorisation_reference", 100);
  out.authorised_on = in.optional_date("authorised_on");
  out.purposes = in.id_list("purposes", 20);
  out.retention_days = in.integer("retention_days", 1, 3650);
  out.aipd_on = in.optional_date("aipd_on");
  out.cnil_reference = in.optional_string("cnil_reference", 100);
  out.commission_opinion_on = in.optional_date("commission_opinion_on");
  out.commission_opinion = in.optional_enumeration("commission_opinion", kCommissionOpinions);
  out.charter_adopted_on = in.optional_date("charter_adopted_on");
  out.ethics_body_id = in.optional_integer("ethics_body_id", 1, INT64_MAX);
  out.notes = in.optional_string("notes", 4000);
  for (const char* computed : {"id", "territory_id", "authorisation_ends_on", "ethics_body_name",
                               "cameras_in_service", "designated"})
    in.ignore(computed);
}

void read_camera(JsonReader& in, Camera& out) {
  out.identifier = in.string("identifier", 40);
  out.place = in.string("place", 300);
  out.longitude = in.optional_number("longitude");
  out.latitude = in.optional_number("latitude");
  if (out.longitude && (*out.longitude < -180 || *out.longitude > 180)) {
    in.fail("longitude", "Longitude entre -180 et 180 degrés (WGS 84).");
  }
  if (out.latitude && (*out.latitude < -90 || *out.latitude > 90)) {
    in.fail("latitude", "Latitude entre -90 et 90 degrés (WGS 84).");
  }
  out.kind = in.enumeration("kind", kCameraKinds);
  out.in_service_on = in.optional_date("in_service_on");
  out.out_of_service_on = in.optional_date("out_of_service_on");
  for (const char* computed : {"id", "system_id"})
    in.ignore(computed);
}

namespace {

std::optional<std::string> optional_datetime(JsonReader& in, std::string_view key) {
  auto text = in.optional_string(key, 16);
  if (text && !is_local_datetime(*text)) {
    in.fail(key, "Date et heure au format AAAA-MM-JJTHH:MM.");
  }
  return text;
}

}  // namespace

void read_register_entry(JsonReader& in, RegisterEntry& out) {
  out.kind = in.enumeration("kind", kRegisterKinds);
  out.occurred_on = in.date("occurred_on", "Indiquez le jour du visionnage ou de l'extraction.");
  out.reason = in.string("reason", 2000);
  out.requester = in.optional_string("requester", 200);
  out.requester_unit = in.optional_string("requester_unit", 200);
  out.procedure_reference = in.optional_string("procedure_reference", 100);
  out.camera_id = in.optional_integer("camera_id", 1, INT64_MAX);
  out.images_from = optional_datetime(in, "images_from");
  out.images_to = optional_datetime(in, "images_to");
  out.medium = in.optional_string("medium", 200);
  out.handed_to = in.optional_string("handed_to", 200);
  out.handed_on = in.optional_date("handed_on");
  out.destroyed_on = in.optional_date("destroyed_on");
  out.led_to_procedure = in.optional_boolean("led_to_procedure");
  for (const char* computed :
       {"id", "system_id", "agent_name", "created_at", "destroy_by", "retention_breached"})
    in.ignore(computed);
}

}  // namespace vigie
