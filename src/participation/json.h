#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "participation/model.h"

namespace vigie {

boost::json::object to_json(const CitizenRules& rules);
boost::json::object to_json(const CitizenProtocol& protocol);
boost::json::object to_json(const CitizenReferent& referent);
boost::json::object to_json(const ProtocolAlert& alert);
boost::json::object to_json(const CitizenBilan& bilan);

void read_protocol(JsonReader& in, CitizenProtocol& out);
void read_referent(JsonReader& in, CitizenReferent& out);

}  // namespace vigie
