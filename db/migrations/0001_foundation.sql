-- Foundation: sessions, parties, journey events, audit trail, outbox and published documents.
-- Written for PostgreSQL 15 (CI's judge) and run unchanged by PGlite.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Server-side sessions. The id is the random session id; data holds only what the journey needs.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  data jsonb NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

-- One natural person, whatever role they play (registrant, director, grantee, counter applicant).
-- Keyed by a keyed hash of the national ID; the ID itself is stored only encrypted.
CREATE TABLE natural_persons (
  id uuid PRIMARY KEY,
  national_id_hmac bytea NOT NULL,
  national_id_hmac_key_id text NOT NULL,
  national_id_enc bytea NOT NULL,
  national_id_enc_key_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT natural_persons_national_id_hmac_key UNIQUE (national_id_hmac)
);

-- One juristic person, keyed by its 13-digit registration number (public data).
CREATE TABLE juristic_persons (
  id uuid PRIMARY KEY,
  juristic_id char(13) NOT NULL UNIQUE CHECK (juristic_id ~ '^[0-9]{13}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Identity-provider accounts link to the person, so another provider finds the same person.
CREATE TABLE identity_accounts (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES natural_persons (id),
  issuer text NOT NULL,
  subject text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT identity_accounts_issuer_subject_key UNIQUE (issuer, subject)
);
CREATE INDEX identity_accounts_person_idx ON identity_accounts (person_id);

-- Journey events: started, each step, verification outcome, decision. Statistics and surveys
-- are computed from these rows; business_date is the Asia/Bangkok calendar date.
CREATE TABLE journey_events (
  id uuid PRIMARY KEY,
  journey_id uuid NOT NULL,
  journey_kind text NOT NULL,
  event text NOT NULL,
  step text,
  channel text NOT NULL CHECK (channel IN ('online', 'counter')),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  business_date date NOT NULL
);
CREATE INDEX journey_events_journey_idx ON journey_events (journey_id, occurred_at);
CREATE INDEX journey_events_date_idx ON journey_events (business_date, journey_kind, event);

-- Append-only audit trail. Rows carry pseudonymous ids only; personal details (free-text
-- reasons, IP addresses) live in audit_event_details, which retention and erasure may clear.
CREATE TABLE audit_events (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_type text NOT NULL CHECK (actor_type IN ('anonymous', 'registrant', 'officer', 'system')),
  actor_id text,
  actor_role text,
  action text NOT NULL,
  subject_type text,
  subject_id text,
  outcome text NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'refused', 'failed')),
  request_id text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id, seq);
CREATE INDEX audit_events_action_idx ON audit_events (action, occurred_at);

CREATE TABLE audit_event_details (
  event_id uuid PRIMARY KEY REFERENCES audit_events (id),
  reason text,
  ip text
);

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- Transactional outbox: written in the same transaction as the change, drained by workers
-- with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox (
  id uuid PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  available_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (available_at) WHERE sent_at IS NULL;

-- Versioned documents (Terms and Conditions, privacy notice). A version is never edited.
CREATE TABLE documents (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('terms', 'privacy')),
  version integer NOT NULL CHECK (version > 0),
  title_th text NOT NULL,
  title_en text NOT NULL,
  body_th text NOT NULL,
  body_en text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT documents_kind_version_key UNIQUE (kind, version)
);
