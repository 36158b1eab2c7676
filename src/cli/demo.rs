//! `tension demo`: the README's first command. Ingests the bundled example articles into a
//! fresh demonstration database and writes the standard CSV reports under `exports/`.

use std::path::PathBuf;

use anyhow::bail;

use super::Context;
use super::export::export_table;
use super::ingest::{ingest_inputs, report_summary};
use crate::ingest::{Format, Overrides};
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
    println!("\nOpen the database with: sqlite3 {}", db.display());
    Ok(0)
}
