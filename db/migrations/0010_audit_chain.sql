-- Tamper evidence for the audit trail: signed checkpoints over contiguous ranges of
-- audit_events.seq (docs/adr/0008-audit-checkpoints.md). Writers take no lock of ours: a
-- sealing job, not the request, hashes the events, chains the checkpoints and signs them
-- with an Ed25519 key that lives in the configuration, never in the database.

-- Sequence values commit out of order. The sealer reads the sequence's high-water mark S,
-- then takes a fresh transaction id X, and seals up to S only once the oldest running
-- transaction is newer than X. That is sound only if every transaction has its id BEFORE it
-- draws a value (an INSERT otherwise draws the value first and gets its id afterwards), so
-- the default takes the id first. It costs nothing more: the INSERT needs the id anyway.
-- A cached sequence would hand out values below S after S was read: keep CACHE 1.
ALTER SEQUENCE audit_events_seq_seq CACHE 1;

CREATE FUNCTION audit_events_next_seq() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_current_xact_id();
  RETURN nextval('audit_events_seq_seq');
END;
$$;
ALTER TABLE audit_events ALTER COLUMN seq SET DEFAULT audit_events_next_seq();

-- One signed checkpoint per contiguous range first_seq..last_seq; checkpoint n + 1 starts at
-- last_seq + 1 of checkpoint n. The JWS is the checkpoint: its payload names the range, the
-- seq values present in it (rolled-back transactions leave gaps), the Merkle root of the
-- events' hashes and the hash of the previous checkpoint's payload. The other columns are
-- copies for lookups, which verification compares with the payload. leaves holds the events'
-- 32-byte hashes in seq order (authenticated by the root) so that verification can say which
-- event was edited, removed, added or moved.
CREATE TABLE audit_checkpoints (
  number bigint PRIMARY KEY CHECK (number > 0),
  first_seq bigint NOT NULL CHECK (first_seq > 0),
  last_seq bigint NOT NULL,
  event_count integer NOT NULL CHECK (event_count > 0),
  head_hash text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  jws text NOT NULL,
  leaves bytea NOT NULL,
  sealed_at timestamptz NOT NULL,
  CONSTRAINT audit_checkpoints_range CHECK (first_seq <= last_seq),
  -- Two sealers racing for the same range: the second insert fails instead of sealing twice.
  CONSTRAINT audit_checkpoints_first_seq_key UNIQUE (first_seq),
  CONSTRAINT audit_checkpoints_head_hash_key UNIQUE (head_hash)
);

CREATE FUNCTION audit_checkpoints_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_checkpoints is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER audit_checkpoints_append_only
  BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_refuse_change();
CREATE TRIGGER audit_checkpoints_no_truncate
  BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_refuse_change();
