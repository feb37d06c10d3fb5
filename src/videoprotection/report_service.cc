// The ethics committee's yearly report; see service.h and annual_report.h.
#include "core/dates.h"
#include "videoprotection/annual_report.h"
#include "videoprotection/service.h"

namespace vigie {

Result<OfficeDocument> VideoService::annual_report(const Actor& actor, std::int64_t system_id,
                                                   std::optional<int> asked) {
  VideoYear y = TRY(year(actor, system_id, asked));
  VideoSystem s = TRY(get(actor, system_id));
  AnnualReportContext context;
  context.territory_name = TRY(territories_.get(actor, s.territory_id)).name;
  context.written_on = today();
  context.alerts = TRY(alerts(actor, s.territory_id));
  if (s.ethics_body_id) {
    context.committee_meetings_held =
        TRY(governance_.report(actor, *s.ethics_body_id, y.year)).held;
  }
  return video_annual_report(s, y, rules(), context);
}

}  // namespace vigie
