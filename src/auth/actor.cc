#include "auth/actor.h"

namespace vigie {

bool Actor::can(Permission permission, std::int64_t territory_id) const {
  auto found = roles.find(territory_id);
  return found != roles.end() && role_allows(found->second, permission);
}

bool Actor::can_anywhere(Permission permission) const {
  for (const auto& [territory, role] : roles) {
    if (role_allows(role, permission)) return true;
  }
  return false;
}

std::vector<std::int64_t> Actor::territories_with(Permission permission) const {
  std::vector<std::int64_t> out;
  for (const auto& [territory, role] : roles) {
    if (role_allows(role, permission)) out.push_back(territory);
  }
  return out;
}

Result<void> require(const Actor& actor, Permission permission, std::int64_t territory_id) {
  if (!actor.roles.contains(territory_id)) return Error::not_found("Ressource introuvable.");
  if (!actor.can(permission, territory_id)) {
    return Error::forbidden("Votre rôle sur ce territoire ne permet pas cette opération.");
  }
  return success();
}

}  // namespace vigie
