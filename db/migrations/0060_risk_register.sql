-- Issue 21: the corruption-risk register and the agency's report generated from live data.
--
-- A register belongs to a Thai fiscal year (1 Oct – 30 Sep, Buddhist Era: FY 2566 = Oct 2022 –
-- Sep 2023) and a round (plan, 6-month follow-up, year-end); the ITA year, item code and title
-- are data. The risk matrix is data too (likelihood × impact → a named, coloured level), kept
-- per register so that copying last year's register copies its matrix and a change of one year's
-- cut-offs never rewrites another's. Levels are computed from the matrix when the report is made;
-- a published report is a frozen snapshot of every text and figure.

CREATE TABLE risk_registers (
  id uuid PRIMARY KEY,
  fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2500 AND 2700),
  round text NOT NULL CHECK (round IN ('plan', 'six_month', 'year_end')),
  title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  ita_year integer CHECK (ita_year BETWEEN 2500 AND 2700),
  ita_item_code text CHECK (ita_item_code ~ '^[A-Z][0-9]{1,3}$'),
  ita_title_th text CHECK (length(ita_title_th) <= 300),
  ita_title_en text CHECK (length(ita_title_en) <= 300),
  -- The scales: likelihood 1..likelihood_max and impact 1..impact_max.
  likelihood_max integer NOT NULL DEFAULT 5 CHECK (likelihood_max BETWEEN 2 AND 10),
  impact_max integer NOT NULL DEFAULT 5 CHECK (impact_max BETWEEN 2 AND 10),
  copied_from uuid REFERENCES risk_registers (id),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT risk_registers_year_round UNIQUE (fiscal_year, round, title_th)
);

-- The named, coloured levels of a register's matrix, lowest rank first.
CREATE TABLE risk_levels (
  register_id uuid NOT NULL REFERENCES risk_registers (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z_]{0,19}$'),
  rank integer NOT NULL CHECK (rank BETWEEN 1 AND 10),
  name_th text NOT NULL CHECK (length(name_th) BETWEEN 1 AND 50),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 50),
  colour text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
  PRIMARY KEY (register_id, code),
  UNIQUE (register_id, rank)
);

-- The matrix: one level per cell of likelihood × impact.
CREATE TABLE risk_matrix_cells (
  register_id uuid NOT NULL REFERENCES risk_registers (id) ON DELETE CASCADE,
  likelihood integer NOT NULL CHECK (likelihood BETWEEN 1 AND 10),
  impact integer NOT NULL CHECK (impact BETWEEN 1 AND 10),
  level_code text NOT NULL,
  PRIMARY KEY (register_id, likelihood, impact),
  FOREIGN KEY (register_id, level_code) REFERENCES risk_levels (register_id, code)
);

-- The services a register covers, and their process steps in order.
CREATE TABLE risk_services (
  id uuid PRIMARY KEY,
  register_id uuid NOT NULL REFERENCES risk_registers (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name_th text NOT NULL CHECK (length(name_th) BETWEEN 1 AND 300),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
  UNIQUE (register_id, position)
);

CREATE TABLE risk_steps (
  id uuid PRIMARY KEY,
  service_id uuid NOT NULL REFERENCES risk_services (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 500),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 500),
  -- The step's results as a template filled from the register's indicators ({key}, {key.asOf}).
  result_th text NOT NULL DEFAULT '' CHECK (length(result_th) <= 8000),
  result_en text NOT NULL DEFAULT '' CHECK (length(result_en) <= 8000),
  UNIQUE (service_id, position)
);

-- Risk events of a step: inherent and residual likelihood × impact on the register's scales.
CREATE TABLE risk_events (
  id uuid PRIMARY KEY,
  step_id uuid NOT NULL REFERENCES risk_steps (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text_th text NOT NULL CHECK (length(text_th) BETWEEN 1 AND 2000),
  text_en text NOT NULL CHECK (length(text_en) BETWEEN 1 AND 2000),
  likelihood integer NOT NULL CHECK (likelihood BETWEEN 1 AND 10),
  impact integer NOT NULL CHECK (impact BETWEEN 1 AND 10),
  residual_likelihood integer CHECK (residual_likelihood BETWEEN 1 AND 10),
  residual_impact integer CHECK (residual_impact BETWEEN 1 AND 10),
  owner_unit text NOT NULL DEFAULT '' CHECK (length(owner_unit) <= 200),
  treatment text NOT NULL DEFAULT 'reduce' CHECK (treatment IN ('reduce', 'accept', 'avoid', 'transfer')),
  UNIQUE (step_id, position)
);

-- Control measures of a step (for its risks): text, owner unit, status, due date, evidence
-- links, and the measure's own results (a template, as the step's).
CREATE TABLE risk_controls (
  id uuid PRIMARY KEY,
  step_id uuid NOT NULL REFERENCES risk_steps (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text_th text NOT NULL CHECK (length(text_th) BETWEEN 1 AND 2000),
  text_en text NOT NULL CHECK (length(text_en) BETWEEN 1 AND 2000),
  owner_unit text NOT NULL DEFAULT '' CHECK (length(owner_unit) <= 200),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
  due_on date,
  evidence jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
  result_th text NOT NULL DEFAULT '' CHECK (length(result_th) <= 8000),
  result_en text NOT NULL DEFAULT '' CHECK (length(result_en) <= 8000),
  UNIQUE (step_id, position)
);

-- Indicators bound to a live metric the portal computes, with its parameters; templates name
-- them by key.
CREATE TABLE risk_indicators (
  register_id uuid NOT NULL REFERENCES risk_registers (id) ON DELETE CASCADE,
  key text NOT NULL CHECK (key ~ '^[a-z][a-zA-Z0-9]{0,30}$'),
  metric text NOT NULL CHECK (metric IN ('registrations', 'satisfaction', 'ethics', 'document', 'tickets')),
  params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(params) = 'object'),
  PRIMARY KEY (register_id, key)
);

-- A report: approved by a named officer (time, memo reference) with its figures frozen in the
-- snapshot, then published at /reports/<id>. A new version is a new report; a report's
-- snapshot never changes.
CREATE TABLE risk_reports (
  id uuid PRIMARY KEY,
  register_id uuid NOT NULL REFERENCES risk_registers (id),
  version integer NOT NULL CHECK (version >= 1),
  snapshot jsonb NOT NULL,
  approved_by uuid NOT NULL,
  approver_name text NOT NULL CHECK (length(approver_name) BETWEEN 1 AND 200),
  approved_at timestamptz NOT NULL,
  memo_reference text NOT NULL CHECK (length(memo_reference) BETWEEN 1 AND 100),
  published_at timestamptz,
  published_by uuid,
  UNIQUE (register_id, version)
);
CREATE INDEX risk_reports_published_idx ON risk_reports (published_at) WHERE published_at IS NOT NULL;

-- A report's snapshot and approval are records: only its publication may be set, once.
CREATE FUNCTION risk_reports_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'risk_reports: DELETE refused' USING ERRCODE = '42501';
  END IF;
  IF NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.approved_by IS DISTINCT FROM OLD.approved_by
     OR NEW.approved_at IS DISTINCT FROM OLD.approved_at OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.memo_reference IS DISTINCT FROM OLD.memo_reference OR NEW.register_id IS DISTINCT FROM OLD.register_id
     OR OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION 'risk_reports: a report is frozen' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER risk_reports_frozen BEFORE UPDATE OR DELETE ON risk_reports
  FOR EACH ROW EXECUTE FUNCTION risk_reports_guard();
