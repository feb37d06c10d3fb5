-- Individual follow-up records (CNIL délibération 2014-262, "AU-038"): one per person, the
-- minimal data it lists, no systematic field for health or offences.
CREATE TABLE followups (
  id @PK@,
  body_id BIGINT NOT NULL REFERENCES bodies (id),
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL,
  birth_date TEXT,
  legal_representatives TEXT NOT NULL,
  situation TEXT,
  referral_date TEXT NOT NULL,
  referral_origin TEXT NOT NULL,
  programme TEXT,
  referent_contact_id BIGINT REFERENCES contacts (id) ON DELETE SET NULL,
  sensitive_note TEXT,
  sensitive_justification TEXT,
  end_date TEXT,
  end_reason TEXT,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX followups_body ON followups (body_id);

CREATE TABLE followup_actions (
  id @PK@,
  followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  action_date TEXT NOT NULL,
  description TEXT NOT NULL,
  result TEXT,
  recorded_by TEXT NOT NULL
);
CREATE INDEX followup_actions_followup ON followup_actions (followup_id, action_date);

-- The follow-up journal, apart from the records (no foreign key: a purged record keeps its
-- trace). Append-only; each entry's hash covers the previous one, so that an altered or removed
-- entry breaks the chain (`vigie journal verify`). The head row serialises writers.
CREATE TABLE followup_journal (
  id @PK@,
  at TEXT NOT NULL,
  user_id BIGINT NOT NULL,
  user_login TEXT NOT NULL,
  origin TEXT NOT NULL,
  territory_id BIGINT NOT NULL,
  followup_id BIGINT,
  action TEXT NOT NULL,
  detail TEXT,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX followup_journal_territory ON followup_journal (territory_id, id);

CREATE TABLE followup_journal_head (
  id BIGINT PRIMARY KEY,
  last_hash TEXT NOT NULL
);
INSERT INTO followup_journal_head (id, last_hash)
VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
