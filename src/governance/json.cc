#include "governance/json.h"

#include <algorithm>

#include "core/dates.h"
#include "core/json_write.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const BodyMember& m) {
  return {{"id", m.id},
          {"body_id", m.body_id},
          {"contact_id", m.contact_id},
          {"contact_name", m.contact_name},
          {"organisation_name", m.organisation_name},
          {"role", m.role},
          {"charter_signed_on", json_or_null(m.charter_signed_on)},
          {"left_on", json_or_null(m.left_on)},
          {"version", m.version},
          {"access",
           {{"state", m.access_state},
            {"requested_by", m.access_requested_by_name},
            {"requested_at", json_or_null(m.access_requested_at)},
            {"decided_by", m.access_decided_by_name},
            {"decided_at", json_or_null(m.access_decided_at)},
            {"note", json_or_null(m.access_note)}}}};
}

json::object to_json(const Body& b) {
  json::array members;
  for (const auto& m : b.members)
    members.push_back(to_json(m));
  return {{"id", b.id},
          {"territory_id", b.territory_id},
          {"name", b.name},
          {"kind", b.kind},
          {"axis_id", json_or_null(b.axis_id)},
          {"frequency", b.frequency},
          {"frequency_count", json_or_null(b.frequency_count)},
          {"frequency_max", json_or_null(b.frequency_max)},
          {"confidentiality", b.confidentiality},
          {"defaults", string_array(b.defaults)},
          {"description", json_or_null(b.description)},
          {"version", b.version},
          {"created_on", json_or_null(b.created_on)},
          {"members", std::move(members)},
          {"i_sign", b.i_sign}};
}

void read_body_fields(JsonReader& in, Body& out) {
  out.name = in.string("name", 200);
  out.kind = in.enumeration("kind", kBodyKinds);
  out.axis_id = in.optional_integer("axis_id", 1, INT64_MAX);
  read_body_rhythm_and_sources(in, out);
}

void read_body_rhythm_and_sources(JsonReader& in, Body& out) {
  out.frequency = in.enumeration("frequency", kFrequencies);
  out.frequency_count = in.optional_integer("frequency_count", 1, 12);
  out.frequency_max = in.optional_integer("frequency_max", 2, 52);
  out.confidentiality = in.enumeration("confidentiality", kConfidentialities);
  out.description = in.optional_string("description", 2000);
  for (const std::string& d : in.string_list("defaults", 3, 20)) {
    if (std::find(kBodyDefaults.begin(), kBodyDefaults.end(), d) == kBodyDefaults.end()) {
      in.fail("defaults", "Valeurs possibles : frequency, confidentiality, axis.");
    } else if (std::find(out.defaults.begin(), out.defaults.end(), d) == out.defaults.end()) {
      out.defaults.push_back(d);
    }
  }
}

void read_member_fields(JsonReader& in, BodyMember& out) {
  out.role = in.enumeration("role", kMemberRoles);
  out.charter_signed_on = in.optional_date("charter_signed_on");
  out.left_on = in.optional_date("left_on");
}

json::object to_json(const Meeting& m) {
  return {{"id", m.id},
          {"body_id", m.body_id},
          {"starts_at", m.starts_at},
          {"place", json_or_null(m.place)},
          {"status", m.status},
          {"duration_minutes", m.duration_minutes},
          {"cancel_reason", json_or_null(m.cancel_reason)},
          {"convocation_sent_version", json_or_null(m.convocation_sent_version)},
          {"version", m.version}};
}

json::object to_json(const Rhythm& r) {
  return {{"interval_months", json_or_null(r.interval_months)},
          {"last_held", json_or_null(r.last_held)},
          {"next_due", json_or_null(r.next_due)},
          {"late", r.late},
          {"message", r.message}};
}

json::object to_json(const GovernanceOutlook& o) {
  json::array bodies;
  for (const BodyStanding& b : o.bodies) {
    json::object x = to_json(b.rhythm);
    x["body_id"] = b.body_id;
    x["body_name"] = b.body_name;
    bodies.push_back(std::move(x));
  }
  json::array upcoming;
  for (const UpcomingMeeting& m : o.upcoming) {
    json::object x = to_json(m.meeting);
    x["body_name"] = m.body_name;
    upcoming.push_back(std::move(x));
  }
  json::array decisions;
  for (const Decision& d : o.open_decisions)
    decisions.push_back(to_json(d));
  return {{"bodies", std::move(bodies)},
          {"upcoming", std::move(upcoming)},
          {"horizon_days", kOutlookDays},
          {"open_decisions", std::move(decisions)}};
}

void read_meeting_fields(JsonReader& in, Meeting& out) {
  out.starts_at = in.string("starts_at", 16);
  if (!in.failed() && !is_local_datetime(out.starts_at)) {
    in.fail("starts_at", "Date et heure attendues au format AAAA-MM-JJTHH:MM.");
  }
  out.place = in.optional_string("place", 300);
  out.status = in.optional_enumeration("status", kMeetingStatuses).value_or("prevue");
  out.duration_minutes = in.optional_integer("duration_minutes", 15, 1440).value_or(120);
  out.cancel_reason = in.optional_string("cancel_reason", 500);
  if (out.status != "annulee") out.cancel_reason.reset();
}

}  // namespace vigie
