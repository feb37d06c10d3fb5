#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "dossier/model.h"
#include "journal/service.h"
#include "store/database.h"

namespace vigie {

/// The files of dispositifs' dossiers. Each kind of owning record (kDossierOwners) has its
/// module's check, wired by the App, so this module depends on none of them: a file is read by
/// who reads its record, added or deleted by who may change it. Adding and deleting are
/// journaled in the territory's journal.
class DossierService {
 public:
  /// The owning record's territory when `actor` may read it (or, with `write`, change it); the
  /// record's own error otherwise (404 out of reach, 403). Called outside any transaction.
  using OwnerCheck =
      std::function<Result<std::int64_t>(const Actor& actor, std::int64_t owner_id, bool write)>;

  DossierService(Database& db, const Clock& clock, JournalService& journal)
      : db_(db), clock_(clock), journal_(journal) {}

  /// `owner` must be one of kDossierOwners; until its check is given, its files are not found.
  void add_owner(std::string_view owner, OwnerCheck check);

  Result<std::vector<DossierFile>> list(const Actor& actor, const DossierOwnerKind& kind,
                                        std::int64_t owner_id);
  /// Stores `bytes` as `file.filename` of type `file.media_type` (checked by http/uploads.h).
  Result<DossierFile> add(const Actor& actor, const DossierOwnerKind& kind, DossierFile file,
                          const std::string& bytes);
  /// With its bytes. 404 for a file of another kind of owner.
  Result<DossierFile> get(const Actor& actor, const DossierOwnerKind& kind, std::int64_t id);
  Result<void> remove(const Actor& actor, const DossierOwnerKind& kind, std::int64_t id);

 private:
  Result<std::int64_t> check(const Actor& actor, const DossierOwnerKind& kind,
                             std::int64_t owner_id, bool write);
  Result<void> record_in(Connection& conn, const Actor& actor, std::int64_t territory,
                         const std::string& event, const DossierOwnerKind& kind,
                         const DossierFile& file);

  Database& db_;
  const Clock& clock_;
  JournalService& journal_;
  std::map<std::string, OwnerCheck, std::less<>> checks_;
};

}  // namespace vigie
