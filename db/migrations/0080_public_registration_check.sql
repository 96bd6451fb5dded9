-- Public registration check (issue 24, ADR 19): a person chooses whether the public check may
-- show their registrations. Every choice is a row (the newest one counts), so the history of
-- the choice is kept; a person with no row is not listed. Companies are always listed.
CREATE TABLE public_listing_choices (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES natural_persons (id),
  listed boolean NOT NULL,
  chosen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX public_listing_choices_person_idx ON public_listing_choices (person_id, chosen_at DESC, id DESC);

-- The check reads a company's registrations whatever their status (cancelled and expired too);
-- the unique index on live ones does not cover those.
CREATE INDEX registrations_company_idx ON registrations (juristic_person_id, created_at DESC)
  WHERE juristic_person_id IS NOT NULL;
