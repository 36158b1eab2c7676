//! `tension ingest`: read articles, extract, store; each article all or nothing (a savepoint),
//! committed in groups.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::{Context, EXIT_PARTIAL};
use crate::extract::{Extraction, Extractor};
use crate::ingest::{self, Document, Format, InputError, Overrides, parse_published};
use crate::store::{Duplicate, Store, WriteOutcome, content_hash};

/// Read articles into the database.
///
/// Inputs are files, folders (read recursively: .txt/.md, .jsonl, .csv, .html, .rss/.atom/.xml,
/// any of them gzipped) or `-` for stdin. Text files may open with a front-matter block
/// (`---`, `key: value` lines for id, title, published, source, url, `---`); the flags below
/// override it. An article already stored (same id, URL or text) is skipped. A bad record is
/// reported with its file and line and the rest of the batch still goes in (exit code 3).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders, or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Input format: auto (by extension), text, jsonl, csv, html, feed.
    #[arg(long, default_value = "auto", value_name = "FORMAT")]
    format: String,
    /// Publication date (YYYY-MM-DD, RFC 3339 or RFC 2822) for every article read.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Source (agency, outlet) for every article read.
    #[arg(long)]
    source: Option<String>,
    /// Title (for a single article).
    #[arg(long)]
    title: Option<String>,
    /// Identifier (for a single article).
    #[arg(long)]
    id: Option<String>,
    /// URL (for a single article).
    #[arg(long)]
    url: Option<String>,
}

/// What an ingest run did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Articles stored.
    pub inserted: usize,
    /// Events stored with them.
    pub events: usize,
    /// Duplicates skipped.
    pub duplicates: usize,
    /// Records rejected.
    pub failed: usize,
    /// Articles stored without a publication date.
    pub undated: usize,
}

pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let format = Format::parse(&a.format).with_context(|| {
        format!(
            "unknown --format `{}` (auto, text, jsonl, csv, html, feed)",
            a.format
        )
    })?;
    let published = match &a.date {
        Some(d) => Some(parse_published(d).map_err(|m| anyhow::anyhow!("--date: {m}"))?),
        None => None,
    };
    let single_only = a.id.is_some() || a.title.is_some() || a.url.is_some();
    if single_only {
        let many = a.inputs.len() > 1
            || a.inputs.iter().any(|p| p.is_dir())
            || matches!(format, Format::Jsonl | Format::Csv | Format::Feed)
            || a.inputs.iter().any(|p| {
                matches!(
                    Format::of_path(p),
                    Some(Format::Jsonl | Format::Csv | Format::Feed)
                )
            });
        if many {
            bail!(
                "--id, --title and --url describe a single article; they cannot be used with folders, dumps or several inputs"
            );
        }
    }
    let overrides = Overrides {
        doc_id: a.id,
        title: a.title,
        source: a.source,
        url: a.url,
        published,
    };
    let extractor = ctx.extractor()?;
    let db = ctx.db_path();
    let mut store = Store::open(&db)?;
    store.sync_reference(&extractor.dict)?;
    let s = ingest_inputs(ctx, &mut store, &extractor, &a.inputs, format, &overrides)?;
    report_summary(&s, &db.display().to_string());
    Ok(if s.failed > 0 { EXIT_PARTIAL } else { 0 })
}

/// Prints the one-line summary on stderr.
pub fn report_summary(s: &Summary, db: &str) {
    let mut line = format!(
        "ingested {} article{} ({} event{}) into {db}",
        s.inserted,
        if s.inserted == 1 { "" } else { "s" },
        s.events,
        if s.events == 1 { "" } else { "s" }
    );
    if s.duplicates > 0 {
        line.push_str(&format!(
            "; skipped {} duplicate{}",
            s.duplicates,
            if s.duplicates == 1 { "" } else { "s" }
        ));
    }
    if s.failed > 0 {
        line.push_str(&format!(
            "; {} input{} rejected (see above)",
            s.failed,
            if s.failed == 1 { "" } else { "s" }
        ));
    }
    eprintln!("{line}");
    if s.undated > 0 {
        eprintln!(
            "note: {} article{} had no publication date: stored with the date unknown and left out of time trends",
            s.undated,
            if s.undated == 1 { "" } else { "s" }
        );
    }
}

