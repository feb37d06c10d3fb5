#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <boost/json.hpp>

#include "auth/actor.h"
#include "core/clock.h"
#include "observatory/service.h"
#include "store/database.h"
#include "territory/service.h"

namespace vigie {

/// One analysis of the observatoire: what was asked, on which data, where it stands, its result.
struct AnalysisRun {
  std::int64_t id = 0;
  std::int64_t territory_id = 0;
  std::string kind;        // "densite", "points_chauds", "quasi_repetition", "temporalite"
  std::string parameters;  // JSON, as asked
  std::string state;       // "en_cours", "termine", "echec", "annule"
  double progress = 0;     // 0 to 1 while running
  std::string stage;
  std::optional<std::string> result;  // JSON
  std::optional<std::string> error;
  std::optional<std::string> error_field;
  std::int64_t incidents_used = 0;
  std::optional<std::string> data_from, data_to;  // first and last day of the incidents used
  std::string created_at;
  std::optional<std::string> finished_at;
  std::string created_by_name;
  std::optional<std::int64_t> created_by;  // the user; none for the CLI
};

/// Runs the observatoire's analyses as jobs: the request checks the parameters and reads the
/// incidents and contours (so a refusal is immediate), then a thread of its own computes while
/// the page polls the progress; cancel stops it. Results are kept in the store with their
/// parameters and the data they used. Readers without incident.manage get small counts masked.
/// A running job writes its progress and a heartbeat to the store every few seconds, so that
/// several servers share the analyses (issue 18 §1); a job whose heartbeat stopped is marked
/// failed by mark_interrupted().
class AnalysisJobs {
 public:
  /// `heartbeat`: how often a running job writes its progress and reads a cancel request.
  AnalysisJobs(Database& db, const Clock& clock, ObservatoryService& observatory,
               TerritoryService& territories,
               std::chrono::milliseconds heartbeat = std::chrono::seconds(5));
  ~AnalysisJobs();  // cancels and waits for running jobs
  AnalysisJobs(const AnalysisJobs&) = delete;
  AnalysisJobs& operator=(const AnalysisJobs&) = delete;

  /// Errors: 400 naming the parameter; 503 when two analyses already run on this server.
  Result<AnalysisRun> start(const Actor& actor, std::int64_t territory_id, const std::string& kind,
                            const boost::json::value& parameters);
  Result<AnalysisRun> get(const Actor& actor, std::int64_t id);
  /// The territory's last 30 analyses, without their results.
  Result<std::vector<AnalysisRun>> list(const Actor& actor, std::int64_t territory_id);
  Result<AnalysisRun> cancel(const Actor& actor, std::int64_t id);
  /// The runs « en cours » whose heartbeat stopped over `kStale` seconds ago (their server died)
  /// can no longer finish: they are marked failed, saying so. Returns how many. Run every minute
  /// by the job scheduler.
  Result<std::int64_t> mark_interrupted();
  static constexpr std::int64_t kStale = 60;  // seconds without a heartbeat
  /// Waits until no analysis runs (the CLI before it exits; tests).
  void wait();

 private:
  struct Job;
  Result<AnalysisRun> load(Connection& conn, const Actor& actor, std::int64_t id);
  void run(const std::shared_ptr<Job>& job);
  std::jthread heartbeat(const std::shared_ptr<Job>& job);
  void finish(std::int64_t id, const std::string& state, const std::optional<std::string>& result,
              const std::optional<Error>& error);
  void reap();

  Database& db_;
  const Clock& clock_;
  ObservatoryService& observatory_;
  TerritoryService& territories_;
  std::chrono::milliseconds heartbeat_;
  std::mutex mutex_;
  std::map<std::int64_t, std::shared_ptr<Job>> running_;
  std::vector<std::thread> threads_;
};

}  // namespace vigie
