#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A member of a body: a contact of a partner organisation, with the date they signed the
/// charte déontologique (needed to see a confidential body's content).
struct BodyMember {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::int64_t contact_id = 0;
  std::string role;  // kMemberRoles
  std::optional<std::string> charter_signed_on;
  std::optional<std::string> left_on;  // a member who left keeps the history, loses access
  std::int64_t version = 1;
  // Read-only, for display.
  std::string contact_name;
  std::string organisation_name;
};

/// A body (instance) of the council: plénière, comité restreint, groupe de travail, cellule...
struct Body {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string name;
  std::string kind;  // kBodyKinds
  std::optional<std::int64_t> axis_id;
  std::string frequency;                        // kFrequencies
  std::optional<std::int64_t> frequency_count;  // n for "times_per_year" and "every_n_months"
  std::string confidentiality;                  // kConfidentialities
  std::optional<std::string> description;
  std::int64_t version = 1;
  std::vector<BodyMember> members;
};

/// A meeting of a body; `starts_at` is local (Europe/Paris) "YYYY-MM-DDTHH:MM".
struct Meeting {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::string starts_at;
  std::optional<std::string> place;
  std::string status = "prevue";  // kMeetingStatuses
  std::int64_t version = 1;
};

/// Where a body stands against its rhythm.
struct Rhythm {
  std::optional<int> interval_months;  // none for "on demand"
  std::optional<std::string> last_held;
  std::optional<std::string> next_due;
  bool late = false;
  std::string message;  // French, for a person
};

inline constexpr std::array<std::string_view, 3> kMeetingStatuses{"prevue", "tenue", "annulee"};

inline constexpr std::array<std::string_view, 10> kBodyKinds{"pleniere",
                                                             "comite_restreint",
                                                             "groupe_thematique",
                                                             "cellule_veille",
                                                             "cellule_urgence",
                                                             "cellule_situations_complexes",
                                                             "gpo",
                                                             "cddf",
                                                             "comite_ethique_videoprotection",
                                                             "autre"};
inline constexpr std::array<std::string_view, 5> kFrequencies{
    "yearly", "times_per_year", "every_n_months", "monthly", "on_demand"};
inline constexpr std::array<std::string_view, 3> kConfidentialities{"public", "restreint",
                                                                    "confidentiel"};
inline constexpr std::array<std::string_view, 4> kMemberRoles{"president", "membre", "invite",
                                                              "secretariat"};

}  // namespace vigie
