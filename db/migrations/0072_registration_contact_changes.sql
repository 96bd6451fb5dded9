-- A registration's contact details changed by its registrant (issue 23): e-mail (confirmed by a
-- code sent to the new address), mobile and mailing address. Every change keeps the old value
-- beside the new one, so the history of the contact details is never lost.

CREATE TABLE registration_contact_changes (
  id uuid PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  field text NOT NULL CHECK (field IN ('email', 'mobile', 'mailing_address')),
  -- Text for e-mail and mobile; the stored mailing address (JSON) for the mailing address.
  old_value jsonb,
  new_value jsonb NOT NULL,
  -- The person who made it: the registrant, or a director acting for the company.
  changed_by uuid NOT NULL REFERENCES natural_persons (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX registration_contact_changes_registration_idx
  ON registration_contact_changes (registration_id, changed_at DESC);

-- A new e-mail address waiting for its code: the code's HMAC (the address is part of it), its
-- expiry and the attempts made. A newer request replaces the older one (superseded_at).
CREATE TABLE registration_email_codes (
  id uuid PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  new_email text NOT NULL,
  code_hash bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts smallint NOT NULL DEFAULT 0,
  requested_by uuid NOT NULL REFERENCES natural_persons (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  superseded_at timestamptz
);
CREATE INDEX registration_email_codes_registration_idx
  ON registration_email_codes (registration_id, created_at DESC);
