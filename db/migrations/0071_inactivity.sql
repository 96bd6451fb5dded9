-- Suspension for inactivity (issue 23; Notifications 64/2561 and 94/2564): the warnings sent
-- 30 and 7 days before, and each suspension with the rule and the dates it used. A warning or a
-- suspension is keyed by the last activity it counts from, so each is made once whatever
-- crashes or instances run the sweep, and new activity starts a new count.

CREATE TABLE inactivity_warnings (
  registration_id uuid NOT NULL REFERENCES registrations (id),
  last_activity_at timestamptz NOT NULL,
  days_before smallint NOT NULL CHECK (days_before IN (30, 7)),
  due_at timestamptz NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (registration_id, last_activity_at, days_before)
);

CREATE TABLE inactivity_suspensions (
  registration_id uuid NOT NULL REFERENCES registrations (id),
  last_activity_at timestamptz NOT NULL,
  -- The rule as it stood: 'person' (months, default 6) or 'company' (default 24).
  rule text NOT NULL CHECK (rule IN ('inactivity.person', 'inactivity.company')),
  months smallint NOT NULL CHECK (months > 0),
  due_at timestamptz NOT NULL,
  suspended_at timestamptz NOT NULL,
  status_history_id uuid NOT NULL REFERENCES registration_status_history (id),
  PRIMARY KEY (registration_id, last_activity_at)
);

-- The sweep walks live registrations by their last activity.
CREATE INDEX registrations_active_last_activity_idx ON registrations (registrant_type, last_activity_at, id)
  WHERE status = 'ACTIVE';
