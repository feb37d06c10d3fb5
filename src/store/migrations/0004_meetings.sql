-- Meetings of a body. `starts_at` is a local date-time in Europe/Paris, "YYYY-MM-DDTHH:MM".
CREATE TABLE meetings (
  id @PK@,
  body_id BIGINT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
  starts_at TEXT NOT NULL,
  place TEXT,
  status TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX meetings_body ON meetings (body_id, starts_at);
