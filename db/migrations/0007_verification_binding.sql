-- Device binding: when the bank app returns to a browser other than the one that started the
-- verification, that browser must pick the number the starting screen shows. Until then the
-- verification is 'authenticated' (the bank answered) but not bound, and nothing is applied.
ALTER TABLE identity_verifications ADD COLUMN binding_code text;
ALTER TABLE identity_verifications ADD COLUMN bound_at timestamptz;
ALTER TABLE identity_verifications DROP CONSTRAINT identity_verifications_status_check;
ALTER TABLE identity_verifications ADD CONSTRAINT identity_verifications_status_check
  CHECK (status IN ('pending', 'authenticated', 'verified', 'failed'));
ALTER TABLE identity_verifications DROP CONSTRAINT identity_verifications_failure_check;
ALTER TABLE identity_verifications ADD CONSTRAINT identity_verifications_failure_check
  CHECK (failure IN ('declined', 'expired', 'id_mismatch', 'low_assurance', 'unavailable', 'invalid_response', 'not_registered', 'not_bound', 'too_many'));
