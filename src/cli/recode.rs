//! `tension recode`: re-run extraction on stored articles coded with another coder version
//! (after editing the dictionaries or upgrading tension), so history follows the dictionaries.

use indicatif::{ProgressBar, ProgressStyle};

use super::{Context, EXIT_PARTIAL, group};
use crate::extract::Extraction;
use crate::ingest::parse_published;
use crate::store::{StaleArticle, Store, StoreError};

/// Re-extract stored articles with the current dictionaries and rules.
///
/// By default only articles whose coder version differs from the current one are recoded.
/// Each article's old extraction is replaced all or nothing; an article that cannot be
/// rewritten keeps its old one (exit code 3) and is taken again by the next `recode`.
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
    // as in `ingest`: a batch is extracted in parallel while the one before is written, in id
    // order, each article in a savepoint of a grouped commit (see [`group`]); the texts are
    // dropped once extracted
    let mut stale = stale.into_iter();
    let batches = std::iter::from_fn(move || {
        let batch: Vec<StaleArticle> = stale.by_ref().take(group::BATCH).collect();
        (!batch.is_empty()).then_some(batch)
    });
    let mut writer = Writer {
        bar: &bar,
        summary: Summary::default(),
    };
    group::overlapped(
        batches,
        |s: StaleArticle| {
            let d = s
                .published
                .as_deref()
                .and_then(|p| parse_published(p).ok())
                .and_then(|p| p.date);
            let x = ex.extract(&s.text, d);
            (s.id, s.doc_id, x)
        },
        |done| group::write_batch(&mut store, &done, &mut writer, &bar),
    );
    let s = writer.summary;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut line = format!(
        "recoded {} article{} with {version} ({} events)",
        s.recoded,
        if s.recoded == 1 { "" } else { "s" },
        s.events
    );
    if s.failed > 0 {
        line.push_str(&format!(
            "; {} article{} not recoded (see above), left as they were",
            s.failed,
            if s.failed == 1 { "" } else { "s" }
        ));
    }
    eprintln!("{line}");
    Ok(if s.failed > 0 { EXIT_PARTIAL } else { 0 })
}

/// What a recode run stored.
#[derive(Debug, Default)]
struct Summary {
    recoded: usize,
    events: usize,
    failed: usize,
}

/// Writes new extractions (row id, doc_id, extraction) over the old ones and counts them.
struct Writer<'a> {
    bar: &'a Option<ProgressBar>,
    summary: Summary,
}

impl group::GroupedWrite for Writer<'_> {
    type Item = (i64, String, Extraction);
    type Written = ();

    fn write(
        &mut self,
        store: &mut Store,
        (id, _, x): &Self::Item,
    ) -> Option<Result<(), StoreError>> {
        Some(store.replace_extraction(*id, x))
    }

    fn stored(&mut self, (_, _, x): &Self::Item, (): ()) {
        self.summary.recoded += 1;
        self.summary.events += x.events.len();
    }

    fn failed(&mut self, (_, doc_id, _): &Self::Item, e: &StoreError) {
        group::report_error(self.bar, &format!("error: {doc_id}: not recoded: {e}"));
        self.summary.failed += 1;
    }

    fn name(&self, (_, doc_id, _): &Self::Item) -> String {
        doc_id.clone()
    }
}
