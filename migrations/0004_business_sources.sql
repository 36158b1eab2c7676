-- 0004_business_sources: what companies do does not count. An event whose source actor is a
-- business (an actor code with the sector suffix BUS: `USABUS`, a US company) is a company
-- buying, selling or saying something, not its state acting, so it no longer counts for the
-- tension index; a state acting on a company (a ban on a foreign firm, target `...BUS`) still
-- does. See docs/tension-index.md.
--
-- The triggers of 0002 and 0003 that decide what counts, and the `counted` column of `v_events`,
-- are recreated with one more condition, `coalesce(source_actor, '') NOT GLOB '*BUS'`, and
-- otherwise as they were; the aggregates are then derived anew from the base tables with the
-- backfills of 0002 and 0003 and the same condition, so that a database already holding articles
-- loses its companies' events from the index.

-- Events in and out (0002) --------------------------------------------------------------------

DROP TRIGGER reports_event_story_insert;
CREATE TRIGGER reports_event_story_insert AFTER INSERT ON events
WHEN NEW.modality = 'asserted' AND NEW.domestic = 0 AND NEW.source_country IS NOT NULL
     AND NEW.target_country IS NOT NULL AND NEW.source_country <> NEW.target_country
     AND coalesce(NEW.source_actor, '') NOT GLOB '*BUS'
     AND NEW.event_date IS NOT NULL
BEGIN
    INSERT INTO pair_stories (a, b, day, dir, date_precision, cameo_code, iso_week, month,
                              quad_class, goldstein, sources)
    VALUES (min(NEW.source_country, NEW.target_country), max(NEW.source_country, NEW.target_country),
            NEW.event_date,
            CASE WHEN NEW.symmetric = 1 THEN 'sym'
                 WHEN NEW.source_country < NEW.target_country THEN 'ab' ELSE 'ba' END,
            NEW.date_precision, NEW.cameo_code, NEW.iso_week, NEW.month, NEW.quad_class,
            NEW.goldstein, 1)
    ON CONFLICT DO UPDATE SET sources = sources + 1;

    INSERT INTO pair_days (a, b, day, dir, date_precision, iso_week, month, stories, q1, q2, q3, q4,
                           goldstein_sum, sources)
    SELECT s.a, s.b, s.day, s.dir, s.date_precision, s.iso_week, s.month,
           s.sources = 1,
           s.sources = 1 AND s.quad_class = 1, s.sources = 1 AND s.quad_class = 2,
           s.sources = 1 AND s.quad_class = 3, s.sources = 1 AND s.quad_class = 4,
           CASE WHEN s.sources = 1 THEN s.goldstein ELSE 0.0 END, 1
    FROM pair_stories s
    WHERE s.a = min(NEW.source_country, NEW.target_country)
      AND s.b = max(NEW.source_country, NEW.target_country)
      AND s.day = NEW.event_date
      AND s.dir = CASE WHEN NEW.symmetric = 1 THEN 'sym'
                       WHEN NEW.source_country < NEW.target_country THEN 'ab' ELSE 'ba' END
      AND s.cameo_code = NEW.cameo_code AND s.date_precision = NEW.date_precision
    ON CONFLICT DO UPDATE SET stories = stories + excluded.stories, q1 = q1 + excluded.q1,
        q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
        goldstein_sum = goldstein_sum + excluded.goldstein_sum, sources = sources + 1;
END;

DROP TRIGGER reports_event_article_insert;
CREATE TRIGGER reports_event_article_insert AFTER INSERT ON events
WHEN NEW.modality = 'asserted' AND NEW.domestic = 0 AND NEW.source_country IS NOT NULL
     AND NEW.target_country IS NOT NULL AND NEW.source_country <> NEW.target_country
     AND coalesce(NEW.source_actor, '') NOT GLOB '*BUS'
