-- Second factor (TOTP, RFC 6238) for those who can open follow-up records, with single-use
-- recovery codes stored as digests; a session remembers whether it was opened with it, and when
-- its user last confirmed their identity again (step-up, before an export or a print).
CREATE TABLE user_totp (
  user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret TEXT NOT NULL,
  confirmed_at BIGINT,
  last_step BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE recovery_codes (
  id @PK@,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_digest TEXT NOT NULL,
  used_at BIGINT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

ALTER TABLE sessions ADD COLUMN second_factor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN stepped_up_at BIGINT NOT NULL DEFAULT 0;
