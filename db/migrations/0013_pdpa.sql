-- PDPA controls (docs/adr/0011-pdpa-controls.md): data-subject requests tracked against the
-- 30-day deadline of PDPA s.30, and the reminders the scheduled job has sent for each.

-- One request from a registrant: access, rectification, objection or erasure. details holds
-- the registrant's own words; retention clears it (and the outcome note) some time after the
-- request is closed, while kind and outcome stay for the record of processing (s.39).
CREATE TABLE data_subject_requests (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES natural_persons (id),
  kind text NOT NULL CHECK (kind IN ('access', 'rectification', 'objection', 'erasure')),
  details text NOT NULL CHECK (char_length(details) <= 2000),
  locale text NOT NULL DEFAULT 'th' CHECK (locale IN ('th', 'en')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  received_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  outcome text CHECK (outcome IN ('fulfilled', 'partly_fulfilled', 'refused')),
  outcome_note text CHECK (char_length(outcome_note) <= 2000),
  decided_by uuid REFERENCES officers (id),
  decided_at timestamptz,
  texts_cleared_at timestamptz,
  CONSTRAINT data_subject_requests_due_after_receipt CHECK (due_at > received_at),
  -- A closed request always says how, when and by whom; an open one says none of it.
  CONSTRAINT data_subject_requests_closed_has_outcome CHECK (
    (status = 'closed') = (outcome IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL)
  )
);
CREATE INDEX data_subject_requests_person_idx ON data_subject_requests (person_id, received_at DESC);
CREATE INDEX data_subject_requests_open_idx ON data_subject_requests (due_at) WHERE status = 'open';

-- One row per reminder stage sent for a request: the primary key makes a second sending of
-- the same stage (two instances, or a rerun) impossible.
CREATE TABLE data_subject_request_reminders (
  request_id uuid NOT NULL REFERENCES data_subject_requests (id),
  stage text NOT NULL CHECK (stage IN ('due_in_7_days', 'due_in_1_day', 'overdue')),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (request_id, stage)
);

