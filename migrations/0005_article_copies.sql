-- 0005_article_copies: the same text under another id. An article whose normalised text is
-- already stored under another doc_id (a wire story filed again by a second outlet, the same
-- sentence in two rows of a dump) is not stored twice and not coded twice: its identity is kept
-- here, pointing at the stored article, so that nothing of the input is lost and the exports can
-- list the copy's own id beside the original's extraction. Reports and the tension index count
-- the stored article once, whatever its copies.

CREATE TABLE article_copies (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    doc_id       TEXT    NOT NULL UNIQUE,
    title        TEXT,
    source       TEXT,
    url          TEXT,
    published    TEXT,
    origin       TEXT,
    ingested_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX article_copies_article ON article_copies (article_id);
