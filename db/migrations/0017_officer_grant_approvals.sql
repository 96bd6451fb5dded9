-- Officers' e-mail addresses, and a second administrator's approval of every sensitive grant
-- (issue 15, finding 2). Enrolment links go to the officer's address through the outbox and are
-- never shown to the administrator; a role that reveals personal data, acts at the counter or
-- administers accounts, and any change of address, waits in officer_grant_requests until an
-- administrator who neither asked for it nor is its subject approves it.

-- Officers created before this migration have no address: an administrator asks for one, and a
-- second administrator approves it, before a new enrolment link can be sent.
ALTER TABLE officers ADD COLUMN email text
  CHECK (email = lower(email) AND length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$');
-- Who confirmed the address as the officer's own: a second administrator, or NULL with a time
-- when the command line made the account (break-glass, audited).
ALTER TABLE officers ADD COLUMN email_confirmed_by uuid REFERENCES officers (id);
ALTER TABLE officers ADD COLUMN email_confirmed_at timestamptz;
ALTER TABLE officers ADD CONSTRAINT officers_email_confirmed_by_other
  CHECK (email_confirmed_by IS NULL OR (email_confirmed_by <> id AND email_confirmed_at IS NOT NULL));
-- One mailbox, one account: two accounts on one address would let one person enrol both.
CREATE UNIQUE INDEX officers_email_idx ON officers (email);

-- Who approved a role that needed a second administrator (NULL for roles one may grant alone).
ALTER TABLE officer_roles ADD COLUMN approved_by uuid REFERENCES officers (id);
ALTER TABLE officer_roles ADD CONSTRAINT officer_roles_four_eyes
  CHECK (approved_by IS NULL OR (approved_by <> officer_id AND approved_by IS DISTINCT FROM granted_by));

CREATE TABLE officer_grant_requests (
  id uuid PRIMARY KEY,
  officer_id uuid NOT NULL REFERENCES officers (id),
  -- The sensitive roles to add (a JSON array; empty when only the address changes).
  roles jsonb NOT NULL CHECK (jsonb_typeof(roles) = 'array'),
  -- The address the approver confirms as the officer's own; the officer's address once approved.
  email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
  -- The officer's address when the request was made (NULL for a new officer or none before).
  email_before text,
  requested_by uuid NOT NULL REFERENCES officers (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  -- superseded: the administrator asked for something else for the same officer before a decision.
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'declined', 'superseded')),
  decided_by uuid REFERENCES officers (id),
  decided_at timestamptz,
  -- Nobody asks for their own account.
  CONSTRAINT officer_grant_requests_not_own CHECK (requested_by <> officer_id),
  -- Four eyes: the approver is neither the one who asked nor the officer who receives it.
  CONSTRAINT officer_grant_requests_four_eyes CHECK (
    status <> 'approved' OR (decided_by <> requested_by AND decided_by <> officer_id)
  ),
  CONSTRAINT officer_grant_requests_subject_never_decides CHECK (decided_by <> officer_id),
  CONSTRAINT officer_grant_requests_decided CHECK (
    (status = 'pending') = (decided_by IS NULL AND decided_at IS NULL)
  ),
  CONSTRAINT officer_grant_requests_something CHECK (
    jsonb_array_length(roles) > 0 OR email_before IS DISTINCT FROM email
  )
);
-- One open request per officer: a new one supersedes the old.
CREATE UNIQUE INDEX officer_grant_requests_one_pending ON officer_grant_requests (officer_id)
  WHERE status = 'pending';
CREATE INDEX officer_grant_requests_pending_idx ON officer_grant_requests (requested_at)
  WHERE status = 'pending';

-- What was asked, by whom, and a decided request's outcome never change; nothing is deleted.
CREATE FUNCTION officer_grant_requests_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'officer_grant_requests: DELETE refused' USING ERRCODE = '42501';
  END IF;
  IF NEW.officer_id IS DISTINCT FROM OLD.officer_id
     OR NEW.roles IS DISTINCT FROM OLD.roles
     OR NEW.email IS DISTINCT FROM OLD.email
     OR NEW.email_before IS DISTINCT FROM OLD.email_before
     OR NEW.requested_by IS DISTINCT FROM OLD.requested_by
     OR NEW.requested_at IS DISTINCT FROM OLD.requested_at
     OR (OLD.status <> 'pending' AND (
       NEW.status IS DISTINCT FROM OLD.status
       OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
       OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
     )) THEN
    RAISE EXCEPTION 'officer_grant_requests: a request or its decision cannot change'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER officer_grant_requests_guard
  BEFORE UPDATE OR DELETE ON officer_grant_requests
  FOR EACH ROW EXECUTE FUNCTION officer_grant_requests_guard();
