// SsmsiUploads: an SSMSI base sent in pieces, then imported on its own thread; see uploads.h.
#include "diagnostic/uploads.h"

#include <atomic>
#include <fstream>
#include <thread>

#include "core/random.h"
#include "core/text.h"

namespace vigie {
namespace {

constexpr std::int64_t kMaxSize = std::int64_t{2} << 30;
constexpr std::size_t kMaxRunning = 4;
constexpr std::size_t kMaxPerPerson = 2;
constexpr std::int64_t kIdleSeconds =
    std::int64_t{30} * 60;  // an upload abandoned mid-way frees its place

std::string random_id() { return random_hex(16); }

// The state in words, for messages.
std::string in_words(const std::string& state) {
  if (state == "reception") return "en cours d'envoi";
  if (state == "import") return "en cours d'import";
  if (state == "termine") return "terminé";
  if (state == "echec") return "refusé";
  return "annulé";
}

bool running(const std::string& state) { return state == "reception" || state == "import"; }

}  // namespace

struct SsmsiUploads::Job {
  std::mutex mutex;
  SsmsiUploadState s;
  std::int64_t user_id = 0;
  std::atomic<std::int64_t> last_activity{0};  // seconds, from the clock
  std::filesystem::path path;
  std::atomic<bool> cancel{false};
  std::thread thread;

  SsmsiUploadState snapshot() {
    std::lock_guard lock(mutex);
    return s;
  }
};

SsmsiUploads::SsmsiUploads(SsmsiImportService& imports, std::filesystem::path dir,
                           const Clock& clock)
    : imports_(imports), dir_(std::move(dir)), clock_(clock) {}

// Forgets one's own finished uploads and anyone's abandoned sending. Under mutex_.
void SsmsiUploads::forget_stale(const Actor& actor) {
  std::int64_t now = clock_.now();
  for (auto it = jobs_.begin(); it != jobs_.end();) {
    auto& job = it->second;
    SsmsiUploadState s = job->snapshot();
    bool abandoned = s.state == "reception" && now - job->last_activity > kIdleSeconds;
    bool done = !running(s.state) &&
                (job->user_id == actor.user_id || now - job->last_activity > kIdleSeconds);
    if (!abandoned && !done) {
      ++it;
      continue;
    }
    if (job->thread.joinable()) job->thread.join();
    std::error_code ec;
    std::filesystem::remove(job->path, ec);
    it = jobs_.erase(it);
  }
}

SsmsiUploads::~SsmsiUploads() {
  for (auto& [id, job] : jobs_) {
    job->cancel = true;
    if (job->thread.joinable()) job->thread.join();
    std::error_code ec;
    std::filesystem::remove(job->path, ec);
  }
}

Result<SsmsiUploadState> SsmsiUploads::open(const Actor& actor, const std::string& file_name,
                                            std::int64_t size) {
  if (!actor.can_anywhere(Permission::statistics_import)) return Error::forbidden();
  std::string name = std::filesystem::path(file_name).filename().string();
  if (name.empty() || name != file_name || utf8_length(name) > 200 || !is_valid_utf8(name)) {
    return Error::invalid("Nom de fichier absent ou invalide (200 caractères au plus, sans "
                          "dossier).",
                          "file_name");
  }
  if (size < 1 || size > kMaxSize) {
    return Error::invalid("La taille du fichier va de 1 octet à 2 Gio.", "size");
  }
  std::lock_guard lock(mutex_);
  forget_stale(actor);
  std::size_t active = 0;
  std::size_t mine = 0;
  for (const auto& [id, job] : jobs_) {
    bool busy = running(job->snapshot().state);
    active += busy ? 1 : 0;
    mine += busy && job->user_id == actor.user_id ? 1 : 0;
  }
  if (mine >= kMaxPerPerson) {
    return Error::busy("Vous avez déjà deux envois en cours : terminez-les ou annulez-les.");
  }
  if (active >= kMaxRunning) {
    return Error::busy("Quatre envois sont déjà en cours : réessayez quand l'un aura fini.");
  }
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  std::filesystem::permissions(dir_, std::filesystem::perms::owner_all, ec);
  auto job = std::make_shared<Job>();
  job->user_id = actor.user_id;
  job->last_activity = clock_.now();
  job->s = {random_id(), name, size, 0, "reception", 0, 0, std::nullopt, std::nullopt};
  job->path = dir_ / (job->s.id + ".part");
  std::ofstream create(job->path, std::ios::binary | std::ios::trunc);
  if (!create) return Error::internal("Dossier d'envoi inaccessible : " + dir_.string());
  jobs_.emplace(job->s.id, job);
  return job->snapshot();
}

Result<std::shared_ptr<SsmsiUploads::Job>> SsmsiUploads::find(const Actor& actor,
                                                              const std::string& id) {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->user_id != actor.user_id) {
    return Error::not_found("Envoi inconnu.");
  }
  return it->second;
}

