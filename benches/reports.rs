//! Report benchmarks (divan): a monthly trend for one pair and the pairs leaderboard over a
//! synthetic database. With `TENSION_BENCH_DB=PATH` they read that database (build one with
//! `tension --db PATH bench-db --articles 1000000`, see BENCHMARKS.md); without, they build a
//! small one (20,000 articles) in a temporary folder. Not part of `cargo test`.

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::Bencher;
use tension::report::dyad::Dyad;
use tension::report::period::PeriodKind;
use tension::report::trend::{self, TrendOptions};
use tension::report::{issues, pairs};
use tension::store::Store;

fn main() {
    divan::main();
}

fn db() -> &'static PathBuf {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        if let Ok(p) = std::env::var("TENSION_BENCH_DB") {
            return PathBuf::from(p);
        }
        let dir = std::env::temp_dir().join(format!("tension-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("bench.db");
        let mut s = Store::open(&p).unwrap();
        s.generate_synthetic(20_000, 1, |_| {}).unwrap();
        p
    })
}

fn store() -> Store {
    Store::open_read_only(db()).unwrap()
}

#[divan::bench(sample_count = 20)]
fn trend_month_usa_chn(b: Bencher) {
    let s = store();
    let pair = Dyad::new("USA", "CHN");
    b.bench_local(|| {
        trend::build(
            &s,
            &pair,
            PeriodKind::Month,
            None,
            None,
            &TrendOptions::default(),
            0,
        )
        .unwrap()
    });
}

#[divan::bench(sample_count = 20)]
fn trend_month_usa_chn_with_top_event(b: Bencher) {
    let s = store();
    let pair = Dyad::new("USA", "CHN");
    b.bench_local(|| {
        trend::build(
            &s,
            &pair,
            PeriodKind::Month,
            None,
            None,
            &TrendOptions::default(),
            1,
        )
        .unwrap()
    });
}

#[divan::bench(sample_count = 20)]
fn trend_week_usa_chn(b: Bencher) {
    let s = store();
    let pair = Dyad::new("USA", "CHN");
    b.bench_local(|| {
        trend::build(
            &s,
            &pair,
            PeriodKind::Week,
            None,
            None,
            &TrendOptions::default(),
            0,
        )
        .unwrap()
    });
}

#[divan::bench(sample_count = 10)]
fn pairs_month_latest(b: Bencher) {
    let s = store();
    b.bench_local(|| pairs::build(&s, PeriodKind::Month, None, 20, 1, 6).unwrap());
}

#[divan::bench(sample_count = 10)]
fn pairs_quarter_latest(b: Bencher) {
    let s = store();
    b.bench_local(|| pairs::build(&s, PeriodKind::Quarter, None, 20, 1, 6).unwrap());
}

#[divan::bench(sample_count = 10)]
fn issues_quarter_usa_chn(b: Bencher) {
    let s = store();
    let pair = Dyad::new("USA", "CHN");
    b.bench_local(|| issues::build(&s, &pair, PeriodKind::Quarter, None, None).unwrap());
}
