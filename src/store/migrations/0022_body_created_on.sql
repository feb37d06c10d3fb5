-- The day a body was entered (issue 15 §3): its yearly report counts the planned meetings of the
-- part of the year after it only. Bodies from before, or imported from a document, have none
-- and are counted over whole years.
ALTER TABLE bodies ADD COLUMN created_on TEXT;
