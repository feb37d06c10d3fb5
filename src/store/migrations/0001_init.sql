-- Vigie schema, first version. `@PK@` is an auto-assigned integer key on both backends.
-- Dates are ISO text (YYYY-MM-DD), instants ISO text in UTC, money integer cents, flags 0/1.

CREATE TABLE regions (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE departements (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  region_code TEXT
);

-- Every entry of the official list: communes, communes déléguées/associées, arrondissements
-- municipaux. A déléguée may share its code with its commune, hence the key on (code, kind).
CREATE TABLE communes (
  code TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  departement_code TEXT,
  region_code TEXT,
  population BIGINT,
  PRIMARY KEY (code, kind)
);
CREATE INDEX communes_departement ON communes (departement_code);

CREATE TABLE epci (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  population BIGINT
);

CREATE TABLE epci_members (
  epci_code TEXT NOT NULL REFERENCES epci (code) ON DELETE CASCADE,
  commune_code TEXT NOT NULL,
  PRIMARY KEY (epci_code, commune_code)
);

-- The area of one CLSPD (one commune) or CISPD (several).
CREATE TABLE territories (
  id @PK@,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE territory_communes (
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  commune_code TEXT NOT NULL,
  PRIMARY KEY (territory_id, commune_code)
);

CREATE TABLE users (
  id @PK@,
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled BIGINT NOT NULL DEFAULT 0,
  failed_logins BIGINT NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE role_assignments (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, territory_id)
);

-- Only a hash of the session token is stored, so a leaked table opens no session.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE organisations (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT,
  version BIGINT NOT NULL,
  UNIQUE (territory_id, name)
);

CREATE TABLE contacts (
  id @PK@,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  job_title TEXT,
  email TEXT,
  phone TEXT,
  version BIGINT NOT NULL,
  UNIQUE (organisation_id, name)
);

-- A STSPD. Signatories, key dates and strategic objectives are small lists only ever read
-- with their strategy: kept as JSON text.
CREATE TABLE strategies (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id),
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  period_start BIGINT,
  period_end BIGINT,
  description TEXT,
  source TEXT,
  announced_axes BIGINT,
  announced_actions BIGINT,
  signatories TEXT NOT NULL,
  key_dates TEXT NOT NULL,
  objectives TEXT NOT NULL,
  version BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX strategies_territory ON strategies (territory_id);

CREATE TABLE axes (
  id @PK@,
  strategy_id BIGINT NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
  number BIGINT NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  version BIGINT NOT NULL,
  UNIQUE (strategy_id, number)
);

-- A fiche-action. axis_id is null where the strategy names an action but not its axis.
CREATE TABLE actions (
  id @PK@,
  strategy_id BIGINT NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
  axis_id BIGINT REFERENCES axes (id),
  number BIGINT NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  constat TEXT,
  general_objective TEXT,
  operational_objectives TEXT NOT NULL,
  target_public TEXT,
  target_territory TEXT,
  solutions TEXT,
  pilot_organisation_id BIGINT REFERENCES organisations (id),
  pilot_contact_id BIGINT REFERENCES contacts (id),
  status TEXT NOT NULL,
  search_text TEXT NOT NULL,
  version BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX actions_strategy ON actions (strategy_id);
CREATE INDEX actions_axis ON actions (axis_id);

CREATE TABLE action_partners (
  action_id BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (action_id, organisation_id)
);
CREATE INDEX action_partners_organisation ON action_partners (organisation_id);

CREATE TABLE budget_lines (
  id @PK@,
  action_id BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  label TEXT NOT NULL,
  amount_cents BIGINT NOT NULL,
  source TEXT NOT NULL,
  funder_organisation_id BIGINT REFERENCES organisations (id),
  year BIGINT
);
CREATE INDEX budget_lines_action ON budget_lines (action_id);

CREATE TABLE milestones (
  id @PK@,
  action_id BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  label TEXT NOT NULL,
  due_date TEXT,
  done_date TEXT
);
CREATE INDEX milestones_action ON milestones (action_id);

CREATE TABLE indicators (
  id @PK@,
  action_id BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  unit TEXT,
  baseline DOUBLE PRECISION,
  target DOUBLE PRECISION,
  source TEXT
);
CREATE INDEX indicators_action ON indicators (action_id);

-- History of a fiche-action: kept when the fiche is deleted, so no foreign key.
CREATE TABLE action_changes (
  id @PK@,
  action_id BIGINT NOT NULL,
  strategy_id BIGINT NOT NULL,
  actor_id BIGINT,
  actor_login TEXT NOT NULL,
  at TEXT NOT NULL,
  changes TEXT NOT NULL
);
CREATE INDEX action_changes_action ON action_changes (action_id);
