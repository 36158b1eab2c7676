//! Grouped commits for the commands that write article by article (`ingest`, `recode`), and the
//! pipeline that extracts the next batch while the current one is written.
//!
//! Each article is written inside a SAVEPOINT, nested in one outer transaction per group of
//! articles; the group is committed at the end of each batch, and sooner once it has been open
//! for `GROUP_TIME`. Why:
//! - Committing every article appended every page it touched (tables, indexes, the aggregates
//!   kept by triggers) to the WAL: about 150 KB per article, 2.8 GB for the 80 MB Reuters
//!   database. Consecutive articles touch many of the same pages, which a group writes once.
//! - Each article stays all or nothing: a failing write rolls back its own savepoint only, the
//!   group goes on and the rest of the batch still goes in.
//! - SQLite rolls the whole transaction back by itself after some errors (disk full, I/O error,
//!   out of memory, `RAISE(ROLLBACK)` in a trigger), and a commit can fail. Then the articles
//!   written in the group so far are gone: they are written again, each in a transaction of its
//!   own, so the summaries only ever count articles that are stored.
//! - A crash or an interrupt loses the uncommitted group (at most one batch, about a second of
//!   work), never part of an article; running the same command again redoes them (`ingest`
//!   skips what is stored as duplicates, `recode` only takes the articles still stale). With
//!   `-vv` each commit is logged with the last article it made durable.
//! - The group holds the write lock while it is open; other writers wait (busy timeout 10 s),
//!   readers do not (WAL).

use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::store::{Store, StoreError};

/// Items read per batch: extracted together in parallel, then written in order.
pub const BATCH: usize = 256;

/// A group is committed once it has been open this long (and at the end of every batch).
const GROUP_TIME: std::time::Duration = std::time::Duration::from_secs(1);

/// Reads batches on a producer thread, maps each one in parallel (rayon) and hands the results
/// to `write` on this thread, in order, while the next batch is mapped. The channel holds at
/// most two batches ahead of the writer, which bounds memory; order does not depend on thread
/// timing.
pub fn overlapped<I, O, B>(batches: B, map: impl Fn(I) -> O + Sync, mut write: impl FnMut(Vec<O>))
where
    I: Send,
    O: Send,
    B: Iterator<Item = Vec<I>> + Send,
{
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<O>>(2);
        let map = &map;
        let producer = scope.spawn(move || {
            for batch in batches {
                let done: Vec<O> = batch.into_par_iter().map(map).collect();
                if tx.send(done).is_err() {
                    return; // the writer is gone
                }
            }
        });
        for done in rx {
            write(done);
        }
        if let Err(p) = producer.join() {
            std::panic::resume_unwind(p);
        }
    });
}

/// What a command writes, one item (article) at a time, and how it counts the results.
pub trait GroupedWrite {
    /// One item of a batch.
    type Item;
    /// What a successful write returns.
    type Written;
    /// Writes one item atomically: a savepoint inside the open group, or a transaction of its
    /// own outside one. `None` if there is nothing to write (the item was reported already).
    fn write(
        &mut self,
        store: &mut Store,
        item: &Self::Item,
    ) -> Option<Result<Self::Written, StoreError>>;
    /// Counts an item whose write is durable.
    fn stored(&mut self, item: &Self::Item, written: Self::Written);
    /// Reports an item that is not stored.
    fn failed(&mut self, item: &Self::Item, e: &StoreError);
    /// Names the item in the log of commits.
    fn name(&self, item: &Self::Item) -> String;
}

/// An item written in the open group: where it is in the batch and what its write returned.
struct Pending<T> {
    idx: usize,
    written: T,
}

/// Writes a batch in order, each item atomically, in groups (see the module documentation);
/// advances the progress bar by one per item.
pub fn write_batch<W: GroupedWrite>(
    store: &mut Store,
    items: &[W::Item],
    w: &mut W,
    bar: &Option<ProgressBar>,
) {
    let mut pending: Vec<Pending<W::Written>> = Vec::new();
    let mut opened = std::time::Instant::now();
    for (idx, item) in items.iter().enumerate() {
        // if the group cannot be opened (the lock stayed busy), the item is written in a
        // transaction of its own, which reports the error if there is one
        if !store.in_group() && store.begin_group().is_ok() {
            opened = std::time::Instant::now();
        }
        let grouped = store.in_group();
        match w.write(store, item) {
            None => {}
            Some(Ok(written)) if grouped => pending.push(Pending { idx, written }),
            Some(Ok(written)) => w.stored(item, written),
            Some(Err(e)) => {
                w.failed(item, &e);
                if grouped && !store.in_group() {
                    // SQLite rolled the group back with this item
                    rewrite(store, items, std::mem::take(&mut pending), w);
                }
            }
        }
        if store.in_group() && opened.elapsed() >= GROUP_TIME {
            commit(store, items, &mut pending, w);
        }
        if let Some(b) = bar {
            b.inc(1);
        }
    }
    if store.in_group() {
        commit(store, items, &mut pending, w);
    }
}

/// Commits the open group and counts its items; if the commit fails, writes them again one by
/// one.
fn commit<W: GroupedWrite>(
    store: &mut Store,
    items: &[W::Item],
    pending: &mut Vec<Pending<W::Written>>,
    w: &mut W,
) {
    let pending = std::mem::take(pending);
    match store.commit_group() {
        Ok(()) => {
            if let Some(p) = pending.last() {
                tracing::debug!(
                    "committed {} articles, through {}",
                    pending.len(),
                    w.name(&items[p.idx])
                );
            }
            for p in pending {
                w.stored(&items[p.idx], p.written);
            }
        }
        Err(e) => {
            tracing::warn!("commit failed ({e}); writing its articles one by one");
            let _ = store.rollback_group();
            rewrite(store, items, pending, w);
        }
    }
}

/// Writes again, each in a transaction of its own, the items of a group that was rolled back.
fn rewrite<W: GroupedWrite>(
    store: &mut Store,
    items: &[W::Item],
    pending: Vec<Pending<W::Written>>,
    w: &mut W,
) {
    for p in pending {
        let item = &items[p.idx];
        match w.write(store, item) {
            None => {}
            Some(Ok(written)) => w.stored(item, written),
            Some(Err(e)) => w.failed(item, &e),
        }
    }
}

/// Prints an error line on stderr without breaking the progress bar.
pub fn report_error(bar: &Option<ProgressBar>, line: &str) {
    if let Some(b) = bar {
        b.suspend(|| eprintln!("{line}"));
    } else {
        eprintln!("{line}");
    }
}
