#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "participation/model.h"

namespace vigie {

/// The rules shipped in data/dispositifs/participation.json, parsed once (a broken file is a
/// bug of the release and throws at first use).
const CitizenRules& citizen_rules();

/// The end of the term running on `today` (YYYY-MM-DD): signed_on plus a whole number of terms,
/// the first such day after `today`. None once the protocol has ended (`ended_on` ≤ today).
std::optional<std::string> current_term_end(const CitizenProtocol& protocol, std::string_view today,
                                            const CitizenRules& rules);

/// The renewal alert on `today`: the term ends within the rules' months.
std::optional<ProtocolAlert> renewal_alert(const CitizenProtocol& protocol, std::string_view today,
                                           const CitizenRules& rules);

}  // namespace vigie
