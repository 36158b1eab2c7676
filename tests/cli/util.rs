//! Test helpers: a temporary workspace with a database, and running the real binary in it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A temporary folder with a database path inside.
pub struct Work {
    pub dir: TempDir,
}

impl Work {
    pub fn new() -> Work {
        Work {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("t.db")
    }

    /// Writes a file (creating folders) and returns its path.
    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let p = self.path(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, contents).unwrap();
        p
    }

    /// `tension --db <db> ARGS…` run in the work folder.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("tension").expect("binary");
        c.current_dir(self.dir.path())
            .env_remove("TENSION_DB")
            .env_remove("TENSION_DICT")
            .arg("--db")
            .arg(self.db())
            .args(args);
        c
    }

    /// Exports a table and reads it back as (header, rows as maps).
    pub fn export(&self, table: &str) -> (Vec<String>, Vec<HashMap<String, String>>) {
        let out = self.path(&format!("{table}.csv"));
        self.cmd(&["export", table, "--out", out.to_str().unwrap()])
            .assert()
            .success();
        read_csv(&out)
    }

    /// Opens the database for direct checks.
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).unwrap()
    }
}

/// Reads a CSV file into its header and rows.
pub fn read_csv(p: &Path) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut r = csv::Reader::from_path(p).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(|s| s.to_string()).collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(|s| s.to_string()))
                .collect()
        })
        .collect();
    (header, rows)
}

/// A short dispatch with front matter.
pub fn dispatch(id: &str, date: &str, body: &str) -> String {
    format!("---\nid: {id}\ntitle: Test {id}\npublished: {date}\nsource: Test Wire\n---\n{body}\n")
}

/// Key of a `pair_issue_days` row: a, b, day, date_precision, issue_id.
pub type IssueDayKey = (String, String, String, String, i64);
/// Its values: iso_week, month, articles, stories, sources.
pub type IssueDayCounts = (Option<String>, Option<String>, i64, i64, i64);
/// Key of a `pair_story_issues` row: a, b, day, dir, date_precision, cameo_code, issue_id.
pub type StoryIssueKey = (String, String, String, String, String, String, i64);

/// The issue aggregates of migration 0003: `pair_issue_days` and `pair_story_issues`.
#[derive(Debug, PartialEq)]
pub struct IssueDays {
    pub days: std::collections::BTreeMap<IssueDayKey, IssueDayCounts>,
    pub stories: std::collections::BTreeMap<StoryIssueKey, i64>,
}