BEGIN
    INSERT INTO pair_articles (article_id, a, b, published, date_precision, iso_week, month, events,
                               a_markers, a_weight, b_markers, b_weight)
    SELECT ar.id, min(NEW.source_country, NEW.target_country),
           max(NEW.source_country, NEW.target_country),
           ar.published, ar.date_precision, ar.iso_week, ar.month, 1,
           (SELECT count(*) FROM tone_markers m WHERE m.article_id = ar.id
              AND m.speaker_country = min(NEW.source_country, NEW.target_country)),
           (SELECT coalesce(sum(m.weight), 0.0) FROM tone_markers m WHERE m.article_id = ar.id
              AND m.speaker_country = min(NEW.source_country, NEW.target_country)),
           (SELECT count(*) FROM tone_markers m WHERE m.article_id = ar.id
              AND m.speaker_country = max(NEW.source_country, NEW.target_country)),
           (SELECT coalesce(sum(m.weight), 0.0) FROM tone_markers m WHERE m.article_id = ar.id
              AND m.speaker_country = max(NEW.source_country, NEW.target_country))
    FROM articles ar WHERE ar.id = NEW.article_id
    ON CONFLICT DO UPDATE SET events = events + 1;
END;

DROP TRIGGER reports_event_story_delete;
CREATE TRIGGER reports_event_story_delete AFTER DELETE ON events
WHEN OLD.modality = 'asserted' AND OLD.domestic = 0 AND OLD.source_country IS NOT NULL
     AND OLD.target_country IS NOT NULL AND OLD.source_country <> OLD.target_country
     AND coalesce(OLD.source_actor, '') NOT GLOB '*BUS'
     AND OLD.event_date IS NOT NULL
BEGIN
    UPDATE pair_stories SET sources = sources - 1
    WHERE a = min(OLD.source_country, OLD.target_country)
      AND b = max(OLD.source_country, OLD.target_country)
      AND day = OLD.event_date
      AND dir = CASE WHEN OLD.symmetric = 1 THEN 'sym'
                     WHEN OLD.source_country < OLD.target_country THEN 'ab' ELSE 'ba' END
      AND cameo_code = OLD.cameo_code AND date_precision = OLD.date_precision;

    UPDATE pair_days SET
        sources = pair_days.sources - 1,
        stories = pair_days.stories - (s.sources = 0),
        q1 = pair_days.q1 - (s.sources = 0 AND s.quad_class = 1),
        q2 = pair_days.q2 - (s.sources = 0 AND s.quad_class = 2),
        q3 = pair_days.q3 - (s.sources = 0 AND s.quad_class = 3),
        q4 = pair_days.q4 - (s.sources = 0 AND s.quad_class = 4),
        goldstein_sum = pair_days.goldstein_sum
                        - CASE WHEN s.sources = 0 THEN s.goldstein ELSE 0.0 END
    FROM pair_stories s
    WHERE s.a = min(OLD.source_country, OLD.target_country)
      AND s.b = max(OLD.source_country, OLD.target_country)
      AND s.day = OLD.event_date
      AND s.dir = CASE WHEN OLD.symmetric = 1 THEN 'sym'
                       WHEN OLD.source_country < OLD.target_country THEN 'ab' ELSE 'ba' END
      AND s.cameo_code = OLD.cameo_code AND s.date_precision = OLD.date_precision
      AND pair_days.a = s.a AND pair_days.b = s.b AND pair_days.day = s.day
      AND pair_days.dir = s.dir AND pair_days.date_precision = s.date_precision;

    DELETE FROM pair_stories
    WHERE a = min(OLD.source_country, OLD.target_country)
      AND b = max(OLD.source_country, OLD.target_country)
      AND day = OLD.event_date AND cameo_code = OLD.cameo_code
      AND date_precision = OLD.date_precision AND sources <= 0;

    DELETE FROM pair_days
    WHERE a = min(OLD.source_country, OLD.target_country)
      AND b = max(OLD.source_country, OLD.target_country)
      AND day = OLD.event_date AND date_precision = OLD.date_precision AND sources <= 0;
END;

