-- No account opens confidential content by its own actions alone (issue 12 §1): a change that
-- would open it — an account linked to a directory contact, a member (or a charter date) of a
-- confidential body, a social professional named on a record — waits, `en_attente`, until
-- another entitled person confirms it (`confirme`) or refuses it (`refuse`). Only `confirme`
-- opens anything. Who asked and who decided are kept for the members' view; the chained journal
-- keeps every step with both names. Grants made before this migration stay confirmed.
ALTER TABLE contacts ADD COLUMN link_state TEXT NOT NULL DEFAULT 'confirme';
ALTER TABLE contacts ADD COLUMN link_requested_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE contacts ADD COLUMN link_decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE body_members ADD COLUMN access_state TEXT NOT NULL DEFAULT 'confirme';
ALTER TABLE body_members ADD COLUMN access_requested_by BIGINT
  REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE body_members ADD COLUMN access_requested_at TEXT;
ALTER TABLE body_members ADD COLUMN access_decided_by BIGINT
  REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE body_members ADD COLUMN access_decided_at TEXT;

ALTER TABLE followup_social_professionals ADD COLUMN state TEXT NOT NULL DEFAULT 'confirme';
ALTER TABLE followup_social_professionals ADD COLUMN requested_by BIGINT
  REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE followup_social_professionals ADD COLUMN decided_by BIGINT
  REFERENCES users (id) ON DELETE SET NULL;

-- A share (orientation) shows a record to another body, a transfer hands it over: each waits
-- for another signatory of the handling body (a transfer moves the record only then).
ALTER TABLE followup_shares ADD COLUMN state TEXT NOT NULL DEFAULT 'confirme';
ALTER TABLE followup_shares ADD COLUMN requested_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE followup_shares ADD COLUMN decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
