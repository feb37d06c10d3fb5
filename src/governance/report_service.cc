// A body's year for the bilan, and its meetings as iCalendar feeds.
#include <chrono>
#include <cmath>
#include <map>

#include "auth/password.h"
#include "governance/calendar.h"
#include "governance/repository.h"
#include "governance/service.h"
#include "store/installation.h"

namespace vigie {
namespace repo = governance_repository;

namespace {

// The planned meetings of `year` for a body entered on `created_on` (YYYY-MM-DD): none before
// that year, the share of the year's days from that day on in that year, all of them after.
std::optional<int> prorated(std::optional<int> planned,
                            const std::optional<std::string>& created_on, int year) {
  if (!planned || !created_on) return planned;
  using namespace std::chrono;
  int created_year = std::stoi(created_on->substr(0, 4));
  if (created_year > year) return 0;
  if (created_year < year) return planned;
  year_month_day day{std::chrono::year{created_year},
                     month{static_cast<unsigned>(std::stoi(created_on->substr(5, 2)))},
                     std::chrono::day{static_cast<unsigned>(std::stoi(created_on->substr(8, 2)))}};
  auto next_year = sys_days{std::chrono::year{created_year + 1} / January / 1};
  auto this_year = sys_days{std::chrono::year{created_year} / January / 1};
  double share = static_cast<double>((next_year - sys_days{day}).count()) /
                 static_cast<double>((next_year - this_year).count());
  return static_cast<int>(std::lround(*planned * share));
}

std::optional<int> planned_per_year(const Body& b) {
  if (b.frequency == "yearly") return 1;
  if (b.frequency == "monthly") return 12;
  if (b.frequency == "times_per_year") return static_cast<int>(b.frequency_count.value_or(1));
  if (b.frequency == "every_n_months") return 12 / static_cast<int>(b.frequency_count.value_or(12));
  return std::nullopt;
}

// The UID names the installation (field case 15): a partner who subscribes to the feeds of two
// Vigie installations must not see meeting 1 of one overwrite meeting 1 of the other. It does not
// change when the meeting is edited; SEQUENCE does.
CalendarEvent event_of(const Body& body, const Meeting& m, const std::string& installation) {
  CalendarEvent e;
  e.uid = "reunion-" + std::to_string(m.id) + "@" + installation + ".vigie";
  e.starts_at = m.starts_at;
  e.duration_minutes = m.duration_minutes;
  e.summary = body.name;
  e.location = m.place;
  e.cancelled = m.status == "annulee";
  e.sequence = m.version - 1;
  return e;
}

}  // namespace

Result<CalendarEvent> GovernanceService::meeting_event(const Actor& actor,
                                                       std::int64_t meeting_id) {
  Lease conn = db_.acquire();
  auto [meeting, body] = TRY(load_meeting(*conn, actor, meeting_id, Permission::governance_read));
  return event_of(body, meeting, TRY(installation_id(*conn)));
}

namespace {

Result<void> check_span(int from, int to) {
  if (from < 2000 || to > 2100 || to < from) {
    return Error::invalid("Année attendue (paramètre year).", "year");
  }
  return success();
}

}  // namespace

Result<BodyReport> GovernanceService::report(const Actor& actor, std::int64_t body_id, int year) {
  Lease conn = db_.acquire();
  Body body = TRY(load_checked(*conn, actor, body_id, Permission::governance_read));
  TRY_VOID(check_span(year, year));
  BodyReport r = TRY(span_of(*conn, body, year, year));
  r.year = year;
  if (body.created_on && body.created_on->starts_with(std::to_string(year))) {
    r.counted_from = body.created_on;
  }
  return r;
}

Result<BodyReport> GovernanceService::report_span(const Actor& actor, std::int64_t body_id,
                                                  int from, int to) {
  Lease conn = db_.acquire();
  Body body = TRY(load_checked(*conn, actor, body_id, Permission::governance_read));
  TRY_VOID(check_span(from, to));
  return span_of(*conn, body, from, to);
}

Result<BodyReport> GovernanceService::span_of(Connection& conn, const Body& body, int from,
                                              int to) {
  std::int64_t body_id = body.id;
  BodyReport r;
  std::string first = std::to_string(from);
  for (int year = from; year <= to; ++year) {
    if (auto planned = prorated(planned_per_year(body), body.created_on, year)) {
      r.planned = r.planned.value_or(0) + *planned;
    }
  }
  // Days are "YYYY-…": the span's years compare as text.
  std::string after = std::to_string(to + 1);
  auto in_span = [&](const std::string& day) { return day >= first && day < after; };
  std::map<std::string, OrganisationAttendance> by_organisation;
  for (const Meeting& m : TRY(repo::list_meetings(conn, body_id))) {
    if (!in_span(m.starts_at)) continue;
    if (m.status == "annulee") {
      ++r.cancelled;
      continue;
    }
    ++r.scheduled;
    if (m.status != "tenue") continue;
    ++r.held;
    for (const Invitation& i : TRY(repo::list_invitations(conn, m.id))) {
      OrganisationAttendance& o = by_organisation[i.organisation_name];
      o.organisation = i.organisation_name;
      ++o.convened;
      if (i.attendance == "present") ++o.present;
    }
  }
  for (auto& [name, attendance] : by_organisation)
    r.attendance.push_back(attendance);
  std::string now = today();
  for (const Decision& d : TRY(repo::list_body_decisions(conn, body_id))) {
    if (!in_span(d.meeting_starts_at)) continue;
    ++r.decisions;
    if (d.status == "faite") ++r.decisions_done;
    if (is_overdue(d, now)) ++r.decisions_overdue;
  }
  return r;
}

Result<std::string> GovernanceService::body_calendar(const Actor& actor, std::int64_t body_id) {
  Lease conn = db_.acquire();
  Body body = TRY(load_checked(*conn, actor, body_id, Permission::governance_read));
  std::string installation = TRY(installation_id(*conn));
  std::vector<CalendarEvent> events;
  for (const Meeting& m : TRY(repo::list_meetings(*conn, body_id)))
    events.push_back(event_of(body, m, installation));
  return render_calendar(body.name, events, clock_.now());
}

Result<std::string> GovernanceService::new_calendar_token(const Actor& actor) {
  if (!actor.authenticated()) return Error::forbidden();
  std::string token = random_token();
  Lease conn = db_.acquire();
  TRY_VOID(repo::set_calendar_token(*conn, actor.user_id, token_digest(token),
                                    format_timestamp(clock_.now())));
  return token;
}

Result<std::string> GovernanceService::user_calendar(const std::string& token) {
  Lease conn = db_.acquire();
  auto user = TRY(repo::user_of_calendar_token(*conn, token_digest(token)));
  if (!user) return Error::not_found("Adresse de calendrier inconnue ou révoquée.");
  std::string installation = TRY(installation_id(*conn));
  std::vector<CalendarEvent> events;
  for (std::int64_t body_id : TRY(repo::bodies_of_user(*conn, *user))) {
    Body body = std::move(*TRY(repo::find(*conn, body_id)));
    for (const Meeting& m : TRY(repo::list_meetings(*conn, body_id)))
      events.push_back(event_of(body, m, installation));
  }
  for (const CalendarSource& source : calendar_sources_) {
    for (CalendarEvent& e : TRY(source(*conn, *user)))
      events.push_back(std::move(e));
  }
  return render_calendar("Mes instances (Vigie)", events, clock_.now());
}

}  // namespace vigie
