-- One row: this installation's random identity, drawn once on first use. It makes what Vigie
-- publishes outside (iCalendar UIDs, RFC 5545 §3.8.4.7) unique across installations.
CREATE TABLE installation (
  singleton BIGINT PRIMARY KEY CHECK (singleton = 1),
  id TEXT NOT NULL
);
