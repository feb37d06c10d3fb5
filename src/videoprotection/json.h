#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "videoprotection/model.h"

namespace vigie {

boost::json::object to_json(const VideoRules& rules);
boost::json::object to_json(const VideoSystem& system);
boost::json::object to_json(const Camera& camera);
boost::json::object to_json(const VideoAgent& agent);
boost::json::object to_json(const RegisterEntry& entry);
boost::json::object to_json(const VideoAlert& alert);
boost::json::object to_json(const VideoYear& year);

/// The editable fields of a system; `retention_days` 1..3650 here, the legal maximum in the
/// service (it comes from the rules' data).
void read_video_system(JsonReader& in, VideoSystem& out);
void read_camera(JsonReader& in, Camera& out);
void read_register_entry(JsonReader& in, RegisterEntry& out);

}  // namespace vigie
