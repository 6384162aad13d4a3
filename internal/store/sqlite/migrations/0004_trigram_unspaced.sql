-- yalu schema version 4: the trigram index holds only what the word index
-- cannot answer.

-- A query term goes to the trigram index only when it has a character of a
-- script written without spaces between words (Korean, Chinese, Japanese,
-- Thai, ...); a term in a script written with spaces, punctuation and all
-- ("15,000", "U.S."), is answered by the word index. So documents_fts only
-- needs the whitespace-separated words that contain such a character: a
-- query term has no whitespace, so each of its matches lies within one such
-- word. That text is not a column of documents, so the index is contentless
-- and yalu writes it (SaveDocument; after this migration, fillTrigramIndex).
-- Triggers still delete a changed or deleted document's entry, so an edit
-- by hand leaves it unfindable by trigrams rather than wrong.
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = '', contentless_delete = 1,
    tokenize = 'trigram'
);
INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 8);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_words (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = old.id;
    INSERT INTO documents_words (documents_words, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = old.id;
    INSERT INTO documents_words (documents_words, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_words (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
