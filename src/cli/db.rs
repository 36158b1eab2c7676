//! `tension db`: what is in the database.

use super::Context;
use crate::store::{MIGRATIONS, Store, latest_version};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Path, schema version, row counts and coder versions.
    Info,
    /// Create the database or bring it to the latest schema.
    Migrate,
}

pub fn run(ctx: &Context, c: Command) -> anyhow::Result<u8> {
    let path = ctx.db_path();
    match c {
        Command::Migrate => {
            let s = Store::open(&path)?;
            println!("{}: schema version {}", path.display(), s.schema_version()?);
        }
        Command::Info => {
            let s = Store::open_read_only(&path)?;
            let ex = ctx.extractor()?;
            println!("database        {}", path.display());
            println!(
                "schema version  {} (this tension knows up to {})",
                s.schema_version()?,
                latest_version()
            );
            for (v, name, _) in MIGRATIONS {
                println!("  migration     {v:04} {name}");
            }
            println!(
                "coder version   {} (dictionaries: {})",
                ex.coder_version(),
                ex.dict.origin
            );
            for (t, n) in s.counts()? {
                println!("{t:<15} {n}");
            }
            let versions = s.coder_versions()?;
            for (v, n) in &versions {
                let mark = if *v == ex.coder_version() {
                    "current"
                } else {
                    "stale: run `tension recode`"
                };
                println!("  articles coded with {v}: {n} ({mark})");
            }
        }
    }
    Ok(0)
}
