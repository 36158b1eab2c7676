//! The tension index (docs/tension-index.md): from the components of a pair and period (stories
//! by QuadClass, their Goldstein scores, the tone markers the two states used) to a number on a
//! 0–100 scale where 50 is neutral, and a confidence in 0–1 that falls with thin evidence.
//!
//! Only shares and means enter the index, never sums, so more coverage of the same relations
//! does not by itself read as more tension. The same formula is written in SQL in the views of
//! `migrations/0002_reports.sql`; a test keeps the two in step.

use serde::Serialize;

/// How much the events weigh against the tone when both are present.
pub const EVENT_WEIGHT: f64 = 0.75;
/// How much the tone weighs against the events when both are present.
pub const TONE_WEIGHT: f64 = 0.25;
/// The evidence (in story equivalents) at which the confidence reaches one half.
pub const CONFIDENCE_HALF: f64 = 3.0;

/// What the index of a pair and period is built from. Sums, so that periods and directions
/// add up; the index only uses their ratios.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Components {
    /// Stories: distinct events (same date, pair, direction, CAMEO code) however many articles
    /// report them.
    pub stories: i64,
    /// Stories by QuadClass: verbal cooperation, material cooperation, verbal conflict,
    /// material conflict.
    pub quad: [i64; 4],
    /// Sum of the stories' Goldstein scores.
    pub goldstein_sum: f64,
    /// Reports of the stories: event rows, one per article that reports a story.
    pub sources: i64,
    /// Tone markers said by the pair's states in the articles that report the pair.
    pub markers: i64,
    /// Sum of their weights (each −5 … +5).
    pub marker_weight: f64,
    /// Articles reporting the pair (dated by publication).
    pub articles: i64,
}

/// An optional number as a CSV cell (empty when absent).
pub fn real_cell(v: Option<f64>) -> crate::store::Cell {
    v.map_or(crate::store::Cell::Null, crate::store::Cell::Real)
}

impl Components {
    /// The event columns of report CSVs: stories, stories per QuadClass, conflict share, mean
    /// Goldstein.
    pub fn event_cells(&self) -> Vec<crate::store::Cell> {
        use crate::store::Cell;
        let mut v = vec![Cell::Int(self.stories)];
        v.extend(self.quad.iter().map(|q| Cell::Int(*q)));
        v.push(real_cell(self.conflict_share()));
        v.push(real_cell(self.mean_goldstein()));
        v
    }

    /// The tone and coverage columns of report CSVs: markers, tone balance, articles, sources.
    pub fn tone_cells(&self) -> Vec<crate::store::Cell> {
        use crate::store::Cell;
        vec![
            Cell::Int(self.markers),
            real_cell(self.tone_balance()),
            Cell::Int(self.articles),
            Cell::Int(self.sources),
        ]
    }

    /// One story (one article reporting it).
    pub fn story(quad_class: i64, goldstein: f64) -> Components {
        let mut c = Components {
            stories: 1,
            goldstein_sum: goldstein,
            sources: 1,
            ..Components::default()
        };
        c.quad[(quad_class.clamp(1, 4) - 1) as usize] = 1;
        c
    }

    /// Adds another set of components (another day, direction or speaker).
    pub fn add(&mut self, o: &Components) {
        self.stories += o.stories;
        for i in 0..4 {
            self.quad[i] += o.quad[i];
        }
        self.goldstein_sum += o.goldstein_sum;
        self.sources += o.sources;
        self.markers += o.markers;
        self.marker_weight += o.marker_weight;
        self.articles += o.articles;
    }

    /// Whether there is anything at all.
    pub fn is_empty(&self) -> bool {
        self.stories == 0 && self.markers == 0 && self.articles == 0
    }

    /// Mean Goldstein score of the stories (−10 … +10).
    pub fn mean_goldstein(&self) -> Option<f64> {
        (self.stories > 0).then(|| self.goldstein_sum / self.stories as f64)
    }

    /// Share of the stories that are conflict (QuadClass 3 or 4).
    pub fn conflict_share(&self) -> Option<f64> {
        (self.stories > 0).then(|| (self.quad[2] + self.quad[3]) as f64 / self.stories as f64)
    }

