#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "followup/model.h"

namespace vigie {

/// The day an archived record must be destroyed: `archive_years` after its archiving, or the
/// person's `max_age_years`th birthday if earlier. None for a record still followed. Pure.
std::optional<std::string> destruction_date(const FollowUp& record, const RetentionPolicy& policy);

/// Counts as statistic lines, each below `threshold` masked (no count), never rounded; then
/// complementary suppression, since the total is published: the smallest shown lines are masked
/// too until at least two lines are masked and their sum reaches `threshold`, so that no sum or
/// difference of shown figures gives a masked one (the rule of statistical secrecy tables,
/// e.g. INSEE's « secret secondaire »). Pure.
std::vector<StatLine> masked(const std::map<std::string, int>& counts, int threshold);

}  // namespace vigie
