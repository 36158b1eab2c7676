//! Trends: the tension index of one pair period by period, with a rolling mean, the change from
//! the previous period, a z-score against a trailing baseline, spike/thaw flags and the top
//! stories behind each period with their evidence. [`annotate`] reads any series of values
//! (gaps are periods without evidence); [`build`] makes the report of a pair from the store.

use chrono::NaiveDate;
use serde::Serialize;

use super::dyad::{Direction, Dyad};
use super::index::{Components, Reading, story_score, tension};
use super::ledger;
use super::period::{Period, PeriodKind};
use crate::store::{Span, Store, StoreError, StoryRow};

/// How the series is read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendOptions {
    /// Periods in the rolling mean (the current one and those before it).
    pub window: usize,
    /// Periods before the current one that make its baseline.
    pub baseline: usize,
    /// Values the baseline needs before a z-score is given.
    pub min_baseline: usize,
    /// The smallest standard deviation used (index points), so that a flat history does not
    /// turn a small move into a spike.
    pub sd_floor: f64,
    /// |z| at or above which a period is flagged.
    pub z_threshold: f64,
}

impl Default for TrendOptions {
    fn default() -> TrendOptions {
        TrendOptions {
            window: 3,
            baseline: 6,
            min_baseline: 3,
            sd_floor: 5.0,
            z_threshold: 2.0,
        }
    }
}

/// A flag on a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Flag {
    /// Tension well above its trailing baseline.
    Spike,
    /// Tension well below its trailing baseline.
    Thaw,
}

impl Flag {
    /// `spike` or `thaw`.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Spike => "spike",
            Flag::Thaw => "thaw",
        }
    }
}

/// What the trend says about one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct TrendStats {
    /// Mean of the values in the window ending here (gaps skipped).
    pub rolling_mean: Option<f64>,
    /// This value minus the previous period's (both must exist).
    pub change: Option<f64>,
    /// Mean of the trailing baseline.
    pub baseline_mean: Option<f64>,
    /// (value − baseline mean) / max(baseline sd, floor).
    pub zscore: Option<f64>,
    /// Spike or thaw.
    pub flag: Option<Flag>,
}

/// Reads a series.
pub fn annotate(values: &[Option<f64>], o: &TrendOptions) -> Vec<TrendStats> {
    let window = o.window.max(1);
    (0..values.len())
        .map(|i| {
            let win: Vec<f64> = values[(i + 1).saturating_sub(window)..=i]
                .iter()
                .flatten()
                .copied()
                .collect();
            let rolling_mean =
                (!win.is_empty()).then(|| win.iter().sum::<f64>() / win.len() as f64);
            let change = match (i.checked_sub(1).and_then(|j| values[j]), values[i]) {
                (Some(p), Some(v)) => Some(v - p),
                _ => None,
            };
            let base: Vec<f64> = values[i.saturating_sub(o.baseline)..i]
                .iter()
                .flatten()
                .copied()
                .collect();
            let (baseline_mean, zscore) = match values[i] {
                Some(v) if !base.is_empty() && base.len() >= o.min_baseline.max(1) => {
                    let n = base.len() as f64;
                    let m = base.iter().sum::<f64>() / n;
                    let sd = (base.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n).sqrt();
                    (Some(m), Some((v - m) / sd.max(o.sd_floor)))
                }
                _ => (None, None),
            };
            let flag = zscore.and_then(|z| {
                if z >= o.z_threshold {
                    Some(Flag::Spike)
                } else if z <= -o.z_threshold {
                    Some(Flag::Thaw)
                } else {
                    None
                }
            });
            TrendStats {
                rolling_mean,
                change,
                baseline_mean,
                zscore,
                flag,
            }
        })
        .collect()
}

/// A story behind a period, with its best evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopStory {
    /// Event date.
    pub date: String,
    /// The acting state (for a symmetric story, the first of the two).
    pub source: String,
    /// The state acted upon.
    pub target: String,
    /// Whether both acted alike ("talks between A and B").
    pub symmetric: bool,
    /// CAMEO code.
    pub cameo_code: String,
    /// QuadClass.
    pub quad_class: i64,
    /// Goldstein score.
    pub goldstein: f64,
    /// Articles reporting it.
    pub sources: i64,
    /// Its conflict score (−1 … +1): how far it pulls the index from neutral.
    pub weight: f64,
    /// The article whose report is quoted.
    pub doc_id: String,
    /// Its title.
    pub title: Option<String>,
    /// Every article reporting it, `;`-separated.
    pub doc_ids: String,
    /// The evidence sentence.
    pub evidence: String,
}

/// One period of a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendRow {
    /// Period key.
    pub period: String,
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
    /// The index of the pair (in the report's direction).
    #[serde(flatten)]
    pub reading: Reading,
    /// Its components.
    pub components: Components,
    /// The index of what `a` does and says towards `b`.
    pub from_a: Option<f64>,
    /// The index of what `b` does and says towards `a`.
    pub from_b: Option<f64>,
    /// Rolling mean, change, z-score, flag.
    #[serde(flatten)]
    pub stats: TrendStats,
    /// The stories that weigh most in the period.
    pub top: Vec<TopStory>,
}

