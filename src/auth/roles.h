#pragma once

#include <optional>
#include <string_view>

namespace vigie {

/// A user's role in one territory (the French names are the data values).
enum class Role { administrateur, coordonnateur, elu, partenaire, lecteur, dpo };

/// What a route or a service call needs. Granted per territory through a role.
enum class Permission {
  territory_read,
  partner_read,
  partner_write,
  strategy_read,
  strategy_write,
  governance_read,
  governance_write,
  journal_read,
  followup_access,   // then membership of the record's handling body decides
  followup_journal,  // the follow-up journal: the data-protection officer only
  followup_stats,    // masked counts, for the bilan
  user_admin,
  statistics_read,    // the diagnostic: official statistics, public data
  statistics_import,  // import the SSMSI bases, which every territory of the server shares
  incident_read,      // the observatoire: aggregate views (masked), and one's own entries
  incident_submit,    // report incidents for one's own organisation
  incident_manage,    // every entry of the territory, categories, imports for any partner
  video_read,         // vidéoprotection systems, cameras and their places, yearly figures
  video_manage,       // write them and designate the register's agents (never read the register)
};

std::string_view role_name(Role role);
std::optional<Role> parse_role(std::string_view name);
std::string_view permission_name(Permission permission);
bool role_allows(Role role, Permission permission);

inline constexpr Role kAllRoles[] = {Role::administrateur, Role::coordonnateur, Role::elu,
                                     Role::partenaire,     Role::lecteur,       Role::dpo};

}  // namespace vigie
