-- Back office: officers with argon2id passwords and TOTP, their roles and organisational unit
-- (with history), one-time recovery codes; indexes for the registrant search.

CREATE TABLE officers (
  id uuid PRIMARY KEY,
  -- Stored lower-case; the sign-in name, never shown to registrants.
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name text NOT NULL,
  unit text NOT NULL,
  -- pending: created, not yet enrolled (password and authenticator); disabled: cannot sign in.
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'disabled')),
  -- PHC string of argon2id (the parameters travel with the hash, so they can be raised later).
  password_hash text,
  -- The TOTP secret, encrypted with the PII key (AES-256-GCM) and the id of that key.
  totp_secret_enc bytea,
  totp_secret_key_id text,
  totp_enabled_at timestamptz,
  -- The last accepted TOTP time step: a code of this step or an earlier one is a replay.
  totp_last_step bigint,
  failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until timestamptz,
  -- A one-time enrolment link: only its SHA-256 is kept.
  enrolment_token_hash bytea UNIQUE,
  enrolment_expires_at timestamptz,
  created_by uuid REFERENCES officers (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz,
  CHECK ((totp_secret_enc IS NULL) = (totp_secret_key_id IS NULL))
);

-- Least privilege: an officer holds only the roles granted here; the grant is kept with who made it.
CREATE TABLE officer_roles (
  officer_id uuid NOT NULL REFERENCES officers (id),
  role text NOT NULL CHECK (role IN ('registry_officer', 'help_desk', 'data_protection', 'integrity_risk', 'auditor', 'administrator')),
  granted_by uuid REFERENCES officers (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (officer_id, role)
);

-- Which unit an officer belonged to, and when (the ethics campaigns count by unit).
CREATE TABLE officer_unit_history (
  id uuid PRIMARY KEY,
  officer_id uuid NOT NULL REFERENCES officers (id),
  unit text NOT NULL,
  changed_by uuid REFERENCES officers (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX officer_unit_history_officer_idx ON officer_unit_history (officer_id, changed_at);

-- Ten recovery codes per enrolment, shown once; only their SHA-256 is kept (80 random bits each).
CREATE TABLE officer_recovery_codes (
  officer_id uuid NOT NULL REFERENCES officers (id),
  code_hash bytea NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (officer_id, code_hash)
);

-- Registrant search: Thai or English name fragments through trigrams, e-mail exactly.
CREATE INDEX person_profiles_name_trgm_idx ON person_profiles USING gin (
  (lower(
    coalesce(first_name_th, '') || ' ' || coalesce(middle_name_th, '') || ' ' || coalesce(last_name_th, '') || ' ' ||
    coalesce(first_name_en, '') || ' ' || coalesce(middle_name_en, '') || ' ' || coalesce(last_name_en, '')
  )) gin_trgm_ops
);
CREATE INDEX registrations_email_lower_idx ON registrations (lower(email));
CREATE INDEX applications_email_lower_idx ON applications (lower(email));
CREATE INDEX applications_person_idx ON applications (person_id, created_at DESC);
