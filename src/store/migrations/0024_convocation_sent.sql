-- The meeting's version its last convocation was sent at (issue 15 §3): once the meeting is
-- moved or cancelled, the screens send the update or the cancellation to the same people.
ALTER TABLE meetings ADD COLUMN convocation_sent_version INTEGER;
