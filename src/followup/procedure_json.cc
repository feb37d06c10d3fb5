#include "followup/procedure_json.h"

#include <boost/json.hpp>

#include "core/json_write.h"

namespace vigie {
namespace json = boost::json;

namespace {
constexpr std::string_view kDateMissing = "Date attendue (AAAA-MM-JJ).";
}  // namespace

json::object to_json(const Reminder& r) {
  return {{"id", r.id},
          {"followup_id", r.followup_id},
          {"facts", r.facts},
          {"facts_date", r.facts_date},
          {"summoned_by", r.summoned_by},
          {"hearing_at", r.hearing_at},
          {"place", r.place},
          {"status", r.status},
          {"attendees", string_array(r.attendees)},
          {"hearing_record", json_or_null(r.hearing_record)},
          {"follow_up", json_or_null(r.follow_up)},
          {"version", r.version}};
}

json::object to_json(const CddfReferral& c) {
  return {{"id", c.id},
          {"followup_id", c.followup_id},
          {"referral_date", c.referral_date},
          {"referred_by", c.referred_by},
          {"reason", c.reason},
          {"hearing_date", json_or_null(c.hearing_date)},
          {"recommendations", json_or_null(c.recommendations)},
          {"parental_support", c.parental_support},
          {"outcome", json_or_null(c.outcome)},
          {"status", c.status},
          {"version", c.version}};
}

json::object to_json(const TigPlace& p) {
  return {{"id", p.id},
          {"territory_id", p.territory_id},
          {"name", p.name},
          {"host_kind", p.host_kind},
          {"host_name", p.host_name},
          {"tasks", json_or_null(p.tasks)},
          {"capacity", p.capacity},
          {"active", p.active},
          {"version", p.version}};
}

json::object to_json(const TigPlacement& p) {
  return {{"id", p.id},
          {"followup_id", p.followup_id},
          {"place_id", p.place_id},
          {"place_name", p.place_name},
          {"start_date", p.start_date},
          {"end_date", json_or_null(p.end_date)},
          {"hours_ordered", p.hours_ordered},
          {"hours_done", p.hours_done},
          {"status", p.status},
          {"version", p.version}};
}

json::object to_json(const Procedures& p) {
  return {{"reminders", json_array(p.reminders)},
          {"cddf", json_array(p.cddf)},
          {"tig", json_array(p.tig)}};
}

void read_reminder(JsonReader& in, Reminder& out) {
  out.facts = in.string("facts", 1000);
  out.facts_date = in.date("facts_date", kDateMissing);
  out.summoned_by = in.string("summoned_by", 200);
  out.hearing_at = in.string("hearing_at", 16);
  out.place = in.string("place", 200);
  if (in.has("status")) out.status = in.enumeration("status", kReminderStatuses);
  out.attendees = in.string_list("attendees", 10, 200);
  out.hearing_record = in.optional_string("hearing_record", 2000);
  out.follow_up = in.optional_string("follow_up", 1000);
}

void read_cddf(JsonReader& in, CddfReferral& out) {
  out.referral_date = in.date("referral_date", kDateMissing);
  out.referred_by = in.string("referred_by", 200);
  out.reason = in.string("reason", 1000);
  out.hearing_date = in.optional_date("hearing_date");
  out.recommendations = in.optional_string("recommendations", 2000);
  out.parental_support = in.enumeration("parental_support", kParentalSupport);
  out.outcome = in.optional_string("outcome", 1000);
  out.status = in.enumeration("status", kCddfStatuses);
}

void read_place(JsonReader& in, TigPlace& out) {
  out.name = in.string("name", 200);
  out.host_kind = in.enumeration("host_kind", kHostKinds);
  out.host_name = in.string("host_name", 200);
  out.tasks = in.optional_string("tasks", 500);
  out.capacity = in.integer("capacity", 1, 100);
  out.active = !in.has("active") || in.boolean("active");
}

void read_placement(JsonReader& in, TigPlacement& out, bool new_placement) {
  if (new_placement) out.place_id = in.integer("place_id", 1, INT64_MAX);
  out.start_date = in.date("start_date", kDateMissing);
  out.end_date = in.optional_date("end_date");
  out.hours_ordered = in.integer("hours_ordered", 1, 1000);
  out.hours_done = in.integer("hours_done", 0, 1000);
  out.status = in.enumeration("status", kPlacementStatuses);
}

}  // namespace vigie
