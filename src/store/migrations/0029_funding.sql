-- FIPD and other funding (issue 17 §3): one request per fiche-action, year and funder, its
-- amounts in euro cents, its co-funders (JSON list), channel, deadline, status and report; the
-- rules (80 % State maximum, FIPD minimum, report six months after the year) are in
-- data/dispositifs/financement.json. A territory's local cap on the FIPD's share is a setting.
CREATE TABLE funding_requests (
  id @PK@,
  action_id BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  year BIGINT NOT NULL,
  funder TEXT NOT NULL,
  funder_name TEXT,
  programme TEXT,
  police_equipment BIGINT NOT NULL,
  project_cost_cents BIGINT NOT NULL,
  requested_cents BIGINT NOT NULL,
  granted_cents BIGINT,
  paid_cents BIGINT,
  cofunders TEXT NOT NULL,
  channel TEXT,
  deadline TEXT,
  status TEXT NOT NULL,
  report_sent_on TEXT,
  notes TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX funding_requests_action ON funding_requests (action_id, year);

CREATE TABLE funding_settings (
  territory_id BIGINT PRIMARY KEY REFERENCES territories (id) ON DELETE CASCADE,
  fipd_cap_percent BIGINT,
  cap_source TEXT
);
