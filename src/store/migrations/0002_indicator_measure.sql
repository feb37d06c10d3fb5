-- The latest measured value of an indicator and its date, so that progress towards the target
-- can be shown. (A full series of measurements belongs to the evaluation module.)
ALTER TABLE indicators ADD COLUMN current_value DOUBLE PRECISION;
ALTER TABLE indicators ADD COLUMN measured_on TEXT;
