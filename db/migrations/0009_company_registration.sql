-- Company registration: DBD snapshots, the directors who sign for an application, and the
-- columns a company application and registration add to the person ones.

-- What DBD said about a juristic person at one moment. Effective-dated: a new lookup adds a
-- row and never overwrites one, so a decision can point at exactly what it used. The body
-- holds directors' national IDs, so it is kept encrypted like every other national ID.
CREATE TABLE dbd_snapshots (
  id uuid PRIMARY KEY,
  juristic_id char(13) NOT NULL CHECK (juristic_id ~ '^[0-9]{13}$'),
  source text NOT NULL CHECK (source IN ('synthetic', 'http')),
  found boolean NOT NULL,
  status text,
  body_enc bytea,
  body_key_id text,
  body_digest text,
  fetched_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dbd_snapshots_juristic_idx ON dbd_snapshots (juristic_id, fetched_at DESC);

ALTER TABLE applications ADD COLUMN juristic_id char(13);
ALTER TABLE applications ADD COLUMN dbd_snapshot_id uuid REFERENCES dbd_snapshots (id);
ALTER TABLE applications ADD COLUMN contact_name text;
ALTER TABLE applications ADD COLUMN branch_code char(5) CHECK (branch_code ~ '^[0-9]{5}$');
-- Set when the signing directors are chosen: from then on the application holds the company.
ALTER TABLE applications ADD COLUMN signers_chosen_at timestamptz;
ALTER TABLE applications DROP CONSTRAINT applications_status_check;
ALTER TABLE applications ADD CONSTRAINT applications_status_check
  CHECK (status IN ('draft', 'submitted', 'approved', 'refused', 'superseded', 'expired'));
-- Two directors starting at once get one application, not two.
CREATE UNIQUE INDEX applications_one_open_per_company ON applications (juristic_id)
  WHERE kind = 'company' AND status IN ('draft', 'submitted') AND signers_chosen_at IS NOT NULL;
CREATE INDEX applications_company_waiting_idx ON applications (status, kind)
  WHERE kind = 'company' AND status = 'submitted';

-- One director who signs for a company application: the one at the keyboard, and each one
-- invited by e-mail. A director is identified by their position in the DBD snapshot and the
-- keyed hash of their national ID (when DBD gives one); the name is DBD's public record.
CREATE TABLE application_signers (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  initiator boolean NOT NULL DEFAULT false,
  director_index integer,
  director_name text,
  director_id_hmac bytea,
  email text,
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'verified', 'expired', 'withdrawn')),
  invite_token_hash bytea UNIQUE,
  invite_expires_at timestamptz,
  invites_sent integer NOT NULL DEFAULT 0,
  reminded_at timestamptz,
  verification_id uuid REFERENCES identity_verifications (id),
  person_id uuid REFERENCES natural_persons (id),
  -- How the verified person was matched to the DBD director: national ID, or (weaker) name.
  match_basis text CHECK (match_basis IN ('national_id', 'name')),
  verified_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX application_signers_application_idx ON application_signers (application_id);
CREATE INDEX application_signers_verification_idx ON application_signers (verification_id);
CREATE INDEX application_signers_due_idx ON application_signers (invite_expires_at)
  WHERE status = 'invited';
-- A director signs an application once.
CREATE UNIQUE INDEX application_signers_one_per_director ON application_signers (application_id, director_index)
  WHERE status IN ('invited', 'verified') AND director_index IS NOT NULL;

ALTER TABLE identity_verifications DROP CONSTRAINT identity_verifications_purpose_check;
ALTER TABLE identity_verifications ADD CONSTRAINT identity_verifications_purpose_check
  CHECK (purpose IN ('registration', 'sign-in', 'company-signer'));
ALTER TABLE identity_verifications DROP CONSTRAINT identity_verifications_failure_check;
ALTER TABLE identity_verifications ADD CONSTRAINT identity_verifications_failure_check
  CHECK (failure IN ('declined', 'expired', 'id_mismatch', 'low_assurance', 'unavailable', 'invalid_response', 'not_registered', 'not_bound', 'too_many', 'not_director'));

ALTER TABLE decisions ADD COLUMN dbd_snapshot_id uuid REFERENCES dbd_snapshots (id);

ALTER TABLE registrations ADD COLUMN contact_name text;
ALTER TABLE registrations ADD COLUMN branch_code char(5);
