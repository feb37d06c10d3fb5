#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace vigie {

/// A file of a dispositif's dossier (issue 17): the arrêté préfectoral or the commission's
/// opinion of a vidéoprotection system, the filed application or the arrêté attributif of a
/// funding request. Kept in the database, never on disk; deleted with its record.
struct DossierFile {
  std::int64_t id = 0;
  std::string owner;  // kDossierOwners: the owning record's collection, "video-systems"
  std::int64_t owner_id = 0;
  std::string filename;
  std::string media_type;
  std::int64_t size = 0;  // bytes
  std::string uploaded_by;
  std::string uploaded_at;  // YYYY-MM-DDTHH:MM:SSZ
  std::string content;      // the bytes; only filled when downloading
};

/// The records that keep a dossier: their collection in the API ("/api/v1/video-systems/{id}/
/// files"), their files' collection ("/api/v1/video-system-files/{id}") and their column in
/// `dossier_files` (migration 0030: one per owner, so the files go with their record).
struct DossierOwnerKind {
  std::string_view owner;
  std::string_view files;
  std::string_view column;
  std::string_view label;  // for the journal
};
inline constexpr std::array<DossierOwnerKind, 2> kDossierOwners{{
    {"video-systems", "video-system-files", "video_system_id", "système de vidéoprotection"},
    {"funding-requests", "funding-request-files", "funding_request_id", "demande de financement"},
}};

}  // namespace vigie
