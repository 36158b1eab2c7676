//! The database: migrations (fresh, re-open, newer than the binary), pragmas, atomic writes.

use crate::util::{Work, dispatch};

#[test]
fn a_fresh_database_is_migrated_and_recorded() {
    let w = Work::new();
    w.cmd(&["db", "migrate"]).assert().success();
    let c = w.sql();
    let v: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0))
        .unwrap();
    assert!(v >= 1);
    assert_eq!(n, v, "one row per applied migration");
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let strict: i64 = c
        .query_row(
            "SELECT strict FROM pragma_table_list WHERE name = 'events'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(strict, 1);
}

#[test]
fn reopening_does_not_reapply_migrations() {
    let w = Work::new();
    w.cmd(&["db", "migrate"]).assert().success();
    w.cmd(&["db", "migrate"]).assert().success();
    let f = w.write(
        "a.txt",
        &dispatch("r1", "2023-01-01", "Canada criticised Russia."),
    );
    w.cmd(&["ingest", f.to_str().unwrap()]).assert().success();
    let n: i64 = w
        .sql()
        .query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0))
        .unwrap();
    let v: i64 = w
        .sql()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, v);
}

#[test]
fn a_database_newer_than_the_binary_is_refused() {
    let w = Work::new();
    w.cmd(&["db", "migrate"]).assert().success();
    w.sql().pragma_update(None, "user_version", 999).unwrap();
    w.cmd(&["db", "info"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("schema version 999"));
    let f = w.write("a.txt", "Text.");
    w.cmd(&["ingest", f.to_str().unwrap()])
        .assert()
        .failure()
        .stderr(predicates::str::contains("newer tension"));
}

#[test]
fn db_info_reports_counts_and_coder_version() {
    let w = Work::new();
    let f = w.write(
        "a.txt",
        &dispatch(
            "i1",
            "2023-01-01",
            "Russia launched missile strikes on Ukraine on Sunday.",
        ),
    );
    w.cmd(&["ingest", f.to_str().unwrap()]).assert().success();
    let out = w.cmd(&["db", "info"]).assert().success();
    let s = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(s.contains("articles        1"), "{s}");
    assert!(s.contains("coder version"), "{s}");
    assert!(s.contains("(current)"), "{s}");
}

#[test]
fn a_failing_write_leaves_no_partial_article() {
    let w = Work::new();
    w.cmd(&["db", "migrate"]).assert().success();
    // make every event insert fail: the article and its other rows must not remain
    w.sql()
        .execute_batch("CREATE TRIGGER fail_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'refused by test'); END;")
        .unwrap();
    let f = w.write(
        "a.txt",
        &dispatch(
            "tx1",
            "2023-03-01",
            "Russia launched missile strikes on Ukraine on Sunday.",
        ),
    );
    w.cmd(&["ingest", f.to_str().unwrap()])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("refused by test"));
    let c = w.sql();
    for t in [
        "articles",
        "sentences",
        "mentions",
        "events",
        "tone_markers",
        "quotes",
        "article_issues",
    ] {
        let n: i64 = c
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{t} has rows after a failed write");
    }
    // and once the fault is gone the same article goes in
    c.execute_batch("DROP TRIGGER fail_events;").unwrap();
    w.cmd(&["ingest", f.to_str().unwrap()]).assert().success();
    let n: i64 = c
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    assert!(n >= 1);
}

#[test]
fn sql_is_read_only() {
    let w = Work::new();
    let f = w.write(
        "a.txt",
        &dispatch("ro1", "2023-01-01", "Iran warned Israel."),
    );
    w.cmd(&["ingest", f.to_str().unwrap()]).assert().success();
    w.cmd(&["sql", "DELETE FROM articles"]).assert().failure();
    w.cmd(&["sql", "CREATE TABLE x (a)"]).assert().failure();
    let n: i64 = w
        .sql()
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    w.cmd(&["sql", "SELECT doc_id FROM articles"])
        .assert()
        .success()
        .stdout(predicates::str::contains("ro1"));
}

