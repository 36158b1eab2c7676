//! A synthetic database for benchmarks: articles with their events, tone markers and issues,
//! written straight into the schema so that the triggers of `0002_reports` maintain the report
//! aggregates exactly as ingest does. About 200 states; pairs drawn from a heavy-tailed (Zipf)
//! distribution whose head is USA–CHN; five years (2020–2024); 1–6 events per article, most
//! about the article's main pair and dated on or just before publication, so that big pairs
//! see the same story reported by several articles. Deterministic for a seed.

use rusqlite::params;

use super::{Store, StoreError};

/// CAMEO codes used: (code, root, QuadClass, pentaclass, Goldstein, relative frequency).
const CODES: &[(&str, &str, i64, i64, f64, u32)] = &[
    ("010", "01", 1, 0, 0.0, 14),
    ("012", "01", 1, 0, -0.4, 4),
    ("020", "02", 1, 0, 3.0, 3),
    ("036", "03", 1, 1, 4.0, 4),
    ("040", "04", 1, 1, 1.0, 12),
    ("042", "04", 1, 1, 1.9, 5),
    ("043", "04", 1, 1, 2.8, 4),
    ("046", "04", 1, 1, 7.0, 6),
    ("051", "05", 1, 1, 3.4, 3),
    ("057", "05", 1, 1, 8.0, 2),
    ("061", "06", 2, 2, 6.4, 2),
    ("070", "07", 2, 2, 7.0, 2),
    ("081", "08", 2, 2, 5.0, 1),
    ("111", "11", 3, 3, -2.0, 8),
    ("112", "11", 3, 3, -2.0, 6),
    ("130", "13", 3, 3, -4.4, 5),
    ("138", "13", 3, 3, -7.0, 2),
    ("163", "16", 4, 3, -8.0, 2),
    ("172", "17", 4, 4, -5.0, 2),
    ("190", "19", 4, 4, -10.0, 3),
    ("195", "19", 4, 4, -10.0, 2),
];

/// States: the usual suspects first (the head of the distribution), then made-up codes.
const NAMED: &[&str] = &[
    "USA", "CHN", "RUS", "UKR", "ISR", "IRN", "JPN", "KOR", "PRK", "PHL", "IND", "PAK", "GBR",
    "FRA", "DEU", "TUR", "SAU", "TWN", "VNM", "AUS",
];

/// How many states the generator uses.
pub const STATES: usize = 200;

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn state_code(i: usize) -> String {
    match NAMED.get(i) {
        Some(c) => c.to_string(),
        None => {
            let b = b'A' + (i / 26 % 26) as u8;
            let c = b'A' + (i % 26) as u8;
            format!("X{}{}", b as char, c as char)
        }
    }
}

/// The Zipf sampler over pair ranks: cumulative weights 1/(r+1)^s.
struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, s: f64) -> Zipf {
        let mut acc = 0.0;
        let cdf = (0..n)
            .map(|r| {
                acc += 1.0 / ((r + 1) as f64).powf(s);
                acc
            })
            .collect();
        Zipf { cdf }
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit() * self.cdf.last().copied().unwrap_or(1.0);
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len() - 1)
    }
}

/// The pair of a rank: rank 0 is USA–CHN, the others spread over all pairs of states.
fn pair_of(rank: usize) -> (usize, usize) {
    const HEAD: &[(usize, usize)] = &[
        (0, 1),
        (2, 3),
        (4, 5),
        (0, 2),
        (6, 7),
        (7, 8),
        (1, 9),
        (10, 11),
    ];
    if let Some(p) = HEAD.get(rank) {
        return *p;
    }
    let mut h = Rng(rank as u64 * 7919 + 17);
    let a = h.below(STATES as u64) as usize;
    let mut b = h.below(STATES as u64 - 1) as usize;
    if b >= a {
        b += 1;
    }
    (a, b)
}

