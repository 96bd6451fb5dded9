-- Customs brokers (issue 24): a person or company with an ACTIVE importer/exporter registration
-- applies to be a customs broker; the automatic decision checks the published rules against
-- the licence registry. Every decision is a row here (its id is the receipt's decision id); an
-- approval also makes a registrations row of kind 'customs_broker' for 3 years.
CREATE TABLE broker_decisions (
  id uuid PRIMARY KEY,
  -- The importer/exporter registration the application was made on.
  base_registration_id uuid NOT NULL REFERENCES registrations (id),
  registrant_type text NOT NULL CHECK (registrant_type IN ('person', 'company')),
  person_id uuid REFERENCES natural_persons (id),
  juristic_person_id uuid REFERENCES juristic_persons (id),
  -- Who applied: the person themselves, or a director acting for the company.
  applicant_person_id uuid NOT NULL REFERENCES natural_persons (id),
  reference text NOT NULL UNIQUE,
  licence_number text NOT NULL CHECK (licence_number ~ '^CB[0-9]{9}$'),
  registry_source text NOT NULL CHECK (registry_source IN ('synthetic', 'http')),
  rule_set_id text NOT NULL,
  rule_set_version text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'refused')),
  results jsonb NOT NULL,
  registration_id uuid UNIQUE REFERENCES registrations (id),
  receipt_id text NOT NULL,
  -- The form's one-time key: the same form posted twice finds its decision, never a second one.
  submit_key text NOT NULL UNIQUE CHECK (submit_key ~ '^[A-Za-z0-9_-]{43}$'),
  decided_at timestamptz NOT NULL,
  CHECK ((registrant_type = 'person') = (person_id IS NOT NULL)),
  CHECK ((registrant_type = 'company') = (juristic_person_id IS NOT NULL)),
  CHECK ((outcome = 'approved') = (registration_id IS NOT NULL))
);
CREATE INDEX broker_decisions_base_idx ON broker_decisions (base_registration_id, decided_at DESC);
