-- Vidéoprotection (issue 17 §1): the systems a commune runs, their cameras, the agents
-- designated to the register and the register of viewings, extractions and requisitions.
-- Metadata only: Vigie never holds an image. The rules (purposes, retention, authorisation's
-- length) are in data/dispositifs/videoprotection.json, not here.
CREATE TABLE video_systems (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  authorisation_reference TEXT,
  authorised_on TEXT,
  purposes TEXT NOT NULL,
  retention_days BIGINT NOT NULL,
  aipd_on TEXT,
  cnil_reference TEXT,
  commission_opinion_on TEXT,
  commission_opinion TEXT,
  charter_adopted_on TEXT,
  ethics_body_id BIGINT REFERENCES bodies (id) ON DELETE SET NULL,
  notes TEXT,
  version BIGINT NOT NULL,
  UNIQUE (territory_id, name)
);

CREATE TABLE video_cameras (
  id @PK@,
  system_id BIGINT NOT NULL REFERENCES video_systems (id) ON DELETE CASCADE,
  identifier TEXT NOT NULL,
  place TEXT NOT NULL,
  longitude DOUBLE PRECISION,
  latitude DOUBLE PRECISION,
  kind TEXT NOT NULL,
  in_service_on TEXT,
  out_of_service_on TEXT,
  version BIGINT NOT NULL,
  UNIQUE (system_id, identifier)
);

CREATE TABLE video_agents (
  system_id BIGINT NOT NULL REFERENCES video_systems (id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  designated_on TEXT NOT NULL,
  PRIMARY KEY (system_id, user_id)
);

CREATE TABLE video_register (
  id @PK@,
  system_id BIGINT NOT NULL REFERENCES video_systems (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  occurred_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  requester TEXT,
  requester_unit TEXT,
  procedure_reference TEXT,
  camera_id BIGINT REFERENCES video_cameras (id) ON DELETE SET NULL,
  images_from TEXT,
  images_to TEXT,
  medium TEXT,
  handed_to TEXT,
  handed_on TEXT,
  destroyed_on TEXT,
  led_to_procedure BIGINT,
  agent_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX video_register_system ON video_register (system_id, occurred_on);
