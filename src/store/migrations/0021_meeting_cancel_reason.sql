-- A cancelled meeting says why (issue 15 §3): members and the yearly report read it.
ALTER TABLE meetings ADD COLUMN cancel_reason TEXT;
