-- Login attempts per (login as typed, client address), not per account: guessing from one
-- address never locks the account's owner out elsewhere, and an unknown login is throttled
-- exactly like a real one, so locking tells nothing of which logins exist (issue 12 §6).
-- `attempts` is reserved before the password is checked (one atomic statement), so parallel
-- tries get exactly the allowed number of checks. `locks` makes each new lock longer.
CREATE TABLE login_attempts (
  login TEXT NOT NULL,
  origin TEXT NOT NULL,
  attempts BIGINT NOT NULL,
  locks BIGINT NOT NULL,
  locked_until BIGINT NOT NULL,
  PRIMARY KEY (login, origin)
);
-- Step-up attempts of a session: the fifth wrong one ends it.
ALTER TABLE sessions ADD COLUMN step_up_failures BIGINT NOT NULL DEFAULT 0;
