-- 0001_init: the tracker's tables.
-- Offsets (start_char, end_char) count Unicode characters from 0 in articles.text, end exclusive,
-- so that substr(text, start_char + 1, end_char - start_char) returns the span in sqlite3.

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    doc_id          TEXT    NOT NULL UNIQUE,
    title           TEXT,
    source          TEXT,
    url             TEXT    UNIQUE,
    published       TEXT,
    date_precision  TEXT    NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    iso_week        TEXT,
    month           TEXT,
    origin          TEXT,
    ingested_at     TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    content_hash    TEXT    NOT NULL UNIQUE,
    word_count      INTEGER NOT NULL,
    sentence_count  INTEGER NOT NULL,
    coder_version   TEXT    NOT NULL,
    countries       TEXT,
    contexts        TEXT,
    tone            REAL,
    positive        REAL,
    negative        REAL,
    polarity        REAL,
    marker_balance  REAL,
    marker_count    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_month ON articles (month);

CREATE TABLE sentences (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (article_id, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE actors (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('state', 'person', 'organisation', 'sector')),
    country  TEXT,
    sector   TEXT
) STRICT;

CREATE TABLE actor_roles (
    person      TEXT NOT NULL REFERENCES actors (code),
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    PRIMARY KEY (person, role, start_date)
) STRICT;

CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_idx  INTEGER NOT NULL,
    actor         TEXT    NOT NULL,
    person        TEXT,
    country       TEXT,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    matched_text  TEXT    NOT NULL,
    locative      INTEGER NOT NULL DEFAULT 0 CHECK (locative IN (0, 1))
) STRICT;
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_country ON mentions (country);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_idx     INTEGER NOT NULL,
    source_actor     TEXT,
    target_actor     TEXT,
    source_country   TEXT,
    target_country   TEXT,
    cameo_code       TEXT    NOT NULL,
    root             TEXT    NOT NULL,
    quad_class       INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    pentaclass       INTEGER NOT NULL CHECK (pentaclass BETWEEN 0 AND 4),
    plover           TEXT,
    goldstein        REAL    NOT NULL,
    event_date       TEXT,
    date_precision   TEXT    NOT NULL CHECK (date_precision IN ('day', 'week', 'month', 'year', 'unknown')),
    date_phrase      TEXT,
    date_basis       TEXT    NOT NULL CHECK (date_basis IN ('phrase', 'publication', 'none')),
    iso_week         TEXT,
    month            TEXT,
    modality         TEXT    NOT NULL CHECK (modality IN ('asserted', 'future', 'hypothetical', 'negated')),
    domestic         INTEGER NOT NULL DEFAULT 0 CHECK (domestic IN (0, 1)),
    symmetric        INTEGER NOT NULL DEFAULT 0 CHECK (symmetric IN (0, 1)),
    evidence         TEXT    NOT NULL,
    start_char       INTEGER NOT NULL,
    end_char         INTEGER NOT NULL,
    trigger          TEXT,
    pattern          TEXT,
    confidence       REAL    NOT NULL,
    mention_count    INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_dyad_month ON events (source_country, target_country, month);
CREATE INDEX events_date ON events (event_date);

CREATE TABLE event_mentions (
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    sentence_idx  INTEGER NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    evidence      TEXT    NOT NULL,
    PRIMARY KEY (event_id, start_char)
) STRICT, WITHOUT ROWID;

CREATE TABLE issues (
    id       INTEGER PRIMARY KEY,
    slug     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    context  TEXT NOT NULL
) STRICT;

CREATE TABLE article_issues (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    issue_id    INTEGER NOT NULL REFERENCES issues (id),
    count       INTEGER NOT NULL,
    salience    REAL    NOT NULL,
    first_phrase TEXT   NOT NULL,
    PRIMARY KEY (article_id, issue_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_issues_issue ON article_issues (issue_id);

CREATE TABLE event_issues (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    issue_id  INTEGER NOT NULL REFERENCES issues (id),
    PRIMARY KEY (event_id, issue_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE tone_markers (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_idx   INTEGER NOT NULL,
    phrase         TEXT    NOT NULL,
    category       TEXT    NOT NULL,
    base_weight    REAL    NOT NULL,
    weight         REAL    NOT NULL,
    modifier       TEXT,
    speaker_actor  TEXT,
    speaker_country TEXT,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL
) STRICT;
CREATE INDEX tone_markers_article ON tone_markers (article_id);

CREATE TABLE quotes (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_idx   INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('direct', 'reported')),
    speaker_actor  TEXT,
    speaker_country TEXT,
    speaker_text   TEXT,
    text           TEXT    NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    quote_date     TEXT,
    date_precision TEXT    NOT NULL CHECK (date_precision IN ('day', 'week', 'month', 'year', 'unknown'))
) STRICT;
CREATE INDEX quotes_article ON quotes (article_id);
