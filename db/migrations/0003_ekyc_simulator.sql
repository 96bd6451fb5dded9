-- The bundled bank eKYC simulator (never enabled in production). Its OpenID provider keeps
-- every artefact here, so it survives restarts and several instances can share one database.
-- Only synthetic people ever reach these tables.

-- Keys made on first start: the ID-token signing key (JWKS), cookie-signing keys and the
-- key that turns a national ID into an opaque subject. value is JSON.
CREATE TABLE sim_ekyc_keys (
  name text PRIMARY KEY,
  value jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- oidc-provider's storage: one row per artefact (Session, Interaction, AuthorizationCode,
-- AccessToken, Grant, ...). The indexed columns are the secondary keys its adapter looks up.
CREATE TABLE sim_ekyc_oidc_payloads (
  model text NOT NULL,
  id text NOT NULL,
  payload jsonb NOT NULL,
  grant_id text,
  uid text,
  user_code text,
  expires_at timestamptz,
  consumed_at timestamptz,
  PRIMARY KEY (model, id)
);
CREATE INDEX sim_ekyc_oidc_payloads_grant_idx ON sim_ekyc_oidc_payloads (model, grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX sim_ekyc_oidc_payloads_uid_idx ON sim_ekyc_oidc_payloads (model, uid) WHERE uid IS NOT NULL;
CREATE INDEX sim_ekyc_oidc_payloads_user_code_idx ON sim_ekyc_oidc_payloads (model, user_code) WHERE user_code IS NOT NULL;
CREATE INDEX sim_ekyc_oidc_payloads_expires_idx ON sim_ekyc_oidc_payloads (expires_at) WHERE expires_at IS NOT NULL;

-- The subject the simulator hands out for each (synthetic) national ID, so that findAccount
-- can turn the opaque subject back into the person.
CREATE TABLE sim_ekyc_accounts (
  sub text PRIMARY KEY,
  national_id char(13) NOT NULL UNIQUE CHECK (national_id ~ '^[0-9]{13}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Outcomes chosen on the phone page that do not finish at once: 'timeout' (nothing is ever
-- sent back) and 'first_time' (approved once the set-up delay has passed).
CREATE TABLE sim_ekyc_pending (
  uid text PRIMARY KEY,
  outcome text NOT NULL CHECK (outcome IN ('timeout', 'first_time')),
  national_id char(13) NOT NULL CHECK (national_id ~ '^[0-9]{13}$'),
  decided_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sim_ekyc_pending_expires_idx ON sim_ekyc_pending (expires_at);
