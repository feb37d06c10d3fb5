-- Several servers on one database (issue 18 §1): what was held in one process's memory moves to
-- the store. The login throttle per client address (a token bucket), the schedule of background
-- jobs with their leases, and the progress, heartbeat and cancel request of running analyses.
-- Additive only, so that a server of the previous version keeps running during an upgrade.
CREATE TABLE address_buckets (
  address TEXT PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  at BIGINT NOT NULL,
  granted BIGINT NOT NULL
);

-- One row per background job. A server claims a due job by setting a lease (owner, until) in
-- one conditional UPDATE; another server may take it over only once the lease has expired.
CREATE TABLE scheduled_jobs (
  name TEXT PRIMARY KEY,
  due_at BIGINT NOT NULL,
  lease_owner TEXT,
  lease_until BIGINT,
  runs BIGINT NOT NULL,
  last_started BIGINT,
  last_finished BIGINT,
  last_owner TEXT,
  last_error TEXT
);

ALTER TABLE observatory_analyses ADD COLUMN progress DOUBLE PRECISION;
ALTER TABLE observatory_analyses ADD COLUMN stage TEXT;
ALTER TABLE observatory_analyses ADD COLUMN heartbeat_at BIGINT;
ALTER TABLE observatory_analyses ADD COLUMN cancel_requested BIGINT;
