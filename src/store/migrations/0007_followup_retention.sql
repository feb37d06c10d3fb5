-- Closing a follow-up moves it to the intermediate archive; the purge destroys it later.
ALTER TABLE followups ADD COLUMN archived_on TEXT;

-- Journal entries older than the retention are pruned from the start of the chain: the hash of
-- the last pruned entry becomes the anchor the verification starts from.
ALTER TABLE followup_journal_head ADD COLUMN anchor_hash TEXT NOT NULL
  DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
