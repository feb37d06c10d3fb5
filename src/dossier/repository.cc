#include "dossier/repository.h"

#include "core/base64.h"

namespace vigie::dossier_repository {
namespace {

// The owner column is one of kDossierOwners' (never user input): safe to splice.
std::string columns(const DossierOwnerKind& kind) {
  return "SELECT id, " + std::string(kind.column) +
         ", filename, media_type, size, uploaded_by, uploaded_at";
}

DossierFile from_row(const DossierOwnerKind& kind, const Row& r) {
  DossierFile f;
  f.id = r.integer(0);
  f.owner = std::string(kind.owner);
  f.owner_id = r.integer(1);
  f.filename = r.text(2);
  f.media_type = r.text(3);
  f.size = r.integer(4);
  f.uploaded_by = r.text(5);
  f.uploaded_at = r.text(6);
  return f;
}

}  // namespace

Result<std::vector<DossierFile>> list(Connection& conn, const DossierOwnerKind& kind,
                                      std::int64_t owner_id) {
  Rows rows = TRY(conn.query(columns(kind) + " FROM dossier_files WHERE " +
                                 std::string(kind.column) + " = ? ORDER BY id",
                             {owner_id}));
  std::vector<DossierFile> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back(from_row(kind, r));
  return out;
}

Result<std::optional<DossierFile>> find(Connection& conn, const DossierOwnerKind& kind,
                                        std::int64_t id, bool with_content) {
  Rows rows = TRY(conn.query(columns(kind) + ", content FROM dossier_files WHERE id = ? AND " +
                                 std::string(kind.column) + " IS NOT NULL",
                             {id}));
  if (rows.empty()) return std::optional<DossierFile>();
  DossierFile f = from_row(kind, rows[0]);
  if (with_content) f.content = from_base64(rows[0].text(7));
  return std::optional<DossierFile>(std::move(f));
}

Result<std::int64_t> insert(Connection& conn, const DossierOwnerKind& kind, const DossierFile& f,
                            const std::string& bytes) {
  Rows rows = TRY(conn.query("INSERT INTO dossier_files (" + std::string(kind.column) +
                                 ", filename, media_type, size, content, uploaded_by, "
                                 "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                             {f.owner_id, f.filename, f.media_type, f.size, to_base64(bytes),
                              f.uploaded_by, f.uploaded_at}));
  return rows.at(0).integer(0);
}

Result<void> remove(Connection& conn, std::int64_t id) {
  TRY(conn.query("DELETE FROM dossier_files WHERE id = ?", {id}));
  return success();
}

}  // namespace vigie::dossier_repository