/// The trend of one pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendReport {
    /// The pair.
    pub pair: Dyad,
    /// The period kind.
    pub by: PeriodKind,
    /// One row per period, gaps included, oldest first.
    pub rows: Vec<TrendRow>,
}

impl TrendReport {
    /// The index series (gaps as `None`).
    pub fn values(&self) -> Vec<Option<f64>> {
        self.rows.iter().map(|r| r.reading.index).collect()
    }

    /// Whether no period has any evidence.
    pub fn is_empty(&self) -> bool {
        self.rows.iter().all(|r| r.components.is_empty())
    }
}

/// Which stories belong to a direction.
pub fn in_direction(dir: &str, d: Direction) -> bool {
    match d {
        Direction::Both => true,
        Direction::FromA => dir != "ba",
        Direction::FromB => dir != "ab",
    }
}

/// The story directions (`pair_stories.dir`) of a direction.
pub fn story_dirs(d: Direction) -> &'static [&'static str] {
    match d {
        Direction::Both => &["ab", "ba", "sym"],
        Direction::FromA => &["ab", "sym"],
        Direction::FromB => &["ba", "sym"],
    }
}

/// The pull of a story on the index: its conflict score (−1 … +1). The top events of a
/// period are those with the largest magnitude, then the most reports.
pub fn story_weight(s: &StoryRow) -> f64 {
    story_score(s.quad_class, s.goldstein)
}

/// Fetches the evidence of stories.
pub fn with_evidence(store: &Store, stories: &[&StoryRow]) -> Result<Vec<TopStory>, StoreError> {
    let mut out = Vec::with_capacity(stories.len());
    for s in stories {
        let ev = store.story_evidence(s)?;
        let (source, target) = if s.dir == "ba" {
            (s.b.clone(), s.a.clone())
        } else {
            (s.a.clone(), s.b.clone())
        };
        let ev = ev.unwrap_or(crate::store::Evidence {
            doc_id: String::new(),
            title: None,
            source_actor: None,
            target_actor: None,
            evidence: String::new(),
            doc_ids: String::new(),
        });
        out.push(TopStory {
            date: s.day.clone(),
            source,
            target,
            symmetric: s.dir == "sym",
            cameo_code: s.cameo_code.clone(),
            quad_class: s.quad_class,
            goldstein: s.goldstein,
            sources: s.sources,
            weight: story_weight(s),
            doc_id: ev.doc_id,
            title: ev.title,
            doc_ids: ev.doc_ids,
            evidence: ev.evidence,
        });
    }
    Ok(out)
}

/// Builds the trend of a pair. The rows run from the period of `from` (else the first period
/// with evidence) to the period of `to` (else the last), gaps included. `top` stories are
/// given per period.
pub fn build(
    store: &Store,
    pair: &Dyad,
    by: PeriodKind,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    opts: &TrendOptions,
    top: usize,
) -> Result<TrendReport, StoreError> {
    let span = Span {
        from: from.unwrap_or(NaiveDate::MIN),
        to: to.unwrap_or(NaiveDate::MAX),
    };
    let ledger = ledger::read(store, Some((&pair.a, &pair.b)), by, span)?;
    let dir = pair.direction();
    let by_period: std::collections::HashMap<&str, &ledger::PairPeriod> = ledger
        .iter()
        .map(|((_, _, p), c)| (p.as_str(), c))
        .collect();
    let keys: Vec<Period> = ledger
        .keys()
        .filter_map(|(_, _, k)| by.parse_key(k))
        .collect();
    let first = from
        .map(|d| by.of(d))
        .or_else(|| keys.iter().min().copied());
    let last = to.map(|d| by.of(d)).or_else(|| keys.iter().max().copied());
    let periods = match (first, last) {
        (Some(first), Some(last)) => first.through(&last),
        _ => Vec::new(),
    };
    let mut rows = Vec::with_capacity(periods.len());
    for p in &periods {
        let key = p.key();
        let pp = by_period
            .get(key.as_str())
            .copied()
            .copied()
            .unwrap_or_default();
        let c = pp.components(dir);
        let picked = if top > 0 && c.stories > 0 {
            let within = Span {
                from: p.start.max(span.from),
                to: p.end().min(span.to),
            };
            store.top_stories((&pair.a, &pair.b), by.grain(), within, story_dirs(dir), top)?
        } else {
            Vec::new()
        };
        let picked: Vec<&StoryRow> = picked.iter().collect();
        rows.push(TrendRow {
            start: p.start.to_string(),
            end: p.end().to_string(),
            period: key,
            reading: tension(&c),
            components: c,
            from_a: tension(&pp.components(Direction::FromA)).index,
            from_b: tension(&pp.components(Direction::FromB)).index,
            stats: TrendStats::default(),
            top: with_evidence(store, &picked)?,
        });
    }
    let values: Vec<Option<f64>> = rows.iter().map(|r| r.reading.index).collect();
    for (r, s) in rows.iter_mut().zip(annotate(&values, opts)) {
        r.stats = s;
    }
    Ok(TrendReport {
        pair: pair.clone(),
        by,
        rows,
    })
}

