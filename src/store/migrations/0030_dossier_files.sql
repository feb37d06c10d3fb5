-- Files of a dispositif's dossier (issue 17): the arrêté préfectoral or the commission's opinion
-- of a vidéoprotection system, the filed application or the arrêté attributif of a funding
-- request. One owner column per kind of record, so that deleting the record deletes its files;
-- exactly one is set. The bytes are kept in base64, as meeting attachments are.
CREATE TABLE dossier_files (
  id @PK@,
  video_system_id BIGINT REFERENCES video_systems (id) ON DELETE CASCADE,
  funding_request_id BIGINT REFERENCES funding_requests (id) ON DELETE CASCADE,
  filename TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  content TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  CHECK ((video_system_id IS NULL) <> (funding_request_id IS NULL))
);
CREATE INDEX dossier_files_video_system ON dossier_files (video_system_id);
CREATE INDEX dossier_files_funding_request ON dossier_files (funding_request_id);
