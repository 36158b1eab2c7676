//! Reports over the fixture corpus of tests/data/reports/: ten short dispatches in which tension
//! between China and Japan rises (accusations, warnings reported twice, an attack) and then
//! eases (talks, praise, a hotline agreement), with Russia–Ukraine and USA–China in the
//! background. The corpus is coded with the frozen dictionaries of tests/data/reports/dict, so
//! the snapshots follow the reports, not the coder's progress. CSV is read back with the csv
//! crate; snapshots are of the parsed rows.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::util::{
    IssueDays, Work, check_pair_aggregates, issue_days_recounted, issue_days_stored, read_csv,
    rows, tuples,
};

pub(crate) fn data(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/reports")
        .join(p)
}

pub(crate) fn dict() -> String {
    data("dict").display().to_string()
}

/// Ingests the fixture corpus (with the fixture dictionaries) into a workspace.
pub(crate) fn ingest_corpus(w: &Work) {
    w.cmd(&[
        "--dict",
        &dict(),
        "ingest",
        data("corpus").to_str().unwrap(),
    ])
    .assert()
    .success();
}

/// A workspace with the fixture corpus ingested.
pub(crate) fn corpus() -> Work {
    let w = Work::new();
    ingest_corpus(&w);
    w
}

/// Runs a report with `--csv` into the work folder and reads it back.
fn report_csv(w: &Work, args: &[&str]) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let out = w.path("report.csv");
    let d = dict();
    let mut a: Vec<&str> = vec!["--dict", &d, "report"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["--csv", out.to_str().unwrap()]);
    w.cmd(&a).assert().success();
    read_csv(&out)
}

/// The rows as a compact text table of the chosen columns, for a snapshot.
fn table(header: &[String], rows: &[HashMap<String, String>], cols: &[&str]) -> String {
    for c in cols {
        assert!(header.iter().any(|h| h == c), "no column {c} in {header:?}");
    }
    let mut s = cols.join(" | ");
    for r in rows {
        s.push('\n');
        s.push_str(
            &cols
                .iter()
                .map(|c| r[*c].as_str())
                .collect::<Vec<_>>()
                .join(" | "),
        );
    }
    s
}

fn num(r: &HashMap<String, String>, c: &str) -> f64 {
    r[c].parse()
        .unwrap_or_else(|_| panic!("{c} = {:?} is not a number", r[c]))
}

fn by_period<'a>(rows: &'a [HashMap<String, String>], p: &str) -> &'a HashMap<String, String> {
    rows.iter()
        .find(|r| r["period"] == p)
        .unwrap_or_else(|| panic!("no period {p}"))
}

#[test]
fn trend_rises_then_eases() {
    let w = corpus();
    let (h, rows) = report_csv(&w, &["trend", "--pair", "china:japan", "--by", "month"]);
    let periods: Vec<&str> = rows.iter().map(|r| r["period"].as_str()).collect();
    assert_eq!(
        periods,
        [
            "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"
        ]
    );
    let idx = |p: &str| num(by_period(&rows, p), "tension");
    assert!(idx("2023-01") < 50.0, "talks read as cooperation");
    assert!(
        idx("2023-02") > 50.0 && idx("2023-04") > idx("2023-02"),
        "tension rises"
    );
    assert!(
        idx("2023-05") < 50.0 && idx("2023-06") < idx("2023-04"),
        "and eases"
    );
    // the April attack is material conflict
    assert_eq!(by_period(&rows, "2023-04")["material_conflict"], "1");
    insta::assert_snapshot!(
        "trend_chn_jpn_monthly",
        table(
            &h,
            &rows,
            &[
                "period",
                "tension",
                "confidence",
                "change",
                "stories",
                "verbal_coop",
                "material_coop",
                "verbal_conflict",
                "material_conflict",
                "mean_goldstein",
                "tone_balance",
                "articles",
                "sources",
                "tension_from_a",
                "tension_from_b",
                "top_event_code",
                "top_event_evidence",
            ]
        )
    );
}

