-- Publication (issue 16 §3): what the coordinator chose to publish of a strategy on the
-- territory's public page and as open data — the strategy itself ("strategie"), the calendar of
-- public bodies ("instances"), the diagnostic's official figures ("diagnostic") and bilans
-- ("bilan", one row per period of years; the other parts have 0 and 0). A missing row is not
-- published: nothing is public by default.
CREATE TABLE publications (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  strategy_id BIGINT NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
  part TEXT NOT NULL,
  from_year BIGINT NOT NULL DEFAULT 0,
  to_year BIGINT NOT NULL DEFAULT 0,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  UNIQUE (strategy_id, part, from_year, to_year)
);
CREATE INDEX publications_territory ON publications (territory_id);
