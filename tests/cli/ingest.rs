//! Ingest: every input format, front matter, stdin, gzip, duplicates, unknown dates, bad input.

use std::io::Write;

use crate::util::{Work, dispatch};

fn count(w: &Work, sql: &str) -> i64 {
    w.sql().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn text_file_with_front_matter_and_flags_overriding_it() {
    let w = Work::new();
    let f = w.write(
        "a.txt",
        &dispatch("a-1", "2023-06-19", "Xi met Blinken in Beijing on Monday."),
    );
    w.cmd(&["ingest", f.to_str().unwrap(), "--source", "AFP"])
        .assert()
        .success();
    let (source, published, title): (String, String, String) = w
        .sql()
        .query_row(
            "SELECT source, published, title FROM articles WHERE doc_id = 'a-1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (source.as_str(), published.as_str(), title.as_str()),
        ("AFP", "2023-06-19", "Test a-1")
    );
}

#[test]
fn a_folder_is_read_recursively_and_readmes_are_skipped() {
    let w = Work::new();
    w.write(
        "in/one.txt",
        &dispatch("f-1", "2023-06-01", "Japan and South Korea held talks."),
    );
    w.write(
        "in/sub/two.md",
        &dispatch("f-2", "2023-06-02", "Russia attacked Ukraine."),
    );
    w.write("in/README.md", "# not an article");
    w.write("in/notes.bin", "ignored");
    w.cmd(&["ingest", w.path("in").to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(count(&w, "SELECT count(*) FROM articles"), 2);
}

#[test]
fn jsonl_csv_and_gzip() {
    let w = Work::new();
    let jsonl = "{\"id\":\"j1\",\"published\":\"2023-06-19\",\"title\":null,\"source\":\"AFP\",\"url\":null,\"text\":\"China accused the United States of spying.\",\"gold\":{\"x\":1}}\n{\"id\":\"j2\",\"published\":\"Mon, 19 Jun 2023 10:00:00 +0000\",\"text\":\"India and Pakistan held talks.\"}\n";
    let j = w.write("d.jsonl", jsonl);
    w.cmd(&["ingest", "--format", "jsonl", j.to_str().unwrap()])
        .assert()
        .success();
    let csv = "id,published,title,source,url,text\nc1,2024-01-05,\"Title, with comma\",Wire,https://example.org/c1,\"Iran warned Israel.\nSecond line.\"\n";
    let c = w.write("f.csv", csv);
    w.cmd(&["ingest", c.to_str().unwrap()]).assert().success();
    // gzip of a JSONL dump
    let gz = w.path("g.jsonl.gz");
    let mut e = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    e.write_all(
        b"{\"id\":\"g1\",\"published\":\"2023-01-02\",\"text\":\"Germany praised France.\"}\n",
    )
    .unwrap();
    e.finish().unwrap();
    w.cmd(&["ingest", gz.to_str().unwrap()]).assert().success();
    assert_eq!(count(&w, "SELECT count(*) FROM articles"), 4);
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM articles WHERE doc_id = 'c1' AND url = 'https://example.org/c1' AND title = 'Title, with comma'"
        ),
        1
    );
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM articles WHERE doc_id = 'j2' AND published = '2023-06-19'"
        ),
        1
    );
}

