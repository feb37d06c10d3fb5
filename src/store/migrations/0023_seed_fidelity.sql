-- What the founding texts say, kept as they say it (issue 15 §5):
-- a strategy's own text blocks ("Nature et fonction"…) and an axis's orientations / operational
-- objectives, each a JSON list of {title, paragraphs[], items[{title, text}]};
ALTER TABLE strategies ADD COLUMN sections TEXT NOT NULL DEFAULT '[]';
-- the partners, by name, a strategy was drawn up with;
ALTER TABLE strategies ADD COLUMN partners TEXT NOT NULL DEFAULT '[]';
ALTER TABLE axes ADD COLUMN orientations TEXT NOT NULL DEFAULT '[]';
-- a fiche given by the text only as an example ("Exemple : …");
ALTER TABLE actions ADD COLUMN example INTEGER NOT NULL DEFAULT 0;
-- a rhythm stated as a range ("une à deux fois par an": times_per_year 1 to 2);
ALTER TABLE bodies ADD COLUMN frequency_max INTEGER;
-- the fields of a body that are defaults, not stated by its founding text (comma-separated:
-- frequency, confidentiality, axis).
ALTER TABLE bodies ADD COLUMN defaults TEXT NOT NULL DEFAULT '';
