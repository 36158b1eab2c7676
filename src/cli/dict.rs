//! `tension dict`: export the built-in dictionaries, or check an edited copy.

use std::path::PathBuf;

use super::Context;
use crate::dict::{Dictionaries, FILES, export};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Write the built-in dictionary files into DIR for editing (then use them with --dict DIR).
    Export {
        /// Folder to write into (created if needed).
        dir: PathBuf,
    },
    /// Validate a dictionary folder (default: --dict, else the built-in set); problems are
    /// listed as file:line: message.
    Check {
        /// Folder to check.
        dir: Option<PathBuf>,
    },
    /// List the dictionary files and their sizes.
    List,
}

pub fn run(ctx: &Context, c: Command) -> anyhow::Result<u8> {
    match c {
        Command::Export { dir } => {
            let files = export(&dir)?;
            eprintln!(
                "wrote {} files to {}; use them with --dict {}",
                files.len(),
                dir.display(),
                dir.display()
            );
            Ok(0)
        }
        Command::Check { dir } => {
            let dir = dir.or_else(|| ctx.dict.clone());
            match Dictionaries::load(dir.as_deref()) {
                Ok(d) => {
                    println!(
                        "{}: ok ({} states, {} bodies, {} people roles, {} issues, {} tone words, {} markers, {} event patterns)",
                        d.origin,
                        d.countries.len(),
                        d.organisations.len(),
                        d.people.len(),
                        d.issues.len(),
                        d.tone_lexicon.len(),
                        d.tone_markers.len(),
                        d.verbs.len()
                    );
                    Ok(0)
                }
                Err(errs) => {
                    let base = dir.as_ref().map(|d| d.display().to_string());
                    for e in &errs {
                        match &base {
                            Some(b) => println!("{b}/{e}"),
                            None => println!("{e}"),
                        }
                    }
                    eprintln!(
                        "{} problem{}",
                        errs.len(),
                        if errs.len() == 1 { "" } else { "s" }
                    );
                    Ok(1)
                }
            }
        }
        Command::List => {
            for (name, text) in FILES {
                let rows = text
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                    .count()
                    .saturating_sub(1);
                println!("{name:<20} {rows:>6} entries");
            }
            Ok(0)
        }
    }
}
