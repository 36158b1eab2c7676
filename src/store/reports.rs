//! The queries behind `tension report`: they read the aggregates that the triggers of
//! `migrations/0002_reports.sql` and `0003_issue_days.sql` keep (`pair_days`, `pair_tone_days`,
//! `pair_stories`, `pair_issue_days`) and, for evidence and actors, the event tables. Rows come back as plain structs; the index
//! and trends are computed in `report`.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};

/// How rows are grouped in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    /// By day (`2023-06-19`).
    Day,
    /// By ISO week (`2023-W25`).
    Week,
    /// By month (`2023-06`).
    Month,
    /// By quarter (`2023-Q2`).
    Quarter,
    /// By year (`2023`).
    Year,
}

impl Grain {
    /// The SQL of the period key over a table with the columns `day`, `iso_week`, `month`
    /// (pass the table's names for them).
    fn key(self, day: &str, week: &str, month: &str) -> String {
        match self {
            Grain::Day => day.to_string(),
            Grain::Week => week.to_string(),
            Grain::Month => month.to_string(),
            Grain::Quarter => format!(
                "substr({month}, 1, 4) || '-Q' || ((CAST(substr({month}, 6, 2) AS INTEGER) + 2) / 3)"
            ),
            Grain::Year => format!("substr({day}, 1, 4)"),
        }
    }

    /// The SQL list of the date precisions fine enough for the grain.
    fn precisions(self) -> &'static str {
        match self {
            Grain::Day => "('day')",
            Grain::Week => "('day', 'week')",
            Grain::Month | Grain::Quarter => "('day', 'week', 'month')",
            Grain::Year => "('day', 'week', 'month', 'year')",
        }
    }
}

/// First and last day of a report (both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Span {
    /// All of time.
    pub fn all() -> Span {
        Span {
            from: NaiveDate::MIN,
            to: NaiveDate::MAX,
        }
    }

    fn bounds(&self) -> (String, String) {
        (
            clamp_date(self.from, "0000-01-01"),
            clamp_date(self.to, "9999-12-31"),
        )
    }
}

fn clamp_date(d: NaiveDate, outside: &str) -> String {
    use chrono::Datelike;
    if (0..=9999).contains(&d.year()) {
        d.format("%Y-%m-%d").to_string()
    } else {
        outside.to_string()
    }
}

/// Stories of one pair, period and direction, summed (from `pair_days`).
#[derive(Debug, Clone, PartialEq)]
pub struct StoryCounts {
    /// First state of the pair (alphabetical).
    pub a: String,
    /// Second state.
    pub b: String,
    /// Period key.
    pub period: String,
    /// `ab`, `ba` or `sym`.
    pub dir: String,
    /// Stories.
    pub stories: i64,
    /// Stories by QuadClass 1–4.
    pub quad: [i64; 4],
    /// Sum of their Goldstein scores.
    pub goldstein_sum: f64,
    /// Reports of them.
    pub sources: i64,
}

/// Articles of one pair and period with the tone markers of each state (from `pair_articles`).
#[derive(Debug, Clone, PartialEq)]
pub struct ToneCounts {
    /// First state.
    pub a: String,
    /// Second state.
    pub b: String,
    /// Period key (of publication).
    pub period: String,
    /// Articles.
    pub articles: i64,
    /// Markers said by `a`.
    pub a_markers: i64,
    /// Sum of their weights.
    pub a_weight: f64,
    /// Markers said by `b`.
    pub b_markers: i64,
    /// Sum of their weights.
    pub b_weight: f64,
}

/// One story (from `pair_stories`).
#[derive(Debug, Clone, PartialEq)]
pub struct StoryRow {
    /// First state.
    pub a: String,
    /// Second state.
    pub b: String,
    /// Period key.
    pub period: String,
    /// Event date.
    pub day: String,
    /// Its precision.
    pub date_precision: String,
    /// `ab`, `ba` or `sym`.
    pub dir: String,
    /// CAMEO code.
    pub cameo_code: String,
    /// QuadClass.
    pub quad_class: i64,
    /// Goldstein score.
    pub goldstein: f64,
    /// Reports.
    pub sources: i64,
}

impl StoryRow {
    /// Reads a story from the columns a, b, period, day, date_precision, dir, cameo_code,
    /// quad_class, goldstein, sources.
    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoryRow> {
        Ok(StoryRow {
            a: r.get(0)?,
            b: r.get(1)?,
            period: r.get(2)?,
            day: r.get(3)?,
            date_precision: r.get(4)?,
            dir: r.get(5)?,
            cameo_code: r.get(6)?,
            quad_class: r.get(7)?,
            goldstein: r.get(8)?,
            sources: r.get(9)?,
        })
    }
}

