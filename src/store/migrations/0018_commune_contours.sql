-- Commune contours (issue 14): the study window of the observatoire's analyses. The geometry
-- is kept as given (GeoJSON, WGS84), checked and repaired through GEOS when read.
CREATE TABLE commune_contours (
  code TEXT PRIMARY KEY,
  name TEXT,
  geometry TEXT NOT NULL,
  source TEXT NOT NULL,
  loaded_at TEXT NOT NULL
);
