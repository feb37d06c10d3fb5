#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "governance/model.h"

namespace vigie {

boost::json::object to_json(const Body& body);
boost::json::object to_json(const BodyMember& member);
void read_body_fields(JsonReader& in, Body& out);
void read_member_fields(JsonReader& in, BodyMember& out);
boost::json::object to_json(const Meeting& meeting);
boost::json::object to_json(const Rhythm& rhythm);
void read_meeting_fields(JsonReader& in, Meeting& out);

}  // namespace vigie
