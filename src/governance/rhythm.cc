#include "governance/rhythm.h"

#include <algorithm>

#include "core/dates.h"

namespace vigie {
namespace {

std::optional<int> interval_months(const Body& b) {
  int n = static_cast<int>(b.frequency_count.value_or(1));
  if (b.frequency == "yearly") return 12;
  if (b.frequency == "times_per_year") return std::max(1, 12 / n);
  if (b.frequency == "every_n_months") return n;
  if (b.frequency == "monthly") return 1;
  return std::nullopt;
}

}  // namespace

Rhythm compute_rhythm(const Body& body, const std::vector<Meeting>& meetings,
                      std::string_view today) {
  Rhythm r;
  r.interval_months = interval_months(body);
  bool planned_ahead = false;
  for (const Meeting& m : meetings) {
    std::string day = m.starts_at.substr(0, 10);
    if (m.status == "tenue" && (!r.last_held || day > *r.last_held)) r.last_held = day;
    if (m.status == "prevue" && day >= today) planned_ahead = true;
  }
  if (!r.interval_months) {
    r.message = "Se réunit selon les besoins.";
    return r;
  }
  if (!r.last_held) {
    r.late = !planned_ahead;
    r.message = body.name + (planned_ahead ? " : première réunion prévue."
                                           : " : aucune réunion tenue à ce jour.");
    return r;
  }
  r.next_due = add_months(*r.last_held, *r.interval_months);
  r.late = *r.next_due < today;
  if (r.late) {
    int months = months_between(*r.last_held, today);
    r.message = body.name + " : aucune réunion depuis " + std::to_string(months) + " mois.";
  } else {
    r.message =
        body.name + " : prochaine réunion attendue avant le " + french_date(*r.next_due) + ".";
  }
  return r;
}

std::vector<std::string> propose_dates(const Rhythm& rhythm, std::string_view today, int count) {
  std::vector<std::string> out;
  if (!rhythm.interval_months) return out;
  std::string next =
      rhythm.next_due && *rhythm.next_due >= today ? *rhythm.next_due : std::string(today);
  for (int i = 0; i < count; ++i) {
    out.push_back(next);
    next = add_months(next, *rhythm.interval_months);
  }
  return out;
}

}  // namespace vigie
