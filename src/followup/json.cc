#include "followup/json.h"

#include <boost/json.hpp>

#include "core/json_write.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const FollowUp& f) {
  json::array reps;
  for (const auto& r : f.representatives) {
    json::object o;
    o["name"] = r.name;
    o["link"] = json_or_null(r.link);
    o["phone"] = json_or_null(r.phone);
    reps.push_back(std::move(o));
  }
  json::array actions;
  for (const auto& a : f.actions) {
    json::object o;
    o["id"] = a.id;
    o["action_date"] = a.action_date;
    o["description"] = a.description;
    o["result"] = json_or_null(a.result);
    o["recorded_by"] = a.recorded_by;
    actions.push_back(std::move(o));
  }
  return {{"id", f.id},
          {"territory_id", f.territory_id},
          {"body_id", f.body_id},
          {"body_name", f.body_name},
          {"last_name", f.last_name},
          {"first_name", f.first_name},
          {"birth_date", json_or_null(f.birth_date)},
          {"representatives", std::move(reps)},
          {"situation", json_or_null(f.situation)},
          {"referral_date", f.referral_date},
          {"referral_origin", f.referral_origin},
          {"programme", json_or_null(f.programme)},
          {"referent_contact_id", json_or_null(f.referent_contact_id)},
          {"sensitive_note", json_or_null(f.sensitive_note)},
          {"sensitive_justification", json_or_null(f.sensitive_justification)},
          {"end_date", json_or_null(f.end_date)},
          {"end_reason", json_or_null(f.end_reason)},
          {"status", f.status},
          {"archived_on", json_or_null(f.archived_on)},
          {"created_at", f.created_at},
          {"version", f.version},
          {"actions", std::move(actions)}};
}

json::object to_json(const FollowUpSummary& s) {
  return {{"id", s.id},
          {"body_id", s.body_id},
          {"body_name", s.body_name},
          {"initials", s.initials},
          {"age_band", s.age_band},
          {"referral_date", s.referral_date},
          {"referral_origin", s.referral_origin},
          {"programme", json_or_null(s.programme)},
          {"status", s.status}};
}

json::object to_json(const ChainedEntry& e) {
  return {{"id", e.id},
          {"at", e.at},
          {"user_login", e.user_login},
          {"origin", e.origin},
          {"followup_id", json_or_null(e.followup_id)},
          {"action", e.action},
          {"detail", json_or_null(e.detail)},
          {"hash", e.hash}};
}

namespace {
json::array lines(const std::vector<StatLine>& stat) {
  json::array out;
  for (const StatLine& l : stat) {
    json::object o;
    o["key"] = l.key;
    o["count"] = json_or_null(l.count);
    o["masked"] = !l.count.has_value();
    out.push_back(std::move(o));
  }
  return out;
}
}  // namespace

json::object to_json(const FollowUpStats& s) {
  return {{"threshold", s.threshold},
          {"total", json_or_null(s.total)},
          {"by_origin", lines(s.by_origin)},
          {"by_programme", lines(s.by_programme)},
          {"by_age_band", lines(s.by_age_band)},
          {"by_status", lines(s.by_status)}};
}

// Free text is short on purpose: a record holds facts needed for the follow-up, not a diary.
void read_followup_fields(JsonReader& in, FollowUp& out) {
  out.last_name = in.string("last_name", 100);
  out.first_name = in.string("first_name", 100);
  out.birth_date = in.optional_date("birth_date");
  in.object_list("representatives", 4, [&](JsonReader& r, std::size_t) {
    out.representatives.push_back(
        {r.string("name", 200), r.optional_string("link", 50), r.optional_string("phone", 40)});
  });
  out.situation = in.optional_string("situation", 300);
  auto referral = in.optional_date("referral_date");
  if (!referral && !in.failed()) in.fail("referral_date", "Date de saisine attendue.");
  out.referral_date = referral.value_or("");
  out.referral_origin = in.enumeration("referral_origin", kReferralOrigins);
  out.programme = in.optional_string("programme", 200);
  out.referent_contact_id = in.optional_integer("referent_contact_id", 1, INT64_MAX);
  out.sensitive_note = in.optional_string("sensitive_note", 1000);
  out.sensitive_justification = in.optional_string("sensitive_justification", 500);
  out.end_date = in.optional_date("end_date");
  out.end_reason = in.optional_string("end_reason", 300);
}

void read_followup_action(JsonReader& in, FollowUpAction& out) {
  auto date = in.optional_date("action_date");
  if (!date && !in.failed()) in.fail("action_date", "Date de l'action attendue.");
  out.action_date = date.value_or("");
  out.description = in.string("description", 1000);
  out.result = in.optional_string("result", 1000);
}

}  // namespace vigie
