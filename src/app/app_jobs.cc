// The background jobs of the composition root (issue 18 §1); see jobs/scheduler.h.
#include "app/app.h"

namespace vigie {

namespace {
constexpr std::int64_t kDay = 86400;
}

// Each job is idempotent (a purge twice destroys nothing more), as the scheduler requires.
void App::add_jobs() {
  jobs_.add({"purge_suivi_individuel", kDay, [this]() -> Result<std::string> {
               FollowUpService::PurgeReport r = TRY(followups_.purge());
               if (r.records == 0 && r.journal_entries == 0) return std::string();
               return "Purge : " + std::to_string(r.records) + " dossier(s) détruit(s), " +
                      std::to_string(r.journal_entries) + " entrée(s) de journal expirée(s).";
             }});
  jobs_.add({"purge_registre_video", kDay, [this]() -> Result<std::string> {
               std::int64_t n = TRY(video_.purge());
               if (n == 0) return std::string();
               return "Purge : " + std::to_string(n) +
                      " entrée(s) du registre de vidéoprotection détruite(s).";
             }});
  jobs_.add({"purge_compteurs_connexion", kDay, [this]() -> Result<std::string> {
               TRY(sessions_.forget_full_buckets());
               return std::string();
             }});
  // A server that died mid-analysis stops its heartbeat: the analysis is then marked failed.
  jobs_.add({"analyses_interrompues", 60, [this]() -> Result<std::string> {
               std::int64_t n = TRY(analyses_.mark_interrupted());
               if (n == 0) return std::string();
               return std::to_string(n) +
                      " analyse(s) interrompue(s) par l'arrêt d'un serveur : marquée(s) en échec.";
             }});
}

}  // namespace vigie
