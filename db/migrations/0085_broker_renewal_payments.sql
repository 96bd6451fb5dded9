-- Brokers' renewal with an electronic fee (issue 24, ADR 20): bills paid by Thai QR (PromptPay
-- bill payment), the bank's callbacks, the renewals they settle and the reminders sent.
-- Amounts are satang (integers), never floats.

-- A bill the portal issued: its references (Ref1/Ref2) are the key the bank pays against.
CREATE TABLE payment_bills (
  id uuid PRIMARY KEY,
  ref1 text NOT NULL CHECK (ref1 ~ '^[0-9A-Z]{1,20}$'),
  ref2 text NOT NULL CHECK (ref2 ~ '^[0-9A-Z]{1,20}$'),
  purpose text NOT NULL CHECK (purpose IN ('broker_renewal')),
  subject_id uuid NOT NULL,
  amount_satang integer NOT NULL CHECK (amount_satang > 0),
  issued_at timestamptz NOT NULL,
  -- The end date the bill pays for: a payment after it (plus the grace period) is refunded.
  due_at timestamptz NOT NULL,
  UNIQUE (ref1, ref2)
);

-- Every payment the bank reported for a bill, once per transaction id (a repeated callback
-- finds its row and changes nothing). Exactly one payment settles a bill; any other is kept
-- for refund: a second payment of the same bill, a late one, one the purpose could not use.
CREATE TABLE payment_transactions (
  id uuid PRIMARY KEY,
  transaction_id text NOT NULL UNIQUE CHECK (length(transaction_id) BETWEEN 1 AND 64),
  bill_id uuid NOT NULL REFERENCES payment_bills (id),
  amount_satang integer NOT NULL CHECK (amount_satang > 0),
  paid_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('settled', 'overpayment', 'late', 'not_applicable')),
  refund_due boolean NOT NULL
);
CREATE UNIQUE INDEX payment_transactions_one_settlement ON payment_transactions (bill_id)
  WHERE outcome = 'settled';
CREATE INDEX payment_transactions_refunds_idx ON payment_transactions (received_at DESC)
  WHERE refund_due;

-- A broker's renewal for one term (the end date it renews from): the rules as they ran, its
-- bill, and once paid the new end date, receipts and status line. One per term.
CREATE TABLE broker_renewals (
  id uuid PRIMARY KEY,
  registration_id uuid NOT NULL REFERENCES registrations (id),
  old_valid_until timestamptz NOT NULL,
  bill_id uuid NOT NULL UNIQUE REFERENCES payment_bills (id),
  results jsonb NOT NULL,
  requested_by uuid NOT NULL,
  requested_at timestamptz NOT NULL,
  renewed_at timestamptz,
  new_valid_until timestamptz,
  fee_receipt_id text,
  renewal_receipt_id text,
  status_history_id uuid REFERENCES registration_status_history (id),
  UNIQUE (registration_id, old_valid_until)
);

-- Reminders 90, 30 and 7 days before an end date, each once per end date.
CREATE TABLE broker_renewal_reminders (
  registration_id uuid NOT NULL REFERENCES registrations (id),
  valid_until timestamptz NOT NULL,
  days_before smallint NOT NULL CHECK (days_before IN (90, 30, 7)),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (registration_id, valid_until, days_before)
);

-- Each expiry with the end date it came from and its status line.
CREATE TABLE broker_expiries (
  registration_id uuid NOT NULL REFERENCES registrations (id),
  valid_until timestamptz NOT NULL,
  expired_at timestamptz NOT NULL,
  status_history_id uuid NOT NULL REFERENCES registration_status_history (id),
  PRIMARY KEY (registration_id, valid_until)
);

-- The jobs walk brokers' live registrations by end date.
CREATE INDEX registrations_broker_valid_until_idx ON registrations (valid_until, id)
  WHERE kind = 'customs_broker' AND status IN ('ACTIVE', 'SUSPENDED');