/// Story-and-issue rows (pair, day, direction, precision, code, issue; sources) of a query.
fn story_issues(
    st: &mut rusqlite::Statement<'_>,
) -> std::collections::BTreeMap<StoryIssueKey, i64> {
    st.query_map([], |r| {
        Ok((
            (
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ),
            r.get(7)?,
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The issue aggregates as the triggers keep them.
pub fn issue_days_stored(c: &rusqlite::Connection) -> IssueDays {
    let mut st = c
        .prepare(
            "SELECT a, b, day, date_precision, issue_id, iso_week, month, articles, stories, sources
             FROM pair_issue_days",
        )
        .unwrap();
    let days = st
        .query_map([], |r| {
            Ok((
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
                (r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?),
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut st = c
        .prepare(
            "SELECT a, b, day, dir, date_precision, cameo_code, issue_id, sources
             FROM pair_story_issues",
        )
        .unwrap();
    IssueDays {
        days,
        stories: story_issues(&mut st),
    }
}

/// The issue aggregates recounted from the base tables (`articles`, `events`, `article_issues`,
/// `event_issues`), without the report tables of 0002 or 0003: the articles of a pair are those
/// with a counted event of it, a story is its pair, date, precision, direction and code.
pub fn issue_days_recounted(c: &rusqlite::Connection) -> IssueDays {
    let counted = format!(
        "WITH ev AS (
        SELECT e.*, min(e.source_country, e.target_country) AS pa,
               max(e.source_country, e.target_country) AS pb,
               CASE WHEN e.symmetric = 1 THEN 'sym'
                    WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END AS dir
        FROM events e
        WHERE {COUNTED})"
    );
    let mut days: std::collections::BTreeMap<IssueDayKey, IssueDayCounts> = Default::default();
    let mut add = |k: IssueDayKey, week: Option<String>, month: Option<String>, n: [i64; 3]| {
        let e = days
            .entry(k.clone())
            .or_insert((week.clone(), month.clone(), 0, 0, 0));
        assert_eq!((&e.0, &e.1), (&week, &month), "week and month of {k:?}");
        e.2 += n[0];
        e.3 += n[1];
        e.4 += n[2];
    };
    let sql = format!(
        "{counted}
         SELECT p.pa, p.pb, ar.published, ar.date_precision, ai.issue_id, ar.iso_week, ar.month,
                count(*)
         FROM (SELECT DISTINCT article_id, pa, pb FROM ev) p
         JOIN articles ar ON ar.id = p.article_id
         JOIN article_issues ai ON ai.article_id = ar.id
         WHERE ar.published IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5"
    );
    let mut st = c.prepare(&sql).unwrap();
    let rows = st
        .query_map([], |r| {
            Ok((
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })
        .unwrap();
    for r in rows {
        let (k, w, m, n) = r.unwrap();
        add(k, w, m, [n, 0, 0]);
    }
    let sql = format!(
        "{counted}
         SELECT ev.pa, ev.pb, ev.event_date, ev.date_precision, ei.issue_id, ev.iso_week, ev.month,
                count(DISTINCT ev.dir || ' ' || ev.cameo_code), count(*)
         FROM ev JOIN event_issues ei ON ei.event_id = ev.id
         WHERE ev.event_date IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7"
    );
    let mut st = c.prepare(&sql).unwrap();
    let rows = st
        .query_map([], |r| {
            Ok((
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })
        .unwrap();
    for r in rows {
        let (k, w, m, stories, sources) = r.unwrap();
        add(k, w, m, [0, stories, sources]);
    }
    let sql = format!(
        "{counted}
         SELECT ev.pa, ev.pb, ev.event_date, ev.dir, ev.date_precision, ev.cameo_code, ei.issue_id,
                count(*)
         FROM ev JOIN event_issues ei ON ei.event_id = ev.id
         WHERE ev.event_date IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7"
    );
    let mut st = c.prepare(&sql).unwrap();
    IssueDays {
        days,
        stories: story_issues(&mut st),
    }
}

/// The condition for an event (aliased `e`) to count for the index: asserted, not domestic,
/// between two different known states, and not done by a company (a source actor `…BUS`).
pub const COUNTED: &str = "e.modality = 'asserted' AND e.domestic = 0
    AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL
    AND e.source_country <> e.target_country AND coalesce(e.source_actor, '') NOT GLOB '*BUS'";

/// Rows of a query as tuples, one field a column: `let v: Vec<(String, i64)> = tuples(&c, …)`.
pub fn tuples<T>(c: &rusqlite::Connection, sql: &str) -> Vec<T>
where
    T: for<'a> TryFrom<&'a rusqlite::Row<'a>, Error = rusqlite::Error>,
{
    let mut st = c.prepare(sql).unwrap();
    st.query_map([], |r| T::try_from(r))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Rows of a query, every column as SQLite gives it.
pub fn rows(c: &rusqlite::Connection, sql: &str) -> Vec<Vec<rusqlite::types::Value>> {
    let mut st = c.prepare(sql).unwrap();
    let n = st.column_count();
    st.query_map([], |r| (0..n).map(|i| r.get(i)).collect())
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The aggregates of migration 0002 (`pair_stories`, `pair_days`, `pair_articles`,
/// `pair_tone_days`) in key order, sums of weights rounded to 6 decimals.
#[derive(Debug, PartialEq)]
pub struct PairAggregates {
    pub stories: Vec<Vec<rusqlite::types::Value>>,
    pub days: Vec<Vec<rusqlite::types::Value>>,
    pub articles: Vec<Vec<rusqlite::types::Value>>,
    pub tone_days: Vec<Vec<rusqlite::types::Value>>,
}

/// The aggregates as the triggers keep them.
pub fn pair_aggregates_stored(c: &rusqlite::Connection) -> PairAggregates {
    PairAggregates {
        stories: rows(
            c,
            "SELECT a, b, day, dir, date_precision, cameo_code, iso_week, month, quad_class,
                    round(goldstein, 6), sources
             FROM pair_stories ORDER BY 1, 2, 3, 4, 5, 6",
        ),
        days: rows(
            c,
            "SELECT a, b, day, dir, date_precision, iso_week, month, stories, q1, q2, q3, q4,
                    round(goldstein_sum, 6), sources
             FROM pair_days ORDER BY 1, 2, 3, 4, 5",
        ),
        articles: rows(
            c,
            "SELECT article_id, a, b, published, date_precision, iso_week, month, events,
                    a_markers, round(a_weight, 6), b_markers, round(b_weight, 6)
             FROM pair_articles ORDER BY 1, 2, 3",
        ),
        tone_days: rows(
            c,
            "SELECT a, b, published, date_precision, iso_week, month, articles, a_markers,
                    round(a_weight, 6), b_markers, round(b_weight, 6)
             FROM pair_tone_days ORDER BY 1, 2, 3, 4",
        ),
    }
}

/// The same aggregates recounted from the base tables (`events`, `articles`, `tone_markers`):
/// a story is the counted events of one pair, date, precision, direction and code.
pub fn pair_aggregates_recounted(c: &rusqlite::Connection) -> PairAggregates {
    let stories = format!(
        "SELECT min(e.source_country, e.target_country) AS a,
                max(e.source_country, e.target_country) AS b, e.event_date AS day,
                CASE WHEN e.symmetric = 1 THEN 'sym'
                     WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END AS dir,
                e.date_precision, e.cameo_code, min(e.iso_week) AS iso_week,
                min(e.month) AS month, min(e.quad_class) AS quad_class,
                min(e.goldstein) AS goldstein, count(*) AS sources
         FROM events e WHERE {COUNTED} AND e.event_date IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6"
    );
    let articles = format!(
        "SELECT p.article_id, p.a, p.b, ar.published, ar.date_precision, ar.iso_week, ar.month,
                p.events,
                (SELECT count(*) FROM tone_markers m
                  WHERE m.article_id = p.article_id AND m.speaker_country = p.a) AS a_markers,
                (SELECT coalesce(sum(m.weight), 0.0) FROM tone_markers m
                  WHERE m.article_id = p.article_id AND m.speaker_country = p.a) AS a_weight,
                (SELECT count(*) FROM tone_markers m
                  WHERE m.article_id = p.article_id AND m.speaker_country = p.b) AS b_markers,
                (SELECT coalesce(sum(m.weight), 0.0) FROM tone_markers m
                  WHERE m.article_id = p.article_id AND m.speaker_country = p.b) AS b_weight
         FROM (SELECT e.article_id, min(e.source_country, e.target_country) AS a,
                      max(e.source_country, e.target_country) AS b, count(*) AS events
               FROM events e WHERE {COUNTED} GROUP BY 1, 2, 3) p
         JOIN articles ar ON ar.id = p.article_id"
    );
    PairAggregates {
        stories: rows(
            c,
            &format!(
                "SELECT a, b, day, dir, date_precision, cameo_code, iso_week, month, quad_class,
                        round(goldstein, 6), sources
                 FROM ({stories}) ORDER BY 1, 2, 3, 4, 5, 6"
            ),
        ),
        days: rows(
            c,
            &format!(
                "SELECT a, b, day, dir, date_precision, min(iso_week), min(month), count(*),
                        sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3),
                        sum(quad_class = 4), round(sum(goldstein), 6), sum(sources)
                 FROM ({stories}) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
            ),
        ),
        articles: rows(
            c,
            &format!(
                "SELECT article_id, a, b, published, date_precision, iso_week, month, events,
                        a_markers, round(a_weight, 6), b_markers, round(b_weight, 6)
                 FROM ({articles}) ORDER BY 1, 2, 3"
            ),
        ),
        tone_days: rows(
            c,
            &format!(
                "SELECT a, b, published, date_precision, min(iso_week), min(month), count(*),
                        sum(a_markers), round(sum(a_weight), 6), sum(b_markers),
                        round(sum(b_weight), 6)
                 FROM ({articles}) WHERE published IS NOT NULL
                 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
            ),
        ),
    }
}

/// The aggregates of 0002 must equal a recount from the base tables; returns them.
pub fn check_pair_aggregates(c: &rusqlite::Connection, when: &str) -> PairAggregates {
    let stored = pair_aggregates_stored(c);
    let recounted = pair_aggregates_recounted(c);
    assert_eq!(
        stored.stories, recounted.stories,
        "pair_stories after {when}"
    );
    assert_eq!(stored.days, recounted.days, "pair_days after {when}");
    assert_eq!(
        stored.articles, recounted.articles,
        "pair_articles after {when}"
    );
    assert_eq!(
        stored.tone_days, recounted.tone_days,
        "pair_tone_days after {when}"
    );
    stored
}
