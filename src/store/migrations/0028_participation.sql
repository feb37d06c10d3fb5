-- Participation citoyenne (issue 17 §2): the protocol a maire signs with the préfet and the
-- police or gendarmerie (3 years, tacitly renewed: data/dispositifs/participation.json), the
-- area it covers and its citizen referents — minimal contact data, kept with their consent.
CREATE TABLE citizen_protocols (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  signed_on TEXT NOT NULL,
  mayor TEXT NOT NULL,
  prefect TEXT NOT NULL,
  force TEXT NOT NULL,
  force_signatory TEXT NOT NULL,
  communes TEXT NOT NULL,
  neighbourhoods TEXT,
  officer_name TEXT,
  officer_unit TEXT,
  body_id BIGINT REFERENCES bodies (id) ON DELETE SET NULL,
  ended_on TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX citizen_protocols_territory ON citizen_protocols (territory_id);

CREATE TABLE citizen_referents (
  id @PK@,
  protocol_id BIGINT NOT NULL REFERENCES citizen_protocols (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  neighbourhood TEXT,
  phone TEXT,
  email TEXT,
  consent_on TEXT NOT NULL,
  left_on TEXT,
  version BIGINT NOT NULL
);
