-- The observatoire local de la tranquillité publique (issue 14): partner incidents — facts,
-- never persons — their territory's closed list of categories, and the problem board.
CREATE TABLE incident_categories (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  statistical_class TEXT,
  natinf TEXT,
  position BIGINT NOT NULL,
  UNIQUE (territory_id, label)
);

-- A problem followed until it is solved (the GPO's table): assigned to one partner.
CREATE TABLE problems (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT,
  category_id BIGINT REFERENCES incident_categories (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  status TEXT NOT NULL,
  longitude DOUBLE PRECISION,
  latitude DOUBLE PRECISION,
  x DOUBLE PRECISION,
  y DOUBLE PRECISION,
  place TEXT,
  opened_on TEXT NOT NULL,
  due_on TEXT,
  resolved_on TEXT,
  action_id BIGINT REFERENCES actions (id) ON DELETE SET NULL,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX problems_territory ON problems (territory_id, status);

-- The dated steps of a problem: each change of status, each note, who wrote it.
CREATE TABLE problem_steps (
  id @PK@,
  problem_id BIGINT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT,
  author_id BIGINT REFERENCES users (id)
);
CREATE INDEX problem_steps_problem ON problem_steps (problem_id);

-- An incident: a day (or a period), a point in WGS84 and in Lambert-93 (the analyses' metres)
-- or a place name, the reporting organisation, a short description without names.
CREATE TABLE incidents (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL REFERENCES incident_categories (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  occurred_on TEXT NOT NULL,
  occurred_time TEXT,
  period_end TEXT,
  longitude DOUBLE PRECISION,
  latitude DOUBLE PRECISION,
  x DOUBLE PRECISION,
  y DOUBLE PRECISION,
  place TEXT,
  description TEXT,
  action_id BIGINT REFERENCES actions (id) ON DELETE SET NULL,
  problem_id BIGINT REFERENCES problems (id) ON DELETE SET NULL,
  source_reference TEXT,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX incidents_territory_day ON incidents (territory_id, occurred_on);
CREATE INDEX incidents_organisation ON incidents (organisation_id);
