-- Scheduled jobs (src/platform/jobs): one row per periodic task. An instance runs a job only
-- after claiming its row with a lease, so each due run happens exactly once across instances;
-- a run that crashed leaves a lease that expires, and the next instance (or the restarted one)
-- runs it again. Times are the jobs clock's (injected; movable in tests and the simulators).
CREATE TABLE scheduled_jobs (
  name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9.-]{0,62}$'),
  next_run_at timestamptz NOT NULL,
  lease_owner text,
  lease_until timestamptz,
  last_started_at timestamptz,
  last_finished_at timestamptz,
  last_error text CHECK (char_length(last_error) <= 500),
  runs integer NOT NULL DEFAULT 0,
  failures integer NOT NULL DEFAULT 0,
  CONSTRAINT scheduled_jobs_lease_whole CHECK ((lease_owner IS NULL) = (lease_until IS NULL))
);
