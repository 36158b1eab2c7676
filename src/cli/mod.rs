//! The command line: one file per subcommand; each parses its flags (its doc comments are its
//! `--help`) and calls the library. Errors become documented exit codes here:
//! 0 success, 1 error, 2 usage error, 3 some inputs were rejected (the rest went in).
//! A closed pipe (`tension export events | head`) counts as success.

mod bench_db;
mod db;
mod demo;
mod dict;
mod explain;
mod export;
mod group;
mod ingest;
mod recode;
mod report;
mod sql;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::dict::Dictionaries;
use crate::extract::Extractor;

/// A diplomatic tension tracker: log news articles, code who did what to whom, and report how
/// relations between states trend over time.
#[derive(Debug, Parser)]
#[command(name = "tension", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The database file (created on first use).
    #[arg(long, global = true, env = "TENSION_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    /// Use the dictionaries in this folder instead of the built-in ones (files it lacks come
    /// from the built-in set).
    #[arg(long, global = true, env = "TENSION_DICT", value_name = "DIR")]
    dict: Option<PathBuf>,
    /// More logging on stderr (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read articles (files, folders, JSONL, CSV, HTML, feeds or stdin) into the database.
    Ingest(ingest::Args),
    /// Write a table as CSV: events, articles, issues, tone-markers, actors, quotes.
    Export(export::Args),
    /// Reports: trends of the tension index, the tensest pairs, issues, events, actors.
    #[command(subcommand)]
    Report(report::Command),
    /// Show why the numbers are what they are: each sentence with its actors, events, issues
    /// and tone markers.
    Explain(explain::Args),
    /// Re-run extraction on stored articles after a dictionary or rule change.
    Recode(recode::Args),
    /// Run a read-only SQL query (a table on a terminal, CSV when piped).
    Sql(sql::Args),
    /// The database: path, schema version, row counts, coder versions.
    #[command(subcommand)]
    Db(db::Command),
    /// The dictionaries: export them for editing, or check an edited copy.
    #[command(subcommand)]
    Dict(dict::Command),
    /// The demonstration: ingest the bundled examples and write the standard reports.
    Demo(demo::Args),
    /// Build a synthetic database for benchmarks (see BENCHMARKS.md).
    #[command(hide = true)]
    BenchDb(bench_db::Args),
}

/// The exit code for rejected inputs.
pub const EXIT_PARTIAL: u8 = 3;

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    init_logging(cli.verbose, cli.quiet);
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("tension: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|ce| matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
    })
}

fn init_logging(verbose: u8, quiet: bool) {
    let level = if quiet {
        "error"
    } else {
        match verbose {
            0 => "warn",
            1 => "info",
            _ => "debug",
        }
    };
    let filter = std::env::var("TENSION_LOG").unwrap_or_else(|_| format!("tension={level}"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_new(filter).unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

/// What every command gets: the resolved database path and dictionary folder.
pub struct Context {
    /// `--db`, `$TENSION_DB` or `./tension.db`.
    pub db: Option<PathBuf>,
    /// `--dict` or `$TENSION_DICT`.
    pub dict: Option<PathBuf>,
    /// Whether progress bars may be shown.
    pub progress: bool,
}

impl Context {
    /// The database path (`./tension.db` by default).
    pub fn db_path(&self) -> PathBuf {
        self.db
            .clone()
            .unwrap_or_else(|| PathBuf::from("tension.db"))
    }

    /// Loads the dictionaries and compiles the extractor.
    pub fn extractor(&self) -> anyhow::Result<Extractor> {
        Ok(Extractor::new(load_dict(self.dict.as_deref())?))
    }
}

/// Loads dictionaries, turning validation errors into one readable error.
pub fn load_dict(dir: Option<&Path>) -> anyhow::Result<Dictionaries> {
    Dictionaries::load(dir).map_err(|errs| {
        let n = errs.len();
        let shown: Vec<String> = errs.iter().take(20).map(|e| format!("  {e}")).collect();
        anyhow::anyhow!(
            "the dictionaries in {} have {n} problem(s):\n{}{}\nrun `tension dict check {}` for the full list",
            dir.map_or("the built-in set".to_string(), |d| d.display().to_string()),
            shown.join("\n"),
            if n > 20 { "\n  …" } else { "" },
            dir.map_or(String::new(), |d| d.display().to_string())
        )
    })
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    let ctx = Context {
        db: cli.db,
        dict: cli.dict,
        progress: !cli.quiet && std::io::stderr().is_terminal(),
    };
    match cli.command {
        Command::Ingest(a) => ingest::run(&ctx, a),
        Command::Export(a) => export::run(&ctx, a),
        Command::Report(c) => report::run(&ctx, c),
        Command::Explain(a) => explain::run(&ctx, a),
        Command::Recode(a) => recode::run(&ctx, a),
        Command::Sql(a) => sql::run(&ctx, a),
        Command::Db(c) => db::run(&ctx, c),
        Command::Dict(c) => dict::run(&ctx, c),
        Command::Demo(a) => demo::run(&ctx, a),
        Command::BenchDb(a) => bench_db::run(&ctx, a),
    }
}
