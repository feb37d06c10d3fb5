#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "partner/model.h"

namespace vigie {

boost::json::object to_json(const Contact& contact);
boost::json::object to_json(const Organisation& organisation);
/// Reads the editable fields of an organisation (name, kind, description).
void read_organisation(JsonReader& in, Organisation& out);
void read_contact(JsonReader& in, Contact& out);

}  // namespace vigie
