//! `tension recode`: re-run extraction on stored articles coded with another coder version
//! (after editing the dictionaries or upgrading tension), so history follows the dictionaries.

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::Context;
use crate::ingest::parse_published;
use crate::store::Store;

/// Re-extract stored articles with the current dictionaries and rules.
///
/// By default only articles whose coder version differs from the current one are recoded;
/// each article is replaced in its own transaction.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Recode every article, not only the stale ones.
    #[arg(long)]
    all: bool,
}

pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let ex = ctx.extractor()?;
    let mut store = Store::open(&ctx.db_path())?;
    store.sync_reference(&ex.dict)?;
    let version = ex.coder_version();
    let stale = store.stale_articles(&version, a.all)?;
    if stale.is_empty() {
        eprintln!("every article is already coded with {version}");
        return Ok(0);
    }
    let bar = ctx.progress.then(|| {
        let b = ProgressBar::new(stale.len() as u64);
        b.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    });
    let mut events = 0;
    for chunk in stale.chunks(256) {
        let done: Vec<_> = chunk
            .par_iter()
            .map(|(id, text, published)| {
                let d = published
                    .as_deref()
                    .and_then(|p| parse_published(p).ok())
                    .and_then(|p| p.date);
                (*id, ex.extract(text, d))
            })
            .collect();
        for (id, x) in done {
            events += x.events.len();
            store.replace_extraction(id, &x)?;
            if let Some(b) = &bar {
                b.inc(1);
            }
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    eprintln!(
        "recoded {} article{} with {version} ({events} events)",
        stale.len(),
        if stale.len() == 1 { "" } else { "s" }
    );
    Ok(0)
}
