#pragma once

#include <optional>
#include <string>

#include "print/office.h"
#include "videoprotection/model.h"

namespace vigie {

/// What the ethics committee's yearly report says beyond the system and its figures: the
/// territory's name, the committee's meetings held that year (none: no committee recorded),
/// the alerts open on the day it is written.
struct AnnualReportContext {
  std::string territory_name;
  std::optional<int> committee_meetings_held;
  std::vector<VideoAlert> alerts;
  std::string written_on;  // YYYY-MM-DD
};

/// The yearly report to the comité d'éthique de la vidéoprotection "pour garantir la
/// transparence" (Les Pennes-Mirabeau's fiche 1.3): the system (authorisation and its end,
/// purposes, retention, charter, AIPD), the cameras in service, the year's viewings,
/// extractions and requisitions (by month, with a chart), the share that served a procedure
/// when recorded, the committee's meetings and the open alerts. Counts only: no register entry,
/// no requester, no camera place. An editable document. Pure.
OfficeDocument video_annual_report(const VideoSystem& system, const VideoYear& year,
                                   const VideoRules& rules, const AnnualReportContext& context);

}  // namespace vigie