#[test]
fn a_story_reported_twice_is_one_event_with_two_sources() {
    let w = corpus();
    let (_, rows) = report_csv(&w, &["trend", "--pair", "CHN:JPN"]);
    let march = by_period(&rows, "2023-03");
    assert_eq!(march["stories"], "1", "two articles, one warning");
    assert_eq!(march["sources"], "2");
    assert_eq!(march["articles"], "2");
    let (_, ev) = report_csv(
        &w,
        &[
            "events", "--pair", "CHN:JPN", "--from", "2023-03", "--to", "2023-03",
        ],
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["sources"], "2");
    assert_eq!(ev[0]["doc_ids"], "rep-04;rep-05");
    assert_eq!(ev[0]["cameo_code"], "130");
}

#[test]
fn a_thaw_is_flagged_against_the_trailing_baseline() {
    let w = corpus();
    let (_, rows) = report_csv(
        &w,
        &[
            "trend",
            "--pair",
            "CHN:JPN",
            "--z",
            "1.5",
            "--baseline",
            "4",
        ],
    );
    let flags: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| !r["flag"].is_empty())
        .map(|r| (r["period"].as_str(), r["flag"].as_str()))
        .collect();
    // May and June both sit far below the tense months before them; nothing spikes
    assert_eq!(flags, [("2023-05", "thaw"), ("2023-06", "thaw")]);
    assert!(num(by_period(&rows, "2023-05"), "zscore") <= -1.5);
}

#[test]
fn names_codes_and_order_give_the_same_pair() {
    let w = corpus();
    let (_, a) = report_csv(&w, &["trend", "--pair", "japan:china"]);
    let (_, b) = report_csv(&w, &["trend", "--pair", "CHN:JPN"]);
    let (_, c) = report_csv(&w, &["trend", "--pair", "Chinese:Japanese"]);
    assert_eq!(a, b);
    assert_eq!(b, c);
    assert_eq!(a[0]["pair"], "CHN:JPN");
    w.cmd(&[
        "--dict",
        &dict(),
        "report",
        "trend",
        "--pair",
        "Atlantis:China",
    ])
    .assert()
    .failure()
    .stderr(predicates::str::contains("not a state"));
}

#[test]
fn a_directed_pair_keeps_to_what_one_side_does() {
    let w = corpus();
    let (_, rows) = report_csv(&w, &["trend", "--pair", "JPN>CHN"]);
    assert!(rows.iter().all(|r| r["direction"] == "from_b"));
    // Japan's own acts in February: one criticism; China's accusation is not Japan's
    assert_eq!(by_period(&rows, "2023-02")["stories"], "1");
    // in May Japan praised China; the talks were coded as China's
    let may = by_period(&rows, "2023-05");
    assert_eq!(may["verbal_coop"], "1");
    assert_eq!(may["tension"], may["tension_from_b"]);
}

#[test]
fn the_leaderboard_ranks_the_tensest_pair_first() {
    let w = corpus();
    let (h, rows) = report_csv(&w, &["pairs", "--by", "quarter", "--period", "2023-Q2"]);
    let pairs: Vec<&str> = rows.iter().map(|r| r["pair"].as_str()).collect();
    assert_eq!(pairs, ["RUS:UKR", "CHN:USA", "CHN:JPN"]);
    let tensions: Vec<f64> = rows.iter().map(|r| num(r, "tension")).collect();
    assert!(tensions.windows(2).all(|t| t[0] >= t[1]));
    insta::assert_snapshot!(
        "pairs_2023_q2",
        table(
            &h,
            &rows,
            &[
                "rank",
                "pair",
                "period",
                "tension",
                "confidence",
                "previous",
                "change",
                "stories",
                "conflict_share",
                "mean_goldstein",
                "articles",
            ]
        )
    );
    // the latest month by default: June, where only China–Japan has a story
    let (_, latest) = report_csv(&w, &["pairs", "--by", "month"]);
    assert_eq!(latest.len(), 1);
    assert_eq!(latest[0]["period"], "2023-06");
}

#[test]
fn issues_follow_the_pair_over_time() {
    let w = corpus();
    let (h, rows) = report_csv(&w, &["issues", "--pair", "CHN:JPN", "--by", "quarter"]);
    let ecs: Vec<&HashMap<String, String>> = rows
        .iter()
        .filter(|r| r["issue"] == "east-china-sea")
        .collect();
    assert_eq!(ecs.len(), 2, "the dispute runs through Q1 and Q2");
    for r in &rows {
        let s = num(r, "article_share");
        assert!((0.0..=1.0).contains(&s));
    }
    insta::assert_snapshot!(
        "issues_chn_jpn_quarterly",
        table(
            &h,
            &rows,
            &[
                "period",
                "issue",
                "articles",
                "pair_articles",
                "article_share",
                "stories",
                "pair_stories",
                "story_share",
            ]
        )
    );
}