impl Store {
    /// Appends `n` synthetic articles (ids `syn-…` after those already there), in transactions
    /// of 20,000; `progress` is called with the number written so far.
    pub fn generate_synthetic(
        &mut self,
        n: i64,
        seed: u64,
        mut progress: impl FnMut(i64),
    ) -> Result<(), StoreError> {
        let path = self.path.display().to_string();
        let e = |e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        };
        self.conn
            .pragma_update(None, "synchronous", "OFF")
            .map_err(e)?;
        let start: i64 = self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
                r.get(0)
            })
            .map_err(e)?;
        let mut rng = Rng(seed ^ 0x5EED ^ start as u64);
        let zipf = Zipf::new(6000, 1.1);
        let code_total: u32 = CODES.iter().map(|c| c.5).sum();
        self.conn
            .execute_batch(
                "INSERT INTO issues (slug, name, context)
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
                 SELECT 'synthetic-' || i, 'Synthetic issue ' || i, 'diplomatic' FROM n
                 WHERE NOT EXISTS (SELECT 1 FROM issues)",
            )
            .map_err(e)?;
        let issues: Vec<i64> = {
            let mut st = self
                .conn
                .prepare("SELECT id FROM issues ORDER BY id")
                .map_err(e)?;
            let v = st.query_map([], |r| r.get(0)).map_err(e)?;
            v.collect::<rusqlite::Result<_>>().map_err(e)?
        };
        let first = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).expect("valid");
        let days = 5 * 365 + 1;
        let mut done = 0i64;
        while done < n {
            let batch = (n - done).min(20_000);
            let tx = self.conn.transaction().map_err(e)?;
            {
                let mut art = tx
                    .prepare_cached(
                        "INSERT INTO articles (id, doc_id, title, source, published, date_precision, iso_week, month,
                            origin, ingested_at, text, content_hash, word_count, sentence_count, coder_version,
                            countries, marker_count)
                         VALUES (?1, ?2, ?3, ?4, ?5, 'day', ?6, ?7, 'synthetic', '2025-01-01T00:00:00Z', ?8, ?9,
                            120, 6, 'synthetic', ?10, ?11)",
                    )
                    .map_err(e)?;
                let mut ev = tx
                    .prepare_cached(
                        "INSERT INTO events (article_id, sentence_idx, source_actor, target_actor, source_country,
                            target_country, cameo_code, root, quad_class, pentaclass, goldstein, event_date,
                            date_precision, date_basis, iso_week, month, modality, domestic, symmetric, evidence,
                            start_char, end_char, confidence)
                         VALUES (?1, ?2, ?3, ?4, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'day', 'publication', ?11, ?12,
                            ?13, 0, ?14, ?15, 0, 10, 0.9)",
                    )
                    .map_err(e)?;
                let mut ei = tx
                    .prepare_cached(
                        "INSERT OR IGNORE INTO event_issues (event_id, issue_id) VALUES (?1, ?2)",
                    )
                    .map_err(e)?;
                let mut ai = tx
                    .prepare_cached(
                        "INSERT OR IGNORE INTO article_issues (article_id, issue_id, count, salience, first_phrase)
                         VALUES (?1, ?2, 1, 0.5, 'synthetic')",
                    )
                    .map_err(e)?;
                let mut tm = tx
                    .prepare_cached(
                        "INSERT INTO tone_markers (article_id, sentence_idx, phrase, category, base_weight, weight,
                            speaker_actor, speaker_country, start_char, end_char)
                         VALUES (?1, 1, 'synthetic', ?2, ?3, ?3, ?4, ?4, 0, 9)",
                    )
                    .map_err(e)?;
                for k in 0..batch {
                    let id = start + done + k + 1;
                    let (pa, pb) = pair_of(zipf.sample(&mut rng));
                    let (sa, sb) = (state_code(pa), state_code(pb));
                    let day = first + chrono::Duration::days(rng.below(days) as i64);
                    let (week, month) = super::week_and_month(Some(day), "day");
                    // a pair's mood drifts by year and pair, so trends have shape
                    let mood = ((pa * 31 + pb * 17 + chrono::Datelike::year(&day) as usize) % 7)
                        as f64
                        / 6.0;
                    art.execute(params![
                        id,
                        format!("syn-{id:07}"),
                        format!("Synthetic dispatch {id} on {sa} and {sb}"),
                        ["Wire A", "Wire B", "Wire C"][rng.below(3) as usize],
                        day.to_string(),
                        week,
                        month,
                        format!("synthetic article {id}"),
                        format!("{:032x}", id as u128 * 0x9E37_79B9_7F4A_7C15),
                        format!("{sa};{sb}"),
                        0,
                    ])
                    .map_err(e)?;
                    let n_events = 1 + rng.below(6) as i64;
                    for s in 0..n_events {
                        let (x, y) = if rng.unit() < 0.75 {
                            (sa.clone(), sb.clone())
                        } else {
                            let (qa, qb) = pair_of(zipf.sample(&mut rng));
                            (state_code(qa), state_code(qb))
                        };
                        let (src, tgt) = if rng.unit() < 0.5 { (x, y) } else { (y, x) };
                        // conflict is likelier when the pair's mood is bad
                        let mut pick = rng.below(code_total as u64) as u32;
                        if rng.unit() < mood * 0.5 {
                            pick = code_total - 1 - rng.below(code_total as u64 / 3) as u32;
                        }
                        let mut c = CODES[0];
                        for code in CODES {
                            if pick < code.5 {
                                c = *code;
                                break;
                            }
                            pick -= code.5;
                        }
                        let back = rng.below(3) as i64;
                        let ed = day - chrono::Duration::days(back);
                        let (ew, em) = super::week_and_month(Some(ed), "day");
                        let modality = match rng.below(20) {
                            0 => "future",
                            1 => "negated",
                            2 => "hypothetical",
                            _ => "asserted",
                        };
                        let sym = (c.0 == "046" || c.0 == "040") && rng.unit() < 0.3;
                        ev.execute(params![
                            id,
                            s,
                            src,
                            tgt,
                            c.0,
                            c.1,
                            c.2,
                            c.3,
                            c.4,
                            ed.to_string(),
                            ew,
                            em,
                            modality,
                            sym as i64,
                            format!("{src} {} {tgt}", c.0),
                        ])
                        .map_err(e)?;
                        if !issues.is_empty() && rng.unit() < 0.4 {
                            let eid = tx.last_insert_rowid();
                            let i = issues[(pa * 7 + pb + rng.below(3) as usize) % issues.len()];
                            ei.execute(params![eid, i]).map_err(e)?;
                            ai.execute(params![id, i]).map_err(e)?;
                        }
                    }
                    for _ in 0..rng.below(4) {
                        let w = (rng.unit() * 10.0 - 5.0 - mood * 2.0).clamp(-5.0, 5.0);
                        let speaker = match rng.below(3) {
                            0 => Some(sa.clone()),
                            1 => Some(sb.clone()),
                            _ => None,
                        };
                        tm.execute(params![
                            id,
                            if w < 0.0 { "hostility" } else { "constructive" },
                            (w * 2.0).round() / 2.0,
                            speaker
                        ])
                        .map_err(e)?;
                    }
                }
            }
            tx.commit().map_err(e)?;
            done += batch;
            progress(done);
        }
        let mut st = self
            .conn
            .prepare_cached(
                "INSERT INTO actors (code, name, kind, country) VALUES (?1, ?2, 'state', ?1)
                 ON CONFLICT (code) DO NOTHING",
            )
            .map_err(e)?;
        for i in 0..STATES {
            let c = state_code(i);
            st.execute(params![c, format!("State {c}")]).map_err(e)?;
        }
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(e)?;
        Ok(())
    }
}
