#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "governance/model.h"

namespace vigie {

boost::json::object to_json(const Body& body);
boost::json::object to_json(const BodyMember& member);
void read_body_fields(JsonReader& in, Body& out);
/// The fields a body shares with the governance document (all but its name, kind and axis).
void read_body_rhythm_and_sources(JsonReader& in, Body& out);
void read_member_fields(JsonReader& in, BodyMember& out);
boost::json::object to_json(const Meeting& meeting);
boost::json::object to_json(const Rhythm& rhythm);
/// {bodies[{body_id, body_name, interval_months, last_held, next_due, late, message}],
/// upcoming[meeting + body_name], horizon_days, open_decisions[decision]}.
boost::json::object to_json(const GovernanceOutlook& outlook);
void read_meeting_fields(JsonReader& in, Meeting& out);

// content_json.cc
boost::json::object to_json(const MeetingDetail& detail);
boost::json::object to_json(const MeetingContent& content);
boost::json::object to_json(const Minutes& minutes);
boost::json::object to_json(const AgendaItem& item);
boost::json::object to_json(const Attachment& attachment);
boost::json::object to_json(const Decision& decision);
boost::json::object to_json(const Activation& activation);
boost::json::object to_json(const BodyReport& report);
void read_agenda_item(JsonReader& in, AgendaItem& out);
void read_decision_fields(JsonReader& in, Decision& out);
void read_activation_fields(JsonReader& in, Activation& out);

}  // namespace vigie
