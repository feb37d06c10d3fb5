-- The social workers' secret (CASF L.121-6-2): professionals of social action named on a record
-- share a section nobody else reads, whatever their role or membership.
CREATE TABLE followup_social_professionals (
  followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  contact_id BIGINT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  profession TEXT NOT NULL,
  PRIMARY KEY (followup_id, contact_id)
);

CREATE TABLE followup_social_notes (
  id @PK@,
  followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  note_date TEXT NOT NULL,
  text TEXT NOT NULL,
  author TEXT NOT NULL
);
CREATE INDEX followup_social_notes_followup ON followup_social_notes (followup_id, note_date);

-- A record shown to another confidential body (orientation: only the listed parts, until ended)
-- or handed over to it (transfert: the body changes; the row is its trace).
CREATE TABLE followup_shares (
  id @PK@,
  followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  body_id BIGINT NOT NULL REFERENCES bodies (id),
  kind TEXT NOT NULL,
  scope TEXT NOT NULL,
  reason TEXT NOT NULL,
  shared_on TEXT NOT NULL,
  shared_by TEXT NOT NULL,
  ended_on TEXT
);
CREATE INDEX followup_shares_followup ON followup_shares (followup_id);
CREATE INDEX followup_shares_body ON followup_shares (body_id);
