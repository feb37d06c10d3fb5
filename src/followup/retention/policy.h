#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/secrecy.h"
#include "followup/model.h"

namespace vigie {

/// The day an archived record must be destroyed: `archive_years` after its archiving, or the
/// person's `max_age_years`th birthday if earlier. None for a record still followed. Pure.
std::optional<std::string> destruction_date(const FollowUp& record, const RetentionPolicy& policy);

}  // namespace vigie
