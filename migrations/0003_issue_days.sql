-- 0003_issue_days: issue salience per pair, day and issue, kept up to date by triggers on
-- `event_issues`, `article_issues`, `pair_articles` and `events` in the manner of 0002, so that
-- `report issues` and `v_issue_month` read a few rows per day instead of joining every event and
-- article of a pair with its issues.
--
-- Counted events, pairs (`a` < `b`), `dir` and stories are those of 0002: a story is one
-- happening however many articles report it (the same date, date precision, direction, pair
-- and CAMEO code), and it is tagged with an issue when any of its reports is.

-- One row per story and issue it is tagged with; `sources` is the number of event rows (reports)
-- of the story that carry the tag. What lets a story count once per issue.
CREATE TABLE pair_story_issues (
    a               TEXT    NOT NULL,
    b               TEXT    NOT NULL,
    day             TEXT    NOT NULL,
    dir             TEXT    NOT NULL CHECK (dir IN ('ab', 'ba', 'sym')),
    date_precision  TEXT    NOT NULL,
    cameo_code      TEXT    NOT NULL,
    issue_id        INTEGER NOT NULL,
    sources         INTEGER NOT NULL,
    PRIMARY KEY (a, b, day, dir, cameo_code, date_precision, issue_id)
) STRICT, WITHOUT ROWID;

-- Per pair, day, date precision and issue: the pair's articles published that day that mention
-- the issue (from `pair_articles` and `article_issues`), and the pair's stories dated that day
-- that are tagged with it (from `pair_story_issues`). `day` is a publication date for
-- `articles` and an event date for `stories` and `sources`; both are dated at `date_precision`,
-- so `iso_week` and `month` (NULL when the date is too coarse, as in `pair_days`) are the same
-- for both.
CREATE TABLE pair_issue_days (
    a               TEXT    NOT NULL,
    b               TEXT    NOT NULL,
    day             TEXT    NOT NULL,
    date_precision  TEXT    NOT NULL,
    issue_id        INTEGER NOT NULL,
    iso_week        TEXT,
    month           TEXT,
    articles        INTEGER NOT NULL,
    stories         INTEGER NOT NULL,
    sources         INTEGER NOT NULL,
    PRIMARY KEY (a, b, day, date_precision, issue_id)
) STRICT, WITHOUT ROWID;

-- Issue tags of events in ---------------------------------------------------------------------

CREATE TRIGGER reports_issue_tag_insert AFTER INSERT ON event_issues
BEGIN
    INSERT INTO pair_story_issues (a, b, day, dir, date_precision, cameo_code, issue_id, sources)
    SELECT min(e.source_country, e.target_country), max(e.source_country, e.target_country),
           e.event_date,
           CASE WHEN e.symmetric = 1 THEN 'sym'
                WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END,
           e.date_precision, e.cameo_code, NEW.issue_id, 1
    FROM events e
    WHERE e.id = NEW.event_id
      AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
      AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
      AND e.event_date IS NOT NULL
    ON CONFLICT DO UPDATE SET sources = sources + 1;

    INSERT INTO pair_issue_days (a, b, day, date_precision, issue_id, iso_week, month, articles,
                                 stories, sources)
    SELECT s.a, s.b, s.day, s.date_precision, s.issue_id, e.iso_week, e.month, 0, s.sources = 1, 1
    FROM events e
    JOIN pair_story_issues s
      ON s.a = min(e.source_country, e.target_country)
     AND s.b = max(e.source_country, e.target_country)
     AND s.day = e.event_date
     AND s.dir = CASE WHEN e.symmetric = 1 THEN 'sym'
                      WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END
     AND s.cameo_code = e.cameo_code AND s.date_precision = e.date_precision
     AND s.issue_id = NEW.issue_id
    WHERE e.id = NEW.event_id
      AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
      AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
      AND e.event_date IS NOT NULL
    ON CONFLICT DO UPDATE SET stories = stories + excluded.stories, sources = sources + 1;
END;

-- Issue tags of events out --------------------------------------------------------------------

