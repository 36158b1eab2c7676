//! The leaderboard: every pair's tension index in one period (the latest by default), ranked,
//! with the change from the previous period and its recent history.

use serde::Serialize;

use super::dyad::{Direction, Dyad};
use super::index::{Components, Reading, tension};
use super::ledger;
use super::period::{Period, PeriodKind};
use crate::store::{Cell, Span, Store, StoreError};

/// One pair in the leaderboard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairRow {
    /// 1 = tensest (by [`rank_score`]).
    pub rank: usize,
    /// The ranking score: 50 + (index − 50) × confidence.
    pub rank_score: f64,
    /// The pair.
    pub pair: Dyad,
    /// Its index in the period.
    #[serde(flatten)]
    pub reading: Reading,
    /// Its components.
    pub components: Components,
    /// The index in the previous period.
    pub previous: Option<f64>,
    /// This period's index minus the previous one's.
    pub change: Option<f64>,
    /// What `a` does and says towards `b`.
    pub from_a: Option<f64>,
    /// What `b` does and says towards `a`.
    pub from_b: Option<f64>,
    /// The index over the last periods, oldest first, ending with this one.
    pub history: Vec<Option<f64>>,
}

/// The leaderboard of a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairsReport {
    /// Period kind.
    pub by: PeriodKind,
    /// The period's key (empty when the database has no stories).
    pub period: String,
    /// The keys of the history columns, oldest first.
    pub history_periods: Vec<String>,
    /// The pairs, tensest first.
    pub rows: Vec<PairRow>,
}

/// Ranks the pairs in `period` (default: the one holding the latest story) by
/// [`rank_score`]. Pairs with fewer
/// than `min_stories` stories in the period are left out; `history` periods (the current one
/// included) are read for the sparkline and the change.
pub fn build(
    store: &Store,
    by: PeriodKind,
    period: Option<Period>,
    top: usize,
    min_stories: i64,
    history: usize,
) -> Result<PairsReport, StoreError> {
    let period = match period {
        Some(p) => p,
        None => match store.latest_story_day(by.grain())? {
            Some(d) => match chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                Ok(d) => by.of(d),
                Err(_) => return Ok(empty(by)),
            },
            None => return Ok(empty(by)),
        },
    };
    let history = history.max(2);
    let mut first = period;
    for _ in 1..history {
        first = first.prev();
    }
    let periods = first.through(&period);
    let keys: Vec<String> = periods.iter().map(Period::key).collect();
    let span = Span {
        from: first.start,
        to: period.end(),
    };
    let ledger = ledger::read(store, None, by, span)?;
    let mut pairs: std::collections::BTreeMap<(String, String), Vec<ledger::PairPeriod>> =
        Default::default();
    for ((a, b, k), pp) in &ledger {
        let Some(i) = keys.iter().position(|x| x == k) else {
            continue;
        };
        pairs
            .entry((a.clone(), b.clone()))
            .or_insert_with(|| vec![ledger::PairPeriod::default(); keys.len()])[i] = *pp;
    }
    let last = keys.len() - 1;
    let mut rows: Vec<PairRow> = pairs
        .into_iter()
        .filter_map(|((a, b), pps)| {
            let now = &pps[last];
            let c = now.components(Direction::Both);
            if c.stories < min_stories.max(0) {
                return None;
            }
            let reading = tension(&c);
            reading.index?;
            let history: Vec<Option<f64>> = pps
                .iter()
                .map(|p| tension(&p.components(Direction::Both)).index)
                .collect();
            let previous = history[last - 1];
            Some(PairRow {
                rank: 0,
                rank_score: rank_score(&reading),
                pair: Dyad::new(&a, &b),
                change: reading.index.zip(previous).map(|(x, y)| x - y),
                reading,
                components: c,
                previous,
                from_a: tension(&now.components(Direction::FromA)).index,
                from_b: tension(&now.components(Direction::FromB)).index,
                history,
            })
        })
        .collect();
    rows.sort_by(|x, y| {
        rank_score(&y.reading)
            .total_cmp(&rank_score(&x.reading))
            .then(y.reading.confidence.total_cmp(&x.reading.confidence))
            .then(x.pair.label().cmp(&y.pair.label()))
    });
    rows.truncate(top);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    Ok(PairsReport {
        by,
        period: period.key(),
        history_periods: keys,
        rows,
    })
}

/// What the leaderboard ranks by: the index drawn towards neutral by its confidence,
/// 50 + (index − 50) × confidence, so that one report of one strike does not top a board of
/// pairs with months of evidence. The index shown is not changed.
pub fn rank_score(r: &Reading) -> f64 {
    r.index.map_or(0.0, |i| 50.0 + (i - 50.0) * r.confidence)
}

fn empty(by: PeriodKind) -> PairsReport {
    PairsReport {
        by,
        period: String::new(),
        history_periods: Vec::new(),
        rows: Vec::new(),
    }
}

/// The CSV header of the leaderboard (docs/exports.md).
pub const CSV_HEADER: &[&str] = &[
    "rank",
    "pair",
    "a",
    "b",
    "period",
    "tension",
    "confidence",
    "rank_score",
    "previous",
    "change",
    "stories",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "conflict_share",
    "mean_goldstein",
    "markers",
    "tone_balance",
    "articles",
    "sources",
    "tension_from_a",
    "tension_from_b",
];

/// The CSV cells of a row.
pub fn csv_cells(rep: &PairsReport, r: &PairRow) -> Vec<Cell> {
    let real = crate::report::index::real_cell;
    let c = &r.components;
    vec![
        Cell::Int(r.rank as i64),
        Cell::Text(r.pair.label()),
        Cell::Text(r.pair.a.clone()),
        Cell::Text(r.pair.b.clone()),
        Cell::Text(rep.period.clone()),
        real(r.reading.index),
        Cell::Real(r.reading.confidence),
        Cell::Real(r.rank_score),
        real(r.previous),
        real(r.change),
    ]
    .into_iter()
    .chain(c.event_cells())
    .chain(c.tone_cells())
    .chain([real(r.from_a), real(r.from_b)])
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::index::{Components, tension};

    #[test]
    fn one_strike_does_not_outrank_a_month_of_hostility() {
        let one = tension(&Components::story(4, -10.0));
        let mut many = Components::default();
        for _ in 0..20 {
            many.add(&Components::story(3, -4.4));
        }
        let many = tension(&many);
        assert!(one.index > many.index);
        assert!(rank_score(&many) > rank_score(&one));
        assert!(rank_score(&tension(&Components::story(1, 0.0))) < 50.0);
    }
}
