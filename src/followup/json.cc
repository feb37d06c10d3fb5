#include "followup/json.h"

#include <algorithm>

#include <boost/json.hpp>

#include "core/json_write.h"
#include "core/text.h"

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
  json::array professionals;
  for (const auto& p : f.social_professionals) {
    json::object o;
    o["contact_id"] = p.contact_id;
    o["name"] = p.name;
    o["profession"] = p.profession;
    o["state"] = p.state;
    o["requested_by"] = p.requested_by_name;
    o["decided_by"] = p.decided_by_name;
    professionals.push_back(std::move(o));
  }
  return {{"id", f.id},
          {"access", f.access},
          {"shared_scope", string_array(f.shared_scope)},
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
          {"actions", std::move(actions)},
          {"social_professionals", std::move(professionals)},
          {"social_readable", f.social_readable},
          {"shares", json_array(f.shares)}};
}

json::object to_json(const FollowUpShare& s) {
  return {{"id", s.id},
          {"body_id", s.body_id},
          {"body_name", s.body_name},
          {"kind", s.kind},
          {"scope", string_array(s.scope)},
          {"reason", s.reason},
          {"shared_on", s.shared_on},
          {"shared_by", s.shared_by},
          {"ended_on", json_or_null(s.ended_on)},
          {"state", s.state},
          {"decided_by", s.decided_by}};
}

json::object to_json(const SocialNote& n) {
  return {{"id", n.id}, {"note_date", n.note_date}, {"text", n.text}, {"author", n.author}};
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
          {"status", s.status},
          {"shared", s.shared}};
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

json::object to_json(const FollowUpService::SubjectAccess& a) {
  json::array records;
  for (std::size_t i = 0; i < a.records.size(); ++i) {
    json::object r = to_json(a.records[i]);
    r["social_section_notes"] = a.social_notes[i];
    records.push_back(std::move(r));
  }
  return {{"generated_at", a.generated_at},   {"last_name", a.query.last_name},
          {"first_name", a.query.first_name}, {"birth_date", json_or_null(a.query.birth_date)},
          {"records", std::move(records)},    {"journal", json_array(a.journal)}};
}

// Free text is short on purpose: a record holds facts needed for the follow-up, not a diary.
void read_followup_fields(JsonReader& in, FollowUp& out) {
  out.last_name = in.string("last_name", 100);
  out.first_name = in.string("first_name", 100);
  out.birth_date = in.optional_date("birth_date");
  in.object_list("representatives", 4, [&](JsonReader& r, std::size_t) {
    out.representatives.push_back(
        {r.string("name", 200), r.optional_string("link", 50), r.optional_string("phone", 40)});
    const auto& phone = out.representatives.back().phone;
    if (phone && !is_phone_number(*phone)) r.fail("phone", kPhoneNumberRule);
  });
  out.situation = in.optional_string("situation", 300);
  out.referral_date = in.date("referral_date", "Date de saisine attendue.");
  out.referral_origin = in.enumeration("referral_origin", kReferralOrigins);
  out.programme = in.optional_string("programme", 200);
  out.referent_contact_id = in.optional_integer("referent_contact_id", 1, INT64_MAX);
  out.sensitive_note = in.optional_string("sensitive_note", 1000);
  out.sensitive_justification = in.optional_string("sensitive_justification", 500);
  out.end_date = in.optional_date("end_date");
  out.end_reason = in.optional_string("end_reason", 300);
}

void read_followup_action(JsonReader& in, FollowUpAction& out) {
  out.action_date = in.date("action_date", "Date de l'action attendue.");
  out.description = in.string("description", 1000);
  out.result = in.optional_string("result", 1000);
}

void read_social_professionals(JsonReader& in, std::vector<SocialProfessional>& out) {
  in.object_list("professionals", 10, [&](JsonReader& p, std::size_t i) {
    std::int64_t contact = p.integer("contact_id", 1, INT64_MAX);
    for (const auto& earlier : out) {
      if (earlier.contact_id == contact) {
        p.fail("contact_id", "Personne désignée deux fois (ligne " + std::to_string(i + 1) + ").");
      }
    }
    SocialProfessional named;
    named.contact_id = contact;
    named.profession = p.enumeration("profession", kSocialProfessions);
    out.push_back(std::move(named));
  });
}

void read_share(JsonReader& in, FollowUpShare& out) {
  out.body_id = in.integer("body_id", 1, INT64_MAX);
  out.scope = in.string_list("scope", kShareScopes.size(), 20);
  for (const auto& part : out.scope) {
    if (std::ranges::find(kShareScopes, part) == kShareScopes.end()) {
      in.fail("scope", "Parties possibles : identite, situation, parcours.");
    }
  }
  if (out.scope.empty() && !in.failed()) {
    in.fail("scope", "Dites ce que l'instance destinataire a besoin de voir.");
  }
  out.reason = in.string("reason", 500);
}

void read_social_note(JsonReader& in, SocialNote& out) {
  out.note_date = in.date("note_date", "Date attendue.");
  out.text = in.string("text", 2000);
}

}  // namespace vigie