    /// QuadClass balance (−1 … +1): the mean of −½ (verbal cooperation), −1 (material
    /// cooperation), +½ (verbal conflict), +1 (material conflict) over the stories.
    pub fn quad_balance(&self) -> Option<f64> {
        (self.stories > 0).then(|| {
            let q = self.quad.map(|n| n as f64);
            (-0.5 * q[0] - q[1] + 0.5 * q[2] + q[3]) / self.stories as f64
        })
    }

    /// Tone balance: the mean weight of the markers (−5 hostile … +5 warm).
    pub fn tone_balance(&self) -> Option<f64> {
        (self.markers > 0).then(|| self.marker_weight / self.markers as f64)
    }

    /// Evidence in story equivalents: a story counts 1, each further report of it ½, a tone
    /// marker 0.1.
    pub fn evidence(&self) -> f64 {
        self.stories as f64
            + 0.5 * (self.sources - self.stories).max(0) as f64
            + 0.1 * self.markers as f64
    }
}

/// The index of one pair and period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reading {
    /// 0 (all warm cooperation) … 50 (neutral) … 100 (all material conflict); `None` without
    /// stories or markers.
    pub index: Option<f64>,
    /// 0 … 1: evidence / (evidence + 3).
    pub confidence: f64,
    /// The event score (−1 … +1), if there are stories.
    pub event_score: Option<f64>,
    /// The tone score (−1 … +1), if there are markers.
    pub tone_score: Option<f64>,
}

/// The conflict score of one story (−1 … +1): half its QuadClass value (−½, −1, +½, +1), half
/// its Goldstein score turned round and scaled (−g/10).
pub fn story_score(quad_class: i64, goldstein: f64) -> f64 {
    let q = match quad_class {
        1 => -0.5,
        2 => -1.0,
        3 => 0.5,
        _ => 1.0,
    };
    0.5 * q - 0.05 * goldstein
}