/// The issue aggregates must equal a recount from the base tables, and `v_issue_month` the
/// query of its first definition (0002, which joined the base tables, with the condition 0004
/// added to what counts); returns the aggregates. The aggregates of 0002 are checked too.
pub(crate) fn check_issue_days(w: &Work, when: &str) -> IssueDays {
    let c = w.sql();
    check_pair_aggregates(&c, when);
    let stored = issue_days_stored(&c);
    assert_eq!(
        stored,
        issue_days_recounted(&c),
        "pair_issue_days after {when}"
    );
    let v2 = tension::store::MIGRATIONS[1].2;
    let head = "CREATE VIEW v_issue_month AS";
    let body = &v2[v2.find(head).expect("0002 defines v_issue_month") + head.len()..];
    let body = body[..body.find(';').unwrap()]
        .replace(
            "AND source_country <> target_country",
            "AND source_country <> target_country AND coalesce(source_actor, '') NOT GLOB '*BUS'",
        )
        .replace(
            "AND e.source_country <> e.target_country",
            "AND e.source_country <> e.target_country \
             AND coalesce(e.source_actor, '') NOT GLOB '*BUS'",
        );
    assert_eq!(body.matches("NOT GLOB").count(), 2, "{body}");
    let rows = |sql: &str| rows(&c, sql);
    let order = "ORDER BY a, b, month, issue";
    assert_eq!(
        rows(&format!("SELECT * FROM v_issue_month {order}")),
        rows(&format!("SELECT * FROM ({body}) {order}")),
        "v_issue_month after {when}"
    );
    stored
}

#[test]
fn issue_days_follow_ingest_recode_reingest_and_deletes() {
    let w = corpus();
    let ingested = check_issue_days(&w, "ingest");
    // the March warning: two articles, one story, two sources, tagged east-china-sea
    let march = |d: &IssueDays| -> Vec<(i64, i64, i64)> {
        d.days
            .iter()
            .filter(|(k, _)| k.0 == "CHN" && k.1 == "JPN" && k.2 == "2023-03-08")
            .map(|(_, v)| (v.2, v.3, v.4))
            .collect()
    };
    assert_eq!(march(&ingested), [(2, 1, 2)]);
    let issues = |w: &Work| report_csv(w, &["issues", "--pair", "CHN:JPN", "--by", "quarter"]).1;
    let before = issues(&w);

    // recoding deletes every article's extraction and writes it again
    w.cmd(&["--dict", &dict(), "recode", "--all"])
        .assert()
        .success();
    assert_eq!(check_issue_days(&w, "recode"), ingested);
    assert_eq!(issues(&w), before);

    // the built-in dictionaries code other events and issues: the aggregates follow them there
    // and back
    w.cmd(&["recode", "--all"]).assert().success();
    let other = check_issue_days(&w, "recode with the built-in dictionaries");
    assert_ne!(other, ingested);
    w.cmd(&["--dict", &dict(), "recode", "--all"])
        .assert()
        .success();
    assert_eq!(check_issue_days(&w, "recode back"), ingested);

    // ingesting again skips what is stored; a third report of the warning is one more source
    let extra = w.write(
        "more/rep-11.txt",
        "---\nid: rep-11\ntitle: Warning\npublished: 2023-03-08\nsource: Third Wire\n---\n\
         On Wednesday China warned Japan over the East China Sea again.\n",
    );
    ingest_corpus(&w);
    w.cmd(&["--dict", &dict(), "ingest", extra.to_str().unwrap()])
        .assert()
        .success();
    let more = check_issue_days(&w, "re-ingest");
    assert_eq!(march(&more), [(3, 1, 3)]);

    // deleting articles takes them out
    w.sql()
        .execute_batch("PRAGMA foreign_keys = ON; DELETE FROM articles WHERE doc_id = 'rep-04';")
        .unwrap();
    assert_eq!(march(&check_issue_days(&w, "a delete")), [(2, 1, 2)]);
    w.sql()
        .execute_batch("PRAGMA foreign_keys = ON; DELETE FROM articles;")
        .unwrap();
    let none = check_issue_days(&w, "deleting every article");
    assert!(none.days.is_empty() && none.stories.is_empty(), "{none:?}");
}