/// The best-attested report of a story: the event row with the highest confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The article's id.
    pub doc_id: String,
    /// Its title.
    pub title: Option<String>,
    /// Source actor code.
    pub source_actor: Option<String>,
    /// Target actor code.
    pub target_actor: Option<String>,
    /// The sentence (or span) the event was coded from.
    pub evidence: String,
    /// Every article reporting the story, `;`-separated.
    pub doc_ids: String,
}

/// Articles and stories of a pair and period that concern one issue.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueCounts {
    /// Period key.
    pub period: String,
    /// Issue slug.
    pub slug: String,
    /// Issue name.
    pub name: String,
    /// Articles of the pair mentioning the issue.
    pub articles: i64,
    /// Stories of the pair tagged with the issue.
    pub stories: i64,
}

/// What one actor did and said.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ActorActivity {
    /// Actor code.
    pub code: String,
    /// Name.
    pub name: String,
    /// state, person, organisation, sector.
    pub kind: String,
    /// Its state.
    pub country: Option<String>,
    /// Asserted events with this actor as source.
    pub acted: i64,
    /// Their mean Goldstein score.
    pub acted_goldstein: Option<f64>,
    /// Their share of conflict (QuadClass 3–4).
    pub acted_conflict_share: Option<f64>,
    /// Asserted events with this actor as target.
    pub targeted: i64,
    /// Their mean Goldstein score.
    pub targeted_goldstein: Option<f64>,
    /// Tone markers said by the actor.
    pub markers: i64,
    /// Their mean weight.
    pub tone_balance: Option<f64>,
    /// Quotes attributed to the actor.
    pub quotes: i64,
}

/// The condition for an event to count towards the index, on the events table aliased `e`.
fn counted(e: &str) -> String {
    format!(
        "{e}.modality = 'asserted' AND {e}.domestic = 0 AND {e}.source_country IS NOT NULL \
         AND {e}.target_country IS NOT NULL AND {e}.source_country <> {e}.target_country \
         AND coalesce({e}.source_actor, '') NOT GLOB '*BUS'"
    )
}

