-- Evaluation (issue 16 §1): an indicator's baseline has its day and the indicator its rhythm of
-- measurement; each measurement says where its figure comes from and who entered it; a budget
-- line says what was spent beside what was planned; each axis keeps the working groups'
-- analysis and proposals for a period of years.
ALTER TABLE indicators ADD COLUMN baseline_date TEXT;
ALTER TABLE indicators ADD COLUMN periodicity TEXT;
ALTER TABLE indicator_measurements ADD COLUMN source TEXT;
ALTER TABLE indicator_measurements ADD COLUMN entered_by TEXT;
ALTER TABLE budget_lines ADD COLUMN executed_cents BIGINT;
CREATE TABLE axis_analyses (
  id @PK@,
  axis_id BIGINT NOT NULL REFERENCES axes (id) ON DELETE CASCADE,
  from_year BIGINT NOT NULL,
  to_year BIGINT NOT NULL,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (axis_id, from_year, to_year)
);