#[test]
fn what_a_company_does_adds_nothing_but_a_ban_on_one_counts() {
    // the built-in dictionaries, which know Huawei as a Chinese company (CHNBUS)
    let w = Work::new();
    let biz = w.write(
        "in/biz-01.txt",
        "---\nid: biz-01\ntitle: Chips\npublished: 2024-05-14\nsource: Wire\n---\n\
         On Tuesday Huawei accused Japan of unfair trade practices.\n",
    );
    let ban = w.write(
        "in/ban-01.txt",
        "---\nid: ban-01\ntitle: Ban\npublished: 2024-05-15\nsource: Wire\n---\n\
         On Wednesday Japan banned Huawei.\n",
    );
    let events = |w: &Work| -> Vec<(String, String, String, String, i64)> {
        tuples(
            &w.sql(),
            "SELECT doc_id, source_actor, target_actor, cameo_code, counted FROM v_events
             ORDER BY doc_id",
        )
    };

    // a Chinese company acting on Japan: an event, but nothing in the pair's aggregates
    w.cmd(&["ingest", biz.to_str().unwrap()]).assert().success();
    let e = events(&w);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(
        (e[0].1.as_str(), e[0].2.as_str(), e[0].4),
        ("CHNBUS", "JPN", 0)
    );
    let none = check_issue_days(&w, "a company's deed");
    assert!(none.days.is_empty() && none.stories.is_empty(), "{none:?}");
    let agg = check_pair_aggregates(&w.sql(), "a company's deed");
    assert!(
        agg.stories.is_empty()
            && agg.days.is_empty()
            && agg.articles.is_empty()
            && agg.tone_days.is_empty(),
        "{agg:?}"
    );
    let (_, trend) = report_csv(&w, &["trend", "--pair", "CHN:JPN", "--by", "month"]);
    assert!(trend.iter().all(|r| r["stories"] == "0"), "{trend:?}");

    // Japan banning the Chinese company: a state acting, one story of the pair, the only one
    w.cmd(&["ingest", ban.to_str().unwrap()]).assert().success();
    let e = events(&w);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!(
        (e[0].0.as_str(), e[0].2.as_str(), e[0].4),
        ("ban-01", "CHNBUS", 1)
    );
    let story = |w: &Work| -> Vec<(String, String, String, String, i64)> {
        tuples(
            &w.sql(),
            "SELECT a, b, dir, cameo_code, sources FROM pair_stories",
        )
    };
    let one = vec![(
        "CHN".to_string(),
        "JPN".to_string(),
        "ba".to_string(),
        e[0].3.clone(),
        1,
    )];
    assert_eq!(story(&w), one);
    let ingested = check_pair_aggregates(&w.sql(), "the ban");
    assert_eq!(
        ingested.articles.len(),
        1,
        "only the ban's article: {ingested:?}"
    );
    let (_, trend) = report_csv(&w, &["trend", "--pair", "CHN:JPN", "--by", "month"]);
    let may = by_period(&trend, "2024-05");
    assert_eq!(
        (may["stories"].as_str(), may["articles"].as_str()),
        ("1", "1")
    );
    let evidence = w
        .cmd(&["report", "events", "--pair", "CHN:JPN"])
        .output()
        .unwrap();
    let evidence = String::from_utf8_lossy(&evidence.stdout);
    assert!(evidence.contains("banned"), "{evidence}");
    assert!(!evidence.contains("accused"), "{evidence}");

    // recoding and deleting keep the aggregates a recount of what counts
    w.cmd(&["recode", "--all"]).assert().success();
    assert_eq!(check_pair_aggregates(&w.sql(), "recode"), ingested);
    check_issue_days(&w, "recode");
    w.sql()
        .execute_batch("PRAGMA foreign_keys = ON; DELETE FROM articles WHERE doc_id = 'biz-01';")
        .unwrap();
    assert_eq!(
        check_pair_aggregates(&w.sql(), "deleting the company's"),
        ingested
    );
    w.sql()
        .execute_batch("PRAGMA foreign_keys = ON; DELETE FROM articles WHERE doc_id = 'ban-01';")
        .unwrap();
    let gone = check_pair_aggregates(&w.sql(), "deleting the ban");
    assert!(
        gone.stories.is_empty() && gone.articles.is_empty(),
        "{gone:?}"
    );
}

