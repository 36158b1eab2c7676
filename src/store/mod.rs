//! The store: the only code that speaks SQL. It opens the database (creating and migrating it),
//! writes each article with everything extracted from it atomically (a transaction, or a
//! savepoint in a group of them), and runs the queries that exports and reports read. It never
//! parses text.

mod exports;
mod migrate;
mod reports;
mod synthetic;
mod write;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use exports::{EXPORTS, export_sql};
pub use migrate::{MIGRATIONS, latest_version};
pub use reports::{
    ActorActivity, Evidence, Grain, IssueCounts, Span, StoryCounts, StoryRow, ToneCounts,
};
pub use write::{Duplicate, StaleArticle, WriteOutcome, content_hash, person_code, week_and_month};

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite said no.
    #[error("{path}: {source}")]
    Sqlite {
        /// Database path.
        path: String,
        /// The error.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was made by a newer tension.
    #[error(
        "{path}: the database is at schema version {found}, but this tension only knows up to {known}; \
         use a newer tension (or another --db)"
    )]
    TooNew {
        /// Database path.
        path: String,
        /// Its version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// A migration failed.
    #[error("{path}: migration {version} ({name}) failed: {source}")]
    Migration {
        /// Database path.
        path: String,
        /// Migration version.
        version: i64,
        /// Migration name.
        name: String,
        /// The error.
        #[source]
        source: rusqlite::Error,
    },
    /// The database file does not exist (read-only open).
    #[error(
        "{0}: no database here; ingest some articles first (tension ingest …) or name one with --db"
    )]
    Missing(String),
}

/// An open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let p = path.display().to_string();
        let conn = Connection::open(path).map_err(|e| StoreError::Sqlite {
            path: p.clone(),
            source: e,
        })?;
        // room for every statement of the write paths (`write_article`, `replace_extraction`),
        // so that none is prepared again per article
        conn.set_prepared_statement_cache_capacity(64);
        let mut s = Store {
            conn,
            path: path.to_path_buf(),
        };
        s.pragmas().map_err(|e| StoreError::Sqlite {
            path: p.clone(),
            source: e,
        })?;
        migrate::migrate(&mut s.conn, &p)?;
        Ok(s)
    }

    /// Opens an existing database read-only (for `sql`, reports and exports): no statement run
    /// through it can change the file.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let p = path.display().to_string();
        if !path.exists() {
            return Err(StoreError::Missing(p));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Sqlite {
            path: p.clone(),
            source: e,
        })?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(|e| StoreError::Sqlite {
                path: p.clone(),
                source: e,
            })?;
        conn.pragma_update(None, "query_only", true)
            .map_err(|e| StoreError::Sqlite {
                path: p.clone(),
                source: e,
            })?;
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| StoreError::Sqlite {
                path: p.clone(),
                source: e,
            })?;
        if v > latest_version() {
            return Err(StoreError::TooNew {
                path: p,
                found: v,
                known: latest_version(),
            });
        }
        if v < latest_version() {
            // an older database: migrate it through a writable connection first
            drop(conn);
            drop(Store::open(path)?);
            return Store::open_read_only(path);
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    fn pragmas(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(Duration::from_secs(10))?;
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        Ok(())
    }

    /// The database path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The raw connection, for the read-only query paths of exports and reports.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.display().to_string(),
            source: e,
        }
    }

    /// Runs a query (cached) and maps every row.
    pub(crate) fn rows<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, StoreError> {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = st.query_map(params, map).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// The schema version (PRAGMA user_version).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Row counts of the main tables.
    pub fn counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let mut out = Vec::new();
        for t in [
            "articles",
            "article_copies",
            "sentences",
            "mentions",
            "events",
            "event_mentions",
            "issues",
            "article_issues",
            "event_issues",
            "tone_markers",
            "quotes",
            "actors",
            "actor_roles",
        ] {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .map_err(|e| self.err(e))?;
            out.push((t.to_string(), n));
        }
        Ok(out)
    }

    /// Coder versions of the stored articles with their counts.
    pub fn coder_versions(&self) -> Result<Vec<(String, i64)>, StoreError> {
        self.rows(
            "SELECT coder_version, count(*) FROM articles GROUP BY coder_version ORDER BY 2 DESC",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Runs a query and hands each row's values, as text (NULL as empty), with the column names.
    pub fn query_text(
        &self,
        sql: &str,
        params: &[&dyn rusqlite::ToSql],
        mut each: impl FnMut(&[String], &[Cell]) -> std::io::Result<()>,
    ) -> Result<Vec<String>, QueryError> {
        let mut st = self
            .conn
            .prepare(sql)
            .map_err(|e| QueryError::Sql(self.err(e)))?;
        let names: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
        let n = names.len();
        let mut rows = st.query(params).map_err(|e| QueryError::Sql(self.err(e)))?;
        let mut cells = Vec::with_capacity(n);
        while let Some(r) = rows.next().map_err(|e| QueryError::Sql(self.err(e)))? {
            cells.clear();
            for i in 0..n {
                let v = r.get_ref(i).map_err(|e| QueryError::Sql(self.err(e)))?;
                cells.push(Cell::from(v));
            }
            each(&names, &cells).map_err(QueryError::Io)?;
        }
        Ok(names)
    }
}

/// A query failure: SQL, or the writer the rows went to.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// SQL.
    #[error(transparent)]
    Sql(StoreError),
    /// Output.
    #[error(transparent)]
    Io(std::io::Error),
}

/// A value read from SQLite, kept typed so that CSV writers know numbers from text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// NULL.
    Null,
    /// Integer.
    Int(i64),
    /// Real.
    Real(f64),
    /// Text.
    Text(String),
}

impl Cell {
    /// The value as text (NULL empty; reals without trailing noise).
    pub fn to_text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(i) => i.to_string(),
            Cell::Real(f) => format_real(*f),
            Cell::Text(s) => s.clone(),
        }
    }
}

/// Formats a real for output: up to 4 decimals, trailing zeros removed.
pub fn format_real(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    let s = format!("{f:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

impl From<rusqlite::types::ValueRef<'_>> for Cell {
    fn from(v: rusqlite::types::ValueRef<'_>) -> Cell {
        use rusqlite::types::ValueRef;
        match v {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Int(i),
            ValueRef::Real(f) => Cell::Real(f),
            ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Cell::Text(format!("<{} bytes>", b.len())),
        }
    }
}
