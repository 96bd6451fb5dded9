-- E-mail: the outbox (0001) carries messages with topic 'mail'; this is the development mailbox
-- that stands in for SMTP when the simulators run. It never receives mail in production.

-- One row per delivered message: the MIME source exactly as nodemailer built it, plus the fields
-- the viewer lists. outbox_id is not a foreign key, so that outbox retention can purge sent rows
-- without touching what a tester is looking at.
CREATE TABLE dev_mailbox (
  id uuid PRIMARY KEY,
  outbox_id uuid NOT NULL,
  message_id text NOT NULL,
  from_address text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text,
  raw_message text NOT NULL,
  delivered_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dev_mailbox_delivered_idx ON dev_mailbox (delivered_at DESC, id DESC);
CREATE INDEX dev_mailbox_outbox_idx ON dev_mailbox (outbox_id);
