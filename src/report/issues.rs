//! Issue salience: for one pair, per period, the share of its articles that mention each issue
//! and the share of its stories tagged with it (`article_issues`, `event_issues`). What drives
//! the pair, and how that changes.

use chrono::NaiveDate;
use serde::Serialize;

use super::dyad::{Direction, Dyad};
use super::ledger;
use super::period::{Period, PeriodKind};
use crate::store::{Cell, Span, Store, StoreError};

/// One issue in one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssueRow {
    /// Period key.
    pub period: String,
    /// Issue slug.
    pub issue: String,
    /// Issue name.
    pub name: String,
    /// Articles of the pair mentioning the issue.
    pub articles: i64,
    /// All articles of the pair in the period.
    pub pair_articles: i64,
    /// articles / pair_articles.
    pub article_share: Option<f64>,
    /// Stories of the pair tagged with the issue.
    pub stories: i64,
    /// All stories of the pair in the period.
    pub pair_stories: i64,
    /// stories / pair_stories.
    pub story_share: Option<f64>,
}

/// Issue salience of a pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssuesReport {
    /// The pair (unordered: issues are read both ways).
    pub pair: Dyad,
    /// Period kind.
    pub by: PeriodKind,
    /// Every period from the first to the last with data (or the bounds given), oldest first.
    pub periods: Vec<String>,
    /// Rows by period, then issue.
    pub rows: Vec<IssueRow>,
}

/// Builds the issue salience of a pair.
pub fn build(
    store: &Store,
    pair: &Dyad,
    by: PeriodKind,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<IssuesReport, StoreError> {
    let span = Span {
        from: from.unwrap_or(NaiveDate::MIN),
        to: to.unwrap_or(NaiveDate::MAX),
    };
    let ledger = ledger::read(store, Some((&pair.a, &pair.b)), by, span)?;
    let totals: std::collections::HashMap<&str, (i64, i64)> = ledger
        .iter()
        .map(|((_, _, k), pp)| {
            let c = pp.components(Direction::Both);
            (k.as_str(), (c.articles, c.stories))
        })
        .collect();
    let counts = store.issue_counts((&pair.a, &pair.b), by.grain(), span)?;
    let keys: Vec<Period> = ledger
        .keys()
        .map(|(_, _, k)| k)
        .chain(counts.iter().map(|c| &c.period))
        .filter_map(|k| by.parse_key(k))
        .collect();
    let first = from
        .map(|d| by.of(d))
        .or_else(|| keys.iter().min().copied());
    let last = to.map(|d| by.of(d)).or_else(|| keys.iter().max().copied());
    let periods = match (first, last) {
        (Some(f), Some(l)) => f.through(&l).iter().map(Period::key).collect(),
        _ => Vec::new(),
    };
    let share = |n: i64, d: i64| (d > 0).then(|| n as f64 / d as f64);
    let rows = counts
        .into_iter()
        .map(|c| {
            let (pa, ps) = totals.get(c.period.as_str()).copied().unwrap_or((0, 0));
            IssueRow {
                article_share: share(c.articles, pa),
                story_share: share(c.stories, ps),
                period: c.period,
                issue: c.slug,
                name: c.name,
                articles: c.articles,
                pair_articles: pa,
                stories: c.stories,
                pair_stories: ps,
            }
        })
        .collect();
    Ok(IssuesReport {
        pair: Dyad {
            from: None,
            ..pair.clone()
        },
        by,
        periods,
        rows,
    })
}

/// The CSV header (docs/exports.md).
pub const CSV_HEADER: &[&str] = &[
    "pair",
    "period",
    "issue",
    "issue_name",
    "articles",
    "pair_articles",
    "article_share",
    "stories",
    "pair_stories",
    "story_share",
];

/// The CSV cells of a row.
pub fn csv_cells(rep: &IssuesReport, r: &IssueRow) -> Vec<Cell> {
    let real = crate::report::index::real_cell;
    vec![
        Cell::Text(rep.pair.label()),
        Cell::Text(r.period.clone()),
        Cell::Text(r.issue.clone()),
        Cell::Text(r.name.clone()),
        Cell::Int(r.articles),
        Cell::Int(r.pair_articles),
        real(r.article_share),
        Cell::Int(r.stories),
        Cell::Int(r.pair_stories),
        real(r.story_share),
    ]
}
