#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "followup/model.h"
#include "followup/service.h"
#include "journal/chained/chain.h"

namespace vigie {

boost::json::object to_json(const FollowUp& followup);
boost::json::object to_json(const FollowUpSummary& summary);
boost::json::object to_json(const FollowUpShare& share);
boost::json::object to_json(const SocialNote& note);
boost::json::object to_json(const ChainedEntry& entry);
boost::json::object to_json(const FollowUpStats& stats);
boost::json::object to_json(const FollowUpService::SubjectAccess& access);
void read_followup_fields(JsonReader& in, FollowUp& out);
void read_followup_action(JsonReader& in, FollowUpAction& out);
void read_social_professionals(JsonReader& in, std::vector<SocialProfessional>& out);
void read_share(JsonReader& in, FollowUpShare& out);
void read_social_note(JsonReader& in, SocialNote& out);

}  // namespace vigie
