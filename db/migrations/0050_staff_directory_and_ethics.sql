-- Issue 20: the agency's staff directory (every officer, not only back-office users) and its
-- units tree, imported from HR with history; the code of ethics and the data-protection policy
-- as new kinds of published document; acknowledgement campaigns with an audience frozen at
-- launch, one signature per officer per campaign, and reminders sent once per due date.

-- Published documents: two new kinds. Their versions carry the date they take effect and the
-- SHA-256 of the text the officer reads, which each signature stores.
ALTER TABLE documents DROP CONSTRAINT documents_kind_check;
ALTER TABLE documents ADD CONSTRAINT documents_kind_check
  CHECK (kind IN ('terms', 'privacy', 'ethics_code', 'policy'));
ALTER TABLE documents ADD COLUMN effective_on date;
ALTER TABLE documents ADD COLUMN content_sha256 text CHECK (content_sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE documents ADD CONSTRAINT documents_versioned_kinds_complete
  CHECK (kind IN ('terms', 'privacy') OR (effective_on IS NOT NULL AND content_sha256 IS NOT NULL));

-- The units tree: department → bureau → division / office / customs house.
CREATE TABLE staff_units (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9._-]{0,19}$'),
  name_th text NOT NULL CHECK (length(name_th) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  -- Checked at the end of the import's transaction: a file may list a child before its parent.
  parent_code text REFERENCES staff_units (code) DEFERRABLE INITIALLY DEFERRED,
  kind text NOT NULL CHECK (kind IN ('department', 'bureau', 'division', 'office', 'customs_house')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (parent_code IS DISTINCT FROM code)
);
CREATE INDEX staff_units_parent_idx ON staff_units (parent_code);

-- Every officer of the agency, as HR last said. A leaver stays, with status 'left'.
CREATE TABLE staff_members (
  staff_number text PRIMARY KEY CHECK (staff_number ~ '^[0-9A-Z]{3,12}$'),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  position text NOT NULL CHECK (length(position) BETWEEN 1 AND 200),
  unit_code text NOT NULL REFERENCES staff_units (code),
  email text CHECK (email = lower(email) AND length(email) <= 254),
  status text NOT NULL CHECK (status IN ('active', 'on_leave', 'left')),
  start_date date NOT NULL,
  -- SHA-256 of the row as imported: an unchanged row is recognised without comparing columns.
  row_sha256 text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_members_unit_idx ON staff_members (unit_code);

-- What each import changed for an officer: joined, moved unit, left, came back, other details.
CREATE TABLE staff_member_history (
  id uuid PRIMARY KEY,
  staff_number text NOT NULL REFERENCES staff_members (staff_number),
  change text NOT NULL CHECK (change IN ('joined', 'moved', 'left', 'returned', 'updated')),
  unit_from text,
  unit_to text,
  status_from text,
  status_to text,
  import_id uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_member_history_member_idx ON staff_member_history (staff_number, changed_at);

-- An acknowledgement campaign, launched when created: the code version, the window (Asia/Bangkok
-- dates, both days included), the wording of the acknowledgement and the reminder schedule.
CREATE TABLE ethics_campaigns (
  id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents (id),
  title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 200),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  method_th text NOT NULL CHECK (length(method_th) BETWEEN 1 AND 200),
  method_en text NOT NULL CHECK (length(method_en) BETWEEN 1 AND 200),
  -- Reminders: every N days from the start, and N days before the end (NULL: none).
  remind_every_days integer CHECK (remind_every_days BETWEEN 1 AND 60),
  remind_days_before_end integer CHECK (remind_days_before_end BETWEEN 1 AND 60),
  launched_by uuid NOT NULL,
  launched_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);

CREATE TABLE ethics_campaign_units (
  campaign_id uuid NOT NULL REFERENCES ethics_campaigns (id),
  unit_code text NOT NULL REFERENCES staff_units (code),
  PRIMARY KEY (campaign_id, unit_code)
);

-- The audience frozen at launch, each officer in the unit they were in then: the denominator.
CREATE TABLE ethics_campaign_audience (
  campaign_id uuid NOT NULL REFERENCES ethics_campaigns (id),
  staff_number text NOT NULL REFERENCES staff_members (staff_number),
  unit_code text NOT NULL REFERENCES staff_units (code),
  PRIMARY KEY (campaign_id, staff_number)
);
CREATE INDEX ethics_campaign_audience_unit_idx ON ethics_campaign_audience (campaign_id, unit_code);

-- One signature per officer per campaign; what was signed is the version's hash.
CREATE TABLE ethics_signatures (
  id uuid PRIMARY KEY,
  campaign_id uuid NOT NULL REFERENCES ethics_campaigns (id),
  staff_number text NOT NULL REFERENCES staff_members (staff_number),
  signed_at timestamptz NOT NULL,
  method text NOT NULL,
  document_id uuid NOT NULL REFERENCES documents (id),
  content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
  -- The officer's unit when they signed (a joiner's unit, since they are not in the snapshot).
  unit_code text NOT NULL,
  CONSTRAINT ethics_signatures_once UNIQUE (campaign_id, staff_number)
);

-- Each reminder date of a campaign is sent once, whatever the number of instances or retries.
CREATE TABLE ethics_reminder_runs (
  campaign_id uuid NOT NULL REFERENCES ethics_campaigns (id),
  due_on date NOT NULL,
  recipients integer NOT NULL CHECK (recipients >= 0),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (campaign_id, due_on)
);

-- The snapshot and the signatures are records: never changed, never deleted.
CREATE FUNCTION ethics_records_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER ethics_campaign_audience_guard BEFORE UPDATE OR DELETE ON ethics_campaign_audience
  FOR EACH ROW EXECUTE FUNCTION ethics_records_guard();
CREATE TRIGGER ethics_signatures_guard BEFORE UPDATE OR DELETE ON ethics_signatures
  FOR EACH ROW EXECUTE FUNCTION ethics_records_guard();