-- A tag is taken back while its event is still there to say which story it tagged.
CREATE TRIGGER reports_issue_tag_delete AFTER DELETE ON event_issues
BEGIN
    UPDATE pair_story_issues SET sources = pair_story_issues.sources - 1
    FROM events e
    WHERE e.id = OLD.event_id
      AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
      AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
      AND e.event_date IS NOT NULL
      AND pair_story_issues.a = min(e.source_country, e.target_country)
      AND pair_story_issues.b = max(e.source_country, e.target_country)
      AND pair_story_issues.day = e.event_date
      AND pair_story_issues.dir = CASE WHEN e.symmetric = 1 THEN 'sym'
                                       WHEN e.source_country < e.target_country THEN 'ab'
                                       ELSE 'ba' END
      AND pair_story_issues.cameo_code = e.cameo_code
      AND pair_story_issues.date_precision = e.date_precision
      AND pair_story_issues.issue_id = OLD.issue_id;

    UPDATE pair_issue_days SET
        sources = pair_issue_days.sources - 1,
        stories = pair_issue_days.stories - (s.sources = 0)
    FROM events e
    JOIN pair_story_issues s
      ON s.a = min(e.source_country, e.target_country)
     AND s.b = max(e.source_country, e.target_country)
     AND s.day = e.event_date
     AND s.dir = CASE WHEN e.symmetric = 1 THEN 'sym'
                      WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END
     AND s.cameo_code = e.cameo_code AND s.date_precision = e.date_precision
     AND s.issue_id = OLD.issue_id
    WHERE e.id = OLD.event_id
      AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
      AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
      AND e.event_date IS NOT NULL
      AND pair_issue_days.a = s.a AND pair_issue_days.b = s.b AND pair_issue_days.day = s.day
      AND pair_issue_days.date_precision = s.date_precision
      AND pair_issue_days.issue_id = s.issue_id;

    DELETE FROM pair_story_issues
    WHERE (a, b, day, dir, cameo_code, date_precision) IN (
            SELECT min(e.source_country, e.target_country), max(e.source_country, e.target_country),
                   e.event_date,
                   CASE WHEN e.symmetric = 1 THEN 'sym'
                        WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END,
                   e.cameo_code, e.date_precision
            FROM events e
            WHERE e.id = OLD.event_id
              AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
              AND e.target_country IS NOT NULL AND e.source_country <> e.target_country)
      AND issue_id = OLD.issue_id AND sources <= 0;

    DELETE FROM pair_issue_days
    WHERE (a, b, day, date_precision) IN (
            SELECT min(e.source_country, e.target_country), max(e.source_country, e.target_country),
                   e.event_date, e.date_precision
            FROM events e
            WHERE e.id = OLD.event_id
              AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
              AND e.target_country IS NOT NULL AND e.source_country <> e.target_country)
      AND issue_id = OLD.issue_id AND articles <= 0 AND sources <= 0;
END;

-- Deleting an event deletes its tags through the foreign key's ON DELETE CASCADE, but SQLite
-- runs that cascade after the event row is gone, when the trigger above could no longer find
-- the story. So a counted event's tags are deleted first, before the event itself.
CREATE TRIGGER reports_issue_event_delete BEFORE DELETE ON events
WHEN OLD.modality = 'asserted' AND OLD.domestic = 0 AND OLD.source_country IS NOT NULL
     AND OLD.target_country IS NOT NULL AND OLD.source_country <> OLD.target_country
     AND OLD.event_date IS NOT NULL
BEGIN
    DELETE FROM event_issues WHERE event_id = OLD.id;
END;

-- Articles of a pair and their issues, in and out ---------------------------------------------

-- An article counts for a pair's issue once it is both an article of the pair (`pair_articles`,
-- made by the first counted event of the pair) and tagged with the issue (`article_issues`),
-- whichever of the two rows comes second; it stops counting when the first of them goes.

CREATE TRIGGER reports_issue_pair_article_insert AFTER INSERT ON pair_articles
WHEN NEW.published IS NOT NULL
BEGIN
    INSERT INTO pair_issue_days (a, b, day, date_precision, issue_id, iso_week, month, articles,
                                 stories, sources)
    SELECT NEW.a, NEW.b, NEW.published, NEW.date_precision, ai.issue_id, NEW.iso_week, NEW.month,
           1, 0, 0
    FROM article_issues ai
    WHERE ai.article_id = NEW.article_id
    ON CONFLICT DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER reports_issue_pair_article_delete AFTER DELETE ON pair_articles
WHEN OLD.published IS NOT NULL
BEGIN
    UPDATE pair_issue_days SET articles = articles - 1
    WHERE a = OLD.a AND b = OLD.b AND day = OLD.published AND date_precision = OLD.date_precision
      AND issue_id IN (SELECT issue_id FROM article_issues WHERE article_id = OLD.article_id);
    DELETE FROM pair_issue_days
    WHERE a = OLD.a AND b = OLD.b AND day = OLD.published AND date_precision = OLD.date_precision
      AND articles <= 0 AND sources <= 0;
END;

