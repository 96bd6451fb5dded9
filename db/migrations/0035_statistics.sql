-- Public statistics (issue 18): running tallies of registrations and decisions, and the old
-- "Online Customs Registration" channel's historical rows imported by officers.
--
-- The tallies are kept by triggers in the same transaction as the rows they count, so a
-- published figure always equals the COUNT over the raw rows (a test checks it on both
-- engines), whichever code path writes the row (journeys, counter, imports, fixtures). Inserts
-- and deletes are counted per statement (one upsert per key, in key order, so two writers never
-- wait for each other in a cycle); a change of a counted column is counted per row (rare).
-- Every business date is the Asia/Bangkok calendar date of the instant.

-- The old channel: one row per historical registration, keyed by the channel's own
-- pseudonymous key (no personal data), so a second import of the same file adds nothing.
CREATE TABLE legacy_imports (
  id uuid PRIMARY KEY,
  officer_id uuid NOT NULL,
  file_name text NOT NULL,
  file_sha256 text NOT NULL,
  rows_read integer NOT NULL,
  rows_added integer NOT NULL,
  rows_known integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE legacy_registrations (
  key text PRIMARY KEY CHECK (key ~ '^[A-Za-z0-9_-]{6,64}$'),
  registered_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('importer_exporter', 'customs_broker')),
  import_id uuid NOT NULL REFERENCES legacy_imports (id)
);

-- Registrations per Bangkok day, party, kind and channel ('legacy' = the old channel; its party
-- is not known: 'unknown').
CREATE TABLE stat_registrations_daily (
  day date NOT NULL,
  party text NOT NULL CHECK (party IN ('person', 'company', 'unknown')),
  kind text NOT NULL CHECK (kind IN ('importer_exporter', 'customs_broker')),
  channel text NOT NULL CHECK (channel IN ('online', 'counter', 'legacy')),
  n bigint NOT NULL,
  PRIMARY KEY (day, party, kind, channel)
);

-- Decisions of person and company applications per Bangkok day of the decision.
CREATE TABLE stat_decisions_daily (
  day date NOT NULL,
  party text NOT NULL CHECK (party IN ('person', 'company')),
  channel text NOT NULL CHECK (channel IN ('online', 'counter')),
  outcome text NOT NULL CHECK (outcome IN ('approved', 'refused')),
  n bigint NOT NULL,
  PRIMARY KEY (day, party, channel, outcome)
);

-- The rules a refused decision failed (one count per failed rule per decision).
CREATE TABLE stat_refusal_rules_daily (
  day date NOT NULL,
  party text NOT NULL CHECK (party IN ('person', 'company')),
  rule text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (day, party, rule)
);

-- Time from the application's start to its decision, as a histogram of buckets (seconds; see
-- stat_duration_bucket), so that the median and the 90th percentile of any date range are exact
-- at the bucket's resolution without reading every decision.
CREATE TABLE stat_decision_durations_daily (
  day date NOT NULL,
  party text NOT NULL CHECK (party IN ('person', 'company')),
  channel text NOT NULL CHECK (channel IN ('online', 'counter')),
  bucket integer NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (day, party, channel, bucket)
);

-- The bucket of a duration, in seconds: the whole minute under an hour, the quarter-hour under a
-- day, the hour under 30 days, then the day. Published medians are bucket lower bounds.
CREATE FUNCTION stat_duration_bucket(seconds double precision) RETURNS integer
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN seconds < 0 THEN 0
    WHEN seconds < 3600 THEN (floor(seconds / 60) * 60)::integer
    WHEN seconds < 86400 THEN (floor(seconds / 900) * 900)::integer
    WHEN seconds < 2592000 THEN (floor(seconds / 3600) * 3600)::integer
    ELSE least(floor(seconds / 86400) * 86400, 2000000000)::integer
  END
$$;

