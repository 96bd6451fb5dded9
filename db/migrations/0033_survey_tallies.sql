-- Running tallies of the survey (results for a year stay fast as responses grow). Kept by
-- statement triggers in the same transaction as the rows they count, so a tally always equals
-- the COUNT over the raw rows (a test checks it on both engines). Raw rows are append-only.
-- struggled_step '' stands for none (a primary key column cannot be NULL). Each trigger updates
-- its tally rows in key order, so two answers stored at once never wait for each other in a cycle.

CREATE TABLE survey_invitation_tallies (
  month text NOT NULL,
  journey_kind text NOT NULL,
  channel text NOT NULL,
  invited bigint NOT NULL,
  PRIMARY KEY (month, journey_kind, channel)
);

CREATE TABLE survey_response_tallies (
  month text NOT NULL,
  journey_kind text NOT NULL,
  channel text NOT NULL,
  struggled_step text NOT NULL,
  survey_version integer NOT NULL,
  responses bigint NOT NULL,
  comments bigint NOT NULL,
  PRIMARY KEY (month, journey_kind, channel, struggled_step, survey_version)
);

-- level 0: "no opinion".
CREATE TABLE survey_answer_tallies (
  month text NOT NULL,
  journey_kind text NOT NULL,
  channel text NOT NULL,
  struggled_step text NOT NULL,
  survey_version integer NOT NULL,
  question text NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 0 AND 5),
  answers bigint NOT NULL,
  PRIMARY KEY (month, journey_kind, channel, struggled_step, survey_version, question, level)
);

CREATE FUNCTION survey_tally_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO survey_invitation_tallies AS t (month, journey_kind, channel, invited)
    SELECT month, journey_kind, channel, count(*) FROM new_rows
    GROUP BY month, journey_kind, channel
    ORDER BY 1, 2, 3
  ON CONFLICT (month, journey_kind, channel)
    DO UPDATE SET invited = t.invited + EXCLUDED.invited;
  RETURN NULL;
END;
$$;
CREATE TRIGGER survey_invitations_tally AFTER INSERT ON survey_invitations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_invitations();

CREATE FUNCTION survey_tally_responses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO survey_response_tallies AS t
      (month, journey_kind, channel, struggled_step, survey_version, responses, comments)
    SELECT month, journey_kind, channel, coalesce(struggled_step, ''), survey_version,
           count(*), count(comment)
    FROM new_rows
    GROUP BY month, journey_kind, channel, coalesce(struggled_step, ''), survey_version
    ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (month, journey_kind, channel, struggled_step, survey_version)
    DO UPDATE SET responses = t.responses + EXCLUDED.responses,
                  comments = t.comments + EXCLUDED.comments;
  RETURN NULL;
END;
$$;
CREATE TRIGGER survey_responses_tally AFTER INSERT ON survey_responses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_responses();

CREATE FUNCTION survey_tally_answers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO survey_answer_tallies AS t
      (month, journey_kind, channel, struggled_step, survey_version, question, level, answers)
    SELECT r.month, r.journey_kind, r.channel, coalesce(r.struggled_step, ''), r.survey_version,
           a.question, coalesce(a.level, 0), count(*)
    FROM new_rows a JOIN survey_responses r ON r.id = a.response_id
    GROUP BY r.month, r.journey_kind, r.channel, coalesce(r.struggled_step, ''), r.survey_version,
             a.question, coalesce(a.level, 0)
    ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (month, journey_kind, channel, struggled_step, survey_version, question, level)
    DO UPDATE SET answers = t.answers + EXCLUDED.answers;
  RETURN NULL;
END;
$$;
CREATE TRIGGER survey_answers_tally AFTER INSERT ON survey_answers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_answers();
