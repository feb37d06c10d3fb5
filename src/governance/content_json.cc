// JSON for meetings' convocations and content, decisions, activations and reports.
#include <boost/json.hpp>

#include "core/json_write.h"
#include "governance/json.h"

namespace vigie {
namespace json = boost::json;

json::object to_json(const MeetingDetail& d) {
  json::array invitations;
  for (const Invitation& i : d.invitations) {
    invitations.push_back(json::object{{"member_id", i.member_id},
                                       {"contact_name", i.contact_name},
                                       {"organisation_name", i.organisation_name},
                                       {"role", i.role},
                                       {"attendance", json_or_null(i.attendance)}});
  }
  json::object out = to_json(d.meeting);
  out["body_name"] = d.body.name;
  out["body_kind"] = d.body.kind;
  out["confidentiality"] = d.body.confidentiality;
  out["territory_id"] = d.body.territory_id;
  out["invitations"] = std::move(invitations);
  out["quorum"] = json::object{{"convened", d.quorum.convened}, {"present", d.quorum.present},
                               {"excused", d.quorum.excused},   {"absent", d.quorum.absent},
                               {"required", d.quorum.required}, {"reached", d.quorum.reached}};
  out["content_readable"] = d.content_readable;
  return out;
}

json::object to_json(const AgendaItem& item) {
  return {{"title", item.title},
          {"action_id", json_or_null(item.action_id)},
          {"notes", json_or_null(item.notes)}};
}

json::object to_json(const Minutes& m) {
  json::array hints;
  for (const auto& h : m.nominative_hints)
    hints.emplace_back(h);
  return {{"text", m.text},
          {"status", m.status},
          {"approved_at", json_or_null(m.approved_at)},
          {"approved_by", json_or_null(m.approved_by)},
          {"version", m.version},
          {"nominative_hints", std::move(hints)}};
}

json::object to_json(const Attachment& a) {
  return {{"id", a.id},
          {"meeting_id", a.meeting_id},
          {"filename", a.filename},
          {"media_type", a.media_type},
          {"size", a.size},
          {"uploaded_by", a.uploaded_by},
          {"uploaded_at", a.uploaded_at}};
}

json::object to_json(const Decision& d) {
  return {{"id", d.id},
          {"meeting_id", d.meeting_id},
          {"text", d.text},
          {"owner_contact_id", json_or_null(d.owner_contact_id)},
          {"owner_organisation_id", json_or_null(d.owner_organisation_id)},
          {"owner_name", d.owner_name},
          {"due_date", json_or_null(d.due_date)},
          {"status", d.status},
          {"action_id", json_or_null(d.action_id)},
          {"milestone_label", json_or_null(d.milestone_label)},
          {"public_label", json_or_null(d.public_label)},
          {"meeting_starts_at", d.meeting_starts_at},
          {"body_id", d.body_id},
          {"body_name", d.body_name},
          {"overdue", d.overdue},
          {"version", d.version}};
}

json::object to_json(const MeetingContent& c) {
  return {{"agenda", json_array(c.agenda)},
          {"minutes", c.minutes ? json::value(to_json(*c.minutes)) : json::value(nullptr)},
          {"attachments", json_array(c.attachments)},
          {"decisions", json_array(c.decisions)}};
}

json::object to_json(const Activation& a) {
  return {{"id", a.id},
          {"body_id", a.body_id},
          {"meeting_id", json_or_null(a.meeting_id)},
          {"requested_by", a.requested_by},
          {"requester_name", a.requester_name},
          {"reason", a.reason},
          {"requested_at", a.requested_at},
          {"recorded_by", a.recorded_by},
          {"closed_at", json_or_null(a.closed_at)},
          {"summary", json_or_null(a.summary)},
          {"closed_by", json_or_null(a.closed_by)},
          {"version", a.version}};
}

json::object to_json(const BodyReport& r) {
  json::array attendance;
  for (const auto& a : r.attendance) {
    attendance.push_back(json::object{
        {"organisation", a.organisation},
        {"convened", a.convened},
        {"present", a.present},
        {"rate", a.convened == 0 ? 0.0 : static_cast<double>(a.present) / a.convened}});
  }
  return {{"year", r.year},
          {"planned", json_or_null(r.planned)},
          {"counted_from", json_or_null(r.counted_from)},
          {"scheduled", r.scheduled},
          {"held", r.held},
          {"cancelled", r.cancelled},
          {"attendance", std::move(attendance)},
          {"decisions", r.decisions},
          {"decisions_done", r.decisions_done},
          {"decisions_overdue", r.decisions_overdue}};
}

void read_agenda_item(JsonReader& in, AgendaItem& out) {
  out.title = in.string("title", 300);
  out.action_id = in.optional_integer("action_id", 1, INT64_MAX);
  out.notes = in.optional_string("notes", 4000);
}

void read_decision_fields(JsonReader& in, Decision& out) {
  out.text = in.string("text", 2000);
  out.owner_contact_id = in.optional_integer("owner_contact_id", 1, INT64_MAX);
  out.owner_organisation_id = in.optional_integer("owner_organisation_id", 1, INT64_MAX);
  out.due_date = in.optional_date("due_date");
  out.status = in.optional_enumeration("status", kDecisionStatuses).value_or("a_faire");
  out.action_id = in.optional_integer("action_id", 1, INT64_MAX);
  out.public_label = in.optional_string("public_label", 150);
  out.public_label_confirmed = in.has("confirm_public_label") && in.boolean("confirm_public_label");
}

void read_activation_fields(JsonReader& in, Activation& out) {
  out.requested_by = in.enumeration("requested_by", kRequesters);
  out.requester_name = in.string("requester_name", 200);
  out.reason = in.string("reason", 4000);
}

}  // namespace vigie