#[test]
fn events_list_the_stories_with_their_evidence() {
    let w = corpus();
    let (h, rows) = report_csv(&w, &["events", "--pair", "CHN:JPN"]);
    assert!(rows.iter().all(|r| !r["evidence"].is_empty()));
    insta::assert_snapshot!(
        "events_chn_jpn",
        table(
            &h,
            &rows,
            &[
                "date",
                "source",
                "target",
                "cameo_code",
                "quad_class",
                "goldstein",
                "sources",
                "doc_id",
                "evidence",
            ]
        )
    );
    let (_, top) = report_csv(&w, &["events", "--pair", "CHN:JPN", "--top", "1"]);
    assert_eq!(top.len(), 1);
    assert_eq!(top[0]["cameo_code"], "190", "the attack weighs most");
}

#[test]
fn actors_say_who_acts_and_speaks() {
    let w = corpus();
    let (h, rows) = report_csv(&w, &["actors", "--country", "Japan"]);
    assert!(rows.iter().all(|r| r["country"] == "JPN"));
    insta::assert_snapshot!(
        "actors_jpn",
        table(
            &h,
            &rows,
            &[
                "actor",
                "kind",
                "acted",
                "acted_mean_goldstein",
                "acted_conflict_share",
                "targeted",
                "markers",
                "tone_balance",
                "quotes",
            ]
        )
    );
}

