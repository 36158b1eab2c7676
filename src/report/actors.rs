//! Who acts and speaks most, and how: per actor, its asserted events as source (with their
//! mean Goldstein score and conflict share) and as target, the tone markers it used and the
//! quotes attributed to it.

use chrono::NaiveDate;

use crate::store::{ActorActivity, Cell, Span, Store, StoreError};

/// The actors, busiest first; `country` keeps one state's actors (the state, its bodies and
/// its people).
pub fn build(
    store: &Store,
    country: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    top: usize,
) -> Result<Vec<ActorActivity>, StoreError> {
    let span = Span {
        from: from.unwrap_or(NaiveDate::MIN),
        to: to.unwrap_or(NaiveDate::MAX),
    };
    store.actor_activity(country, span, top.min(i64::MAX as usize) as i64)
}

/// The CSV header (docs/exports.md).
pub const CSV_HEADER: &[&str] = &[
    "actor",
    "name",
    "kind",
    "country",
    "acted",
    "acted_mean_goldstein",
    "acted_conflict_share",
    "targeted",
    "targeted_mean_goldstein",
    "markers",
    "tone_balance",
    "quotes",
];

/// The CSV cells of a row.
pub fn csv_cells(a: &ActorActivity) -> Vec<Cell> {
    let real = crate::report::index::real_cell;
    vec![
        Cell::Text(a.code.clone()),
        Cell::Text(a.name.clone()),
        Cell::Text(a.kind.clone()),
        a.country.clone().map_or(Cell::Null, Cell::Text),
        Cell::Int(a.acted),
        real(a.acted_goldstein),
        real(a.acted_conflict_share),
        Cell::Int(a.targeted),
        real(a.targeted_goldstein),
        Cell::Int(a.markers),
        real(a.tone_balance),
        Cell::Int(a.quotes),
    ]
}
