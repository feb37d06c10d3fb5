#pragma once

#include <vector>

#include "core/sheet.h"
#include "funding/model.h"

namespace vigie {

/// The requests as a table for spreadsheets: fiche, year, funder, programme, cost, requested,
/// granted, paid (euros), State share (%), co-funders, channel, deadline, status, report due and
/// sent, warnings. Pure.
sheet::Sheet funding_requests_sheet(const std::vector<FundingRequest>& requests,
                                    const std::string& title);

/// The year's budget view as one table: each row a programme, funder or axis with planned,
/// requested, granted and paid (euros). Pure.
sheet::Sheet funding_summary_sheet(const FundingSummary& summary);

}  // namespace vigie
