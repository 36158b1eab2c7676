//! Extraction through the command line: explain, recode after a dictionary change, dict check.

use crate::util::{Work, dispatch};

#[test]
fn explain_shows_events_with_their_dates_and_patterns() {
    let w = Work::new();
    let out = w
        .cmd(&[
            "explain",
            "--sentence",
            "President Xi Jinping hosted Antony Blinken for talks in Beijing on Monday.",
            "--date",
            "2023-06-19",
        ])
        .assert()
        .success();
    let s = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(s.contains("043"), "{s}");
    assert!(s.contains("2023-06-19"), "{s}");
    assert!(s.contains("CHNGOV → USAGOV"), "{s}");
}

#[test]
fn dict_export_then_check_then_an_error_with_file_and_line() {
    let w = Work::new();
    let d = w.path("dict");
    w.cmd(&["dict", "export", d.to_str().unwrap()])
        .assert()
        .success();
    w.cmd(&["dict", "check", d.to_str().unwrap()])
        .assert()
        .success();
    let issues = std::fs::read_to_string(d.join("issues.tsv")).unwrap();
    let bad = format!("{issues}\nnew-issue\tNew\tnot_a_context\tsome phrase\t\t\n");
    std::fs::write(d.join("issues.tsv"), &bad).unwrap();
    let line = bad.lines().count();
    w.cmd(&["dict", "check", d.to_str().unwrap()])
        .assert()
        .failure()
        .stdout(predicates::str::contains(format!(
            "issues.tsv:{line}: unknown PLOVER context `not_a_context`"
        )));
}

#[test]
fn recode_after_a_dictionary_change_updates_history() {
    let w = Work::new();
    let f = w.write(
        "a.txt",
        &dispatch(
            "rc1",
            "2023-05-02",
            "Freedonia accused Ruritania of spying.",
        ),
    );
    w.cmd(&["ingest", f.to_str().unwrap()]).assert().success();
    let n: i64 = w
        .sql()
        .query_row("SELECT count(*) FROM mentions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        n, 0,
        "imaginary states are unknown to the built-in dictionaries"
    );
    // an analyst adds the two states and recodes
    let d = w.path("dict");
    w.cmd(&["dict", "export", d.to_str().unwrap()])
        .assert()
        .success();
    let mut c = std::fs::read_to_string(d.join("countries.tsv")).unwrap();
    c.push_str("\nXFR\tFreedonia\t\tFreedonian\t\nXRU\tRuritania\t\tRuritanian\t\n");
    std::fs::write(d.join("countries.tsv"), c).unwrap();
    w.cmd(&["--dict", d.to_str().unwrap(), "recode"])
        .assert()
        .success()
        .stderr(predicates::str::contains("recoded 1 article"));
    let (src, tgt): (String, String) = w
        .sql()
        .query_row(
            "SELECT source_country, target_country FROM events WHERE cameo_code LIKE '11%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((src.as_str(), tgt.as_str()), ("XFR", "XRU"));
    // nothing left to do
    w.cmd(&["--dict", d.to_str().unwrap(), "recode"])
        .assert()
        .success()
        .stderr(predicates::str::contains("already coded"));
}
