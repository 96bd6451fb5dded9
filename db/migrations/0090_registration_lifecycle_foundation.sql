-- Foundations shared by the registration's later life (issues 23 and 24).
--
-- A signed-in registrant verifies again through the bank before a change (an update from the
-- bank, a reactivation, a cancellation): the purpose 'step-up'.
ALTER TABLE identity_verifications DROP CONSTRAINT identity_verifications_purpose_check;
ALTER TABLE identity_verifications ADD CONSTRAINT identity_verifications_purpose_check
  CHECK (purpose IN ('registration', 'sign-in', 'company-signer', 'authority-grantee', 'step-up'));

-- A registration's newest signed receipt: the first decision's, then a reactivation's, a
-- renewal's, a broker registration's own. The status page links it; older receipts stay valid
-- and are listed by the feature that issued them.
ALTER TABLE registrations ADD COLUMN latest_receipt_id text;
UPDATE registrations r SET latest_receipt_id = d.receipt_id
  FROM decisions d WHERE d.id = r.decision_id AND d.receipt_id IS NOT NULL;
