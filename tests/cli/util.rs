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
