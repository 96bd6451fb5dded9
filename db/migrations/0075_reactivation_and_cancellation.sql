-- Self-service reactivation and cancellation (issue 23). Each decision is a row of its own, whose
-- id is the decision id its signed receipt is keyed by; the registration's status line points
-- back at the row that made it.

-- A suspended registration made ACTIVE again (or refused) after the registrant verified
-- through the bank and the rules ran again: who asked, the verification, the DBD answer used
-- (a company), every rule's result.
CREATE TABLE registration_reactivations (
  id uuid PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  reference text NOT NULL,
  person_id uuid NOT NULL REFERENCES natural_persons (id),
  verification_id uuid NOT NULL REFERENCES identity_verifications (id),
  dbd_snapshot_id uuid REFERENCES dbd_snapshots (id),
  rule_set_version text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'refused')),
  results jsonb NOT NULL,
  receipt_id text NOT NULL,
  status_history_id uuid REFERENCES registration_status_history (id),
  decided_at timestamptz NOT NULL,
  CHECK ((outcome = 'approved') = (status_history_id IS NOT NULL))
);
CREATE INDEX registration_reactivations_registration_idx
  ON registration_reactivations (registration_id, decided_at);

-- A cancellation by the registrant: a person's at once; a company's waits until the directors
-- who confirmed satisfy the signing clause DBD publishes.
CREATE TABLE registration_cancellations (
  id uuid PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  reference text NOT NULL,
  started_by uuid NOT NULL REFERENCES natural_persons (id),
  status text NOT NULL CHECK (status IN ('awaiting_directors', 'cancelled')),
  dbd_snapshot_id uuid REFERENCES dbd_snapshots (id),
  results jsonb,
  receipt_id text,
  status_history_id uuid REFERENCES registration_status_history (id),
  created_at timestamptz NOT NULL,
  decided_at timestamptz,
  CHECK ((status = 'cancelled') = (status_history_id IS NOT NULL AND receipt_id IS NOT NULL))
);
-- One cancellation waiting for directors per registration at a time.
CREATE UNIQUE INDEX registration_cancellations_open_idx
  ON registration_cancellations (registration_id) WHERE status = 'awaiting_directors';

-- Each confirmation: the person (the registrant, or a director acting for the company), the
-- step-up verification that proved it, and the director they matched in DBD at that moment.
CREATE TABLE registration_cancellation_confirmations (
  cancellation_id uuid NOT NULL REFERENCES registration_cancellations (id),
  person_id uuid NOT NULL REFERENCES natural_persons (id),
  verification_id uuid NOT NULL REFERENCES identity_verifications (id),
  director_index smallint,
  confirmed_at timestamptz NOT NULL,
  PRIMARY KEY (cancellation_id, person_id)
);
