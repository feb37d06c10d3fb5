-- Procedures built on a follow-up record; they share its need-to-know, its journal and its
-- destruction.

-- Rappel à l'ordre (CSI L.132-7). Only stored once the agent answered that the facts are not
-- under prosecution.
CREATE TABLE reminders (
  id @PK@,
  followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  facts TEXT NOT NULL,
  facts_date TEXT NOT NULL,
  summoned_by TEXT NOT NULL,
  hearing_at TEXT NOT NULL,
  place TEXT NOT NULL,
  status TEXT NOT NULL,
  attendees TEXT NOT NULL,
  hearing_record TEXT,
  follow_up TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX reminders_followup ON reminders (followup_id);

-- Conseil pour les droits et devoirs des familles (CASF L.141-1).
CREATE TABLE cddf_referrals (
  id @PK@,
  followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  referral_date TEXT NOT NULL,
  referred_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  hearing_date TEXT,
  recommendations TEXT,
  parental_support TEXT NOT NULL,
  outcome TEXT,
  status TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX cddf_referrals_followup ON cddf_referrals (followup_id);

-- Travail d'intérêt général: host places (no personal data) and placements of a person.
CREATE TABLE tig_places (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id),
  name TEXT NOT NULL,
  host_kind TEXT NOT NULL,
  host_name TEXT NOT NULL,
  tasks TEXT,
  capacity BIGINT NOT NULL,
  active BIGINT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX tig_places_territory ON tig_places (territory_id);

CREATE TABLE tig_placements (
  id @PK@,
  followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  place_id BIGINT NOT NULL REFERENCES tig_places (id),
  start_date TEXT NOT NULL,
  end_date TEXT,
  hours_ordered BIGINT NOT NULL,
  hours_done BIGINT NOT NULL,
  status TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX tig_placements_followup ON tig_placements (followup_id);
