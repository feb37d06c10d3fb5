#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/secrecy.h"

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

/// A professional of social action named on a record: only those named read its social section
/// (the social workers' secret, CASF L.121-6-2).
struct SocialProfessional {
  std::int64_t contact_id = 0;
  std::string profession;  // kSocialProfessions
  std::string name;        // read-only
  /// A new designation opens the social section only once another signatory of the handling
  /// body confirms it: "en_attente", "confirme" or "refuse" (issue 12 §1, auth/grant.h).
  std::string state = "confirme";
  std::optional<std::int64_t> requested_by;
  std::optional<std::int64_t> decided_by;
  // Read-only.
  std::optional<std::int64_t> account_id;  // the contact's account
  std::string requested_by_name;
  std::string decided_by_name;
};

/// A dated entry of the social section.
struct SocialNote {
  std::int64_t id = 0;
  std::string note_date;
  std::string text;
  std::string author;
};

/// A record shown to another confidential body ("orientation", limited to `scope`, until ended)
/// or handed over to it ("transfert").
struct FollowUpShare {
  std::int64_t id = 0;
  std::int64_t followup_id = 0;
  std::int64_t body_id = 0;
  std::string body_name;  // read-only
  std::string kind;
  std::vector<std::string> scope;  // kShareScopes
  std::string reason;
  std::string shared_on;
  std::string shared_by;
  std::optional<std::string> ended_on;
  /// "en_attente" until another signatory of the handling body confirms ("confirme") or refuses
  /// ("refuse") it: only a confirmed share shows the record, a transfer moves it only then.
  std::string state = "confirme";
  std::optional<std::int64_t> requested_by;
  std::string decided_by;  // read-only: who decided, by name
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
  std::vector<SocialProfessional> social_professionals;
  // Read-only: what the reader gets. "instance" (the handling body's members) sees the whole
  // record and its shares; "partage" (a body it was shared with) only `shared_scope`.
  std::string access = "instance";
  std::vector<std::string> shared_scope;
  bool social_readable = false;
  std::vector<FollowUpShare> shares;
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
  bool shared = false;  // seen through a share, not as the handling body
};

/// Retention (durations are configuration): the intermediate archive, the age limit, the
/// journal's own retention, and the smallest count statistics may show.
struct RetentionPolicy {
  int archive_years = 3;
  int max_age_years = 25;
  int journal_days = 365;
  int min_count = 5;
};

/// Who a right-of-access request is about (RGPD art. 15): the name as recorded, and the birth
/// date when known, to tell namesakes apart.
struct SubjectQuery {
  std::string last_name;
  std::string first_name;
  std::optional<std::string> birth_date;
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

inline constexpr std::array<std::string_view, 6> kSocialProfessions{
    "assistant_service_social", "educateur_specialise", "conseiller_esf",
    "educateur_jeunes_enfants", "moniteur_educateur",   "technicien_intervention_sociale"};

/// What a shared record shows beyond its summary: identity (names, birth date, representatives),
/// situation (schooling or occupation), parcours (dated actions). Never the sensitive note nor
/// the social section.
inline constexpr std::array<std::string_view, 3> kShareScopes{"identite", "situation", "parcours"};

}  // namespace vigie
