//! Exports: each table's header (the scorer's contract), RFC 4180 read back, formulas
//! neutralised, numbers left as numbers.

use crate::util::{Work, dispatch, read_csv};

fn seeded() -> Work {
    let w = Work::new();
    let f = w.write(
        "a.txt",
        &dispatch(
            "e1",
            "2023-06-19",
            "President Xi Jinping hosted Antony Blinken for talks in Beijing on Monday.\nChina has launched military drills near Taiwan.\n“We have no room to compromise,” Wang Yi told Blinken.",
        ),
    );
    w.cmd(&["ingest", f.to_str().unwrap()]).assert().success();
    w
}

fn has(header: &[String], cols: &[&str]) {
    for c in cols {
        assert!(
            header.iter().any(|h| h == c),
            "missing column {c} in {header:?}"
        );
    }
}

#[test]
fn every_export_has_its_documented_header() {
    let w = seeded();
    let (h, rows) = w.export("events");
    has(
        &h,
        &[
            "doc_id",
            "source_country",
            "target_country",
            "cameo_code",
            "quad_class",
            "pentaclass",
            "plover",
            "event_date",
            "date_precision",
            "modality",
            "goldstein",
            "evidence",
        ],
    );
    assert!(!rows.is_empty());
    let (h, rows) = w.export("articles");
    has(&h, &["doc_id", "countries", "contexts", "issues", "tone"]);
    assert_eq!(rows.len(), 1);
    let (h, rows) = w.export("issues");
    has(&h, &["slug", "context", "name"]);
    assert!(rows.len() >= 60, "{} issues", rows.len());
    let (h, _) = w.export("tone-markers");
    has(
        &h,
        &["doc_id", "phrase", "category", "weight", "speaker_actor"],
    );
    let (h, _) = w.export("actors");
    has(&h, &["code", "name", "kind", "country"]);
    let (h, _) = w.export("quotes");
    has(&h, &["doc_id", "speaker_actor", "text"]);
}

#[test]
fn cameo_codes_keep_their_zeros_and_goldstein_stays_a_number() {
    let w = seeded();
    let (_, rows) = w.export("events");
    let host = rows
        .iter()
        .find(|r| r["cameo_code"] == "043")
        .expect("the hosting event");
    assert_eq!(host["source_country"], "CHN");
    assert_eq!(host["target_country"], "USA");
    assert_eq!(host["event_date"], "2023-06-19");
    let g: f64 = host["goldstein"].parse().expect("a plain number");
    assert!(g > 0.0);
    assert!(
        rows.iter().any(|r| r["goldstein"].starts_with('-')),
        "negative scores are written as plain numbers"
    );
}

#[test]
fn a_title_that_looks_like_a_formula_is_neutralised() {
    let w = Work::new();
    let f = w.write("a.txt", "---\nid: f1\ntitle: =HYPERLINK(\"http://evil\")\npublished: 2023-01-01\n---\nPeru praised Chile.");
    w.cmd(&["ingest", f.to_str().unwrap()]).assert().success();
    let (_, rows) = w.export("articles");
    assert_eq!(rows[0]["title"], "'=HYPERLINK(\"http://evil\")");
}

#[test]
fn export_to_stdout_and_an_empty_table_writes_its_header() {
    let w = Work::new();
    w.cmd(&["db", "migrate"]).assert().success();
    let out = w
        .cmd(&["export", "events"])
        .assert()
        .success()
        .stderr(predicates::str::contains("empty"));
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.starts_with("event_id,doc_id,"), "{text}");
    let p = w.path("o.csv");
    std::fs::write(&p, text).unwrap();
    let (h, rows) = read_csv(&p);
    assert!(h.len() > 10 && rows.is_empty());
}

#[test]
fn unknown_export_is_a_clear_error() {
    let w = seeded();
    w.cmd(&["export", "nonsense"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("choose one of events"));
}
