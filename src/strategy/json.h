#pragma once

#include <boost/json/object.hpp>

#include "core/json_reader.h"
#include "strategy/model.h"

namespace vigie {

boost::json::object to_json(const Strategy& strategy);
boost::json::object to_json(const Axis& axis);
boost::json::object to_json(const Action& action);
boost::json::object to_json(const ActionChange& change);

/// Readers of the editable fields, shared by the API and the import of a whole strategy.
void read_strategy(JsonReader& in, Strategy& out);
void read_axis(JsonReader& in, Axis& out);
/// Everything but the references (axis, pilot, partners, funders), which differ between the API
/// (ids) and an exported document (numbers and names).
void read_action_fields(JsonReader& in, Action& out);
void read_budget_line(JsonReader& in, BudgetLine& out);
/// An indicator: {id, kind, label, unit, baseline, target, target_date, source, measurements:
/// [{measured_on, value, note}], current_value, measured_on (the latest measurement), and for an
/// impact indicator following the SSMSI ssmsi_indicator, ssmsi_measure, official}.
boost::json::object indicator_json(const Indicator& indicator);
/// Reads one; `current_value` / `measured_on` alone stand for a one-measurement series.
Indicator read_indicator(JsonReader& in);

/// Lists held as JSON text in the store.
std::string signatories_text(const std::vector<Signatory>& items);
std::string key_dates_text(const std::vector<KeyDate>& items);
std::string objectives_text(const std::vector<StrategicObjective>& items);
std::string blocks_text(const std::vector<TextBlock>& blocks);
std::vector<TextBlock> parse_blocks(const std::string& text);
std::vector<Signatory> parse_signatories(const std::string& text);
std::vector<KeyDate> parse_key_dates(const std::string& text);
std::vector<StrategicObjective> parse_objectives(const std::string& text);

inline constexpr std::size_t kTitleMax = 300;
inline constexpr std::size_t kTextMax = 20000;

}  // namespace vigie
