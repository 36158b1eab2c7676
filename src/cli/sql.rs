//! `tension sql`: a read-only query; a table on a terminal, CSV when piped.

use std::io::IsTerminal;

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::Context;
use crate::report::csv_out::CsvOut;
use crate::store::{Cell, Store};

/// Run a read-only SQL query against the database.
///
/// The database is opened read-only: no statement can change it. On a terminal the result is a
/// table; when piped (or with --csv) it is CSV.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query, e.g. "SELECT * FROM v_pair_month LIMIT 10".
    query: String,
    /// Write CSV even on a terminal.
    #[arg(long)]
    csv: bool,
}

pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(&ctx.db_path())?;
    if a.csv || !std::io::stdout().is_terminal() {
        let mut w = CsvOut::create(None)?;
        let mut header = false;
        let names = store.query_text(&a.query, &[], |names, cells| {
            if !header {
                w.header(names)?;
                header = true;
            }
            w.cells(cells)
        })?;
        if !header {
            w.header(&names)?;
        }
        w.finish()?;
        return Ok(0);
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    let names = store.query_text(&a.query, &[], |_, cells| {
        rows.push(cells.iter().map(Cell::to_text).collect());
        Ok(())
    })?;
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(&names);
    for r in &rows {
        t.add_row(r);
    }
    println!("{t}");
    eprintln!(
        "{} row{}",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    );
    Ok(0)
}
