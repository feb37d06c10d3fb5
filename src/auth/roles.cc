#include "auth/roles.h"

namespace vigie {

std::string_view role_name(Role role) {
  switch (role) {
  case Role::administrateur: return "administrateur";
  case Role::coordonnateur: return "coordonnateur";
  case Role::elu: return "elu";
  case Role::partenaire: return "partenaire";
  case Role::lecteur: return "lecteur";
  case Role::dpo: return "dpo";
  }
  return "lecteur";
}

std::optional<Role> parse_role(std::string_view name) {
  for (Role role : kAllRoles) {
    if (role_name(role) == name) return role;
  }
  return std::nullopt;
}

std::string_view permission_name(Permission permission) {
  switch (permission) {
  case Permission::territory_read: return "territory.read";
  case Permission::partner_read: return "partner.read";
  case Permission::partner_write: return "partner.write";
  case Permission::strategy_read: return "strategy.read";
  case Permission::strategy_write: return "strategy.write";
  case Permission::governance_read: return "governance.read";
  case Permission::governance_write: return "governance.write";
  case Permission::journal_read: return "journal.read";
  case Permission::followup_access: return "followup.access";
  case Permission::followup_journal: return "followup.journal";
  case Permission::followup_stats: return "followup.stats";
  case Permission::user_admin: return "user.admin";
  case Permission::statistics_read: return "statistics.read";
  case Permission::statistics_import: return "statistics.import";
  case Permission::incident_read: return "incident.read";
  case Permission::incident_submit: return "incident.submit";
  case Permission::incident_manage: return "incident.manage";
  case Permission::video_read: return "video.read";
  case Permission::video_manage: return "video.manage";
  }
  return "?";
}

// The one place that says who may do what. Deny unless listed.
bool role_allows(Role role, Permission permission) {
  switch (permission) {
  case Permission::territory_read:
  case Permission::partner_read:
  case Permission::strategy_read:
  case Permission::governance_read:
  case Permission::statistics_read: return true;
  case Permission::incident_read: return role != Role::dpo;
  case Permission::incident_submit:
    return role == Role::administrateur || role == Role::coordonnateur || role == Role::partenaire;
  // Follow-up records are opened by membership, never by role: the role only lets one try.
  case Permission::followup_access: return role != Role::lecteur && role != Role::dpo;
  case Permission::followup_journal: return role == Role::dpo;
  case Permission::followup_stats:
    return role == Role::administrateur || role == Role::coordonnateur || role == Role::elu ||
           role == Role::dpo;
  // Cameras' places are not public: those who answer for the scheme, not partners or readers.
  case Permission::video_read:
    return role == Role::administrateur || role == Role::coordonnateur || role == Role::elu;
  case Permission::video_manage:
  case Permission::partner_write:
  case Permission::strategy_write:
  case Permission::governance_write:
  case Permission::incident_manage:
  case Permission::journal_read: return role == Role::administrateur || role == Role::coordonnateur;
  case Permission::user_admin:
  case Permission::statistics_import: return role == Role::administrateur;
  }
  return false;
}

}  // namespace vigie
