-- Scoped authority (Customs Notification 94/2564): a registered company's signing directors
-- grant a person authority for listed customs matters, for a period. The directors sign the
-- grant through the same multi-director eKYC as a company application (an `applications` row
-- of kind 'authority' carries the signers); the grantee accepts after their own eKYC.

ALTER TABLE applications DROP CONSTRAINT applications_kind_check;
ALTER TABLE applications ADD CONSTRAINT applications_kind_check
  CHECK (kind IN ('person', 'company', 'authority'));

ALTER TABLE identity_verifications DROP CONSTRAINT identity_verifications_purpose_check;
ALTER TABLE identity_verifications ADD CONSTRAINT identity_verifications_purpose_check
  CHECK (purpose IN ('registration', 'sign-in', 'company-signer', 'authority-grantee'));

CREATE TABLE authority_grants (
  id uuid PRIMARY KEY,
  juristic_person_id uuid NOT NULL REFERENCES juristic_persons (id),
  application_id uuid NOT NULL UNIQUE REFERENCES applications (id),
  -- The grantee as the directors typed them; the national ID is kept as everywhere else.
  grantee_id_hmac bytea NOT NULL,
  grantee_id_enc bytea NOT NULL,
  grantee_id_key_id text NOT NULL,
  grantee_email text NOT NULL,
  grantee_person_id uuid REFERENCES natural_persons (id),
  -- Only these can be granted. Signing registration forms, appeals against assessments and
  -- settling cases are not in the list: the database refuses them as the service does.
  scopes jsonb NOT NULL CHECK (
    jsonb_typeof(scopes) = 'array' AND jsonb_array_length(scopes) > 0 AND
    scopes <@ '["customs_formalities", "loading_responsibility", "vehicle_reports", "duty_payment", "duty_compensation", "dealing_with_customs", "acting_in_processes"]'::jsonb
  ),
  valid_from date NOT NULL,
  valid_until date NOT NULL CHECK (valid_until >= valid_from),
  status text NOT NULL DEFAULT 'awaiting_directors'
    CHECK (status IN ('awaiting_directors', 'awaiting_grantee', 'active', 'revoked', 'refused')),
  accept_token_hash bytea UNIQUE,
  accept_expires_at timestamptz,
  accept_verification_id uuid REFERENCES identity_verifications (id),
  created_by_person_id uuid NOT NULL REFERENCES natural_persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  signed_at timestamptz,
  accepted_at timestamptz,
  revoked_at timestamptz,
  revoked_by_person_id uuid REFERENCES natural_persons (id)
);
CREATE INDEX authority_grants_company_idx ON authority_grants (juristic_person_id, created_at DESC);
CREATE INDEX authority_grants_grantee_idx ON authority_grants (grantee_id_hmac);
CREATE INDEX authority_grants_grantee_person_idx ON authority_grants (grantee_person_id);