/// Computes the index and confidence from the components.
pub fn tension(c: &Components) -> Reading {
    let event_score = c
        .quad_balance()
        .zip(c.mean_goldstein())
        .map(|(qb, g)| 0.5 * qb - 0.05 * g);
    let tone_score = c.tone_balance().map(|t| -t / 5.0);
    let x = match (event_score, tone_score) {
        (Some(e), Some(t)) => Some(EVENT_WEIGHT * e + TONE_WEIGHT * t),
        (Some(e), None) => Some(e),
        (None, t) => t,
    };
    let ev = c.evidence();
    Reading {
        index: x.map(|x| (50.0 + 50.0 * x).clamp(0.0, 100.0)),
        confidence: ev / (ev + CONFIDENCE_HALF),
        event_score,
        tone_score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sum(stories: &[(i64, f64)]) -> Components {
        let mut c = Components::default();
        for &(q, g) in stories {
            c.add(&Components::story(q, g));
        }
        c
    }

    /// (QuadClass, Goldstein) of every code in the CAMEO codebook the coder uses.
    fn codebook() -> Vec<(i64, f64)> {
        include_str!("../dict/cameo.csv")
            .lines()
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                let root: u32 = f.get(1)?.parse().ok()?;
                let g: f64 = f.get(3)?.parse().ok()?;
                Some((crate::extract::cameo::quad_class(root), g))
            })
            .collect()
    }

    #[test]
    fn neutral_is_fifty_and_extremes_are_the_ends() {
        assert_eq!(tension(&Components::default()).index, None);
        assert_eq!(tension(&sum(&[(4, -10.0)])).index, Some(100.0));
        assert_eq!(tension(&sum(&[(2, 10.0)])).index, Some(0.0));
        // a plain statement (010, Goldstein 0) balanced by an equal verbal conflict and
        // cooperation is neutral
        let c = sum(&[(1, 0.0), (3, 0.0)]);
        assert_eq!(tension(&c).index, Some(50.0));
    }

    #[test]
    fn worked_example_of_the_docs() {
        // docs/tension-index.md: a host (043, +2.8), two meetings (040, +1.0), and markers by
        // the two states summing to +4.0 over 7.
        let mut c = sum(&[(1, 2.8), (1, 1.0), (1, 1.0)]);
        c.markers = 7;
        c.marker_weight = 4.0;
        let r = tension(&c);
        let e = 0.5 * -0.5 - 0.05 * (4.8 / 3.0);
        let t = -(4.0 / 7.0) / 5.0;
        assert!((r.event_score.unwrap() - e).abs() < 1e-12);
        assert!((r.index.unwrap() - (50.0 + 50.0 * (0.75 * e + 0.25 * t))).abs() < 1e-9);
        assert!(
            r.index.unwrap() < 50.0,
            "a friendly visit reads below neutral"
        );
    }

    #[test]
    fn more_coverage_of_the_same_relations_does_not_raise_the_index() {
        let one = sum(&[(1, 1.0), (3, -2.0), (4, -9.5)]);
        let mut many = Components::default();
        for _ in 0..10 {
            many.add(&one);
        }
        assert!((tension(&one).index.unwrap() - tension(&many).index.unwrap()).abs() < 1e-9);
        assert!(tension(&many).confidence > tension(&one).confidence);
        // extra reports of the same stories change the confidence, not the index
        let mut reported = one;
        reported.sources += 20;
        assert_eq!(tension(&reported).index, tension(&one).index);
        assert!(tension(&reported).confidence > tension(&one).confidence);
    }

    #[test]
    fn confidence_falls_with_thin_evidence() {
        let thin = tension(&sum(&[(3, -2.0)])).confidence;
        assert!((thin - 0.25).abs() < 1e-12);
        let three = tension(&sum(&[(3, -2.0); 3])).confidence;
        assert!((three - 0.5).abs() < 1e-12);
        assert!(tension(&sum(&[(3, -2.0); 30])).confidence > 0.9);
        assert_eq!(tension(&Components::default()).confidence, 0.0);
    }

    #[test]
    fn the_story_scores_add_up_to_the_event_score() {
        let s = [(1, 2.8), (3, -2.0), (4, -10.0), (2, 7.0)];
        let mean = s.iter().map(|&(q, g)| story_score(q, g)).sum::<f64>() / s.len() as f64;
        assert!((tension(&sum(&s)).event_score.unwrap() - mean).abs() < 1e-12);
    }

    proptest! {
        /// Replacing a cooperative story by a conflictual one never lowers the index, for any
        /// mix of stories and tone drawn from the real codebook.
        #[test]
        fn conflict_for_cooperation_never_lowers_the_index(
            picks in proptest::collection::vec(any::<proptest::sample::Index>(), 1..40),
            swap in any::<proptest::sample::Index>(),
            conflict in any::<proptest::sample::Index>(),
            markers in 0i64..20,
            mean_tone in -5.0f64..=5.0,
        ) {
            let book = codebook();
            let coop: Vec<_> = book.iter().copied().filter(|s| s.0 <= 2).collect();
            let conf: Vec<_> = book.iter().copied().filter(|s| s.0 >= 3).collect();
            let mut stories: Vec<(i64, f64)> = picks.iter().map(|i| book[i.index(book.len())]).collect();
            let coop_at: Vec<usize> = (0..stories.len()).filter(|&i| stories[i].0 <= 2).collect();
            if coop_at.is_empty() {
                stories[0] = coop[swap.index(coop.len())];
            }
            let coop_at: Vec<usize> = (0..stories.len()).filter(|&i| stories[i].0 <= 2).collect();
            let mut before = sum(&stories);
            before.markers = markers;
            before.marker_weight = mean_tone * markers as f64;
            stories[coop_at[swap.index(coop_at.len())]] = conf[conflict.index(conf.len())];
            let mut after = sum(&stories);
            after.markers = before.markers;
            after.marker_weight = before.marker_weight;
            let (b, a) = (tension(&before).index.unwrap(), tension(&after).index.unwrap());
            prop_assert!(a >= b - 1e-9, "{b} -> {a}");
        }

        /// The index stays on its scale.
        #[test]
        fn the_index_stays_between_0_and_100(
            q in proptest::collection::vec((1i64..=4, -10.0f64..=10.0), 0..30),
            markers in 0i64..10,
            tone in -5.0f64..=5.0,
        ) {
            let mut c = sum(&q);
            c.markers = markers;
            c.marker_weight = tone * markers as f64;
            let r = tension(&c);
            if let Some(i) = r.index {
                prop_assert!((0.0..=100.0).contains(&i));
            }
            prop_assert!((0.0..1.0).contains(&r.confidence));
        }
    }
}
