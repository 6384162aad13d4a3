-- yalu schema version 3: cheaper full-text indexing on ingest.

-- Each ingest commits its own small FTS5 segment, and FTS5 merges segments
-- once `automerge` of them share a level (default 4), rewriting every
-- posting about log_4(documents) times. At 8 it is rewritten about a third
-- less often; a search reads at most 7 instead of 3 segments per level.
INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 8);
INSERT INTO documents_words (documents_words, rank) VALUES ('automerge', 8);
