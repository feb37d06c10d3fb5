#pragma once

#include <optional>
#include <vector>

#include "dossier/model.h"
#include "store/connection.h"

/// dossier_files rows; `kind` is one of kDossierOwners (its column is taken from there only).
namespace vigie::dossier_repository {

Result<std::vector<DossierFile>> list(Connection& conn, const DossierOwnerKind& kind,
                                      std::int64_t owner_id);
/// The file of that kind of owner (another kind's file is not found), with its bytes decoded
/// when `with_content`.
Result<std::optional<DossierFile>> find(Connection& conn, const DossierOwnerKind& kind,
                                        std::int64_t id, bool with_content);
Result<std::int64_t> insert(Connection& conn, const DossierOwnerKind& kind, const DossierFile& f,
                            const std::string& bytes);
Result<void> remove(Connection& conn, std::int64_t id);

}  // namespace vigie::dossier_repository