DROP TRIGGER reports_event_article_delete;
CREATE TRIGGER reports_event_article_delete AFTER DELETE ON events
WHEN OLD.modality = 'asserted' AND OLD.domestic = 0 AND OLD.source_country IS NOT NULL
     AND OLD.target_country IS NOT NULL AND OLD.source_country <> OLD.target_country
     AND coalesce(OLD.source_actor, '') NOT GLOB '*BUS'
BEGIN
    UPDATE pair_articles SET events = events - 1
    WHERE article_id = OLD.article_id
      AND a = min(OLD.source_country, OLD.target_country)
      AND b = max(OLD.source_country, OLD.target_country);
    DELETE FROM pair_articles
    WHERE article_id = OLD.article_id
      AND a = min(OLD.source_country, OLD.target_country)
      AND b = max(OLD.source_country, OLD.target_country)
      AND events <= 0;
END;

-- Issue tags of events in and out (0003) -----------------------------------------------------

DROP TRIGGER reports_issue_tag_insert;
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
      AND coalesce(e.source_actor, '') NOT GLOB '*BUS'
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
      AND coalesce(e.source_actor, '') NOT GLOB '*BUS'
      AND e.event_date IS NOT NULL
    ON CONFLICT DO UPDATE SET stories = stories + excluded.stories, sources = sources + 1;
END;

DROP TRIGGER reports_issue_tag_delete;
CREATE TRIGGER reports_issue_tag_delete AFTER DELETE ON event_issues
BEGIN
    UPDATE pair_story_issues SET sources = pair_story_issues.sources - 1
    FROM events e
    WHERE e.id = OLD.event_id
      AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
      AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
      AND coalesce(e.source_actor, '') NOT GLOB '*BUS'
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
      AND coalesce(e.source_actor, '') NOT GLOB '*BUS'
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
              AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
              AND coalesce(e.source_actor, '') NOT GLOB '*BUS')
      AND issue_id = OLD.issue_id AND sources <= 0;

    DELETE FROM pair_issue_days
    WHERE (a, b, day, date_precision) IN (
            SELECT min(e.source_country, e.target_country), max(e.source_country, e.target_country),
                   e.event_date, e.date_precision
            FROM events e
            WHERE e.id = OLD.event_id
              AND e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
              AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
              AND coalesce(e.source_actor, '') NOT GLOB '*BUS')
      AND issue_id = OLD.issue_id AND articles <= 0 AND sources <= 0;
END;

-- Deleting an event deletes its tags through the foreign key's ON DELETE CASCADE, but SQLite
-- runs that cascade after the event row is gone, when the trigger above could no longer find
-- the story. So a counted event's tags are deleted first, before the event itself.
DROP TRIGGER reports_issue_event_delete;
CREATE TRIGGER reports_issue_event_delete BEFORE DELETE ON events
WHEN OLD.modality = 'asserted' AND OLD.domestic = 0 AND OLD.source_country IS NOT NULL
     AND OLD.target_country IS NOT NULL AND OLD.source_country <> OLD.target_country
     AND coalesce(OLD.source_actor, '') NOT GLOB '*BUS'
     AND OLD.event_date IS NOT NULL
BEGIN
    DELETE FROM event_issues WHERE event_id = OLD.id;
END;

-- Views ---------------------------------------------------------------------------------------

-- Every event with its actors' names, the article and the evidence sentence.
DROP VIEW v_events;
CREATE VIEW v_events AS
SELECT e.id AS event_id, ar.doc_id, ar.title, ar.source, ar.published,
       e.event_date, e.date_precision, e.iso_week, e.month,
       e.source_actor, sa.name AS source_name, e.source_country,
       e.target_actor, ta.name AS target_name, e.target_country,
       e.cameo_code, e.quad_class, e.goldstein, e.modality, e.domestic, e.symmetric,
       e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
         AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
         AND coalesce(e.source_actor, '') NOT GLOB '*BUS' AS counted,
       e.confidence, e.evidence
