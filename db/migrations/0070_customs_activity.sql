-- Customs activity API (issue 23, ADR 18): the clearance systems that report declarations
-- (OAuth 2.0 client credentials: each client's secrets kept as SHA-256 digests, several at
-- once while a secret is rotated), and each declaration reported, once by its reference.

CREATE TABLE api_clients (
  id uuid PRIMARY KEY,
  -- The client_id the calling system sends; public, chosen by the administrator.
  name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);

CREATE TABLE api_client_secrets (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES api_clients (id),
  -- SHA-256 of a 256-bit random secret: a fast digest is enough for a secret nobody chose.
  secret_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- A rotated-out secret keeps working until then (NULL: the current secret).
  expires_at timestamptz
);
CREATE INDEX api_client_secrets_client_idx ON api_client_secrets (client_id, created_at DESC);

-- One row per declaration reference: a report sent again finds its row and changes nothing.
CREATE TABLE customs_activity (
  declaration_ref text PRIMARY KEY CHECK (declaration_ref ~ '^[A-Z0-9][A-Z0-9/-]{3,34}$'),
  registration_id uuid NOT NULL REFERENCES registrations (id),
  declared_on date NOT NULL,
  reported_by uuid NOT NULL REFERENCES api_clients (id),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customs_activity_registration_idx ON customs_activity (registration_id, declared_on DESC);
