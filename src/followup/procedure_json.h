#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "followup/procedure_model.h"

namespace vigie {

boost::json::object to_json(const Reminder& reminder);
boost::json::object to_json(const CddfReferral& referral);
boost::json::object to_json(const TigPlace& place);
boost::json::object to_json(const TigPlacement& placement);
boost::json::object to_json(const Procedures& procedures);
void read_reminder(JsonReader& in, Reminder& out);
void read_cddf(JsonReader& in, CddfReferral& out);
void read_place(JsonReader& in, TigPlace& out);
/// A placement's place is set once: another place is another placement.
void read_placement(JsonReader& in, TigPlacement& out, bool new_placement);

}  // namespace vigie
