#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "videoprotection/model.h"

namespace vigie {

/// The rules shipped in data/dispositifs/videoprotection.json, parsed once. The file is part of
/// the build: a broken one throws at first use (a bug of the release, not of the input).
const VideoRules& video_rules();

/// The day the authorisation ends: `authorised_on` (YYYY-MM-DD) plus the rules' years.
std::string authorisation_end(std::string_view authorised_on, const VideoRules& rules);

/// The authorisation's alert on `today`: none yet, ending within the alert months, ended; a
/// system without an authorisation date is flagged too. Empty when nothing to say.
std::optional<VideoAlert> authorisation_alert(const VideoSystem& system, std::string_view today,
                                              const VideoRules& rules);

/// The last day the commune may keep an entry's copy: the images' last day (or the entry's day)
/// plus `retention_days`. None for a viewing (no copy) or a copy handed over (it belongs to the
/// procedure from then on).
std::optional<std::string> destroy_by(const RegisterEntry& entry, std::int64_t retention_days);

/// Whether the copy outlived its retention on `today`: destroyed after `destroy_by`, or still
/// not destroyed once that day has passed.
bool retention_breached(const RegisterEntry& entry, std::string_view today,
                        std::int64_t retention_days);

/// The purpose codes that are not in the closed list (to name in an error).
std::vector<std::int64_t> unknown_purposes(const std::vector<std::int64_t>& codes,
                                           const VideoRules& rules);

}  // namespace vigie
