//! `tension export`: a table as CSV.

use std::path::PathBuf;

use anyhow::Context as _;

use super::Context;
use crate::report::csv_out::CsvOut;
use crate::store::{EXPORTS, Store, export_sql};

/// Write a table as CSV (RFC 4180, UTF-8, header row, ISO dates).
///
/// Tables: events, articles, issues, tone-markers, actors, quotes. Their columns are described
/// in docs/exports.md. Text cells that a spreadsheet would run as a formula are neutralised.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to export: events, articles, issues, tone-markers, actors, quotes.
    #[arg(value_name = "TABLE")]
    what: String,
    /// Output file (`-` or absent: stdout).
    #[arg(long, short, value_name = "PATH")]
    out: Option<PathBuf>,
}

pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(&ctx.db_path())?;
    let n = export_table(&store, &a.what, a.out.as_deref())?;
    if let Some(p) = a.out.as_ref().filter(|p| p.as_os_str() != "-") {
        eprintln!(
            "wrote {n} row{} to {}",
            if n == 1 { "" } else { "s" },
            p.display()
        );
    }
    if n == 0 {
        eprintln!("note: the {} table is empty; wrote the header only", a.what);
    }
    Ok(0)
}

/// Exports one table; returns the number of rows.
pub fn export_table(
    store: &Store,
    what: &str,
    out: Option<&std::path::Path>,
) -> anyhow::Result<usize> {
    let sql = export_sql(what).with_context(|| {
        format!(
            "unknown table `{what}`: choose one of {}",
            EXPORTS.join(", ")
        )
    })?;
    let mut w = CsvOut::create(out).with_context(|| {
        format!(
            "cannot write {}",
            out.map_or("stdout".into(), |p| p.display().to_string())
        )
    })?;
    let mut header_done = false;
    let names = store.query_text(sql, &[], |names, cells| {
        if !header_done {
            w.header(names)?;
            header_done = true;
        }
        w.cells(cells)
    })?;
    if !header_done {
        w.header(&names)?;
    }
    let n = w.rows();
    w.finish()?;
    Ok(n)
}
