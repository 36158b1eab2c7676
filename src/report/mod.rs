//! Reports: the tension index, trends, CSV writers and charts. Reads through `store`; never
//! writes to it. One file per report (`trend`, `pairs`, `issues`, `events`, `actors`), with the
//! index formula in `index`, the counts per pair and period in `ledger`, and the drawing in
//! `sparkline` and `chart`.

pub mod actors;
pub mod chart;
pub mod csv_out;
pub mod dyad;
pub mod events;
pub mod index;
pub mod issues;
pub mod ledger;
pub mod pairs;
pub mod period;
pub mod sparkline;
pub mod trend;
