-- yalu schema version 5: the wire dateline that opens a report ("SEOUL,
-- March 4 (Yonhap) --"), kept as JSON (model.Dateline) so the dateline city,
-- country and agency stay available without re-cleaning. NULL: none.
ALTER TABLE documents ADD COLUMN dateline TEXT;
