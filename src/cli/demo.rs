//! `tension demo`: the README's first command. Ingests the bundled example articles into a
//! fresh demonstration database and writes the standard CSV reports under `exports/`.

use std::path::{Path, PathBuf};

use anyhow::bail;

use super::Context;
use super::export::export_table;
use super::ingest::{ingest_inputs, report_summary};
use super::report;
use crate::ingest::{Format, Overrides};
use crate::report::dyad::Dyad;
use crate::report::period::PeriodKind;
use crate::report::trend::{self, TrendOptions};
use crate::report::{chart, issues, pairs};
use crate::store::{EXPORTS, Store};

/// Ingest the bundled examples and write the standard reports.
///
/// The demonstration database (`tension-demo.db` unless --db is given) is created afresh each
/// time, so the demo never mixes with your own data.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder of example articles.
    #[arg(long, default_value = "examples")]
    examples: PathBuf,
    /// Where to write the CSV reports.
    #[arg(long, default_value = "exports")]
    out: PathBuf,
}

pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    if !a.examples.is_dir() {
        bail!(
            "{}: no examples folder here; run the demo from the project's root or pass --examples DIR",
            a.examples.display()
        );
    }
    let db = ctx
        .db
        .clone()
        .unwrap_or_else(|| PathBuf::from("tension-demo.db"));
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db.display()));
        if p.exists() {
            std::fs::remove_file(&p)?;
        }
    }
    let ex = ctx.extractor()?;
    let mut store = Store::open(&db)?;
    store.sync_reference(&ex.dict)?;
    let s = ingest_inputs(
        ctx,
        &mut store,
        &ex,
        &[a.examples.clone()],
        Format::Auto,
        &Overrides::default(),
    )?;
    report_summary(&s, &db.display().to_string());
    drop(store);
    let store = Store::open_read_only(&db)?;
    std::fs::create_dir_all(&a.out)?;
    for what in EXPORTS {
        let p = a.out.join(format!("{what}.csv"));
        let n = export_table(&store, what, Some(&p))?;
        eprintln!("wrote {} ({n} rows)", p.display());
    }
    write_reports(&store, &a.out)?;
    println!("\nOpen the database with: sqlite3 {}", db.display());
    Ok(0)
}

/// The example pairs of examples/README.md whose trends the demo writes.
pub const DEMO_PAIRS: &[(&str, &str)] = &[
    ("USA", "CHN"),
    ("RUS", "UKR"),
    ("CHN", "PHL"),
    ("JPN", "KOR"),
];

/// Writes the standard reports: a monthly trend (CSV and SVG) per example pair, the pairs
/// leaderboard, the quarterly issues of USA–CHN; prints the tensest pairs of the latest month.
fn write_reports(store: &Store, out: &Path) -> anyhow::Result<()> {
    let opts = TrendOptions::default();
    for (x, y) in DEMO_PAIRS {
        let pair = Dyad::new(x, y);
        let rep = trend::build(store, &pair, PeriodKind::Month, None, None, &opts, 3)?;
        let stem = format!("trend-{}-{}", x.to_lowercase(), y.to_lowercase());
        let csv = out.join(format!("{stem}.csv"));
        let n = report::write_trend_csv(&rep, &csv)?;
        eprintln!("wrote {} ({n} rows)", csv.display());
        let svg = out.join(format!("{stem}.svg"));
        chart::draw(&rep, &svg)?;
        eprintln!("wrote {}", svg.display());
        if rep.is_empty() {
            eprintln!("note: no counted events for {x}:{y}; its trend is empty");
        }
    }
    let board = pairs::build(store, PeriodKind::Month, None, 20, 1, 6)?;
    let p = out.join("pairs.csv");
    let n = report::write_pairs_csv(&board, &p)?;
    eprintln!("wrote {} ({n} rows)", p.display());
    let usa_chn = Dyad::new("USA", "CHN");
    let iss = issues::build(store, &usa_chn, PeriodKind::Quarter, None, None)?;
    let p = out.join("issues-usa-chn.csv");
    let n = report::write_issues_csv(&iss, &p)?;
    eprintln!("wrote {} ({n} rows)", p.display());
    if board.rows.is_empty() {
        println!("\nNo pair of states has counted events yet.");
    } else {
        let mut top = board.clone();
        top.rows.truncate(10);
        println!(
            "\nTensest pairs, {} (index 0–100, 50 = neutral):",
            board.period
        );
        println!("{}", report::pairs_table(store, &top));
        // a thin last month: show the month before it too
        let before = PeriodKind::Month
            .parse_key(&board.period)
            .filter(|_| board.rows.len() < 3)
            .map(|p| pairs::build(store, PeriodKind::Month, Some(p.prev()), 10, 1, 6))
            .transpose()?;
        if let Some(b) = before.filter(|b| !b.rows.is_empty()) {
            println!("\nTensest pairs, {}:", b.period);
            println!("{}", report::pairs_table(store, &b));
        }
    }
    Ok(())
}
