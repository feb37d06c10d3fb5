-- The bodies (instances) of a council and their members.
CREATE TABLE bodies (
  id @PK@,
  territory_id BIGINT NOT NULL REFERENCES territories (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  axis_id BIGINT REFERENCES axes (id) ON DELETE SET NULL,
  frequency TEXT NOT NULL,
  frequency_count BIGINT,
  confidentiality TEXT NOT NULL,
  description TEXT,
  version BIGINT NOT NULL,
  UNIQUE (territory_id, name)
);
CREATE INDEX bodies_territory ON bodies (territory_id);

-- A member is a contact of a partner organisation; leaving keeps the row (history) but ends access.
CREATE TABLE body_members (
  id @PK@,
  body_id BIGINT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
  contact_id BIGINT NOT NULL REFERENCES contacts (id),
  role TEXT NOT NULL,
  charter_signed_on TEXT,
  left_on TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX body_members_body ON body_members (body_id);