Result<SsmsiUploadState> SsmsiUploads::append(const Actor& actor, const std::string& id,
                                              std::int64_t offset, std::string_view bytes) {
  auto job = TRY(find(actor, id));
  std::lock_guard lock(job->mutex);
  if (job->s.state != "reception") {
    return Error::conflict(
        "Cet envoi n'attend plus de données : il est " + in_words(job->s.state) + ".", "offset");
  }
  if (offset != job->s.received) {
    return Error::conflict("Reprenez l'envoi à l'octet " + std::to_string(job->s.received) + ".",
                           "offset");
  }
  if (job->s.received + static_cast<std::int64_t>(bytes.size()) > job->s.size) {
    return Error::invalid("Plus d'octets que la taille annoncée.", "size");
  }
  std::ofstream out(job->path, std::ios::binary | std::ios::app);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) return Error::internal("Écriture de l'envoi impossible (disque plein ?).");
  job->s.received += static_cast<std::int64_t>(bytes.size());
  job->last_activity = clock_.now();
  return job->s;
}

Result<SsmsiUploadState> SsmsiUploads::start_import(const Actor& actor, const std::string& id) {
  auto job = TRY(find(actor, id));
  {
    std::lock_guard lock(job->mutex);
    if (job->s.state != "reception") {
      return Error::conflict("Cet envoi est déjà " + in_words(job->s.state) + ".", "upload");
    }
    if (job->s.received != job->s.size) {
      return Error::conflict("Il manque " + std::to_string(job->s.size - job->s.received) +
                                 " octets : terminez l'envoi.",
                             "size");
    }
    job->s.state = "import";
  }
  job->thread = std::thread([this, job] { run(job); });
  return job->snapshot();
}

void SsmsiUploads::run(const std::shared_ptr<Job>& job) {
  SsmsiImportControl control{[&job](double fraction, std::int64_t rows) {
                               std::lock_guard lock(job->mutex);
                               job->s.fraction = fraction;
                               job->s.rows = rows;
                             },
                             &job->cancel};
  auto outcome = imports_.import_file(job->path, job->s.file_name, control);
  std::error_code ec;
  std::filesystem::remove(job->path, ec);
  std::lock_guard lock(job->mutex);
  job->last_activity = clock_.now();
  if (outcome) {
    job->s.state = "termine";
    job->s.fraction = 1;
    job->s.outcome = std::move(*outcome);
  } else {
    job->s.state = outcome.error().code == ErrorCode::cancelled ? "annule" : "echec";
    job->s.error = outcome.error();
  }
}

Result<SsmsiUploadState> SsmsiUploads::state(const Actor& actor, const std::string& id) {
  return TRY(find(actor, id))->snapshot();
}

Result<SsmsiUploadState> SsmsiUploads::cancel(const Actor& actor, const std::string& id) {
  auto job = TRY(find(actor, id));
  job->cancel = true;
  std::lock_guard lock(job->mutex);
  if (job->s.state == "reception") {  // nothing runs yet: the upload simply ends
    job->s.state = "annule";
    std::error_code ec;
    std::filesystem::remove(job->path, ec);
  }
  return job->s;
}

}  // namespace vigie
