-- The official crime statistics (SSMSI bases, issue 13). An edition is one imported file; the
-- figures of a (level, year) come from exactly one edition, named in ssmsi_edition_years, and a
-- newer edition replaces them in one transaction.
CREATE TABLE ssmsi_editions (
  id @PK@,
  level TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  schema_name TEXT NOT NULL,
  years TEXT NOT NULL,
  geography_year BIGINT,
  produced_on TEXT,
  row_count BIGINT NOT NULL,
  masked_count BIGINT NOT NULL,
  zone_count BIGINT NOT NULL,
  unlocated_count BIGINT NOT NULL,
  imported_at TEXT NOT NULL,
  replaced_at TEXT
);
CREATE TABLE ssmsi_edition_years (
  level TEXT NOT NULL,
  year BIGINT NOT NULL,
  edition_id BIGINT NOT NULL REFERENCES ssmsi_editions (id),
  PRIMARY KEY (level, year)
);
CREATE TABLE ssmsi_indicators (
  id @PK@,
  label TEXT NOT NULL UNIQUE,
  unit TEXT NOT NULL,
  per_dwellings BIGINT NOT NULL
);
-- Millions of rows (35,000 communes × 15 indicators × 10 years): no rowid, no foreign key
-- checked per row; the key leads with (level, year) so that replacing a year is a range delete.
-- count and rate are NULL where the SSMSI does not publish (published = 0), never 0.
CREATE TABLE ssmsi_figures (
  level TEXT NOT NULL,
  year BIGINT NOT NULL,
  indicator_id BIGINT NOT NULL,
  zone TEXT NOT NULL,
  count BIGINT,
  rate DOUBLE PRECISION,
  published BIGINT NOT NULL,
  PRIMARY KEY (level, zone, year, indicator_id)
)@WITHOUT_ROWID@;
-- Population and dwellings per zone and year (the bases of the rates), once per zone and year.
CREATE TABLE ssmsi_populations (
  level TEXT NOT NULL,
  year BIGINT NOT NULL,
  zone TEXT NOT NULL,
  population BIGINT,
  population_year BIGINT,
  dwellings DOUBLE PRECISION,
  dwellings_year BIGINT,
  PRIMARY KEY (level, zone, year)
)@WITHOUT_ROWID@;
-- What the communal base puts in complement_info_* of a masked commune: the mean of the masked
-- communes of its département. Kept apart from ssmsi_figures so that it can never be read as a
-- commune's own figure.
CREATE TABLE ssmsi_masked_means (
  year BIGINT NOT NULL,
  indicator_id BIGINT NOT NULL,
  departement TEXT NOT NULL,
  mean_count DOUBLE PRECISION,
  mean_rate DOUBLE PRECISION,
  PRIMARY KEY (year, indicator_id, departement)
);
-- Similar communes: the communes of a région by population.
CREATE INDEX communes_region ON communes (region_code, population);
-- A fiche's impact indicator may follow an SSMSI indicator (by its label): its measurements are
-- then the territory's figures, read from the base ("taux" per 1,000 or "nombre").
ALTER TABLE indicators ADD COLUMN ssmsi_indicator TEXT;
ALTER TABLE indicators ADD COLUMN ssmsi_measure TEXT;
