#include "followup/retention/policy.h"

#include "core/dates.h"

namespace vigie {

std::optional<std::string> destruction_date(const FollowUp& f, const RetentionPolicy& policy) {
  if (f.status != "archive" || !f.archived_on) return std::nullopt;
  std::string date = add_months(*f.archived_on, policy.archive_years * 12);
  if (f.birth_date) {
    std::string limit = add_months(*f.birth_date, policy.max_age_years * 12);
    if (limit < date) date = limit;
  }
  return date;
}

}  // namespace vigie