#[test]
fn the_views_agree_with_the_reports() {
    let w = corpus();
    let (_, rows) = report_csv(&w, &["trend", "--pair", "CHN:JPN"]);
    let c = w.sql();
    let view: Vec<(String, f64, f64, i64, i64, i64)> = tuples(
        &c,
        "SELECT month, tension, confidence, stories, sources, articles FROM v_pair_month
         WHERE pair = 'CHN:JPN' ORDER BY month",
    );
    assert_eq!(view.len(), rows.len());
    for (v, r) in view.iter().zip(&rows) {
        assert_eq!(v.0, r["period"]);
        assert!((v.1 - num(r, "tension")).abs() < 0.01, "{v:?} vs {r:?}");
        assert!((v.2 - num(r, "confidence")).abs() < 0.001);
        assert_eq!(v.3.to_string(), r["stories"]);
        assert_eq!(v.4.to_string(), r["sources"]);
        assert_eq!(v.5.to_string(), r["articles"]);
    }
    let weeks: i64 = c
        .query_row(
            "SELECT count(*) FROM v_pair_week WHERE pair = 'CHN:JPN'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(weeks, 6, "one dated week per month in the corpus");
    let ev: i64 = c
        .query_row(
            "SELECT count(*) FROM v_events WHERE counted AND source_name IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(ev, 13);
}

#[test]
fn recoding_keeps_the_aggregates_in_step() {
    let w = corpus();
    let (_, before) = report_csv(&w, &["trend", "--pair", "CHN:JPN"]);
    let counts = |w: &Work| -> (i64, i64, i64) {
        let c = w.sql();
        let q = |t: &str| -> i64 {
            c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap()
        };
        (q("pair_stories"), q("pair_days"), q("pair_articles"))
    };
    let agg = counts(&w);
    w.cmd(&["--dict", &dict(), "recode", "--all"])
        .assert()
        .success();
    let (_, after) = report_csv(&w, &["trend", "--pair", "CHN:JPN"]);
    assert_eq!(before, after);
    assert_eq!(agg, counts(&w));
    // deleting an article takes its stories, days and tone out of the aggregates
    w.sql()
        .execute_batch("PRAGMA foreign_keys = ON; DELETE FROM articles WHERE doc_id = 'rep-05';")
        .unwrap();
    let (_, fewer) = report_csv(&w, &["trend", "--pair", "CHN:JPN"]);
    let march = by_period(&fewer, "2023-03");
    assert_eq!(
        (march["stories"].as_str(), march["sources"].as_str()),
        ("1", "1")
    );
    assert_eq!(march["articles"], "1");
    assert_ne!(
        march["tone_balance"],
        by_period(&before, "2023-03")["tone_balance"]
    );
}

#[test]
fn json_and_chart_outputs() {
    let w = corpus();
    let out = w
        .cmd(&[
            "--dict",
            &dict(),
            "report",
            "trend",
            "--pair",
            "CHN:JPN",
            "--json",
        ])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["rows"].as_array().unwrap().len(), 6);
    assert_eq!(v["rows"][3]["top"][0]["cameo_code"], "190");
    let svg = w.path("charts/chn-jpn.svg");
    w.cmd(&[
        "--dict",
        &dict(),
        "report",
        "trend",
        "--pair",
        "CHN:JPN",
        "--z",
        "1.5",
        "--baseline",
        "4",
        "--chart",
        svg.to_str().unwrap(),
    ])
    .assert()
    .success();
    let s = std::fs::read_to_string(&svg).unwrap();
    assert!(s.starts_with("<svg"), "{}", &s[..40.min(s.len())]);
    assert!(s.contains("Tension index CHN:JPN"));
    assert!(
        s.lines().any(|l| l.trim() == "thaw"),
        "the thaws are marked and named in the legend"
    );
    assert!(!s.lines().any(|l| l.trim() == "spike"));
}

#[test]
fn the_terminal_table_has_a_sparkline() {
    let w = corpus();
    let out = w
        .cmd(&["--dict", &dict(), "report", "trend", "--pair", "CHN:JPN"])
        .assert()
        .success();
    let s = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let line = s.lines().nth(1).unwrap();
    assert_eq!(
        line.chars()
            .take(6)
            .filter(|c| "▁▂▃▄▅▆▇█".contains(*c))
            .count(),
        6,
        "{line}"
    );
    assert!(s.contains("2023-04"));
}

#[test]
fn a_report_without_data_writes_its_header_and_says_so() {
    let w = corpus();
    let out = w.path("empty.csv");
    w.cmd(&[
        "--dict",
        &dict(),
        "report",
        "trend",
        "--pair",
        "USA:FRA",
        "--csv",
        out.to_str().unwrap(),
    ])
    .assert()
    .success()
    .stderr(predicates::str::contains("no counted events"));
    let (h, rows) = read_csv(&out);
    assert!(h.contains(&"tension".to_string()));
    assert!(rows.is_empty());
    let fresh = Work::new();
    fresh.cmd(&["db", "migrate"]).assert().success();
    let out = fresh.path("pairs.csv");
    fresh
        .cmd(&["report", "pairs", "--csv", out.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicates::str::contains("no pair"));
    let (h, rows) = read_csv(&out);
    assert_eq!(h[0], "rank");
    assert!(rows.is_empty());
}

#[test]
fn titles_that_look_like_formulas_are_neutralised() {
    let w = Work::new();
    let f = w.write(
        "f.txt",
        "---\nid: f1\ntitle: =HYPERLINK(\"http://x\")\npublished: 2023-02-01\nsource: Test\n---\nChina warned Japan over the East China Sea on Wednesday.\n",
    );
    w.cmd(&["--dict", &dict(), "ingest", f.to_str().unwrap()])
        .assert()
        .success();
    let (_, rows) = report_csv(&w, &["events", "--pair", "CHN:JPN"]);
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["title"].starts_with("'="), "{}", rows[0]["title"]);
    assert_eq!(rows[0]["goldstein"], "-4.4", "numbers stay numbers");
}

#[test]
fn the_demo_writes_the_standard_reports() {
    let w = Work::new();
    let examples = w.path("examples");
    std::fs::create_dir_all(&examples).unwrap();
    for e in std::fs::read_dir(data("corpus")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), examples.join(e.file_name())).unwrap();
    }
    let out = w
        .cmd(&[
            "--dict",
            &dict(),
            "demo",
            "--examples",
            "examples",
            "--out",
            "exports",
        ])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("CHN:JPN"), "{stdout}");
    for f in [
        "trend-usa-chn.csv",
        "trend-usa-chn.svg",
        "trend-rus-ukr.csv",
        "trend-rus-ukr.svg",
        "trend-chn-phl.csv",
        "trend-jpn-kor.csv",
        "pairs.csv",
        "issues-usa-chn.csv",
    ] {
        assert!(w.path("exports").join(f).exists(), "missing {f}");
    }
    let (_, ru) = read_csv(&w.path("exports/trend-rus-ukr.csv"));
    assert_eq!(ru.len(), 4, "Feb to May 2023");
    assert_eq!(ru[0]["tension"], "100");
    let (_, none) = read_csv(&w.path("exports/trend-chn-phl.csv"));
    assert!(none.is_empty(), "no China–Philippines story in this corpus");
}
