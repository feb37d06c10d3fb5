#include "jobs/scheduler.h"

#include <array>

#include <unistd.h>

namespace vigie {

Result<bool> JobScheduler::claim(const JobDefinition& job, std::int64_t now) {
  Lease conn = db_.acquire();
  TRY(conn->query("INSERT INTO scheduled_jobs (name, due_at, runs) VALUES (?, ?, 0) "
                  "ON CONFLICT (name) DO NOTHING",
                  {job.name, now}));
  Rows claimed = TRY(
      conn->query("UPDATE scheduled_jobs SET lease_owner = ?, lease_until = ?, last_started = ? "
                  "WHERE name = ? AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?) "
                  "RETURNING name",
                  {owner_, now + lease_, now, job.name, now, now}));
  return !claimed.empty();
}

Result<bool> JobScheduler::record(const JobDefinition& job, const JobRun& run) {
  const std::int64_t now = clock_.now();
  Lease conn = db_.acquire();
  // Fenced by the lease: a server whose lease expired mid-run records nothing.
  Rows done = TRY(
      conn->query("UPDATE scheduled_jobs SET due_at = ?, lease_owner = NULL, lease_until = NULL, "
                  "runs = runs + ?, last_finished = ?, last_owner = ?, last_error = ? "
                  "WHERE name = ? AND lease_owner = ? RETURNING name",
                  {now + (run.ok ? job.every : retry_), std::int64_t{run.ok ? 1 : 0}, now, owner_,
                   run.ok ? null_value() : Value(run.outcome), job.name, owner_}));
  return !done.empty();
}

Result<std::vector<JobRun>> JobScheduler::run_due() {
  std::vector<JobRun> runs;
  for (const JobDefinition& job : jobs_) {
    if (!TRY(claim(job, clock_.now()))) continue;
    JobRun run{job.name, "", true, true};
    if (auto line = job.work(); line) {
      run.outcome = *line;
    } else {
      run.ok = false;
      run.outcome = line.error().message;
    }
    run.recorded = TRY(record(job, run));
    runs.push_back(std::move(run));
  }
  return runs;
}

std::string server_instance_name(unsigned short port) {
  std::array<char, 256> host{};
  if (gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
  return std::string(host.data()) + ":" + std::to_string(port) + ":" + std::to_string(getpid());
}

}  // namespace vigie