CREATE FUNCTION stat_bangkok_day(at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE AS $$ SELECT (at AT TIME ZONE 'Asia/Bangkok')::date $$;

-- Registrations -------------------------------------------------------------------------------

CREATE FUNCTION stat_count_registrations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO stat_registrations_daily AS t (day, party, kind, channel, n)
      SELECT stat_bangkok_day(created_at), registrant_type, kind, channel, count(*)
      FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, party, kind, channel) DO UPDATE SET n = t.n + EXCLUDED.n;
  ELSE
    WITH gone AS (
      SELECT stat_bangkok_day(created_at) AS day, registrant_type AS party, kind, channel,
             count(*) AS n
      FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    )
    UPDATE stat_registrations_daily t SET n = t.n - gone.n FROM gone
      WHERE t.day = gone.day AND t.party = gone.party AND t.kind = gone.kind
        AND t.channel = gone.channel;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stat_registrations_inserted AFTER INSERT ON registrations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION stat_count_registrations();
CREATE TRIGGER stat_registrations_deleted AFTER DELETE ON registrations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION stat_count_registrations();

-- A counted column changed (no journey does this; a repair might): move the row's count.
CREATE FUNCTION stat_recount_registration() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE stat_registrations_daily SET n = n - 1
    WHERE day = stat_bangkok_day(OLD.created_at) AND party = OLD.registrant_type
      AND kind = OLD.kind AND channel = OLD.channel;
  INSERT INTO stat_registrations_daily AS t (day, party, kind, channel, n)
    VALUES (stat_bangkok_day(NEW.created_at), NEW.registrant_type, NEW.kind, NEW.channel, 1)
  ON CONFLICT (day, party, kind, channel) DO UPDATE SET n = t.n + 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stat_registrations_changed AFTER UPDATE ON registrations FOR EACH ROW
  WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at
     OR OLD.registrant_type IS DISTINCT FROM NEW.registrant_type
     OR OLD.kind IS DISTINCT FROM NEW.kind
     OR OLD.channel IS DISTINCT FROM NEW.channel)
  EXECUTE FUNCTION stat_recount_registration();

-- The old channel's rows are only ever inserted (an import) ------------------------------------

CREATE FUNCTION stat_count_legacy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stat_registrations_daily AS t (day, party, kind, channel, n)
    SELECT registered_on, 'unknown', kind, 'legacy', count(*)
    FROM new_rows GROUP BY 1, 3 ORDER BY 1, 3
  ON CONFLICT (day, party, kind, channel) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stat_legacy_inserted AFTER INSERT ON legacy_registrations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_count_legacy();

CREATE FUNCTION stat_legacy_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'legacy_registrations is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER legacy_registrations_append_only BEFORE UPDATE OR DELETE ON legacy_registrations
  FOR EACH ROW EXECUTE FUNCTION stat_legacy_append_only();

-- Decisions (person and company applications; grants of authority are not registrations) ------

CREATE FUNCTION stat_count_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (
      SELECT stat_bangkok_day(d.decided_at) AS day, a.kind AS party, a.channel, d.outcome,
             d.results, stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)) AS bucket
      FROM new_rows d JOIN applications a ON a.id = d.application_id
      WHERE a.kind IN ('person', 'company')
    )
  INSERT INTO stat_decisions_daily AS t (day, party, channel, outcome, n)
    SELECT day, party, channel, outcome, count(*) FROM c
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, party, channel, outcome) DO UPDATE SET n = t.n + EXCLUDED.n;

  WITH c AS (
      SELECT stat_bangkok_day(d.decided_at) AS day, a.kind AS party, a.channel, d.outcome,
             d.results, stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)) AS bucket
      FROM new_rows d JOIN applications a ON a.id = d.application_id
      WHERE a.kind IN ('person', 'company')
    )
  INSERT INTO stat_decision_durations_daily AS t (day, party, channel, bucket, n)
    SELECT day, party, channel, bucket, count(*) FROM c
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, party, channel, bucket) DO UPDATE SET n = t.n + EXCLUDED.n;

  WITH c AS (
      SELECT stat_bangkok_day(d.decided_at) AS day, a.kind AS party, a.channel, d.outcome,
             d.results, stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)) AS bucket
      FROM new_rows d JOIN applications a ON a.id = d.application_id
      WHERE a.kind IN ('person', 'company')
    )
  INSERT INTO stat_refusal_rules_daily AS t (day, party, rule, n)
    SELECT c.day, c.party, r.value ->> 'rule', count(*)
    FROM c, jsonb_array_elements(c.results) r
    WHERE c.outcome = 'refused' AND (r.value ->> 'passed') = 'false'
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, party, rule) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stat_decisions_inserted AFTER INSERT ON decisions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_count_decisions();

