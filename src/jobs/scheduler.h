#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "store/database.h"

namespace vigie {

/// A background job: its name (its row in scheduled_jobs), its period in seconds, and its work,
/// which returns a line for the server's log (empty: nothing worth saying). The work must be
/// idempotent: after a crash between its end and the record of its end, it runs again.
struct JobDefinition {
  std::string name;
  std::int64_t every = 86400;  // seconds
  std::function<Result<std::string>()> work;
};

/// What one call to run_due() did with one job.
struct JobRun {
  std::string name;
  std::string outcome;  // the work's line, or its error's message
  bool ok = true;
  bool recorded = true;  // false: the lease was lost meanwhile (another server took the job over)
};

/// Runs the background jobs (retention purges, interrupted analyses…) once across every server
/// on the store (issue 18 §1). A server claims a due job by setting its lease in one conditional
/// UPDATE: only one claim can succeed (SQLite serialises writers; PostgreSQL re-checks the
/// condition on the row it waited for). A server that dies holding a lease loses it after
/// `lease` seconds and another server runs the job again; a finished run moves the job's due
/// time forward, so it never runs twice in one period. A failed run is retried after
/// `retry` seconds.
class JobScheduler {
 public:
  /// `owner` names this server in the leases (host:port:pid).
  JobScheduler(Database& db, const Clock& clock, std::string owner, std::int64_t lease = 600,
               std::int64_t retry = 300)
      : db_(db), clock_(clock), owner_(std::move(owner)), lease_(lease), retry_(retry) {}

  void add(JobDefinition job) { jobs_.push_back(std::move(job)); }

  /// Claims and runs each due job whose lease is free, one after the other. New jobs are due at
  /// once. Errors: the store's, when it cannot be reached (the caller tries again later).
  Result<std::vector<JobRun>> run_due();

 private:
  Result<bool> claim(const JobDefinition& job, std::int64_t now);
  Result<bool> record(const JobDefinition& job, const JobRun& run);

  Database& db_;
  const Clock& clock_;
  std::string owner_;
  std::int64_t lease_;
  std::int64_t retry_;
  std::vector<JobDefinition> jobs_;
};

/// "host:port:pid", naming a server in leases and logs.
std::string server_instance_name(unsigned short port);

}  // namespace vigie
