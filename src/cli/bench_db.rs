//! `tension bench-db` (hidden): builds a synthetic database of N articles with their events,
//! tone markers and issues for the report benchmarks (BENCHMARKS.md). Rows go straight into
//! the schema, through the same triggers that keep the report aggregates at ingest.

use std::time::Instant;

use super::Context;
use crate::store::Store;

/// Build a synthetic database for benchmarks.
///
/// Appends N synthetic articles (about 200 states, heavy-tailed pairs headed by USA–CHN,
/// 2020–2024, 1–6 events each) to the database named by --db. Use a database of its own.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many articles to add.
    #[arg(long, default_value_t = 1_000_000)]
    articles: i64,
    /// Seed of the generator (the same seed gives the same database).
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let path = ctx.db_path();
    let mut store = Store::open(&path)?;
    let t = Instant::now();
    let step = (a.articles / 20).max(1);
    store.generate_synthetic(a.articles, a.seed, |done| {
        if done % step < 20_000 || done == a.articles {
            eprintln!("{done} articles ({:.0} s)", t.elapsed().as_secs_f64());
        }
    })?;
    for (table, n) in store.counts()? {
        if matches!(
            table.as_str(),
            "articles" | "events" | "tone_markers" | "event_issues"
        ) {
            eprintln!("{table}: {n}");
        }
    }
    eprintln!(
        "built {} in {:.1} s",
        path.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(0)
}