/// A database at `version` (migrations 1 to `version` applied, as that tension left it: its
/// triggers keep their aggregates, nothing keeps those of later migrations) holding the base rows
/// of `fresh`, copied in so that those triggers fire.
fn at_version(version: usize, fresh: &Work) -> Work {
    let old = Work::new();
    let mut c = old.sql();
    c.execute_batch(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
             applied_at TEXT NOT NULL) STRICT;",
    )
    .unwrap();
    for (version, name, sql) in &tension::store::MIGRATIONS[..version] {
        let tx = c.transaction().unwrap();
        tx.execute_batch(sql).unwrap();
        tx.execute(
            "INSERT INTO schema_migrations VALUES (?1, ?2, '2025-01-01T00:00:00Z')",
            rusqlite::params![version, name],
        )
        .unwrap();
        tx.pragma_update(None, "user_version", version).unwrap();
        tx.commit().unwrap();
    }
    c.execute("ATTACH ?1 AS src", [fresh.db().to_str().unwrap()])
        .unwrap();
    for t in [
        "issues",
        "actors",
        "actor_roles",
        "articles",
        "sentences",
        "mentions",
        "events",
        "event_mentions",
        "event_issues",
        "article_issues",
        "tone_markers",
        "quotes",
    ] {
        c.execute(&format!("INSERT INTO main.{t} SELECT * FROM src.{t}"), [])
            .unwrap();
    }
    drop(c);
    old
}

/// Runs `db migrate` and checks the database is at the latest version, with `version` recorded
/// under `name`.
fn migrate_to_latest(old: &Work, version: i64, name: &str) {
    old.cmd(&["db", "migrate"]).assert().success();
    let c = old.sql();
    let v: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, tension::store::latest_version());
    assert!(v >= 4);
    let recorded: String = c
        .query_row(
            "SELECT name FROM schema_migrations WHERE version = ?1",
            [version],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(recorded, name);
}

