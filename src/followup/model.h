#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A legal representative of a minor (name, link, how to reach them).
struct Representative {
  std::string name;
  std::optional<std::string> link;  // "mère", "tuteur"...
  std::optional<std::string> phone;
};

/// A dated step of a follow-up and what came of it.
struct FollowUpAction {
  std::int64_t id = 0;
  std::string action_date;
  std::string description;
  std::optional<std::string> result;
  std::string recorded_by;
};

/// One person followed by a confidential body (suivi individuel): the minimal record of the
/// CNIL's AU-038. Sensitive information only in the optional, justified note.
struct FollowUp {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::string last_name;
  std::string first_name;
  std::optional<std::string> birth_date;
  std::vector<Representative> representatives;
  std::optional<std::string> situation;  // schooling or occupation
  std::string referral_date;
  std::string referral_origin;  // kReferralOrigins
  std::optional<std::string> programme;
  std::optional<std::int64_t> referent_contact_id;
  std::optional<std::string> sensitive_note;
  std::optional<std::string> sensitive_justification;
  std::optional<std::string> end_date;
  std::optional<std::string> end_reason;
  std::string status = "suivi";  // "suivi" | "archive"
  std::optional<std::string> archived_on;
  std::string created_at;
  std::int64_t version = 1;
  std::vector<FollowUpAction> actions;
  // Read-only.
  std::int64_t territory_id = 0;
  std::string body_name;
};

/// What a list shows before a record is opened: no name, no birth date.
struct FollowUpSummary {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::string body_name;
  std::string initials;
  std::string age_band;
  std::string referral_date;
  std::string referral_origin;
  std::optional<std::string> programme;
  std::string status;
};

/// Retention (durations are configuration): the intermediate archive, the age limit, the
/// journal's own retention, and the smallest count statistics may show.
struct RetentionPolicy {
  int archive_years = 3;
  int max_age_years = 25;
  int journal_days = 365;
  int min_count = 5;
};

/// One line of a statistic: a count, or nothing when below the threshold (masked, not rounded).
struct StatLine {
  std::string key;
  std::optional<int> count;
};

struct FollowUpStats {
  std::optional<int> total;
  std::vector<StatLine> by_origin;
  std::vector<StatLine> by_programme;
  std::vector<StatLine> by_age_band;
  std::vector<StatLine> by_status;
  int threshold = 5;
};

inline constexpr std::array<std::string_view, 9> kReferralOrigins{
    "police_nationale",    "gendarmerie", "police_municipale",
    "education_nationale", "bailleur",    "parquet",
    "services_sociaux",    "famille",     "autre"};

}  // namespace vigie
