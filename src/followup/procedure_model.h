#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A rappel à l'ordre (CSI L.132-7): the maire's solemn reminder, in a hearing the person is
/// summoned to — with the parents for a minor. Never for facts under prosecution.
struct Reminder {
  std::int64_t id = 0;
  std::int64_t followup_id = 0;
  std::string facts;
  std::string facts_date;
  std::string summoned_by;  // the maire, or the adjoint who holds the delegation
  std::string hearing_at;   // local "YYYY-MM-DDTHH:MM"
  std::string place;
  std::string status = "convoque";  // kReminderStatuses
  std::vector<std::string> attendees;
  std::optional<std::string> hearing_record;
  std::optional<std::string> follow_up;
  std::int64_t version = 1;
};

/// A referral to the conseil pour les droits et devoirs des familles.
struct CddfReferral {
  std::int64_t id = 0;
  std::int64_t followup_id = 0;
  std::string referral_date;
  std::string referred_by;
  std::string reason;
  std::optional<std::string> hearing_date;
  std::optional<std::string> recommendations;
  std::string parental_support = "non_propose";  // kParentalSupport
  std::optional<std::string> outcome;
  std::string status = "saisi";  // kCddfStatuses
  std::int64_t version = 1;
};

/// A place where the commune or an association hosts travail d'intérêt général.
struct TigPlace {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string name;
  std::string host_kind;  // "commune" | "association"
  std::string host_name;
  std::optional<std::string> tasks;
  std::int64_t capacity = 1;
  bool active = true;
  std::int64_t version = 1;
};

/// A person's placement in a TIG place and the hours done.
struct TigPlacement {
  std::int64_t id = 0;
  std::int64_t followup_id = 0;
  std::int64_t place_id = 0;
  std::string place_name;  // read-only
  std::string start_date;
  std::optional<std::string> end_date;
  std::int64_t hours_ordered = 0;
  std::int64_t hours_done = 0;
  std::string status = "en_cours";  // kPlacementStatuses
  std::int64_t version = 1;
};

/// The procedures of one record.
struct Procedures {
  std::vector<Reminder> reminders;
  std::vector<CddfReferral> cddf;
  std::vector<TigPlacement> tig;
};

inline constexpr std::array<std::string_view, 3> kReminderStatuses{"convoque", "tenu",
                                                                   "non_presente"};
inline constexpr std::array<std::string_view, 4> kParentalSupport{"non_propose", "propose",
                                                                  "accepte", "refuse"};
inline constexpr std::array<std::string_view, 3> kCddfStatuses{"saisi", "audition", "clos"};
inline constexpr std::array<std::string_view, 2> kHostKinds{"commune", "association"};
inline constexpr std::array<std::string_view, 3> kPlacementStatuses{"en_cours", "termine",
                                                                    "interrompu"};

}  // namespace vigie
