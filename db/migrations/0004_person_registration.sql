-- Person registration: applications (drafts), identity verifications, bank-verified profile
-- snapshots, decisions with every rule result, registrations with their status history.

CREATE TABLE applications (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('person', 'company')),
  channel text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'counter')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'refused', 'superseded')),
  -- The furthest journey step the applicant may open.
  step text NOT NULL,
  locale text NOT NULL DEFAULT 'th' CHECK (locale IN ('th', 'en')),
  national_id_hmac bytea,
  national_id_enc bytea,
  national_id_enc_key_id text,
  email text,
  email_confirmed_at timestamptz,
  email_code_hash bytea,
  email_code_expires_at timestamptz,
  email_code_attempts integer NOT NULL DEFAULT 0,
  email_codes_sent integer NOT NULL DEFAULT 0,
  mobile text,
  mailing_address jsonb,
  person_id uuid REFERENCES natural_persons (id),
  verification_id uuid,
  resume_token_hash bytea UNIQUE,
  submit_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  decided_at timestamptz
);
-- One application in flight per verified person.
CREATE UNIQUE INDEX applications_one_open_per_person ON applications (person_id, kind)
  WHERE status IN ('draft', 'submitted') AND person_id IS NOT NULL;
CREATE INDEX applications_national_id_idx ON applications (national_id_hmac);

CREATE TABLE document_acceptances (
  id uuid PRIMARY KEY,
  application_id uuid REFERENCES applications (id),
  person_id uuid REFERENCES natural_persons (id),
  document_id uuid NOT NULL REFERENCES documents (id),
  accepted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_acceptances_application_idx ON document_acceptances (application_id);
CREATE INDEX document_acceptances_person_idx ON document_acceptances (person_id);

-- One attempt to verify a person through the identity provider. State, nonce and the PKCE
-- verifier live here, not in a session, because the callback arrives in whatever browser the
-- phone opens. Raw claims are kept encrypted and only until retention removes them.
CREATE TABLE identity_verifications (
  id uuid PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('registration', 'sign-in')),
  application_id uuid REFERENCES applications (id),
  handle text NOT NULL UNIQUE,
  state text NOT NULL UNIQUE,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  issuer text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'failed')),
  failure text CHECK (failure IN ('declined', 'expired', 'id_mismatch', 'low_assurance', 'unavailable', 'invalid_response', 'not_registered')),
  subject text,
  acr text,
  ial numeric(3, 1),
  claims_enc bytea,
  claims_key_id text,
  claims_digest text,
  person_id uuid REFERENCES natural_persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX identity_verifications_application_idx ON identity_verifications (application_id, created_at);
CREATE INDEX identity_verifications_expiry_idx ON identity_verifications (expires_at) WHERE status = 'pending';

-- Bank-verified data of a person, effective-dated: a newer snapshot never overwrites an older one.
CREATE TABLE person_profiles (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES natural_persons (id),
  source text NOT NULL CHECK (source IN ('bank', 'counter')),
  verification_id uuid REFERENCES identity_verifications (id),
  title_th text,
  first_name_th text NOT NULL,
  middle_name_th text,
  last_name_th text NOT NULL,
  title_en text,
  first_name_en text,
  middle_name_en text,
  last_name_en text,
  birth_date text,
  nationality text,
  id_card_address jsonb,
  effective_from timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_profiles_person_idx ON person_profiles (person_id, effective_from DESC);

-- The automatic decision: one per application, with every rule result and the minimal facts
-- it used, so that it can be replayed after the raw claims are gone.
CREATE TABLE decisions (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL UNIQUE REFERENCES applications (id),
  rule_set_id text NOT NULL,
  rule_set_version text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'refused')),
  results jsonb NOT NULL,
  verification_id uuid REFERENCES identity_verifications (id),
  profile_id uuid REFERENCES person_profiles (id),
  receipt_id text,
  submit_key text NOT NULL UNIQUE,
  decided_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE registrations (
  id uuid PRIMARY KEY,
  registrant_type text NOT NULL CHECK (registrant_type IN ('person', 'company')),
  person_id uuid REFERENCES natural_persons (id),
  juristic_person_id uuid REFERENCES juristic_persons (id),
  kind text NOT NULL DEFAULT 'importer_exporter' CHECK (kind IN ('importer_exporter', 'customs_broker')),
  channel text NOT NULL CHECK (channel IN ('online', 'counter')),
  status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'EXPIRED')),
  application_id uuid UNIQUE REFERENCES applications (id),
  decision_id uuid UNIQUE REFERENCES decisions (id),
  email text NOT NULL,
  mobile text NOT NULL,
  mailing_address jsonb,
  public_listing boolean NOT NULL DEFAULT false,
  valid_from timestamptz NOT NULL,
  valid_until timestamptz,
  last_activity_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((registrant_type = 'person') = (person_id IS NOT NULL)),
  CHECK ((registrant_type = 'company') = (juristic_person_id IS NOT NULL))
);
-- An ACTIVE or SUSPENDED registration blocks another of the same kind.
CREATE UNIQUE INDEX registrations_one_live_person ON registrations (person_id, kind)
  WHERE status IN ('ACTIVE', 'SUSPENDED') AND person_id IS NOT NULL;
CREATE UNIQUE INDEX registrations_one_live_company ON registrations (juristic_person_id, kind)
  WHERE status IN ('ACTIVE', 'SUSPENDED') AND juristic_person_id IS NOT NULL;

CREATE TABLE registration_status_history (
  id uuid PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'EXPIRED')),
  reason text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX registration_status_history_idx ON registration_status_history (registration_id, changed_at);
