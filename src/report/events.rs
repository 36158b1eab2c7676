//! The events behind the numbers: the stories of a pair within a span (each once, however many
//! articles report it), with their best evidence sentence and every article that reports them.

use chrono::NaiveDate;

use super::dyad::Dyad;
use super::trend::{TopStory, in_direction, story_dirs, with_evidence};
use crate::store::{Cell, Grain, Span, Store, StoreError};

/// Lists the stories of a pair (in its direction) between two dates: in date order, or the
/// `top` weightiest (by conflict score and reports) when `top` is given. At most `limit`.
pub fn build(
    store: &Store,
    pair: &Dyad,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    top: Option<usize>,
    limit: usize,
) -> Result<Vec<TopStory>, StoreError> {
    let span = Span {
        from: from.unwrap_or(NaiveDate::MIN),
        to: to.unwrap_or(NaiveDate::MAX),
    };
    let dir = pair.direction();
    let mut rows = match top {
        Some(n) => store.top_stories(
            (&pair.a, &pair.b),
            Grain::Year,
            span,
            story_dirs(dir),
            n.min(limit),
        )?,
        None => store
            .stories((&pair.a, &pair.b), Grain::Year, span)?
            .into_iter()
            .filter(|s| in_direction(&s.dir, dir))
            .take(limit)
            .collect(),
    };
    rows.sort_by(|x, y| x.day.cmp(&y.day).then(x.cameo_code.cmp(&y.cameo_code)));
    let picked: Vec<&_> = rows.iter().collect();
    with_evidence(store, &picked)
}

/// The CSV header (docs/exports.md).
pub const CSV_HEADER: &[&str] = &[
    "date",
    "source",
    "target",
    "symmetric",
    "cameo_code",
    "event",
    "quad_class",
    "goldstein",
    "sources",
    "weight",
    "doc_id",
    "title",
    "evidence",
    "doc_ids",
];

/// The CSV cells of a story; `name` is the CAMEO name of its code, if known.
pub fn csv_cells(s: &TopStory, name: Option<&str>) -> Vec<Cell> {
    vec![
        Cell::Text(s.date.clone()),
        Cell::Text(s.source.clone()),
        Cell::Text(s.target.clone()),
        Cell::Int(s.symmetric as i64),
        Cell::Text(s.cameo_code.clone()),
        name.map_or(Cell::Null, |n| Cell::Text(n.to_string())),
        Cell::Int(s.quad_class),
        Cell::Real(s.goldstein),
        Cell::Int(s.sources),
        Cell::Real(s.weight),
        Cell::Text(s.doc_id.clone()),
        s.title.clone().map_or(Cell::Null, Cell::Text),
        Cell::Text(s.evidence.clone()),
        Cell::Text(s.doc_ids.clone()),
    ]
}