/// `report issues` for China–Japan by month, as CSV.
fn issues_report(w: &Work) -> String {
    let out = w.path("issues.csv");
    w.cmd(&[
        "--dict",
        &crate::reports::dict(),
        "report",
        "issues",
        "--pair",
        "CHN:JPN",
        "--by",
        "month",
        "--csv",
        out.to_str().unwrap(),
    ])
    .assert()
    .success();
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn a_version_2_database_is_upgraded_with_its_issue_days_backfilled() {
    use crate::reports::{check_issue_days, corpus};
    // the fixture corpus stored by this tension (latest version, aggregates kept at ingest)
    let fresh = corpus();
    // the same base rows in a database at version 2, as tension 0002 left it
    let old = at_version(2, &fresh);
    let tables: i64 = old
        .sql()
        .query_row(
            "SELECT count(*) FROM main.sqlite_schema WHERE name LIKE 'pair_issue%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 0, "a version 2 database has no issue days");
    migrate_to_latest(&old, 3, "issue_days");
    // the backfill equals what the triggers keep in a database that had them from the start, and
    // a recount from the base tables
    let upgraded = check_issue_days(&old, "the migration");
    assert!(!upgraded.days.is_empty());
    assert_eq!(upgraded, check_issue_days(&fresh, "ingest"));
    // and the report reads the same
    assert_eq!(issues_report(&old), issues_report(&fresh));
    assert!(issues_report(&old).lines().count() > 3);
}

#[test]
fn a_version_3_database_is_upgraded_with_what_companies_do_taken_out() {
    use crate::reports::{check_issue_days, corpus, dict};
    use crate::util::{check_pair_aggregates, pair_aggregates_recounted, pair_aggregates_stored};
    // the fixture corpus and two more reports: Huawei's warning to Japan, on the day and in the
    // words of China's (a third source of that story, were a company's deed counted), and
    // Japan's criticism of Huawei (a state acting on a company: a story of the pair)
    let fresh = corpus();
    let biz = fresh.write(
        "more/rep-biz.txt",
        "---\nid: rep-biz\ntitle: Warning\npublished: 2023-03-08\nsource: Trade Wire\n---\n\
         On Wednesday Huawei warned Japan over the East China Sea.\n",
    );
    let ban = fresh.write(
        "more/rep-ban.txt",
        "---\nid: rep-ban\ntitle: Criticism\npublished: 2023-03-09\nsource: Trade Wire\n---\n\
         On Thursday Japan criticised Huawei over the East China Sea.\n",
    );
    for f in [&biz, &ban] {
        fresh
            .cmd(&["--dict", &dict(), "ingest", f.to_str().unwrap()])
            .assert()
            .success();
    }
    let acts: Vec<(String, String, String, i64)> = crate::util::tuples(
        &fresh.sql(),
        "SELECT doc_id, source_actor, target_actor, counted FROM v_events
         WHERE doc_id IN ('rep-biz', 'rep-ban') ORDER BY doc_id",
    );
    assert_eq!(
        acts,
        [
            ("rep-ban".into(), "JPN".into(), "CHNBUS".into(), 1),
            ("rep-biz".into(), "CHNBUS".into(), "JPN".into(), 0),
        ]
    );
    // version 3 counted Huawei's warning: its aggregates are not those of a recount now
    let old = at_version(3, &fresh);
    {
        let c = old.sql();
        let sources: i64 = c
            .query_row(
                "SELECT sources FROM pair_stories WHERE a = 'CHN' AND b = 'JPN'
                 AND day = '2023-03-08' AND cameo_code = '130'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(sources, 3, "version 3 counts the company's warning");
        assert_ne!(pair_aggregates_stored(&c), pair_aggregates_recounted(&c));
    }
    migrate_to_latest(&old, 4, "business_sources");
    // after the upgrade: a recount, and what a database at version 4 from the start keeps
    let upgraded = check_pair_aggregates(&old.sql(), "the migration");
    assert_eq!(upgraded, check_pair_aggregates(&fresh.sql(), "ingest"));
    assert_eq!(
        check_issue_days(&old, "the migration"),
        check_issue_days(&fresh, "ingest")
    );
    let sources: i64 = old
        .sql()
        .query_row(
            "SELECT sources FROM pair_stories WHERE a = 'CHN' AND b = 'JPN'
             AND day = '2023-03-08' AND cameo_code = '130'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sources, 2);
    assert_eq!(issues_report(&old), issues_report(&fresh));
    // the triggers of 0004 are in place: recoding and deleting keep the upgraded database in step
    old.cmd(&["--dict", &dict(), "recode", "--all"])
        .assert()
        .success();
    assert_eq!(check_pair_aggregates(&old.sql(), "recode"), upgraded);
    old.sql()
        .execute_batch(
            "PRAGMA foreign_keys = ON; DELETE FROM articles WHERE doc_id IN ('rep-biz', 'rep-04');",
        )
        .unwrap();
    check_issue_days(&old, "a delete");
}

/// Five dispatches in one JSONL file, each with an event; `n3` is in the middle.
fn five_dispatches(w: &Work) -> std::path::PathBuf {
    let mut jsonl = String::new();
    for i in 1..=5 {
        jsonl.push_str(&format!(
            "{{\"id\":\"n{i}\",\"published\":\"2023-03-0{i}\",\"text\":\"Russia launched missile strikes on Ukraine on Sunday. This is report {i}.\"}}\n"
        ));
    }
    w.write("d.jsonl", &jsonl)
}

/// Rows of each extraction table belonging to the article with this doc_id, and its events.
fn rows_of(c: &rusqlite::Connection, doc_id: &str) -> (i64, i64) {
    let articles: i64 = c
        .query_row(
            "SELECT count(*) FROM articles WHERE doc_id = ?1",
            [doc_id],
            |r| r.get(0),
        )
        .unwrap();
    let events: i64 = c
        .query_row(
            "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.doc_id = ?1",
            [doc_id],
            |r| r.get(0),
        )
        .unwrap();
    (articles, events)
}

/// Every stored article has all its sentences and no other's: a rolled back article left
/// nothing behind (not even under an id given to the next article).
fn sentences_complete(c: &rusqlite::Connection) {
    let bad: i64 = c
        .query_row(
            "SELECT count(*) FROM articles a
             WHERE a.sentence_count != (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0, "articles whose sentences are not exactly theirs");
    let orphans: i64 = c
        .query_row(
            "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

/// Ingests five dispatches of which the third fails half way (its article row is written, its
/// first event is refused with `raise`), and checks that only the third is missing.
fn third_of_five_fails(raise: &str, message: &str) {
    let w = Work::new();
    w.cmd(&["db", "migrate"]).assert().success();
    w.sql()
        .execute_batch(&format!(
            "CREATE TRIGGER fail_n3 BEFORE INSERT ON events
             WHEN (SELECT doc_id FROM articles WHERE id = NEW.article_id) = 'n3'
             BEGIN SELECT RAISE({raise}, '{message}'); END;"
        ))
        .unwrap();
    let f = five_dispatches(&w);
    let out = w
        .cmd(&["ingest", "--format", "jsonl", f.to_str().unwrap()])
        .assert()
        .code(3);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("d.jsonl:3") && err.contains(message), "{err}");
    assert!(err.contains("ingested 4 articles"), "{err}");
    let c = w.sql();
    assert_eq!(rows_of(&c, "n3"), (0, 0));
    for id in ["n1", "n2", "n4", "n5"] {
        let (a, e) = rows_of(&c, id);
        assert_eq!(a, 1, "{id} is missing");
        assert!(e >= 1, "{id} has no events");
    }
    sentences_complete(&c);
}

#[test]
fn an_article_failing_in_the_middle_of_a_batch_is_absent_and_its_neighbours_present() {
    third_of_five_fails("ABORT", "refused by test");
}

#[test]
fn an_article_whose_failure_rolls_back_the_whole_group_does_not_take_its_neighbours() {
    // RAISE(ROLLBACK) ends the whole transaction, not only the article's savepoint: the
    // articles written before it in the same group must be written again, not lost
    third_of_five_fails("ROLLBACK", "rolled back by test");
}

#[test]
fn duplicates_across_batches_keep_the_first_in_input_order() {
    // more than one batch of 256: batches are extracted ahead of the writer, written in order
    let w = Work::new();
    let mut jsonl = String::new();
    for i in 1..=600 {
        let (id, text) = match i {
            5 => (
                "first".to_string(),
                "Chile praised Peru at the summit.".to_string(),
            ),
            400 => (
                "second".to_string(),
                "Chile praised Peru at the summit.".to_string(),
            ),
            _ => (
                format!("d{i}"),
                format!("Peru praised Chile, said report {i}."),
            ),
        };
        jsonl.push_str(&format!("{{\"id\":\"{id}\",\"text\":\"{text}\"}}\n"));
    }
    let f = w.write("many.jsonl", &jsonl);
    w.cmd(&["ingest", "--format", "jsonl", f.to_str().unwrap()])
        .assert()
        .success();
    let c = w.sql();
    let n: i64 = c
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 599);
    let kept: String = c
        .query_row(
            "SELECT doc_id FROM articles WHERE doc_id IN ('first', 'second')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, "first");
    // stored in input order
    let ids: Vec<String> = c
        .prepare("SELECT doc_id FROM articles ORDER BY id LIMIT 3")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(ids, ["d1", "d2", "d3"]);
    sentences_complete(&c);
}

/// Ingests the five dispatches and marks them coded with an old coder version, so that a plain
/// `recode` takes them all; returns the events stored for `n3`.
fn five_stale(w: &Work) -> i64 {
    w.cmd(&["db", "migrate"]).assert().success();
    let f = five_dispatches(w);
    w.cmd(&["ingest", "--format", "jsonl", f.to_str().unwrap()])
        .assert()
        .success();
    let c = w.sql();
    c.execute_batch("UPDATE articles SET coder_version = 'old'")
        .unwrap();
    rows_of(&c, "n3").1
}

/// The doc_ids still coded with the old version.
fn still_old(c: &rusqlite::Connection) -> Vec<String> {
    c.prepare("SELECT doc_id FROM articles WHERE coder_version = 'old' ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn an_article_failing_to_recode_keeps_its_old_extraction_and_its_neighbours_are_recoded() {
    for (raise, message) in [
        ("ABORT", "refused by test"),
        // RAISE(ROLLBACK) ends the whole group: the articles recoded before it in the group
        // are written again
        ("ROLLBACK", "rolled back by test"),
    ] {
        let w = Work::new();
        let n3_events = five_stale(&w);
        assert!(n3_events >= 1);
        // n3's old rows are deleted, then its first new event is refused
        w.sql()
            .execute_batch(&format!(
                "CREATE TRIGGER fail_n3 BEFORE INSERT ON events
                 WHEN (SELECT doc_id FROM articles WHERE id = NEW.article_id) = 'n3'
                 BEGIN SELECT RAISE({raise}, '{message}'); END;"
            ))
            .unwrap();
        let out = w.cmd(&["recode"]).assert().code(3);
        let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(
            err.contains("n3: not recoded") && err.contains(message),
            "{err}"
        );
        assert!(
            err.contains("recoded 4 articles") && err.contains("1 article not recoded"),
            "{err}"
        );
        let c = w.sql();
        // n3 is as it was, old rows and all; the others carry the new version
        assert_eq!(still_old(&c), ["n3"], "{raise}");
        assert_eq!(rows_of(&c, "n3"), (1, n3_events), "{raise}");
        for id in ["n1", "n2", "n4", "n5"] {
            let (a, e) = rows_of(&c, id);
            assert_eq!(a, 1, "{id} is missing");
            assert!(e >= 1, "{id} has no events");
        }
        sentences_complete(&c);
        assert_eq!(
            crate::util::issue_days_stored(&c),
            crate::util::issue_days_recounted(&c),
            "{raise}"
        );
        // once the fault is gone the next recode takes the one left
        c.execute_batch("DROP TRIGGER fail_n3;").unwrap();
        w.cmd(&["recode"])
            .assert()
            .success()
            .stderr(predicates::str::contains("recoded 1 article "));
        assert!(still_old(&c).is_empty());
        assert_eq!(rows_of(&c, "n3"), (1, n3_events));
    }
}

#[test]
fn a_version_4_database_is_upgraded_with_room_for_copies() {
    use crate::reports::{corpus, dict};
    let fresh = corpus();
    let old = at_version(4, &fresh);
    let tables: i64 = old
        .sql()
        .query_row(
            "SELECT count(*) FROM main.sqlite_schema WHERE name = 'article_copies'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 0, "a version 4 database has no copies");
    let articles = |w: &Work| -> i64 {
        w.sql()
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .unwrap()
    };
    let before = articles(&old);
    migrate_to_latest(&old, 5, "article_copies");
    assert_eq!(articles(&old), before, "the upgrade keeps every article");
    // a stored text ingested again under a new id is now kept as a copy
    let (text, id): (String, String) = old
        .sql()
        .query_row(
            "SELECT text, doc_id FROM articles ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let f = old.write(
        "again.txt",
        &format!("---\nid: again-1\npublished: 2023-03-08\n---\n{text}\n"),
    );
    old.cmd(&["--dict", &dict(), "ingest", f.to_str().unwrap()])
        .assert()
        .success();
    let copy_of: String = old
        .sql()
        .query_row(
            "SELECT a.doc_id FROM article_copies c JOIN articles a ON a.id = c.article_id
             WHERE c.doc_id = 'again-1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(copy_of, id);
    assert_eq!(articles(&old), before);
}
