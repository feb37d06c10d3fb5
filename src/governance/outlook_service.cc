// What is late and what is next in a territory's governance, for the home page (issue 15 §2).
#include <algorithm>

#include "core/dates.h"
#include "governance/repository.h"
#include "governance/rhythm.h"
#include "governance/service.h"

namespace vigie {
namespace repo = governance_repository;

namespace {

// Late bodies first, then by next due date; bodies met "selon les besoins" (no due date) last.
bool sooner_due(const BodyStanding& a, const BodyStanding& b) {
  if (a.rhythm.late != b.rhythm.late) return a.rhythm.late;
  const auto& x = a.rhythm.next_due;
  const auto& y = b.rhythm.next_due;
  if (x.has_value() != y.has_value()) return x.has_value();
  return x != y ? x < y : a.body_name < b.body_name;
}

}  // namespace

Result<GovernanceOutlook> GovernanceService::outlook(const Actor& actor,
                                                     std::int64_t territory_id) {
  std::vector<Body> bodies = TRY(list(actor, territory_id));  // checks governance.read
  std::int64_t now = clock_.now();
  std::string today = date_of(now);
  // Meetings are stored in Paris wall-clock time: compared as such.
  std::string from = paris_local_datetime(now);
  std::string until = paris_local_datetime(now + std::int64_t{kOutlookDays} * 86'400);
  GovernanceOutlook out;
  {
    Lease conn = db_.acquire();
    for (const Body& b : bodies) {
      std::vector<Meeting> meetings = TRY(repo::list_meetings(*conn, b.id));
      out.bodies.push_back({b.id, b.name, compute_rhythm(b, meetings, today)});
      for (Meeting& m : meetings) {
        if (m.status == "prevue" && m.starts_at >= from && m.starts_at <= until) {
          out.upcoming.push_back({std::move(m), b.name});
        }
      }
    }
  }
  std::sort(out.bodies.begin(), out.bodies.end(), sooner_due);
  std::sort(out.upcoming.begin(), out.upcoming.end(),
            [](const UpcomingMeeting& a, const UpcomingMeeting& b) {
              return a.meeting.starts_at < b.meeting.starts_at;
            });
  out.open_decisions = TRY(decisions(actor, territory_id, true));
  std::stable_sort(out.open_decisions.begin(), out.open_decisions.end(),
                   [](const Decision& a, const Decision& b) { return a.overdue && !b.overdue; });
  return out;
}

}  // namespace vigie