#[test]
fn stdin_with_a_date_flag() {
    let w = Work::new();
    w.cmd(&["ingest", "-", "--date", "2024-01-05"])
        .write_stdin("Turkey and Greece agreed to resume talks.")
        .assert()
        .success();
    let (id, published): (String, String) = w
        .sql()
        .query_row("SELECT doc_id, published FROM articles", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(id.starts_with("stdin-"), "{id}");
    assert_eq!(published, "2024-01-05");
}

#[test]
fn duplicates_by_id_url_and_text_are_skipped_and_counted() {
    let w = Work::new();
    let jsonl = "{\"id\":\"d1\",\"url\":\"https://x.org/1\",\"text\":\"Egypt hosted talks.\"}\n\
                 {\"id\":\"d1\",\"text\":\"Something else entirely.\"}\n\
                 {\"id\":\"d2\",\"url\":\"https://x.org/1\",\"text\":\"Another text.\"}\n\
                 {\"id\":\"d3\",\"text\":\"  egypt   hosted talks. \"}\n";
    let j = w.write("d.jsonl", jsonl);
    w.cmd(&["ingest", j.to_str().unwrap()])
        .assert()
        .success()
        .stderr(
            predicates::str::contains("ingested 1 article")
                .and(predicates::str::contains("skipped 3 duplicates")),
        );
    // again: all four are duplicates now
    w.cmd(&["ingest", j.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicates::str::contains("skipped 4 duplicates"));
    assert_eq!(count(&w, "SELECT count(*) FROM articles"), 1);
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn an_article_without_a_date_is_stored_as_unknown_with_a_note() {
    let w = Work::new();
    let f = w.write(
        "nodate.txt",
        "Brazil and Argentina signed a trade agreement.",
    );
    w.cmd(&["ingest", f.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicates::str::contains("no publication date"));
    let (p, prec): (Option<String>, String) = w
        .sql()
        .query_row("SELECT published, date_precision FROM articles", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((p, prec.as_str()), (None, "unknown"));
}

#[test]
fn bad_records_are_named_by_file_and_line_and_the_rest_goes_in() {
    let w = Work::new();
    let j = w.write("mixed.jsonl", "{\"id\":\"ok1\",\"text\":\"Chile praised Peru.\"}\n{broken\n{\"id\":\"bad-date\",\"published\":\"someday\",\"text\":\"x\"}\n{\"id\":\"ok2\",\"text\":\"Peru praised Chile.\"}\n");
    let out = w.cmd(&["ingest", j.to_str().unwrap()]).assert().code(3);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("mixed.jsonl:2"), "{err}");
    assert!(
        err.contains("mixed.jsonl:3") && err.contains("someday"),
        "{err}"
    );
    assert_eq!(count(&w, "SELECT count(*) FROM articles"), 2);
}

#[test]
fn a_missing_input_is_an_error_that_names_it() {
    let w = Work::new();
    w.cmd(&["ingest", "nope.txt"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("nope.txt"));
}

#[test]
fn html_and_feed_inputs() {
    let w = Work::new();
    let para = "<p>Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing on Monday for talks on Taiwan and trade.</p>".repeat(4);
    let html = format!(
        "<html><head><title>Talks</title><meta property=\"article:published_time\" content=\"2023-06-19T08:00:00Z\"></head><body><nav>Menu</nav><article>{para}</article></body></html>"
    );
    let h = w.write("page.html", &html);
    w.cmd(&["ingest", h.to_str().unwrap()]).assert().success();
    let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><guid>r1</guid><title>T</title><link>https://w.org/r1</link><pubDate>Tue, 20 Jun 2023 08:00:00 +0000</pubDate><description>Japan protested to China.</description></item></channel></rss>";
    let r = w.write("feed.rss", rss);
    w.cmd(&["ingest", r.to_str().unwrap()]).assert().success();
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM articles WHERE published = '2023-06-19' AND text NOT LIKE '%Menu%'"
        ),
        1
    );
    assert_eq!(
        count(
            &w,
            "SELECT count(*) FROM articles WHERE doc_id = 'r1' AND source = 'Wire'"
        ),
        1
    );
}

#[test]
fn single_article_flags_are_refused_for_dumps() {
    let w = Work::new();
    let j = w.write("d.jsonl", "{\"text\":\"a\"}\n");
    w.cmd(&["ingest", j.to_str().unwrap(), "--id", "x"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("single article"));
}

#[test]
fn the_same_text_under_another_id_is_kept_as_a_copy_and_exported_under_its_id() {
    let w = Work::new();
    let jsonl = "{\"id\":\"wire-1\",\"source\":\"AFP\",\"published\":\"2024-03-04\",\"text\":\"Egypt hosted Sudanese envoys for talks on Monday.\"}\n\
                 {\"id\":\"wire-2\",\"source\":\"Reuters\",\"published\":\"2024-03-04\",\"text\":\"Egypt  hosted Sudanese envoys for talks on Monday.\"}\n";
    let j = w.write("d.jsonl", jsonl);
    w.cmd(&["ingest", j.to_str().unwrap()])
        .assert()
        .success()
        .stderr(
            predicates::str::contains("ingested 1 article")
                .and(predicates::str::contains("skipped 1 duplicate"))
                .and(predicates::str::contains("kept as a copy")),
        );
    // the text is stored and coded once; the copy keeps its own id and source
    assert_eq!(count(&w, "SELECT count(*) FROM articles"), 1);
    let copy: (String, String) = w
        .sql()
        .query_row(
            "SELECT c.doc_id, c.source FROM article_copies c JOIN articles a ON a.id = c.article_id
             WHERE a.doc_id = 'wire-1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(copy, ("wire-2".to_string(), "Reuters".to_string()));
    // both ids are in the exports, the copy marked as such, with the same events
    for kind in ["events", "articles"] {
        let out = w.path(&format!("{kind}.csv"));
        w.cmd(&["export", kind, "--out", out.to_str().unwrap()])
            .assert()
            .success();
        let (_, rows) = crate::util::read_csv(&out);
        let of = |id: &str| {
            rows.iter()
                .filter(|r| r["doc_id"] == id)
                .map(|r| r["copy_of"].clone())
                .collect::<Vec<_>>()
        };
        assert!(!of("wire-1").is_empty(), "{kind}: {rows:?}");
        assert!(of("wire-1").iter().all(|c| c.is_empty()), "{kind}");
        assert_eq!(of("wire-1").len(), of("wire-2").len(), "{kind}");
        assert!(of("wire-2").iter().all(|c| c == "wire-1"), "{kind}");
    }
    // ingesting again adds nothing: the copy's id is known
    w.cmd(&["ingest", j.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicates::str::contains("skipped 2 duplicates"));
    assert_eq!(count(&w, "SELECT count(*) FROM article_copies"), 1);
}
