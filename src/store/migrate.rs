//! The migration runner: numbered SQL files from `migrations/`, applied in order, each in its
//! own transaction, recorded in `schema_migrations` and `PRAGMA user_version`. Files are
//! append-only: a landed migration is never edited; a change is a new file.

use rusqlite::Connection;

use super::StoreError;

/// (version, name, SQL) of every migration, oldest first.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "init", include_str!("../../migrations/0001_init.sql")),
    (
        2,
        "reports",
        include_str!("../../migrations/0002_reports.sql"),
    ),
    (
        3,
        "issue_days",
        include_str!("../../migrations/0003_issue_days.sql"),
    ),
    (
        4,
        "business_sources",
        include_str!("../../migrations/0004_business_sources.sql"),
    ),
    (
        5,
        "article_copies",
        include_str!("../../migrations/0005_article_copies.sql"),
    ),
];

/// The newest schema version this binary knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

/// Brings the database up to the latest version.
pub fn migrate(conn: &mut Connection, path: &str) -> Result<(), StoreError> {
    let sql_err = |e| StoreError::Sqlite {
        path: path.to_string(),
        source: e,
    };
    let current: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql_err)?;
    let known = latest_version();
    if current > known {
        return Err(StoreError::TooNew {
            path: path.to_string(),
            found: current,
            known,
        });
    }
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT;",
    )
    .map_err(sql_err)?;
    for (version, name, sql) in MIGRATIONS {
        if *version <= current {
            continue;
        }
        let fail = |e| StoreError::Migration {
            path: path.to_string(),
            version: *version,
            name: name.to_string(),
            source: e,
        };
        let tx = conn.transaction().map_err(fail)?;
        tx.execute_batch(sql).map_err(fail)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            rusqlite::params![version, name],
        )
        .map_err(fail)?;
        tx.pragma_update(None, "user_version", version)
            .map_err(fail)?;
        tx.commit().map_err(fail)?;
    }
    Ok(())
}
