//! The one integration test binary: each module drives the real `tension` binary in a
//! temporary folder and reads its output back (CSV through the csv crate).

mod cli {
    pub mod util;
}
use cli::util;

#[path = "cli/export.rs"]
mod export;
#[path = "cli/extraction.rs"]
mod extraction;
#[path = "cli/ingest.rs"]
mod ingest;
#[path = "cli/patterns.rs"]
mod patterns;
#[path = "cli/reading.rs"]
mod reading;
#[path = "cli/reports.rs"]
mod reports;
#[path = "cli/store.rs"]
mod store;
