-- yalu schema version 2: what the poller must remember between polls, and
-- exact shingle counts for story assignment.

-- A feed's own scheduling hints, kept so that they still apply after a 304
-- (which carries no body to read them from), and the time a 429/503 asked
-- us to wait until.
ALTER TABLE feeds ADD COLUMN ttl_ns INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN skip_hours TEXT NOT NULL DEFAULT '[]'; -- JSON array of UTC hours
ALTER TABLE feeds ADD COLUMN retry_after TEXT;

-- Failed items are retried with backoff: attempts counts failures so far,
-- retry_at is when the item may be tried again (NULL: never again, or not
-- failed).
ALTER TABLE feed_items ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feed_items ADD COLUMN retry_at TEXT;
CREATE INDEX feed_items_retry ON feed_items (feed_id, retry_at)
    WHERE retry_at IS NOT NULL AND document_id IS NULL;

-- The number of distinct shingles a fingerprint's MinHash summarises; 0 for
-- fingerprints saved before this version (dedup then estimates it).
ALTER TABLE fingerprints ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
