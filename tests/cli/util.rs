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
    let stories = st
        .query_map([], |r| {
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
        .collect();
    IssueDays { days, stories }
}

/// The issue aggregates recounted from the base tables (`articles`, `events`, `article_issues`,
/// `event_issues`), without the report tables of 0002 or 0003: the articles of a pair are those
/// with a counted event of it, a story is its pair, date, precision, direction and code.
pub fn issue_days_recounted(c: &rusqlite::Connection) -> IssueDays {
    const COUNTED: &str = "WITH ev AS (
        SELECT e.*, min(e.source_country, e.target_country) AS pa,
               max(e.source_country, e.target_country) AS pb,
               CASE WHEN e.symmetric = 1 THEN 'sym'
                    WHEN e.source_country < e.target_country THEN 'ab' ELSE 'ba' END AS dir
        FROM events e
        WHERE e.modality = 'asserted' AND e.domestic = 0 AND e.source_country IS NOT NULL
          AND e.target_country IS NOT NULL AND e.source_country <> e.target_country)";
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
        "{COUNTED}
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
        "{COUNTED}
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
        "{COUNTED}
         SELECT ev.pa, ev.pb, ev.event_date, ev.dir, ev.date_precision, ev.cameo_code, ei.issue_id,
                count(*)
         FROM ev JOIN event_issues ei ON ei.event_id = ev.id
         WHERE ev.event_date IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7"
    );
    let mut st = c.prepare(&sql).unwrap();
    let stories = st
        .query_map([], |r| {
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
        .collect();
    IssueDays { days, stories }
}
