-- A decision of a confidential body reaches a fiche-action's milestone (read by every role)
-- only under a public wording written and confirmed for it, never its own text (issue 12 §2).
ALTER TABLE decisions ADD COLUMN public_label TEXT;
