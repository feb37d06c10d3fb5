-- The account a directory person signs in with: a confidential body's content is shown to the
-- accounts of its members who signed the charter, and to nobody else.
ALTER TABLE contacts ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE meetings ADD COLUMN duration_minutes BIGINT NOT NULL DEFAULT 120;

-- Convocation list and attendance (present, excuse, absent; NULL until taken).
CREATE TABLE meeting_invitations (
  meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES body_members (id) ON DELETE CASCADE,
  attendance TEXT,
  PRIMARY KEY (meeting_id, member_id)
);

-- Content: agenda, minutes, attachments and decisions are what a confidential body protects.
CREATE TABLE agenda_items (
  id @PK@,
  meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  title TEXT NOT NULL,
  action_id BIGINT REFERENCES actions (id) ON DELETE SET NULL,
  notes TEXT
);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

CREATE TABLE meeting_minutes (
  meeting_id BIGINT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  status TEXT NOT NULL,
  approved_at TEXT,
  approved_by TEXT,
  version BIGINT NOT NULL
);

-- Files are small (minutes scans, slides): kept in the store, base64, so that one backup holds all.
CREATE TABLE meeting_attachments (
  id @PK@,
  meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  filename TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  content TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE INDEX meeting_attachments_meeting ON meeting_attachments (meeting_id);

-- A decision may be carried into a fiche-action as a milestone, found again by its label.
CREATE TABLE decisions (
  id @PK@,
  meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  owner_contact_id BIGINT REFERENCES contacts (id) ON DELETE SET NULL,
  owner_organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  due_date TEXT,
  status TEXT NOT NULL,
  action_id BIGINT REFERENCES actions (id) ON DELETE SET NULL,
  milestone_label TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX decisions_meeting ON decisions (meeting_id);

-- An activation of the cellule de veille d'urgence, requested by the maire or the procureur.
CREATE TABLE emergency_activations (
  id @PK@,
  body_id BIGINT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
  meeting_id BIGINT REFERENCES meetings (id) ON DELETE SET NULL,
  requested_by TEXT NOT NULL,
  requester_name TEXT NOT NULL,
  reason TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  closed_at TEXT,
  summary TEXT,
  closed_by TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX emergency_activations_body ON emergency_activations (body_id);

-- The territory's audit journal. No foreign keys: an entry outlives what it speaks of.
CREATE TABLE audit_journal (
  id @PK@,
  territory_id BIGINT NOT NULL,
  at TEXT NOT NULL,
  user_id BIGINT NOT NULL,
  user_login TEXT NOT NULL,
  event TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX audit_journal_territory ON audit_journal (territory_id, id);

-- A secret address per user for calendar applications, which cannot send a session cookie.
-- Only a digest of the token is stored.
CREATE TABLE calendar_tokens (
  user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token_digest TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
