-- The observatoire's analyses (issue 14 §2), kept with their parameters, the data they used and
-- their date; the result is JSON as the map draws it. Progress lives with the running job.
CREATE TABLE observatory_analyses (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  parameters TEXT NOT NULL,
  state TEXT NOT NULL,
  result TEXT,
  error TEXT,
  error_field TEXT,
  incidents_used BIGINT NOT NULL,
  data_from TEXT,
  data_to TEXT,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX observatory_analyses_territory ON observatory_analyses (territory_id, id);
