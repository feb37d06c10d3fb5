-- The follow-up journal under a key kept outside the database (issue 12 §3). `key_version` is the
-- version of the key whose HMAC-SHA-256 is the entry's hash (0: the unkeyed SHA-256 of entries
-- written before keys existed, only ever as a prefix of the chain). The head's seal is an HMAC
-- over its last and anchor hashes, so the chain cannot be cut at either end and resealed.
ALTER TABLE followup_journal ADD COLUMN key_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE followup_journal_head ADD COLUMN seal TEXT NOT NULL DEFAULT '';
