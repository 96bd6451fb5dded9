-- Help desk follow-ups (issues 19/21): the SLA warnings and breaches the job records are
-- e-mailed to the officers who must act, each once; the SLA targets get an edit page whose
-- every change is kept (append-only history), and a stale edit is refused by a version.
--
-- 2027's Buddhist holidays (Makha Bucha, Visakha Bucha, Asarnha Bucha, Khao Phansa) are NOT
-- seeded: no official Cabinet or Bank of Thailand list for 2027 could be confirmed when this was
-- written. Officers with helpdesk.configure add them on the holiday page once announced.

-- One row per notice e-mailed for a ticket: the key makes each one happen once, whatever runs
-- the job again. `recipients` counts the addresses written to the outbox (0: nobody to tell).
CREATE TABLE helpdesk_sla_notices (
  ticket_id uuid NOT NULL REFERENCES helpdesk_tickets (id),
  kind text NOT NULL CHECK (kind IN ('warning', 'first_response_breached', 'resolution_breached')),
  at timestamptz NOT NULL,
  recipients integer NOT NULL CHECK (recipients >= 0),
  PRIMARY KEY (ticket_id, kind)
);

-- The targets' version: an edit made on a page older than the last change is refused.
ALTER TABLE helpdesk_sla_targets ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);

-- Every change of a category's targets: before and after, who, when and why. Named audit_* so
-- that the application role has no UPDATE, DELETE or TRUNCATE on it; a trigger refuses them on
-- both engines.
CREATE TABLE audit_helpdesk_sla_target_changes (
  id uuid PRIMARY KEY,
  category text NOT NULL REFERENCES helpdesk_sla_targets (category),
  version integer NOT NULL CHECK (version > 1),
  old_first_response_hours integer NOT NULL,
  old_resolution_hours integer NOT NULL,
  new_first_response_hours integer NOT NULL,
  new_resolution_hours integer NOT NULL,
  changed_by uuid NOT NULL REFERENCES officers (id),
  changed_at timestamptz NOT NULL,
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 5 AND 500),
  UNIQUE (category, version)
);
CREATE INDEX audit_helpdesk_sla_target_changes_at_idx
  ON audit_helpdesk_sla_target_changes (changed_at DESC);

CREATE FUNCTION audit_helpdesk_sla_target_changes_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_helpdesk_sla_target_changes is append-only: % refused', TG_OP
    USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER audit_helpdesk_sla_target_changes_append_only
  BEFORE UPDATE OR DELETE ON audit_helpdesk_sla_target_changes
  FOR EACH ROW EXECUTE FUNCTION audit_helpdesk_sla_target_changes_refuse();
CREATE TRIGGER audit_helpdesk_sla_target_changes_no_truncate
  BEFORE TRUNCATE ON audit_helpdesk_sla_target_changes
  FOR EACH STATEMENT EXECUTE FUNCTION audit_helpdesk_sla_target_changes_refuse();
