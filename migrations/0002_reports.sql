-- 0002_reports: aggregates for the tension index, kept up to date by triggers on `events` and
-- `tone_markers`, so the write path (insert, and the delete + re-insert of a recode) maintains
-- them without knowing they exist; and the views analysts query from sqlite3 (3.40 and later).
--
-- An event counts for the index when it is asserted, between two different known states and
-- not domestic. A pair is unordered: `a` is the alphabetically first state, `b` the other;
-- `dir` says who acted: 'ab' (a acted on b), 'ba' (b on a) or 'sym' (both: "talks between A
-- and B"). A story is one happening however many articles report it: the same date, date
-- precision, direction, pair and CAMEO code. See docs/tension-index.md.

-- One row per story; `sources` is the number of event rows (articles) that report it.
CREATE TABLE pair_stories (
    a               TEXT    NOT NULL,
    b               TEXT    NOT NULL,
    day             TEXT    NOT NULL,
    dir             TEXT    NOT NULL CHECK (dir IN ('ab', 'ba', 'sym')),
    date_precision  TEXT    NOT NULL,
    cameo_code      TEXT    NOT NULL,
    iso_week        TEXT,
    month           TEXT,
    quad_class      INTEGER NOT NULL,
    goldstein       REAL    NOT NULL,
    sources         INTEGER NOT NULL,
    PRIMARY KEY (a, b, day, dir, cameo_code, date_precision)
) STRICT, WITHOUT ROWID;

-- The stories of a pair, direction and day, summed: what every trend reads.
-- `iso_week` is NULL unless the stories are dated to the day or week, `month` unless to the
-- day, week or month, so a story known only by its year never lands in a month.
CREATE TABLE pair_days (
    a               TEXT    NOT NULL,
    b               TEXT    NOT NULL,
    day             TEXT    NOT NULL,
    dir             TEXT    NOT NULL,
    date_precision  TEXT    NOT NULL,
    iso_week        TEXT,
    month           TEXT,
    stories         INTEGER NOT NULL,
    q1              INTEGER NOT NULL,
    q2              INTEGER NOT NULL,
    q3              INTEGER NOT NULL,
    q4              INTEGER NOT NULL,
    goldstein_sum   REAL    NOT NULL,
    sources         INTEGER NOT NULL,
    PRIMARY KEY (a, b, day, dir, date_precision)
) STRICT, WITHOUT ROWID;
-- covering, so the leaderboard reads a span of days for every pair without touching the table
CREATE INDEX pair_days_day ON pair_days (day, date_precision, a, b, dir, iso_week, month, stories,
                                         q1, q2, q3, q4, goldstein_sum, sources);

-- One row per article that reports at least one counted event of a pair, dated by the article's
-- publication, with the tone markers said in that article by each of the two states.
CREATE TABLE pair_articles (
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    a               TEXT    NOT NULL,
    b               TEXT    NOT NULL,
    published       TEXT,
    date_precision  TEXT    NOT NULL,
    iso_week        TEXT,
    month           TEXT,
    events          INTEGER NOT NULL,
    a_markers       INTEGER NOT NULL,
    a_weight        REAL    NOT NULL,
    b_markers       INTEGER NOT NULL,
    b_weight        REAL    NOT NULL,
    PRIMARY KEY (a, b, article_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX pair_articles_article ON pair_articles (article_id);

-- `pair_articles` summed per pair and day of publication (articles with a known date only):
-- what trends read for the articles and tone components. Kept by triggers on `pair_articles`.
CREATE TABLE pair_tone_days (
    a               TEXT    NOT NULL,
    b               TEXT    NOT NULL,
    published       TEXT    NOT NULL,
    date_precision  TEXT    NOT NULL,
    iso_week        TEXT,
    month           TEXT,
    articles        INTEGER NOT NULL,
    a_markers       INTEGER NOT NULL,
    a_weight        REAL    NOT NULL,
    b_markers       INTEGER NOT NULL,
    b_weight        REAL    NOT NULL,
    PRIMARY KEY (a, b, published, date_precision)
) STRICT, WITHOUT ROWID;
-- covering, for the leaderboard's span of publication dates
CREATE INDEX pair_tone_days_published ON pair_tone_days (published, date_precision, a, b, iso_week,
    month, articles, a_markers, a_weight, b_markers, b_weight);

-- For the evidence of a story, the event lists and the actor reports.
CREATE INDEX events_story ON events (source_country, target_country, event_date, cameo_code);
CREATE INDEX events_source_actor ON events (source_actor);
CREATE INDEX events_target_actor ON events (target_actor);
CREATE INDEX tone_markers_speaker ON tone_markers (speaker_actor);

-- Events in -----------------------------------------------------------------------------------

CREATE TRIGGER reports_event_story_insert AFTER INSERT ON events
WHEN NEW.modality = 'asserted' AND NEW.domestic = 0 AND NEW.source_country IS NOT NULL
     AND NEW.target_country IS NOT NULL AND NEW.source_country <> NEW.target_country
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

CREATE TRIGGER reports_event_article_insert AFTER INSERT ON events
WHEN NEW.modality = 'asserted' AND NEW.domestic = 0 AND NEW.source_country IS NOT NULL
     AND NEW.target_country IS NOT NULL AND NEW.source_country <> NEW.target_country
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

-- Events out ----------------------------------------------------------------------------------

CREATE TRIGGER reports_event_story_delete AFTER DELETE ON events
WHEN OLD.modality = 'asserted' AND OLD.domestic = 0 AND OLD.source_country IS NOT NULL
     AND OLD.target_country IS NOT NULL AND OLD.source_country <> OLD.target_country
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

CREATE TRIGGER reports_event_article_delete AFTER DELETE ON events
WHEN OLD.modality = 'asserted' AND OLD.domestic = 0 AND OLD.source_country IS NOT NULL
     AND OLD.target_country IS NOT NULL AND OLD.source_country <> OLD.target_country
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

-- Tone markers in and out ---------------------------------------------------------------------

CREATE TRIGGER reports_marker_insert AFTER INSERT ON tone_markers
WHEN NEW.speaker_country IS NOT NULL
BEGIN
    UPDATE pair_articles SET a_markers = a_markers + 1, a_weight = a_weight + NEW.weight
    WHERE article_id = NEW.article_id AND a = NEW.speaker_country;
    UPDATE pair_articles SET b_markers = b_markers + 1, b_weight = b_weight + NEW.weight
    WHERE article_id = NEW.article_id AND b = NEW.speaker_country;
END;

CREATE TRIGGER reports_marker_delete AFTER DELETE ON tone_markers
WHEN OLD.speaker_country IS NOT NULL
BEGIN
    UPDATE pair_articles SET a_markers = a_markers - 1, a_weight = a_weight - OLD.weight
    WHERE article_id = OLD.article_id AND a = OLD.speaker_country;
    UPDATE pair_articles SET b_markers = b_markers - 1, b_weight = b_weight - OLD.weight
    WHERE article_id = OLD.article_id AND b = OLD.speaker_country;
END;

-- Pair articles in, changed and out -----------------------------------------------------------

CREATE TRIGGER reports_pair_article_insert AFTER INSERT ON pair_articles
WHEN NEW.published IS NOT NULL
BEGIN
    INSERT INTO pair_tone_days (a, b, published, date_precision, iso_week, month, articles,
                                a_markers, a_weight, b_markers, b_weight)
    VALUES (NEW.a, NEW.b, NEW.published, NEW.date_precision, NEW.iso_week, NEW.month, 1,
            NEW.a_markers, NEW.a_weight, NEW.b_markers, NEW.b_weight)
    ON CONFLICT DO UPDATE SET articles = articles + 1, a_markers = a_markers + excluded.a_markers,
        a_weight = a_weight + excluded.a_weight, b_markers = b_markers + excluded.b_markers,
        b_weight = b_weight + excluded.b_weight;
END;

CREATE TRIGGER reports_pair_article_update AFTER UPDATE OF a_markers, a_weight, b_markers, b_weight
ON pair_articles
WHEN NEW.published IS NOT NULL
BEGIN
    UPDATE pair_tone_days SET a_markers = a_markers + NEW.a_markers - OLD.a_markers,
        a_weight = a_weight + NEW.a_weight - OLD.a_weight,
        b_markers = b_markers + NEW.b_markers - OLD.b_markers,
        b_weight = b_weight + NEW.b_weight - OLD.b_weight
    WHERE a = NEW.a AND b = NEW.b AND published = NEW.published
      AND date_precision = NEW.date_precision;
END;

CREATE TRIGGER reports_pair_article_delete AFTER DELETE ON pair_articles
WHEN OLD.published IS NOT NULL
BEGIN
    UPDATE pair_tone_days SET articles = articles - 1, a_markers = a_markers - OLD.a_markers,
        a_weight = a_weight - OLD.a_weight, b_markers = b_markers - OLD.b_markers,
        b_weight = b_weight - OLD.b_weight
    WHERE a = OLD.a AND b = OLD.b AND published = OLD.published
      AND date_precision = OLD.date_precision;
    DELETE FROM pair_tone_days
    WHERE a = OLD.a AND b = OLD.b AND published = OLD.published
      AND date_precision = OLD.date_precision AND articles <= 0;
END;

-- Views ---------------------------------------------------------------------------------------

-- Every event with its actors' names, the article and the evidence sentence.
CREATE VIEW v_events AS
SELECT e.id AS event_id, ar.doc_id, ar.title, ar.source, ar.published,
       e.event_date, e.date_precision, e.iso_week, e.month,
       e.source_actor, sa.name AS source_name, e.source_country,
       e.target_actor, ta.name AS target_name, e.target_country,
       e.cameo_code, e.quad_class, e.goldstein, e.modality, e.domestic, e.symmetric,
       e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
         AND e.target_country IS NOT NULL AND e.source_country <> e.target_country AS counted,
       e.confidence, e.evidence
FROM events e
JOIN articles ar ON ar.id = e.article_id
LEFT JOIN actors sa ON sa.code = e.source_actor
LEFT JOIN actors ta ON ta.code = e.target_actor;

-- The tension index and its components per unordered pair and month (docs/tension-index.md).
CREATE VIEW v_pair_month AS
WITH ev AS (
    SELECT a, b, month AS period, sum(stories) AS stories, sum(q1) AS q1, sum(q2) AS q2,
           sum(q3) AS q3, sum(q4) AS q4, sum(goldstein_sum) AS goldstein_sum, sum(sources) AS sources
    FROM pair_days WHERE month IS NOT NULL GROUP BY a, b, month
), tn AS (
    SELECT a, b, month AS period, sum(articles) AS articles, sum(a_markers + b_markers) AS markers,
           sum(a_weight + b_weight) AS weight
    FROM pair_tone_days WHERE month IS NOT NULL GROUP BY a, b, month
), k AS (
    SELECT a, b, period FROM ev UNION SELECT a, b, period FROM tn
), c AS (
    SELECT k.a, k.b, k.period, coalesce(ev.stories, 0) AS stories, coalesce(ev.q1, 0) AS q1,
           coalesce(ev.q2, 0) AS q2, coalesce(ev.q3, 0) AS q3, coalesce(ev.q4, 0) AS q4,
           ev.goldstein_sum, coalesce(ev.sources, 0) AS sources, coalesce(tn.articles, 0) AS articles,
           coalesce(tn.markers, 0) AS markers, tn.weight
    FROM k LEFT JOIN ev ON ev.a = k.a AND ev.b = k.b AND ev.period = k.period
           LEFT JOIN tn ON tn.a = k.a AND tn.b = k.b AND tn.period = k.period
), s AS (
    SELECT c.*,
           CASE WHEN stories > 0 THEN goldstein_sum / stories END AS mean_goldstein,
           CASE WHEN stories > 0 THEN (-0.5 * q1 - q2 + 0.5 * q3 + q4) / stories END AS quad_balance,
           CASE WHEN markers > 0 THEN weight / markers END AS tone_balance,
           stories + 0.5 * (sources - stories) + 0.1 * markers AS evidence
    FROM c
), x AS (
    SELECT s.*,
           CASE WHEN stories > 0 THEN 0.5 * quad_balance - 0.05 * mean_goldstein END AS event_score,
           CASE WHEN markers > 0 THEN -tone_balance / 5.0 END AS tone_score
    FROM s
)
SELECT a, b, a || ':' || b AS pair, period AS month,
       round(50 + 50 * CASE
           WHEN event_score IS NOT NULL AND tone_score IS NOT NULL THEN 0.75 * event_score + 0.25 * tone_score
           WHEN event_score IS NOT NULL THEN event_score
           ELSE tone_score END, 2) AS tension,
       round(evidence / (evidence + 3.0), 3) AS confidence,
       stories, q1 AS verbal_coop, q2 AS material_coop, q3 AS verbal_conflict, q4 AS material_conflict,
       round(CASE WHEN stories > 0 THEN (q3 + q4) * 1.0 / stories END, 4) AS conflict_share,
       round(mean_goldstein, 4) AS mean_goldstein, round(quad_balance, 4) AS quad_balance,
       markers, round(tone_balance, 4) AS tone_balance, articles, sources
FROM x;

-- The same per ISO week (events dated to the day or week only).
CREATE VIEW v_pair_week AS
WITH ev AS (
    SELECT a, b, iso_week AS period, sum(stories) AS stories, sum(q1) AS q1, sum(q2) AS q2,
           sum(q3) AS q3, sum(q4) AS q4, sum(goldstein_sum) AS goldstein_sum, sum(sources) AS sources
    FROM pair_days WHERE iso_week IS NOT NULL GROUP BY a, b, iso_week
), tn AS (
    SELECT a, b, iso_week AS period, sum(articles) AS articles, sum(a_markers + b_markers) AS markers,
           sum(a_weight + b_weight) AS weight
    FROM pair_tone_days WHERE iso_week IS NOT NULL GROUP BY a, b, iso_week
), k AS (
    SELECT a, b, period FROM ev UNION SELECT a, b, period FROM tn
), c AS (
    SELECT k.a, k.b, k.period, coalesce(ev.stories, 0) AS stories, coalesce(ev.q1, 0) AS q1,
           coalesce(ev.q2, 0) AS q2, coalesce(ev.q3, 0) AS q3, coalesce(ev.q4, 0) AS q4,
           ev.goldstein_sum, coalesce(ev.sources, 0) AS sources, coalesce(tn.articles, 0) AS articles,
           coalesce(tn.markers, 0) AS markers, tn.weight
    FROM k LEFT JOIN ev ON ev.a = k.a AND ev.b = k.b AND ev.period = k.period
           LEFT JOIN tn ON tn.a = k.a AND tn.b = k.b AND tn.period = k.period
), s AS (
    SELECT c.*,
           CASE WHEN stories > 0 THEN goldstein_sum / stories END AS mean_goldstein,
           CASE WHEN stories > 0 THEN (-0.5 * q1 - q2 + 0.5 * q3 + q4) / stories END AS quad_balance,
           CASE WHEN markers > 0 THEN weight / markers END AS tone_balance,
           stories + 0.5 * (sources - stories) + 0.1 * markers AS evidence
    FROM c
), x AS (
    SELECT s.*,
           CASE WHEN stories > 0 THEN 0.5 * quad_balance - 0.05 * mean_goldstein END AS event_score,
           CASE WHEN markers > 0 THEN -tone_balance / 5.0 END AS tone_score
    FROM s
)
SELECT a, b, a || ':' || b AS pair, period AS iso_week,
       round(50 + 50 * CASE
           WHEN event_score IS NOT NULL AND tone_score IS NOT NULL THEN 0.75 * event_score + 0.25 * tone_score
           WHEN event_score IS NOT NULL THEN event_score
           ELSE tone_score END, 2) AS tension,
       round(evidence / (evidence + 3.0), 3) AS confidence,
       stories, q1 AS verbal_coop, q2 AS material_coop, q3 AS verbal_conflict, q4 AS material_conflict,
       round(CASE WHEN stories > 0 THEN (q3 + q4) * 1.0 / stories END, 4) AS conflict_share,
       round(mean_goldstein, 4) AS mean_goldstein, round(quad_balance, 4) AS quad_balance,
       markers, round(tone_balance, 4) AS tone_balance, articles, sources
FROM x;

-- Issue salience per pair and month: the share of the pair's articles (dated by publication) and
-- of its counted events (dated by event) that concern each issue.
CREATE VIEW v_issue_month AS
WITH art AS (
    SELECT pa.a, pa.b, pa.month, i.slug, i.name, count(*) AS articles
    FROM pair_articles pa
    JOIN article_issues ai ON ai.article_id = pa.article_id
    JOIN issues i ON i.id = ai.issue_id
    WHERE pa.month IS NOT NULL
    GROUP BY pa.a, pa.b, pa.month, i.id
), art_all AS (
    SELECT a, b, month, count(*) AS articles FROM pair_articles WHERE month IS NOT NULL GROUP BY a, b, month
), ev AS (
    SELECT min(e.source_country, e.target_country) AS a, max(e.source_country, e.target_country) AS b,
           e.month, i.slug, i.name, count(*) AS events
    FROM events e
    JOIN event_issues ei ON ei.event_id = e.id
    JOIN issues i ON i.id = ei.issue_id
    WHERE e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
      AND e.target_country IS NOT NULL AND e.source_country <> e.target_country AND e.month IS NOT NULL
    GROUP BY 1, 2, e.month, i.id
), ev_all AS (
    SELECT min(source_country, target_country) AS a, max(source_country, target_country) AS b,
           month, count(*) AS events
    FROM events
    WHERE modality = 'asserted' AND domestic = 0 AND source_country IS NOT NULL
      AND target_country IS NOT NULL AND source_country <> target_country AND month IS NOT NULL
    GROUP BY 1, 2, month
), k AS (
    SELECT a, b, month, slug, name FROM art UNION SELECT a, b, month, slug, name FROM ev
)
SELECT k.a, k.b, k.a || ':' || k.b AS pair, k.month, k.slug AS issue, k.name AS issue_name,
       coalesce(art.articles, 0) AS articles,
       round(coalesce(art.articles, 0) * 1.0 / nullif(art_all.articles, 0), 4) AS article_share,
       coalesce(ev.events, 0) AS events,
       round(coalesce(ev.events, 0) * 1.0 / nullif(ev_all.events, 0), 4) AS event_share
FROM k
LEFT JOIN art ON art.a = k.a AND art.b = k.b AND art.month = k.month AND art.slug = k.slug
LEFT JOIN art_all ON art_all.a = k.a AND art_all.b = k.b AND art_all.month = k.month
LEFT JOIN ev ON ev.a = k.a AND ev.b = k.b AND ev.month = k.month AND ev.slug = k.slug
LEFT JOIN ev_all ON ev_all.a = k.a AND ev_all.b = k.b AND ev_all.month = k.month;

-- Backfill: a database that already holds articles gets its aggregates now ---------------------

INSERT INTO pair_stories (a, b, day, dir, date_precision, cameo_code, iso_week, month, quad_class,
                          goldstein, sources)
SELECT min(source_country, target_country), max(source_country, target_country), event_date,
       CASE WHEN symmetric = 1 THEN 'sym' WHEN source_country < target_country THEN 'ab' ELSE 'ba' END,
       date_precision, cameo_code, min(iso_week), min(month), min(quad_class), min(goldstein), count(*)
FROM events
WHERE modality = 'asserted' AND domestic = 0 AND source_country IS NOT NULL
  AND target_country IS NOT NULL AND source_country <> target_country AND event_date IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO pair_days (a, b, day, dir, date_precision, iso_week, month, stories, q1, q2, q3, q4,
                       goldstein_sum, sources)
SELECT a, b, day, dir, date_precision, min(iso_week), min(month), count(*), sum(quad_class = 1),
       sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4), sum(goldstein), sum(sources)
FROM pair_stories GROUP BY a, b, day, dir, date_precision;

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
      GROUP BY 1, 2, 3) p
JOIN articles ar ON ar.id = p.article_id;
