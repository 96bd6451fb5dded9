-- A company's cancellation waiting for its directors can be withdrawn by any director acting
-- for the company (a mistaken start, or the board changed its mind): it ends 'withdrawn', kept
-- with who withdrew it and when, and a new cancellation may start.
ALTER TABLE registration_cancellations DROP CONSTRAINT registration_cancellations_status_check;
ALTER TABLE registration_cancellations ADD CONSTRAINT registration_cancellations_status_check
  CHECK (status IN ('awaiting_directors', 'cancelled', 'withdrawn'));
ALTER TABLE registration_cancellations ADD COLUMN withdrawn_by uuid REFERENCES natural_persons (id);
ALTER TABLE registration_cancellations ADD CONSTRAINT registration_cancellations_withdrawn_check
  CHECK ((status = 'withdrawn') = (withdrawn_by IS NOT NULL AND decided_at IS NOT NULL));
