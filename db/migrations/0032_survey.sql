-- The satisfaction survey (src/features/survey). Anonymity by design: an invitation belongs to
-- a finished journey (it is personal data); a response keeps only its invitation's month,
-- journey type, channel and struggled step, and the survey version — never the invitation, the
-- registrant or an exact time, and its id is random (v4), not time-ordered.

-- Versions of the questions (Thai and English). A published version is never changed: an edit
-- makes the next version, and each response says which version it answered.
CREATE TABLE survey_versions (
  version integer PRIMARY KEY CHECK (version > 0),
  -- [{ "id": "ease", "th": "…", "en": "…" }, …]: ids stay the same across versions when the
  -- question means the same.
  questions jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) BETWEEN 1 AND 20),
  -- "How easy was {step}?" in both languages, asked when the journey struggled on a step.
  step_question jsonb NOT NULL CHECK (jsonb_typeof(step_question) = 'object'),
  allow_no_opinion boolean NOT NULL,
  allow_comment boolean NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid,
  note text CHECK (char_length(note) <= 500)
);

CREATE FUNCTION survey_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER survey_versions_append_only BEFORE UPDATE OR DELETE ON survey_versions
  FOR EACH ROW EXECUTE FUNCTION survey_refuse_change();

INSERT INTO survey_versions (version, questions, step_question, allow_no_opinion, allow_comment, note)
VALUES (1, '[
  {"id": "ease", "th": "การลงทะเบียนผ่านระบบใช้งานง่ายเพียงใด", "en": "How easy was it to register through the portal?"},
  {"id": "clarity", "th": "คำอธิบายและข้อความบนหน้าจอชัดเจนเพียงใด", "en": "How clear were the explanations and messages on the screens?"},
  {"id": "speed", "th": "ท่านพึงพอใจกับเวลาที่ใช้จนได้รับผลการลงทะเบียนเพียงใด", "en": "How satisfied are you with the time it took to get the result?"},
  {"id": "overall", "th": "ความพึงพอใจโดยรวมต่อบริการลงทะเบียน", "en": "Overall, how satisfied are you with the registration service?"}
]', '{"th": "ขั้นตอน \"{step}\" ใช้งานง่ายเพียงใด", "en": "How easy was the step \"{step}\"?"}',
  true, true, 'ฉบับเริ่มต้น / first version');

-- One invitation per finished journey. The link's token is kept only as its SHA-256; used_at is
-- set once, in the transaction that stores the answer (a second answer finds it used).
CREATE TABLE survey_invitations (
  id uuid PRIMARY KEY,
  journey_id uuid NOT NULL UNIQUE,
  token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
  journey_kind text NOT NULL CHECK (journey_kind IN ('person', 'company')),
  channel text NOT NULL CHECK (channel IN ('online', 'counter')),
  struggled_step text CHECK (char_length(struggled_step) <= 40),
  -- The Asia/Bangkok month the journey finished: the response keeps it, and rates compare it.
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX survey_invitations_month_idx ON survey_invitations (month);

-- Once used, an invitation stays used: no update may clear or move used_at.
CREATE FUNCTION survey_invitation_used_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.used_at IS NOT NULL AND NEW.used_at IS DISTINCT FROM OLD.used_at THEN
    RAISE EXCEPTION 'survey invitation already used' USING ERRCODE = '23505';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER survey_invitations_used_once BEFORE UPDATE ON survey_invitations
  FOR EACH ROW EXECUTE FUNCTION survey_invitation_used_once();

CREATE TABLE survey_responses (
  id uuid PRIMARY KEY,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  journey_kind text NOT NULL CHECK (journey_kind IN ('person', 'company')),
  channel text NOT NULL CHECK (channel IN ('online', 'counter')),
  struggled_step text CHECK (char_length(struggled_step) <= 40),
  survey_version integer NOT NULL REFERENCES survey_versions (version),
  -- Screened before storing: national IDs, e-mail addresses and phone numbers masked.
  comment text CHECK (char_length(comment) <= 2000)
);
CREATE INDEX survey_responses_month_idx ON survey_responses (month);

-- One row per question answered; level 1 (น้อยที่สุด) … 5 (มากที่สุด), NULL for "no opinion".
-- question 'step' is the struggled step's question (the response names the step).
CREATE TABLE survey_answers (
  response_id uuid NOT NULL REFERENCES survey_responses (id),
  question text NOT NULL CHECK (question ~ '^[a-z][a-z0-9_]{0,39}$'),
  level smallint CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (response_id, question)
);
CREATE TRIGGER survey_responses_append_only BEFORE UPDATE OR DELETE ON survey_responses
  FOR EACH ROW EXECUTE FUNCTION survey_refuse_change();
CREATE TRIGGER survey_answers_append_only BEFORE UPDATE OR DELETE ON survey_answers
  FOR EACH ROW EXECUTE FUNCTION survey_refuse_change();