fn make_id(doc: &Document, hash: &str) -> String {
    if let Some(id) = &doc.doc_id {
        return id.clone();
    }
    let base = doc.origin.split(':').next().unwrap_or("doc");
    let stem = std::path::Path::new(base)
        .file_stem()
        .map_or("doc".to_string(), |s| s.to_string_lossy().to_string());
    let stem = stem.strip_suffix(".txt").unwrap_or(&stem).to_string();
    format!("{stem}-{}", &hash[..10])
}

/// Documents read per batch: extracted together in parallel, then written in order.
const BATCH: usize = 256;

/// A record read and extracted (document, content hash, extraction), or why it could not be read.
type Extracted = Result<(Document, String, Extraction), InputError>;

/// Reads, extracts and stores every input; used by `ingest` and `demo`.
pub fn ingest_inputs(
    ctx: &Context,
    store: &mut Store,
    extractor: &Extractor,
    inputs: &[PathBuf],
    format: Format,
    overrides: &Overrides,
) -> anyhow::Result<Summary> {
    let (files, errors) = ingest::expand_inputs(inputs, format);
    let mut summary = Summary::default();
    for e in &errors {
        eprintln!("error: {e}");
        summary.failed += 1;
    }
    let bar = if ctx.progress {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles {per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Some(b)
    } else {
        None
    };
    // Extraction and writing overlap: a producer thread reads the inputs and extracts each batch
    // in parallel (rayon), and sends it over a bounded channel to this thread, which writes it
    // while the next batch is extracted. The channel keeps input order (so which of two copies
    // is the duplicate does not depend on thread timing) and holds at most two batches ahead of
    // the writer, which bounds memory.
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Extracted>>(2);
        let files = &files;
        let producer = scope.spawn(move || {
            for f in files {
                let mut stream = ingest::read_path(f, format);
                loop {
                    let batch: Vec<Result<Document, InputError>> =
                        stream.by_ref().take(BATCH).collect();
                    if batch.is_empty() {
                        break;
                    }
                    let done: Vec<Extracted> = batch
                        .into_par_iter()
                        .map(|r| {
                            r.map(|mut d| {
                                overrides.apply(&mut d);
                                let hash = content_hash(&d.text);
                                let ex = extractor.extract(&d.text, d.published.date);
                                (d, hash, ex)
                            })
                        })
                        .collect();
                    if tx.send(done).is_err() {
                        return; // the writer is gone
                    }
                }
            }
        });
        for done in rx {
            write_batch(store, done, &bar, &mut summary);
        }
        if let Err(p) = producer.join() {
            std::panic::resume_unwind(p);
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(summary)
}

// Grouped commits. Each article is written inside a SAVEPOINT, nested in one outer transaction
// per group of articles; the group is committed at the end of each batch, and sooner once it has
// been open for `GROUP_TIME`. Why:
// - Committing every article appended every page it touched (tables, indexes, the aggregates
//   kept by triggers) to the WAL: about 150 KB per article, 2.8 GB for the 80 MB Reuters
//   database. Consecutive articles touch many of the same pages, which a group writes once.
// - Each article stays all or nothing: a failing write rolls back its own savepoint only, the
//   group goes on and the rest of the batch still goes in (as before).
// - SQLite rolls the whole transaction back by itself after some errors (disk full, I/O error,
//   out of memory, `RAISE(ROLLBACK)` in a trigger), and a commit can fail. Then the articles
//   written in the group so far are gone: they are written again, each in a transaction of its
//   own, so the summary only ever counts articles that are stored.
// - A crash or an interrupt loses the uncommitted group (at most one batch, about a second of
//   work), never part of an article; running the same ingest again stores them (what is
//   stored is skipped as duplicates). The README says so. With `-vv` each commit is logged
//   with the last article it made durable.
// - The group holds the write lock while it is open; other writers wait (busy timeout 10 s),
//   readers do not (WAL).

/// A group is committed once it has been open this long (and at the end of every batch).
const GROUP_TIME: std::time::Duration = std::time::Duration::from_secs(1);

/// An article written in the open group: where it is in the batch and what its write did.
struct Pending {
    idx: usize,
    outcome: WriteOutcome,
}

/// Writes one extracted batch in input order, each article atomically (see above).
fn write_batch(
    store: &mut Store,
    done: Vec<Extracted>,
    bar: &Option<ProgressBar>,
    summary: &mut Summary,
) {
    let mut pending: Vec<Pending> = Vec::new();
    let mut opened = std::time::Instant::now();
    for (idx, r) in done.iter().enumerate() {
        match r {
            Err(e) => {
                if let Some(b) = bar {
                    b.suspend(|| eprintln!("error: {e}"));
                } else {
                    eprintln!("error: {e}");
                }
                summary.failed += 1;
            }
            Ok((d, hash, ex)) => {
                // if the group cannot be opened (the lock stayed busy), the article is written
                // in a transaction of its own, which reports the error if there is one
                if !store.in_group() && store.begin_group().is_ok() {
                    opened = std::time::Instant::now();
                }
                let grouped = store.in_group();
                match store.write_article(d, &make_id(d, hash), hash, ex) {
                    Ok(outcome) if grouped => pending.push(Pending { idx, outcome }),
                    Ok(outcome) => record(summary, d, ex, outcome),
                    Err(e) => {
                        not_stored(bar, summary, d, &e);
                        if grouped && !store.in_group() {
                            // SQLite rolled the group back with this article
                            rewrite(store, &done, std::mem::take(&mut pending), bar, summary);
                        }
                    }
                }
                if store.in_group() && opened.elapsed() >= GROUP_TIME {
                    commit(store, &done, &mut pending, bar, summary);
                }
            }
        }
        if let Some(b) = bar {
            b.inc(1);
        }
    }
    if store.in_group() {
        commit(store, &done, &mut pending, bar, summary);
    }
}

/// Commits the open group and counts its articles; if the commit fails, writes them again one
/// by one.
fn commit(
    store: &mut Store,
    done: &[Extracted],
    pending: &mut Vec<Pending>,
    bar: &Option<ProgressBar>,
    summary: &mut Summary,
) {
    let pending = std::mem::take(pending);
    match store.commit_group() {
        Ok(()) => {
            if let Some(p) = pending.last()
                && let Ok((d, _, _)) = &done[p.idx]
            {
                tracing::debug!("committed {} articles, through {}", pending.len(), d.origin);
            }
            for p in pending {
                if let Ok((d, _, ex)) = &done[p.idx] {
                    record(summary, d, ex, p.outcome);
                }
            }
        }
        Err(e) => {
            tracing::warn!("commit failed ({e}); writing its articles one by one");
            let _ = store.rollback_group();
            rewrite(store, done, pending, bar, summary);
        }
    }
}

/// Writes again, each in a transaction of its own, the articles of a group that was rolled back.
fn rewrite(
    store: &mut Store,
    done: &[Extracted],
    pending: Vec<Pending>,
    bar: &Option<ProgressBar>,
    summary: &mut Summary,
) {
    for p in pending {
        if let Ok((d, hash, ex)) = &done[p.idx] {
            match store.write_article(d, &make_id(d, hash), hash, ex) {
                Ok(outcome) => record(summary, d, ex, outcome),
                Err(e) => not_stored(bar, summary, d, &e),
            }
        }
    }
}

/// Counts a stored (or skipped) article in the summary.
fn record(summary: &mut Summary, d: &Document, ex: &Extraction, outcome: WriteOutcome) {
    match outcome {
        WriteOutcome::Inserted(_, _) => {
            summary.inserted += 1;
            summary.events += ex.events.len();
            if d.published.date.is_none() {
                summary.undated += 1;
                tracing::debug!("{}: no publication date", d.origin);
            }
        }
        WriteOutcome::Skipped(dup) => {
            summary.duplicates += 1;
            let why = match dup {
                Duplicate::Id(x) => format!("same id as {x}"),
                Duplicate::Url(x) => format!("same URL as {x}"),
                Duplicate::Text(x) => format!("same text as {x}"),
            };
            tracing::info!("{}: skipped, {why}", d.origin);
        }
    }
}

/// Reports an article whose write failed.
fn not_stored(
    bar: &Option<ProgressBar>,
    summary: &mut Summary,
    d: &Document,
    e: &crate::store::StoreError,
) {
    if let Some(b) = bar {
        b.suspend(|| eprintln!("error: {}: not stored: {e}", d.origin));
    } else {
        eprintln!("error: {}: not stored: {e}", d.origin);
    }
    summary.failed += 1;
}
