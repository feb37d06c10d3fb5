#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "funding/model.h"

namespace vigie {

boost::json::object to_json(const FundingRules& rules);
/// {id, action_id, action_number, action_title, axis_id, territory_id, year, funder, funder_name,
/// programme, police_equipment, project_cost_cents, requested_cents, granted_cents, paid_cents,
/// cofunders: [{funder, name, amount_cents}], channel, deadline, status, report_sent_on, notes,
/// state_share_percent, report_due_on, warnings, version}; amounts in euro cents.
boost::json::object to_json(const FundingRequest& request);
boost::json::object to_json(const FundingSettings& settings);
boost::json::object to_json(const FundingAlert& alert);
boost::json::object to_json(const FundingSummary& summary);

/// The writable fields of a request (the computed ones may be sent back and are ignored).
void read_request(JsonReader& in, FundingRequest& out);
void read_settings(JsonReader& in, FundingSettings& out);

/// Co-funders as stored: a JSON list.
std::string cofunders_text(const std::vector<Cofunder>& cofunders);
std::vector<Cofunder> cofunders_from_text(const std::string& text);

}  // namespace vigie