-- No journey deletes a decision; if anything ever does, its counts go with it.
CREATE FUNCTION stat_uncount_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (
      SELECT stat_bangkok_day(d.decided_at) AS day, a.kind AS party, a.channel, d.outcome,
             d.results, stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)) AS bucket
      FROM old_rows d JOIN applications a ON a.id = d.application_id
      WHERE a.kind IN ('person', 'company')
    )
  INSERT INTO stat_decisions_daily AS t (day, party, channel, outcome, n)
    SELECT day, party, channel, outcome, -count(*) FROM c
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, party, channel, outcome) DO UPDATE SET n = t.n + EXCLUDED.n;

  WITH c AS (
      SELECT stat_bangkok_day(d.decided_at) AS day, a.kind AS party, a.channel, d.outcome,
             d.results, stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)) AS bucket
      FROM old_rows d JOIN applications a ON a.id = d.application_id
      WHERE a.kind IN ('person', 'company')
    )
  INSERT INTO stat_decision_durations_daily AS t (day, party, channel, bucket, n)
    SELECT day, party, channel, bucket, -count(*) FROM c
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, party, channel, bucket) DO UPDATE SET n = t.n + EXCLUDED.n;

  WITH c AS (
      SELECT stat_bangkok_day(d.decided_at) AS day, a.kind AS party, a.channel, d.outcome,
             d.results, stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)) AS bucket
      FROM old_rows d JOIN applications a ON a.id = d.application_id
      WHERE a.kind IN ('person', 'company')
    )
  INSERT INTO stat_refusal_rules_daily AS t (day, party, rule, n)
    SELECT c.day, c.party, r.value ->> 'rule', -count(*)
    FROM c, jsonb_array_elements(c.results) r
    WHERE c.outcome = 'refused' AND (r.value ->> 'passed') = 'false'
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, party, rule) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stat_decisions_deleted AFTER DELETE ON decisions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_uncount_decisions();

-- What existed before this migration ----------------------------------------------------------

INSERT INTO stat_registrations_daily (day, party, kind, channel, n)
  SELECT stat_bangkok_day(created_at), registrant_type, kind, channel, count(*)
  FROM registrations GROUP BY 1, 2, 3, 4;

INSERT INTO stat_decisions_daily (day, party, channel, outcome, n)
  SELECT stat_bangkok_day(d.decided_at), a.kind, a.channel, d.outcome, count(*)
  FROM decisions d JOIN applications a ON a.id = d.application_id
  WHERE a.kind IN ('person', 'company') GROUP BY 1, 2, 3, 4;

INSERT INTO stat_decision_durations_daily (day, party, channel, bucket, n)
  SELECT stat_bangkok_day(d.decided_at), a.kind, a.channel,
         stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)), count(*)
  FROM decisions d JOIN applications a ON a.id = d.application_id
  WHERE a.kind IN ('person', 'company') GROUP BY 1, 2, 3, 4;

INSERT INTO stat_refusal_rules_daily (day, party, rule, n)
  SELECT stat_bangkok_day(d.decided_at), a.kind, r.value ->> 'rule', count(*)
  FROM decisions d JOIN applications a ON a.id = d.application_id,
       jsonb_array_elements(d.results) r
  WHERE a.kind IN ('person', 'company') AND d.outcome = 'refused'
    AND (r.value ->> 'passed') = 'false'
  GROUP BY 1, 2, 3;