CREATE TRIGGER reports_issue_article_insert AFTER INSERT ON article_issues
BEGIN
    INSERT INTO pair_issue_days (a, b, day, date_precision, issue_id, iso_week, month, articles,
                                 stories, sources)
    SELECT pa.a, pa.b, pa.published, pa.date_precision, NEW.issue_id, pa.iso_week, pa.month,
           1, 0, 0
    FROM pair_articles pa
    WHERE pa.article_id = NEW.article_id AND pa.published IS NOT NULL
    ON CONFLICT DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER reports_issue_article_delete AFTER DELETE ON article_issues
BEGIN
    UPDATE pair_issue_days SET articles = pair_issue_days.articles - 1
    FROM pair_articles pa
    WHERE pa.article_id = OLD.article_id AND pa.published IS NOT NULL
      AND pair_issue_days.a = pa.a AND pair_issue_days.b = pa.b
      AND pair_issue_days.day = pa.published AND pair_issue_days.date_precision = pa.date_precision
      AND pair_issue_days.issue_id = OLD.issue_id;
    DELETE FROM pair_issue_days
    WHERE (a, b, day, date_precision) IN (
            SELECT pa.a, pa.b, pa.published, pa.date_precision
            FROM pair_articles pa WHERE pa.article_id = OLD.article_id)
      AND issue_id = OLD.issue_id AND articles <= 0 AND sources <= 0;
END;

-- Views ---------------------------------------------------------------------------------------

-- Issue salience per pair and month, now read from the aggregates (the same rows and numbers as
-- the 0002 view, which joined every counted event and pair article with its issues):
-- `pair_issue_days` for the issue counts, `pair_tone_days` for the pair's articles and
-- `pair_days` for its counted events of the month.
DROP VIEW v_issue_month;
CREATE VIEW v_issue_month AS
WITH iss AS (
    SELECT a, b, month, issue_id, sum(articles) AS articles, sum(sources) AS events
    FROM pair_issue_days WHERE month IS NOT NULL GROUP BY a, b, month, issue_id
), art_all AS (
    SELECT a, b, month, sum(articles) AS articles
    FROM pair_tone_days WHERE month IS NOT NULL GROUP BY a, b, month
), ev_all AS (
    SELECT a, b, month, sum(sources) AS events
    FROM pair_days WHERE month IS NOT NULL GROUP BY a, b, month
)
SELECT iss.a, iss.b, iss.a || ':' || iss.b AS pair, iss.month, i.slug AS issue,
       i.name AS issue_name, iss.articles,
       round(iss.articles * 1.0 / nullif(art_all.articles, 0), 4) AS article_share,
       iss.events,
       round(iss.events * 1.0 / nullif(ev_all.events, 0), 4) AS event_share
FROM iss
JOIN issues i ON i.id = iss.issue_id
LEFT JOIN art_all ON art_all.a = iss.a AND art_all.b = iss.b AND art_all.month = iss.month
LEFT JOIN ev_all ON ev_all.a = iss.a AND ev_all.b = iss.b AND ev_all.month = iss.month
WHERE iss.articles > 0 OR iss.events > 0;

-- Backfill: a database that already holds articles gets its aggregates now ---------------------

INSERT INTO pair_story_issues (a, b, day, dir, date_precision, cameo_code, issue_id, sources)
SELECT min(e.source_country, e.target_country), max(e.source_country, e.target_country),
       e.event_date,
       CASE WHEN e.symmetric = 1 THEN 'sym'
            WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END,
       e.date_precision, e.cameo_code, ei.issue_id, count(*)
FROM events e JOIN event_issues ei ON ei.event_id = e.id
WHERE e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
  AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
  AND e.event_date IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO pair_issue_days (a, b, day, date_precision, issue_id, iso_week, month, articles,
                             stories, sources)
SELECT a, b, day, date_precision, issue_id, min(iso_week), min(month), sum(articles),
       sum(stories), sum(sources)
FROM (
    SELECT pa.a, pa.b, pa.published AS day, pa.date_precision, ai.issue_id, pa.iso_week, pa.month,
           1 AS articles, 0 AS stories, 0 AS sources
    FROM pair_articles pa JOIN article_issues ai ON ai.article_id = pa.article_id
    WHERE pa.published IS NOT NULL
    UNION ALL
    SELECT s.a, s.b, s.day, s.date_precision, s.issue_id, ps.iso_week, ps.month, 0, 1, s.sources
    FROM pair_story_issues s
    JOIN pair_stories ps ON ps.a = s.a AND ps.b = s.b AND ps.day = s.day AND ps.dir = s.dir
                        AND ps.cameo_code = s.cameo_code AND ps.date_precision = s.date_precision
)
GROUP BY a, b, day, date_precision, issue_id;
