#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "auth/actor.h"
#include "diagnostic/import_service.h"

namespace vigie {

/// Where an upload stands: "reception" (pieces arriving), "import", then "termine", "echec"
/// or "annule".
struct SsmsiUploadState {
  std::string id;
  std::string file_name;
  std::int64_t size = 0;      // bytes announced
  std::int64_t received = 0;  // bytes received
  std::string state;
  double fraction = 0;  // of the import, 0 to 1
  std::int64_t rows = 0;
  std::optional<SsmsiImportOutcome> outcome;
  std::optional<Error> error;
};

/// An SSMSI base sent from the administration screen, then imported. The file arrives in
/// pieces (each under the server's 16 MiB body limit: the communal base is 60 MB compressed)
/// into a private temporary folder, is imported on a thread of its own while the page polls its
/// state, and is deleted after. Cancel stops either stage; the store is then as it was. Only
/// the person who started an upload sees it. Held in this process's memory (one server).
class SsmsiUploads {
 public:
  /// Needs Permission::statistics_import somewhere: the bases serve every territory.
  SsmsiUploads(SsmsiImportService& imports, std::filesystem::path dir, const Clock& clock);
  ~SsmsiUploads();  // cancels and waits for running imports
  SsmsiUploads(const SsmsiUploads&) = delete;
  SsmsiUploads& operator=(const SsmsiUploads&) = delete;

  /// Errors: 400 "file_name" / "size" (1 byte to 2 GiB); 503 when 4 uploads already run, or
  /// 2 of this person's. An upload left without a piece for 30 minutes is dropped.
  Result<SsmsiUploadState> open(const Actor& actor, const std::string& file_name,
                                std::int64_t size);
  /// Appends a piece at `offset`, which must be the bytes received so far (409 "offset"
  /// otherwise, naming where to resume); never past the announced size (400).
  Result<SsmsiUploadState> append(const Actor& actor, const std::string& id, std::int64_t offset,
                                  std::string_view bytes);
  /// Starts the import once every byte is in (409 otherwise).
  Result<SsmsiUploadState> start_import(const Actor& actor, const std::string& id);
  Result<SsmsiUploadState> state(const Actor& actor, const std::string& id);
  Result<SsmsiUploadState> cancel(const Actor& actor, const std::string& id);

 private:
  struct Job;
  Result<std::shared_ptr<Job>> find(const Actor& actor, const std::string& id);
  void run(const std::shared_ptr<Job>& job);

  void forget_stale(const Actor& actor);

  SsmsiImportService& imports_;
  std::filesystem::path dir_;
  const Clock& clock_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Job>> jobs_;
};

}  // namespace vigie
