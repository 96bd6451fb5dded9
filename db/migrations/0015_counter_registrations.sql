-- The one manual path (docs/adr/0012-counter-registration.md): a person who cannot use eKYC
-- registers at a customs counter. One registry officer enters what the documents show (maker),
-- a second, different officer confirms or rejects it (checker). No automatic decision is made,
-- approved, refused or changed here: a confirmed entry creates a registration of channel
-- 'counter' with no application and no decision, and a profile of source 'counter'.

CREATE TABLE counter_registrations (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  -- The person as the officer typed them from the ID card; the ID itself only encrypted.
  national_id_hmac bytea NOT NULL,
  national_id_enc bytea NOT NULL,
  national_id_enc_key_id text NOT NULL,
  title_th text,
  first_name_th text NOT NULL,
  middle_name_th text,
  last_name_th text NOT NULL,
  title_en text,
  first_name_en text,
  middle_name_en text,
  last_name_en text,
  birth_date date NOT NULL,
  id_card_address jsonb NOT NULL,
  email text NOT NULL,
  mobile text NOT NULL,
  -- The originals the maker saw, from a fixed list; the national ID card is always one.
  documents jsonb NOT NULL CHECK (
    jsonb_typeof(documents) = 'array' AND documents @> '["id_card"]'::jsonb AND
    documents <@ '["id_card", "house_registration", "name_change", "other_official"]'::jsonb
  ),
  -- Why eKYC could not be used: kept for oversight of how often the manual path is taken.
  ekyc_reason text NOT NULL
    CHECK (ekyc_reason IN ('no_smartphone', 'no_bank_account', 'ekyc_failed', 'disability', 'other')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  entered_by uuid NOT NULL REFERENCES officers (id),
  entered_at timestamptz NOT NULL DEFAULT now(),
  checked_by uuid REFERENCES officers (id),
  checked_at timestamptz,
  rejection_reason text CHECK (char_length(rejection_reason) <= 500),
  person_id uuid REFERENCES natural_persons (id),
  registration_id uuid UNIQUE REFERENCES registrations (id),
  -- Four eyes: the checker is never the maker, whatever route or statement tries.
  CONSTRAINT counter_registrations_four_eyes CHECK (checked_by IS NULL OR checked_by <> entered_by),
  CONSTRAINT counter_registrations_checked CHECK (
    (status = 'pending') = (checked_by IS NULL AND checked_at IS NULL)
  ),
  CONSTRAINT counter_registrations_confirmed CHECK (
    (status = 'confirmed') = (registration_id IS NOT NULL AND person_id IS NOT NULL)
  ),
  CONSTRAINT counter_registrations_rejected CHECK (
    (status = 'rejected') = (rejection_reason IS NOT NULL)
  )
);
-- One entry waiting for a checker per person.
CREATE UNIQUE INDEX counter_registrations_one_pending ON counter_registrations (national_id_hmac)
  WHERE status = 'pending';
CREATE INDEX counter_registrations_status_idx ON counter_registrations (status, entered_at DESC);
CREATE INDEX counter_registrations_person_idx ON counter_registrations (person_id);

-- What was entered, by whom and when, and how it was decided, never changes afterwards; a
-- decided entry stays decided. (Retention may still clear the typed personal fields.)
CREATE FUNCTION counter_registrations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'counter_registrations: DELETE refused' USING ERRCODE = '42501';
  END IF;
  IF NEW.entered_by IS DISTINCT FROM OLD.entered_by
     OR NEW.entered_at IS DISTINCT FROM OLD.entered_at
     OR NEW.national_id_hmac IS DISTINCT FROM OLD.national_id_hmac
     OR NEW.reference IS DISTINCT FROM OLD.reference
     OR (OLD.status <> 'pending' AND (
       NEW.status IS DISTINCT FROM OLD.status
       OR NEW.checked_by IS DISTINCT FROM OLD.checked_by
       OR NEW.checked_at IS DISTINCT FROM OLD.checked_at
       OR NEW.registration_id IS DISTINCT FROM OLD.registration_id
       OR NEW.person_id IS DISTINCT FROM OLD.person_id
       OR NEW.rejection_reason IS DISTINCT FROM OLD.rejection_reason))
  THEN
    RAISE EXCEPTION 'counter_registrations: the entry and its decision are fixed' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER counter_registrations_guard
  BEFORE UPDATE OR DELETE ON counter_registrations
  FOR EACH ROW EXECUTE FUNCTION counter_registrations_guard();
