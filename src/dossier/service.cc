#include "dossier/service.h"

#include "core/clock.h"
#include "dossier/repository.h"

namespace vigie {
namespace repo = dossier_repository;

void DossierService::add_owner(std::string_view owner, OwnerCheck check) {
  checks_[std::string(owner)] = std::move(check);
}

Result<std::int64_t> DossierService::check(const Actor& actor, const DossierOwnerKind& kind,
                                           std::int64_t owner_id, bool write) {
  auto found = checks_.find(kind.owner);
  if (found == checks_.end()) return Error::not_found("Dossier introuvable.");
  return found->second(actor, owner_id, write);
}

Result<void> DossierService::record_in(Connection& conn, const Actor& actor, std::int64_t territory,
                                       const std::string& event, const DossierOwnerKind& kind,
                                       const DossierFile& file) {
  return journal_.record_in(conn, actor, territory, event,
                            file.filename + " — " + std::string(kind.label) + " " +
                                std::to_string(file.owner_id));
}

Result<std::vector<DossierFile>>
DossierService::list(const Actor& actor, const DossierOwnerKind& kind, std::int64_t owner_id) {
  TRY(check(actor, kind, owner_id, false));
  Lease conn = db_.acquire();
  return repo::list(*conn, kind, owner_id);
}

Result<DossierFile> DossierService::add(const Actor& actor, const DossierOwnerKind& kind,
                                        DossierFile file, const std::string& bytes) {
  std::int64_t territory = TRY(check(actor, kind, file.owner_id, true));
  file.size = static_cast<std::int64_t>(bytes.size());
  file.uploaded_by = actor.display_name;
  file.uploaded_at = format_timestamp(clock_.now());
  return db_.in_transaction([&](Connection& conn) -> Result<DossierFile> {
    std::int64_t id = TRY(repo::insert(conn, kind, file, bytes));
    TRY_VOID(record_in(conn, actor, territory, "dossier.ajout", kind, file));
    return std::move(*TRY(repo::find(conn, kind, id, false)));
  });
}

Result<DossierFile> DossierService::get(const Actor& actor, const DossierOwnerKind& kind,
                                        std::int64_t id) {
  std::optional<DossierFile> found;
  {
    Lease conn = db_.acquire();
    found = TRY(repo::find(*conn, kind, id, true));
  }
  if (!found) return Error::not_found("Fichier introuvable.");
  TRY(check(actor, kind, found->owner_id, false));
  return std::move(*found);
}

Result<void> DossierService::remove(const Actor& actor, const DossierOwnerKind& kind,
                                    std::int64_t id) {
  std::optional<DossierFile> found;
  {
    Lease conn = db_.acquire();
    found = TRY(repo::find(*conn, kind, id, false));
  }
  if (!found) return Error::not_found("Fichier introuvable.");
  std::int64_t territory = TRY(check(actor, kind, found->owner_id, true));
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    TRY_VOID(repo::remove(conn, id));
    return record_in(conn, actor, territory, "dossier.suppression", kind, *found);
  });
}

}  // namespace vigie
