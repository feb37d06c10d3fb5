#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "store/connection.h"

namespace vigie::grant {

// A change that would open confidential content — an account linked to a directory contact, a
// member or charter date of a confidential body, a social professional named on a record — waits
// until another entitled person confirms it (issue 12 §1). Only a confirmed one opens anything.
inline constexpr std::string_view kConfirmed = "confirme";
inline constexpr std::string_view kPending = "en_attente";
inline constexpr std::string_view kRefused = "refuse";

/// Who asked for the change, and whose account it would open (none: a contact without account).
struct Parties {
  std::optional<std::int64_t> requested_by;
  std::optional<std::int64_t> beneficiary;
};

/// A decision taken on a pending change: "confirme" or "refuse" (the API's `decision`).
bool is_decision(std::string_view decision);

/// Nobody decides on a change they asked for, nor on their own access: 403 otherwise. A change
/// that is not pending: 409.
Result<void> check_decider(const Actor& actor, const Parties& parties, std::string_view state);

/// The enabled accounts whose role on the territory grants `permission`: those who confirm a
/// change when no body's signatory can (the first members of a body, an account link).
Result<std::vector<std::int64_t>> holders(Connection& conn, std::int64_t territory_id,
                                          Permission permission);

/// The deciders of a change once the people it concerns are taken out.
std::vector<std::int64_t> others(std::vector<std::int64_t> ids, const Parties& parties);

/// Said when nobody else may confirm (a one-administrator installation): what to do instead.
inline constexpr const char* kNobodyElse =
    "Personne d'autre ne peut confirmer cet accès pour l'instant : Vigie ne laisse personne "
    "s'ouvrir seul un contenu confidentiel. Un second administrateur ou coordonnateur du "
    "territoire (à créer dans « Comptes » s'il n'existe pas) ou un membre signataire de "
    "l'instance doit le confirmer.";

}  // namespace vigie::grant
