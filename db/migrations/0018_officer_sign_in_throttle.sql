-- Officer sign-in throttling per (typed username, client address) with exponential back-off,
-- instead of one lock per account that anyone could set off (issue 15, finding 6). A row is kept
-- for unknown names too, so that a known name and an unknown one are answered alike. Rows are
-- short-lived: the service deletes those untouched for a day (they hold an IP address).

CREATE TABLE officer_sign_in_throttle (
  -- As typed, lower-cased; the sign-in form takes at most 200 characters.
  username text NOT NULL CHECK (length(username) BETWEEN 1 AND 200),
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 64),
  -- Failures in a row from this address for this name; a complete sign-in deletes the row.
  failures integer NOT NULL CHECK (failures >= 1),
  -- No password is checked for this name from this address until then.
  blocked_until timestamptz,
  last_failure_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (username, address)
);

CREATE INDEX officer_sign_in_throttle_last_failure ON officer_sign_in_throttle (last_failure_at);

-- The account-wide lock is no longer set or read; accounts locked by it are released.
UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE locked_until IS NOT NULL;
