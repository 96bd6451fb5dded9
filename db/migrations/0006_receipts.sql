-- Signed decision receipts. The signature, not this table, is what proves a receipt: the
-- verification page checks each JWS against the published keys, so an edited row shows as
-- "not valid" instead of being believed.

-- Every Ed25519 public key that has ever signed a receipt, so that receipts signed before a
-- key rotation keep verifying for years. Public halves only: the private key never leaves
-- the configuration.
CREATE TABLE signing_keys (
  kid text PRIMARY KEY CHECK (kid ~ '^[A-Za-z0-9._-]{1,64}$'),
  public_jwk jsonb NOT NULL,
  first_used_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT signing_keys_public_ed25519 CHECK (
    public_jwk ->> 'kty' = 'OKP'
    AND public_jwk ->> 'crv' = 'Ed25519'
    AND public_jwk ? 'x'
    AND NOT public_jwk ? 'd'
  )
);

-- Deleting or changing a published key would silently invalidate every receipt it signed,
-- so the list only grows (withdrawing a compromised key is a reviewed migration).
CREATE FUNCTION signing_keys_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signing_keys is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER signing_keys_append_only
  BEFORE UPDATE OR DELETE ON signing_keys
  FOR EACH ROW EXECUTE FUNCTION signing_keys_refuse_change();
CREATE TRIGGER signing_keys_no_truncate
  BEFORE TRUNCATE ON signing_keys
  FOR EACH STATEMENT EXECUTE FUNCTION signing_keys_refuse_change();

-- One receipt per decision. The id is an unguessable 256-bit token (it is the public URL);
-- decision_id is text so that it does not depend on how the decisions table is keyed.
CREATE TABLE decision_receipts (
  id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{43}$'),
  decision_id text NOT NULL,
  key_id text NOT NULL REFERENCES signing_keys (kid),
  jws text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT decision_receipts_decision_key UNIQUE (decision_id)
);
