-- An indicator keeps its id across fiche updates and gathers a series of measurements (issue 15
-- §1): "non atteinte" is only said once the target date has passed. The single latest value
-- of 0002 becomes the series' first measurement.
ALTER TABLE indicators ADD COLUMN target_date TEXT;
CREATE TABLE indicator_measurements (
  id @PK@,
  indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  measured_on TEXT,
  value DOUBLE PRECISION NOT NULL,
  note TEXT
);
CREATE INDEX indicator_measurements_indicator ON indicator_measurements (indicator_id);
INSERT INTO indicator_measurements (indicator_id, position, measured_on, value)
  SELECT id, 0, measured_on, current_value FROM indicators WHERE current_value IS NOT NULL;
ALTER TABLE indicators DROP COLUMN current_value;
ALTER TABLE indicators DROP COLUMN measured_on;
