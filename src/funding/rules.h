#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "funding/model.h"

namespace vigie {

/// The rules shipped in data/dispositifs/financement.json, parsed once (a broken file is a bug
/// of the release and throws at first use).
const FundingRules& funding_rules();

/// True when `funder` (kFundingSources) is the State in the rules (FIPD and other State funds).
bool is_state_funder(std::string_view funder, const FundingRules& rules);

/// The amount a request counts for: granted once known, else requested (cents).
std::int64_t counted_cents(const FundingRequest& request);

/// The State's share of the project's cost in percent, rounded down: the request's own amount
/// when its funder is the State, plus the State co-funders. 0 for a project without cost.
int state_share_percent(const FundingRequest& request, const FundingRules& rules);

/// What the amounts must respect, as a 400 naming the field: a FIPD programme for a FIPD request
/// and none otherwise; granted ≤ requested ≤ cost; paid ≤ granted; all resources ≤ cost; the
/// FIPD minimum (except police municipale equipment); the State's share ≤ the rules' maximum.
std::optional<Error> check_request(const FundingRequest& request, const FundingRules& rules);

/// Warnings that do not refuse: the département's local cap on the FIPD's share, resources
/// that do not cover the cost.
std::vector<std::string> request_warnings(const FundingRequest& request,
                                          const FundingSettings& settings,
                                          const FundingRules& rules);

/// The day the financial report (Cerfa 15059) and the qualitative bilan are due: the rules'
/// months after the funded year's 31 December ("2026" → "2027-06-30").
std::string report_due_on(std::int64_t year, const FundingRules& rules);

/// The request's alerts on `today`: its filing deadline within the rules' days while in
/// preparation; once the funded year is over and money granted, the report due, then late.
std::vector<FundingAlert> request_alerts(const FundingRequest& request, std::string_view today,
                                         const FundingRules& rules);

}  // namespace vigie
