-- Settings that shape published figures (the survey's top-2-box base, the rounding of
-- percentages, …): one row per setting that an officer has changed; a setting without a row
-- has the default its feature declares in code (src/features/settings, defineSetting).
-- `version` counts the changes, so that an edit made on a stale page is refused, not lost.
CREATE TABLE settings (
  key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$' AND char_length(key) <= 100),
  value jsonb NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL
);

-- Every change: who, when, the value before (the default when the setting had no row) and
-- after, and why. Append-only like the audit trail (named audit_* so that the application
-- role has no UPDATE, DELETE or TRUNCATE on it; a trigger refuses them on both engines).
CREATE TABLE audit_setting_changes (
  id uuid PRIMARY KEY,
  key text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  old_value jsonb NOT NULL,
  old_was_default boolean NOT NULL,
  new_value jsonb NOT NULL,
  changed_by uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 5 AND 500),
  UNIQUE (key, version)
);

CREATE FUNCTION audit_setting_changes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_setting_changes is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER audit_setting_changes_append_only
  BEFORE UPDATE OR DELETE ON audit_setting_changes
  FOR EACH ROW EXECUTE FUNCTION audit_setting_changes_refuse_change();
CREATE TRIGGER audit_setting_changes_no_truncate
  BEFORE TRUNCATE ON audit_setting_changes
  FOR EACH STATEMENT EXECUTE FUNCTION audit_setting_changes_refuse_change();
