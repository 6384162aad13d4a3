-- yalu schema version 1.
-- Times are UTC text in the fixed-width form 2006-01-02T15:04:05.000000000Z,
-- so that text order is time order and values round-trip to the nanosecond.

CREATE TABLE originals (
    sha256       TEXT PRIMARY KEY,
    body         BLOB NOT NULL,
    size         INTEGER NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    request_url  TEXT NOT NULL DEFAULT '',
    path         TEXT NOT NULL DEFAULT '',
    headers      TEXT NOT NULL DEFAULT '{}',
    content_type TEXT NOT NULL DEFAULT '',
    fetched_at   TEXT NOT NULL,
    stored_at    TEXT NOT NULL
);
CREATE INDEX originals_fetched_at ON originals (fetched_at);

CREATE TABLE stories (
    id                    INTEGER PRIMARY KEY,
    canonical_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    title                 TEXT NOT NULL DEFAULT '',
    first_seen            TEXT NOT NULL,
    last_seen             TEXT NOT NULL
);
CREATE INDEX stories_last_seen ON stories (last_seen);

CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    original_sha256  TEXT NOT NULL UNIQUE REFERENCES originals (sha256),
    url              TEXT NOT NULL DEFAULT '',
    canonical_url    TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    byline           TEXT NOT NULL DEFAULT '',
    outlet           TEXT NOT NULL DEFAULT '',
    published        TEXT,
    published_text   TEXT NOT NULL DEFAULT '',
    published_source TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT '',
    alt_links        TEXT NOT NULL DEFAULT '[]',
    text             TEXT NOT NULL DEFAULT '',
    cleaner_version  TEXT NOT NULL DEFAULT '',
    story_id         INTEGER REFERENCES stories (id) ON DELETE SET NULL,
    relevant         INTEGER,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX documents_url ON documents (url);
CREATE INDEX documents_canonical_url ON documents (canonical_url);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_language ON documents (language);
CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_story_id ON documents (story_id);

-- Full-text indexes over titles and texts, kept in sync by triggers in the
-- writing transaction. documents_fts has trigram tokens, so that substring
-- search works for Korean and Chinese (no spaces between words, or particles
-- glued to them: 석탄을). documents_words has word tokens, so that "rice"
-- does not match "price" and "Sinuiju" matches "Sinŭiju".
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE VIRTUAL TABLE documents_words USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    INSERT INTO documents_words (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_words (documents_words, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_words (documents_words, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    INSERT INTO documents_words (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE story_members (
    story_id    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
    relation    TEXT NOT NULL,
    score       REAL NOT NULL DEFAULT 0,
    added_at    TEXT NOT NULL
);
CREATE INDEX story_members_story_id ON story_members (story_id);

CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL DEFAULT '',
    site_url         TEXT NOT NULL DEFAULT '',
    category         TEXT NOT NULL DEFAULT '',
    etag             TEXT NOT NULL DEFAULT '',
    last_modified    TEXT NOT NULL DEFAULT '',
    poll_interval_ns INTEGER NOT NULL DEFAULT 0,
    last_polled_at   TEXT,
    last_success_at  TEXT,
    next_poll_at     TEXT NOT NULL,
    error_count      INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT NOT NULL DEFAULT '',
    disabled         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL
);
CREATE INDEX feeds_due ON feeds (disabled, next_poll_at);

CREATE TABLE feed_items (
    feed_id     INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid        TEXT NOT NULL,
    link        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    seen_at     TEXT NOT NULL,
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    error       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (feed_id, guid)
);
CREATE INDEX feed_items_pending ON feed_items (feed_id, seen_at) WHERE document_id IS NULL AND error = '';

CREATE TABLE fingerprints (
    document_id   INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    minhash       BLOB NOT NULL,
    bands         BLOB NOT NULL,
    outlet        TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    text_len      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fingerprints_url ON fingerprints (url);
CREATE INDEX fingerprints_canonical_url ON fingerprints (canonical_url);

-- One row per LSH band hash of a fingerprint (the uint64 stored as the
-- int64 with the same bits), for candidate lookup by band.
CREATE TABLE lsh_bands (
    band        INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES fingerprints (document_id) ON DELETE CASCADE,
    PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_document_id ON lsh_bands (document_id);

CREATE TABLE extractions (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    version     TEXT NOT NULL,
    json        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
