-- Data refreshed from its source (issue 23, ADR 23): "update from my bank" (a new person
-- profile from a step-up verification) or "update from DBD" (a new DBD snapshot). Each refresh
-- is a decision of the published refresh rules, with its rule results and its signed receipt
-- (keyed by this row's id). A refused refresh suspends the registration: its status line is
-- linked here.

CREATE TABLE registration_refreshes (
  id uuid PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  -- The short reference the receipt and the registrant quote.
  reference text NOT NULL,
  source text NOT NULL CHECK (source IN ('bank', 'dbd')),
  -- The new effective-dated snapshot the refresh took: a bank profile or a DBD snapshot.
  profile_id uuid REFERENCES person_profiles (id),
  verification_id uuid UNIQUE REFERENCES identity_verifications (id),
  dbd_snapshot_id uuid REFERENCES dbd_snapshots (id),
  rule_set_id text NOT NULL,
  rule_set_version text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'refused')),
  results jsonb NOT NULL,
  receipt_id text,
  status_history_id uuid REFERENCES registration_status_history (id),
  requested_by uuid NOT NULL REFERENCES natural_persons (id),
  decided_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((source = 'bank') = (profile_id IS NOT NULL)),
  CHECK ((source = 'dbd') = (dbd_snapshot_id IS NOT NULL))
);
CREATE INDEX registration_refreshes_registration_idx
  ON registration_refreshes (registration_id, decided_at DESC);
