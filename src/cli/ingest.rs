//! `tension ingest`: read articles, extract, store; each article all or nothing (a savepoint),
//! committed in groups.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use indicatif::{ProgressBar, ProgressStyle};

use super::{Context, EXIT_PARTIAL, group};
use crate::extract::{Extraction, Extractor};
use crate::ingest::{self, Document, Format, InputError, Overrides, parse_published};
use crate::store::{Duplicate, Store, StoreError, WriteOutcome, content_hash};

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
    /// Of those, the same text under an id of its own, kept as a copy of the stored article.
    pub copies: usize,
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
        if s.copies > 0 {
            line.push_str(&format!(
                " ({} of them the same text under an id of {}, kept as {})",
                s.copies,
                if s.copies == 1 {
                    "its own"
                } else {
                    "their own"
                },
                if s.copies == 1 { "a copy" } else { "copies" }
            ));
        }
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
    // Extraction and writing overlap (a batch is extracted while the one before is written); the
    // batches are written in input order, so which of two copies is the duplicate does not
    // depend on thread timing.
    let batches = files.iter().flat_map(|f| {
        let mut stream = ingest::read_path(f, format);
        std::iter::from_fn(move || {
            let batch: Vec<Result<Document, InputError>> =
                stream.by_ref().take(group::BATCH).collect();
            (!batch.is_empty()).then_some(batch)
        })
    });
    let mut writer = Writer {
        bar: &bar,
        summary: &mut summary,
    };
    group::overlapped(
        batches,
        |r: Result<Document, InputError>| -> Extracted {
            r.map(|mut d| {
                overrides.apply(&mut d);
                let hash = content_hash(&d.text);
                let ex = extractor.extract(&d.text, d.published.date);
                (d, hash, ex)
            })
        },
        |done| group::write_batch(store, &done, &mut writer, &bar),
    );
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(summary)
}

/// Writes extracted records, each article atomically in grouped commits (see [`group`]), and
/// counts them.
struct Writer<'a> {
    bar: &'a Option<ProgressBar>,
    summary: &'a mut Summary,
}

impl group::GroupedWrite for Writer<'_> {
    type Item = Extracted;
    type Written = WriteOutcome;

    fn write(
        &mut self,
        store: &mut Store,
        item: &Extracted,
    ) -> Option<Result<WriteOutcome, StoreError>> {
        match item {
            Err(e) => {
                group::report_error(self.bar, &format!("error: {e}"));
                self.summary.failed += 1;
                None
            }
            Ok((d, hash, ex)) => Some(store.write_article(d, &make_id(d, hash), hash, ex)),
        }
    }

    fn stored(&mut self, item: &Extracted, outcome: WriteOutcome) {
        if let Ok((d, _, ex)) = item {
            record(self.summary, d, ex, outcome);
        }
    }

    fn failed(&mut self, item: &Extracted, e: &StoreError) {
        if let Ok((d, _, _)) = item {
            group::report_error(self.bar, &format!("error: {}: not stored: {e}", d.origin));
            self.summary.failed += 1;
        }
    }

    fn name(&self, item: &Extracted) -> String {
        match item {
            Ok((d, _, _)) => d.origin.clone(),
            Err(_) => "a rejected record".to_string(),
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
        WriteOutcome::Copied(original) => {
            summary.duplicates += 1;
            summary.copies += 1;
            tracing::info!(
                "{}: same text as {original}, kept as a copy under its own id",
                d.origin
            );
        }
    }
}