FROM events e
JOIN articles ar ON ar.id = e.article_id
LEFT JOIN actors sa ON sa.code = e.source_actor
LEFT JOIN actors ta ON ta.code = e.target_actor;

-- Rebuild: the aggregates derived anew from the base tables ------------------------------------

-- The issue days and tone days first, so that deleting the pair articles (whose triggers update
-- both) finds nothing left to update.
DELETE FROM pair_issue_days;
DELETE FROM pair_story_issues;
DELETE FROM pair_tone_days;
DELETE FROM pair_articles;
DELETE FROM pair_days;
DELETE FROM pair_stories;

-- The backfill of 0002, with the condition.
INSERT INTO pair_stories (a, b, day, dir, date_precision, cameo_code, iso_week, month, quad_class,
                          goldstein, sources)
SELECT min(source_country, target_country), max(source_country, target_country), event_date,
       CASE WHEN symmetric = 1 THEN 'sym' WHEN source_country < target_country THEN 'ab' ELSE 'ba' END,
       date_precision, cameo_code, min(iso_week), min(month), min(quad_class), min(goldstein), count(*)
FROM events
WHERE modality = 'asserted' AND domestic = 0 AND source_country IS NOT NULL
  AND target_country IS NOT NULL AND source_country <> target_country AND event_date IS NOT NULL
  AND coalesce(source_actor, '') NOT GLOB '*BUS'
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO pair_days (a, b, day, dir, date_precision, iso_week, month, stories, q1, q2, q3, q4,
                       goldstein_sum, sources)
SELECT a, b, day, dir, date_precision, min(iso_week), min(month), count(*), sum(quad_class = 1),
       sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4), sum(goldstein), sum(sources)
FROM pair_stories GROUP BY a, b, day, dir, date_precision;

-- Its triggers fill `pair_tone_days` (0002) and the article counts of `pair_issue_days` (0003).
INSERT INTO pair_articles (article_id, a, b, published, date_precision, iso_week, month, events,
                           a_markers, a_weight, b_markers, b_weight)
SELECT p.article_id, p.a, p.b, ar.published, ar.date_precision, ar.iso_week, ar.month, p.events,
       (SELECT count(*) FROM tone_markers m WHERE m.article_id = p.article_id AND m.speaker_country = p.a),
       (SELECT coalesce(sum(m.weight), 0.0) FROM tone_markers m
         WHERE m.article_id = p.article_id AND m.speaker_country = p.a),
       (SELECT count(*) FROM tone_markers m WHERE m.article_id = p.article_id AND m.speaker_country = p.b),
       (SELECT coalesce(sum(m.weight), 0.0) FROM tone_markers m
         WHERE m.article_id = p.article_id AND m.speaker_country = p.b)
FROM (SELECT article_id, min(source_country, target_country) AS a,
             max(source_country, target_country) AS b, count(*) AS events
      FROM events
      WHERE modality = 'asserted' AND domestic = 0 AND source_country IS NOT NULL
        AND target_country IS NOT NULL AND source_country <> target_country
        AND coalesce(source_actor, '') NOT GLOB '*BUS'
      GROUP BY 1, 2, 3) p
JOIN articles ar ON ar.id = p.article_id;

-- The backfill of 0003, with the condition; the article counts the trigger made are recounted
-- by it, so they go first.
DELETE FROM pair_issue_days;

INSERT INTO pair_story_issues (a, b, day, dir, date_precision, cameo_code, issue_id, sources)
SELECT min(e.source_country, e.target_country), max(e.source_country, e.target_country),
       e.event_date,
       CASE WHEN e.symmetric = 1 THEN 'sym'
            WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END,
       e.date_precision, e.cameo_code, ei.issue_id, count(*)
FROM events e JOIN event_issues ei ON ei.event_id = e.id
WHERE e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
  AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
  AND e.event_date IS NOT NULL AND coalesce(e.source_actor, '') NOT GLOB '*BUS'
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
