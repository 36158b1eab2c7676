//! The ledger: what the store's aggregates say about each pair and period, by direction, read
//! into [`Components`] so that any direction's index can be computed.

use std::collections::BTreeMap;

use super::dyad::Direction;
use super::index::Components;
use super::period::PeriodKind;
use crate::store::{Span, Store, StoreError};

/// The counts of one pair and period.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PairPeriod {
    /// Stories in which `a` acted on `b`.
    pub ab: Components,
    /// Stories in which `b` acted on `a`.
    pub ba: Components,
    /// Stories both took part in alike ("talks between A and B").
    pub sym: Components,
    /// Tone markers said by `a` (markers and weight only).
    pub a_tone: Components,
    /// Tone markers said by `b`.
    pub b_tone: Components,
    /// Articles reporting the pair.
    pub articles: i64,
}

impl PairPeriod {
    /// The components of one direction: the stories the acting state took part in, the markers
    /// it said, and every article of the pair.
    pub fn components(&self, d: Direction) -> Components {
        let mut c = Components {
            articles: self.articles,
            ..Components::default()
        };
        c.add(&self.sym);
        match d {
            Direction::Both => {
                c.add(&self.ab);
                c.add(&self.ba);
                c.add(&self.a_tone);
                c.add(&self.b_tone);
            }
            Direction::FromA => {
                c.add(&self.ab);
                c.add(&self.a_tone);
            }
            Direction::FromB => {
                c.add(&self.ba);
                c.add(&self.b_tone);
            }
        }
        c
    }
}

/// (a, b, period key) → counts.
pub type Ledger = BTreeMap<(String, String, String), PairPeriod>;

/// Reads the ledger of one pair (a < b) or every pair within a span.
pub fn read(
    store: &Store,
    pair: Option<(&str, &str)>,
    kind: PeriodKind,
    span: Span,
) -> Result<Ledger, StoreError> {
    let mut l = Ledger::new();
    for r in store.story_counts(pair, kind.grain(), span)? {
        let c = Components {
            stories: r.stories,
            quad: r.quad,
            goldstein_sum: r.goldstein_sum,
            sources: r.sources,
            ..Components::default()
        };
        let e = l.entry((r.a, r.b, r.period)).or_default();
        match r.dir.as_str() {
            "ab" => e.ab.add(&c),
            "ba" => e.ba.add(&c),
            _ => e.sym.add(&c),
        }
    }
    for r in store.tone_counts(pair, kind.grain(), span)? {
        let e = l.entry((r.a, r.b, r.period)).or_default();
        e.articles += r.articles;
        e.a_tone.markers += r.a_markers;
        e.a_tone.marker_weight += r.a_weight;
        e.b_tone.markers += r.b_markers;
        e.b_tone.marker_weight += r.b_weight;
    }
    Ok(l)
}
