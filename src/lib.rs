//! tension: a diplomatic tension tracker.
//!
//! It reads news articles, records who did what to whom (events, CAMEO-coded), about what
//! (issues) and in what tone (tone markers) in a SQLite database, and reports how relations
//! between states trend over time. The pipeline is visible in the modules:
//! [`ingest`] (read) → [`text`] and [`extract`] (understand) → [`store`] (store) →
//! [`report`] (report), with [`dict`] holding the knowledge as data and [`cli`] the commands.
#![warn(missing_docs)]

pub mod cli;
pub mod dict;
pub mod extract;
pub mod ingest;
pub mod report;
pub mod store;
pub mod text;