impl Store {
    /// The latest day with a story dated finely enough for the grain.
    pub fn latest_story_day(&self, grain: Grain) -> Result<Option<String>, StoreError> {
        let sql = format!(
            "SELECT day FROM pair_days WHERE date_precision IN {} ORDER BY day DESC LIMIT 1",
            grain.precisions()
        );
        self.conn
            .query_row(&sql, [], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Story counts per period and direction, for one pair (`Some((a, b))`, a < b) or every
    /// pair, within a span.
    pub fn story_counts(
        &self,
        pair: Option<(&str, &str)>,
        grain: Grain,
        span: Span,
    ) -> Result<Vec<StoryCounts>, StoreError> {
        let key = grain.key("day", "iso_week", "month");
        let sql = format!(
            "SELECT a, b, {key} AS period, dir, sum(stories), sum(q1), sum(q2), sum(q3), sum(q4),
                    sum(goldstein_sum), sum(sources)
             FROM pair_days
             WHERE {} day BETWEEN ?3 AND ?4 AND date_precision IN {}
             GROUP BY a, b, period, dir
             ORDER BY a, b, period, dir",
            pair_filter(pair),
            grain.precisions()
        );
        let (from, to) = span.bounds();
        self.rows(
            &sql,
            params![pair.map(|p| p.0), pair.map(|p| p.1), from, to],
            |r| {
                Ok(StoryCounts {
                    a: r.get(0)?,
                    b: r.get(1)?,
                    period: r.get(2)?,
                    dir: r.get(3)?,
                    stories: r.get(4)?,
                    quad: [r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?],
                    goldstein_sum: r.get(9)?,
                    sources: r.get(10)?,
                })
            },
        )
    }

    /// Articles and tone markers per period (of publication), for one pair or every pair (from
    /// `pair_tone_days`).
    pub fn tone_counts(
        &self,
        pair: Option<(&str, &str)>,
        grain: Grain,
        span: Span,
    ) -> Result<Vec<ToneCounts>, StoreError> {
        let key = grain.key("published", "iso_week", "month");
        let sql = format!(
            "SELECT a, b, {key} AS period, sum(articles), sum(a_markers), sum(a_weight), sum(b_markers),
                    sum(b_weight)
             FROM pair_tone_days
             WHERE {} published BETWEEN ?3 AND ?4 AND date_precision IN {}
             GROUP BY a, b, period
             ORDER BY a, b, period",
            pair_filter(pair),
            grain.precisions()
        );
        let (from, to) = span.bounds();
        self.rows(
            &sql,
            params![pair.map(|p| p.0), pair.map(|p| p.1), from, to],
            |r| {
                Ok(ToneCounts {
                    a: r.get(0)?,
                    b: r.get(1)?,
                    period: r.get(2)?,
                    articles: r.get(3)?,
                    a_markers: r.get(4)?,
                    a_weight: r.get(5)?,
                    b_markers: r.get(6)?,
                    b_weight: r.get(7)?,
                })
            },
        )
    }

    /// The stories of a pair within a span, in date order.
    pub fn stories(
        &self,
        pair: (&str, &str),
        grain: Grain,
        span: Span,
    ) -> Result<Vec<StoryRow>, StoreError> {
        let key = grain.key("day", "iso_week", "month");
        let sql = format!(
            "SELECT a, b, {key}, day, date_precision, dir, cameo_code, quad_class, goldstein, sources
             FROM pair_stories
             WHERE a = ?1 AND b = ?2 AND day BETWEEN ?3 AND ?4 AND date_precision IN {}
             ORDER BY day, dir, cameo_code",
            grain.precisions()
        );
        let (from, to) = span.bounds();
        self.rows(&sql, params![pair.0, pair.1, from, to], StoryRow::from_row)
    }

    /// The `n` stories of a pair between two days that pull the index furthest from neutral:
    /// by the magnitude of their conflict score (docs/tension-index.md), then by reports, in
    /// the directions `dirs` (`ab`, `ba`, `sym`).
    pub fn top_stories(
        &self,
        pair: (&str, &str),
        grain: Grain,
        span: Span,
        dirs: &[&str],
        n: usize,
    ) -> Result<Vec<StoryRow>, StoreError> {
        let key = grain.key("day", "iso_week", "month");
        let dir_list = dirs
            .iter()
            .filter(|d| matches!(**d, "ab" | "ba" | "sym"))
            .map(|d| format!("'{d}'"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT a, b, {key}, day, date_precision, dir, cameo_code, quad_class, goldstein, sources
             FROM pair_stories
             WHERE a = ?1 AND b = ?2 AND day BETWEEN ?3 AND ?4 AND date_precision IN {}
               AND dir IN ({dir_list})
             ORDER BY abs(0.5 * CASE quad_class WHEN 1 THEN -0.5 WHEN 2 THEN -1.0 WHEN 3 THEN 0.5
                                                ELSE 1.0 END - 0.05 * goldstein) DESC,
                      sources DESC, day, cameo_code
             LIMIT ?5",
            grain.precisions()
        );
        let (from, to) = span.bounds();
        self.rows(
            &sql,
            params![pair.0, pair.1, from, to, n as i64],
            StoryRow::from_row,
        )
    }

    /// The best-attested report of a story, with every article that reports it.
    pub fn story_evidence(&self, s: &StoryRow) -> Result<Option<Evidence>, StoreError> {
        let sym = s.dir == "sym";
        let orders: Vec<(&str, &str)> = match s.dir.as_str() {
            "ba" => vec![(&s.b, &s.a)],
            "ab" => vec![(&s.a, &s.b)],
            _ => vec![(&s.a, &s.b), (&s.b, &s.a)],
        };
        let sql = format!(
            "SELECT ar.doc_id, ar.title, e.source_actor, e.target_actor, e.evidence, e.confidence,
                    coalesce(ar.published, ''), e.id
             FROM events e JOIN articles ar ON ar.id = e.article_id
             WHERE e.source_country = ?1 AND e.target_country = ?2 AND e.event_date = ?3
               AND e.cameo_code = ?4 AND e.date_precision = ?5 AND e.symmetric = ?6 AND {}",
            counted("e")
        );
        type Report = (Evidence, f64, String, i64);
        let mut reports: Vec<Report> = Vec::new();
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        for (src, tgt) in orders {
            let rows = st
                .query_map(
                    params![src, tgt, s.day, s.cameo_code, s.date_precision, sym as i64],
                    |r| {
                        Ok((
                            Evidence {
                                doc_id: r.get(0)?,
                                title: r.get(1)?,
                                source_actor: r.get(2)?,
                                target_actor: r.get(3)?,
                                evidence: r.get(4)?,
                                doc_ids: String::new(),
                            },
                            r.get(5)?,
                            r.get(6)?,
                            r.get(7)?,
                        ))
                    },
                )
                .map_err(|e| self.err(e))?;
            for r in rows {
                reports.push(r.map_err(|e| self.err(e))?);
            }
        }
        let mut docs: Vec<String> = reports.iter().map(|r| r.0.doc_id.clone()).collect();
        docs.sort();
        docs.dedup();
        let best = reports.into_iter().min_by(|x, y| {
            y.1.total_cmp(&x.1)
                .then_with(|| x.2.cmp(&y.2))
                .then(x.3.cmp(&y.3))
        });
        Ok(best.map(|(mut ev, ..)| {
            ev.doc_ids = docs.join(";");
            ev
        }))
    }

    /// Per period and issue: the pair's articles mentioning it (by publication date) and its
    /// stories tagged with it (by event date), from `pair_issue_days`.
    pub fn issue_counts(
        &self,
        pair: (&str, &str),
        grain: Grain,
        span: Span,
    ) -> Result<Vec<IssueCounts>, StoreError> {
        let key = grain.key("d.day", "d.iso_week", "d.month");
        let sql = format!(
            "SELECT {key} AS period, i.slug, i.name, sum(d.articles), sum(d.stories)
             FROM pair_issue_days d JOIN issues i ON i.id = d.issue_id
             WHERE d.a = ?1 AND d.b = ?2 AND d.day BETWEEN ?3 AND ?4
               AND d.date_precision IN {}
             GROUP BY period, i.id
             HAVING period IS NOT NULL AND (sum(d.articles) > 0 OR sum(d.stories) > 0)
             ORDER BY period, i.slug",
            grain.precisions(),
        );
        let (from, to) = span.bounds();
        self.rows(&sql, params![pair.0, pair.1, from, to], |r| {
            Ok(IssueCounts {
                period: r.get(0)?,
                slug: r.get(1)?,
                name: r.get(2)?,
                articles: r.get(3)?,
                stories: r.get(4)?,
            })
        })
    }

    /// Who acts and speaks most: actors with their asserted events as source and target, tone
    /// markers and quotes, optionally only those of one state (its own code or its bodies and
    /// people), within a span of event dates and publication dates.
    pub fn actor_activity(
        &self,
        country: Option<&str>,
        span: Span,
        limit: i64,
    ) -> Result<Vec<ActorActivity>, StoreError> {
        let sql = "WITH src AS (
                SELECT source_actor AS code, count(*) AS n, avg(goldstein) AS g,
                       avg(quad_class >= 3) AS c
                FROM events WHERE modality = 'asserted' AND source_actor IS NOT NULL
                  AND event_date BETWEEN ?2 AND ?3 GROUP BY 1
             ), tgt AS (
                SELECT target_actor AS code, count(*) AS n, avg(goldstein) AS g
                FROM events WHERE modality = 'asserted' AND target_actor IS NOT NULL
                  AND event_date BETWEEN ?2 AND ?3 GROUP BY 1
             ), tm AS (
                SELECT t.speaker_actor AS code, count(*) AS n, avg(t.weight) AS w
                FROM tone_markers t JOIN articles ar ON ar.id = t.article_id
                WHERE t.speaker_actor IS NOT NULL AND ar.published BETWEEN ?2 AND ?3 GROUP BY 1
             ), q AS (
                SELECT qu.speaker_actor AS code, count(*) AS n
                FROM quotes qu JOIN articles ar ON ar.id = qu.article_id
                WHERE qu.speaker_actor IS NOT NULL AND ar.published BETWEEN ?2 AND ?3 GROUP BY 1
             ), k AS (
                SELECT code FROM src UNION SELECT code FROM tgt UNION SELECT code FROM tm
                UNION SELECT code FROM q
             )
             SELECT k.code, coalesce(ac.name, k.code), coalesce(ac.kind, ''), ac.country,
                    coalesce(src.n, 0), src.g, src.c, coalesce(tgt.n, 0), tgt.g,
                    coalesce(tm.n, 0), tm.w, coalesce(q.n, 0)
             FROM k LEFT JOIN actors ac ON ac.code = k.code
             LEFT JOIN src ON src.code = k.code LEFT JOIN tgt ON tgt.code = k.code
             LEFT JOIN tm ON tm.code = k.code LEFT JOIN q ON q.code = k.code
             WHERE ?1 IS NULL OR ac.country = ?1 OR k.code = ?1
             ORDER BY coalesce(src.n, 0) + coalesce(tm.n, 0) + coalesce(q.n, 0) DESC,
                      coalesce(tgt.n, 0) DESC, k.code
             LIMIT ?4";
        let (from, to) = span.bounds();
        self.rows(sql, params![country, from, to, limit], |r| {
            Ok(ActorActivity {
                code: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                country: r.get(3)?,
                acted: r.get(4)?,
                acted_goldstein: r.get(5)?,
                acted_conflict_share: r.get(6)?,
                targeted: r.get(7)?,
                targeted_goldstein: r.get(8)?,
                markers: r.get(9)?,
                tone_balance: r.get(10)?,
                quotes: r.get(11)?,
            })
        })
    }

    /// Display names of the states (`actors` of kind state), by code.
    pub fn state_names(&self) -> Result<std::collections::HashMap<String, String>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT code, name FROM actors WHERE kind = 'state'")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

/// The WHERE clause opening that keeps one pair (`?1`, `?2`) or every pair (both NULL).
fn pair_filter(pair: Option<(&str, &str)>) -> &'static str {
    if pair.is_some() {
        "a = ?1 AND b = ?2 AND"
    } else {
        "?1 IS NULL AND ?2 IS NULL AND"
    }
}