/// The CSV header of a trend (docs/exports.md).
pub const CSV_HEADER: &[&str] = &[
    "pair",
    "a",
    "b",
    "direction",
    "period",
    "period_start",
    "period_end",
    "tension",
    "confidence",
    "rolling_mean",
    "change",
    "zscore",
    "flag",
    "stories",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "conflict_share",
    "mean_goldstein",
    "quad_balance",
    "markers",
    "tone_balance",
    "articles",
    "sources",
    "tension_from_a",
    "tension_from_b",
    "top_event_date",
    "top_event_source",
    "top_event_target",
    "top_event_code",
    "top_event_goldstein",
    "top_event_sources",
    "top_event_doc",
    "top_event_evidence",
];

/// The CSV cells of a row.
pub fn csv_cells(rep: &TrendReport, r: &TrendRow) -> Vec<crate::store::Cell> {
    use crate::store::Cell;
    let real = crate::report::index::real_cell;
    let c = &r.components;
    let t = r.top.first();
    vec![
        Cell::Text(rep.pair.label()),
        Cell::Text(rep.pair.a.clone()),
        Cell::Text(rep.pair.b.clone()),
        Cell::Text(
            match rep.pair.direction() {
                Direction::Both => "both",
                Direction::FromA => "from_a",
                Direction::FromB => "from_b",
            }
            .into(),
        ),
        Cell::Text(r.period.clone()),
        Cell::Text(r.start.clone()),
        Cell::Text(r.end.clone()),
        real(r.reading.index),
        Cell::Real(r.reading.confidence),
        real(r.stats.rolling_mean),
        real(r.stats.change),
        real(r.stats.zscore),
        r.stats
            .flag
            .map_or(Cell::Null, |f| Cell::Text(f.as_str().into())),
    ]
    .into_iter()
    .chain(c.event_cells())
    .chain([real(c.quad_balance())])
    .chain(c.tone_cells())
    .chain([
        real(r.from_a),
        real(r.from_b),
        t.map_or(Cell::Null, |t| Cell::Text(t.date.clone())),
        t.map_or(Cell::Null, |t| Cell::Text(t.source.clone())),
        t.map_or(Cell::Null, |t| Cell::Text(t.target.clone())),
        t.map_or(Cell::Null, |t| Cell::Text(t.cameo_code.clone())),
        t.map_or(Cell::Null, |t| Cell::Real(t.goldstein)),
        t.map_or(Cell::Null, |t| Cell::Int(t.sources)),
        t.map_or(Cell::Null, |t| Cell::Text(t.doc_id.clone())),
        t.map_or(Cell::Null, |t| Cell::Text(t.evidence.clone())),
    ])
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> TrendOptions {
        TrendOptions::default()
    }

    #[test]
    fn a_jump_over_a_steady_baseline_is_a_spike_and_a_fall_a_thaw() {
        let v = [40.0, 42.0, 38.0, 40.0, 41.0, 39.0, 70.0, 40.0, 10.0].map(Some);
        let s = annotate(&v, &opts());
        assert_eq!(s[6].flag, Some(Flag::Spike));
        assert!(s[6].zscore.unwrap() >= 2.0);
        assert_eq!(
            s[7].flag, None,
            "back to normal after a spike is not a thaw"
        );
        assert_eq!(s[8].flag, Some(Flag::Thaw));
        assert_eq!(s[5].flag, None);
    }

    #[test]
    fn the_sd_floor_keeps_small_moves_on_a_flat_history_unflagged() {
        let v = [50.0, 50.0, 50.0, 50.0, 58.0].map(Some);
        let s = annotate(&v, &opts());
        assert_eq!(s[4].zscore, Some(8.0 / 5.0));
        assert_eq!(s[4].flag, None);
        let v = [50.0, 50.0, 50.0, 50.0, 61.0].map(Some);
        assert_eq!(annotate(&v, &opts())[4].flag, Some(Flag::Spike));
    }

    #[test]
    fn no_zscore_without_enough_baseline() {
        let v = [Some(10.0), None, Some(90.0)];
        let s = annotate(&v, &opts());
        assert!(s.iter().all(|x| x.zscore.is_none() && x.flag.is_none()));
    }

    #[test]
    fn rolling_mean_and_change_skip_gaps() {
        let v = [Some(10.0), None, Some(40.0), Some(60.0)];
        let s = annotate(&v, &opts());
        assert_eq!(s[0].rolling_mean, Some(10.0));
        assert_eq!(s[2].rolling_mean, Some(25.0));
        assert_eq!(s[3].rolling_mean, Some(50.0));
        assert_eq!(s[1].rolling_mean, Some(10.0));
        assert_eq!(s[2].change, None, "the previous period has no value");
        assert_eq!(s[3].change, Some(20.0));
        assert_eq!(s[1].change, None);
    }
}
