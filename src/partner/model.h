#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// A person to reach in a partner organisation (professional details only).
struct Contact {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string name;
  std::optional<std::string> job_title;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::int64_t version = 1;
  /// The person's own account, if any: how a body's member is recognised when signed in.
  std::optional<std::int64_t> user_id;
  /// A new link waits, "en_attente", until another administrator or coordonnateur of the
  /// territory confirms it ("confirme") or refuses it ("refuse"): only a confirmed link lets the
  /// account act as the contact (issue 12 §1, auth/grant.h).
  std::string link_state = "confirme";
  std::optional<std::int64_t> link_requested_by;
  std::optional<std::int64_t> link_decided_by;
  // Read-only, for display.
  std::string account_name;
  std::string link_requested_by_name;
  std::string link_decided_by_name;
  std::optional<std::string> link_note;  // why nobody can confirm yet (grant::kNobodyElse)
};

/// A partner of the council: préfecture, parquet, police, bailleur, association...
struct Organisation {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string name;
  std::string kind;
  std::optional<std::string> description;
  std::int64_t version = 1;
  std::vector<Contact> contacts;
};

inline constexpr std::array<std::string_view, 11> kOrganisationKinds{
    "etat",        "justice",      "police_nationale",
    "gendarmerie", "collectivite", "education_nationale",
    "bailleur",    "transporteur", "association",
    "sante",       "autre"};

}  // namespace vigie
