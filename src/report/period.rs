//! Periods of a report: day, ISO week, month, quarter, year. A period has a key as analysts
//! write it (`2023-06-19`, `2023-W25`, `2023-06`, `2023-Q2`, `2023`), a first and last day, and
//! a predecessor. The store filters by day ranges and groups by the key columns it keeps.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// How long a period is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    /// A calendar day (events dated to the day).
    Day,
    /// An ISO 8601 week, Monday to Sunday (events dated to the day or week).
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year (every dated event).
    Year,
}

/// One period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    /// Its kind.
    pub kind: PeriodKind,
    /// Its first day.
    pub start: NaiveDate,
}

impl PeriodKind {
    /// The name used in file names and headers.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Day => "day",
            PeriodKind::Week => "week",
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Year => "year",
        }
    }

    /// The adjective for titles ("monthly").
    pub fn adjective(self) -> &'static str {
        match self {
            PeriodKind::Day => "daily",
            PeriodKind::Week => "weekly",
            PeriodKind::Month => "monthly",
            PeriodKind::Quarter => "quarterly",
            PeriodKind::Year => "yearly",
        }
    }

    /// The store's grouping for this kind.
    pub fn grain(self) -> crate::store::Grain {
        use crate::store::Grain;
        match self {
            PeriodKind::Day => Grain::Day,
            PeriodKind::Week => Grain::Week,
            PeriodKind::Month => Grain::Month,
            PeriodKind::Quarter => Grain::Quarter,
            PeriodKind::Year => Grain::Year,
        }
    }

    /// The period that contains `d`.
    pub fn of(self, d: NaiveDate) -> Period {
        let start = match self {
            PeriodKind::Day => d,
            PeriodKind::Week => d - Duration::days(d.weekday().num_days_from_monday() as i64),
            PeriodKind::Month => d.with_day(1).expect("day 1 exists"),
            PeriodKind::Quarter => {
                NaiveDate::from_ymd_opt(d.year(), (d.month0() / 3) * 3 + 1, 1).expect("valid")
            }
            PeriodKind::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).expect("valid"),
        };
        Period { kind: self, start }
    }

    /// Parses a key as written by [`Period::key`].
    pub fn parse_key(self, key: &str) -> Option<Period> {
        let d = match self {
            PeriodKind::Day => NaiveDate::parse_from_str(key, "%Y-%m-%d").ok()?,
            PeriodKind::Week => {
                let (y, w) = key.split_once("-W")?;
                NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, Weekday::Mon)?
            }
            PeriodKind::Month => {
                NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d").ok()?
            }
            PeriodKind::Quarter => {
                let (y, q) = key.split_once("-Q")?;
                let q: u32 = q.parse().ok()?;
                if !(1..=4).contains(&q) {
                    return None;
                }
                NaiveDate::from_ymd_opt(y.parse().ok()?, (q - 1) * 3 + 1, 1)?
            }
            PeriodKind::Year => NaiveDate::from_ymd_opt(key.parse().ok()?, 1, 1)?,
        };
        Some(self.of(d))
    }
}

impl Period {
    /// The key: `2023-06-19`, `2023-W25`, `2023-06`, `2023-Q2`, `2023`.
    pub fn key(&self) -> String {
        let d = self.start;
        match self.kind {
            PeriodKind::Day => d.format("%Y-%m-%d").to_string(),
            PeriodKind::Week => {
                let w = d.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            PeriodKind::Month => d.format("%Y-%m").to_string(),
            PeriodKind::Quarter => format!("{}-Q{}", d.year(), d.month0() / 3 + 1),
            PeriodKind::Year => d.year().to_string(),
        }
    }

    /// The next period.
    pub fn next(&self) -> Period {
        self.kind.of(self.end() + Duration::days(1))
    }

    /// The previous period.
    pub fn prev(&self) -> Period {
        self.kind.of(self.start - Duration::days(1))
    }

    /// The last day.
    pub fn end(&self) -> NaiveDate {
        let d = self.start;
        match self.kind {
            PeriodKind::Day => d,
            PeriodKind::Week => d + Duration::days(6),
            PeriodKind::Month => add_months(d, 1) - Duration::days(1),
            PeriodKind::Quarter => add_months(d, 3) - Duration::days(1),
            PeriodKind::Year => NaiveDate::from_ymd_opt(d.year(), 12, 31).expect("valid"),
        }
    }

    /// Every period from `self` to `last`, both included (empty if `last` is earlier).
    pub fn through(&self, last: &Period) -> Vec<Period> {
        let mut out = Vec::new();
        let mut p = *self;
        while p <= *last {
            out.push(p);
            p = p.next();
        }
        out
    }
}

fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    let m0 = d.month0() + n;
    NaiveDate::from_ymd_opt(d.year() + (m0 / 12) as i32, m0 % 12 + 1, 1).expect("valid")
}

/// Parses a `--from`/`--to` bound: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; the first day of the
/// span for a start, the last for an end.
pub fn parse_bound(s: &str, end: bool) -> Result<NaiveDate, String> {
    let s = s.trim();
    let span = if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d);
    } else if s.len() == 7 {
        PeriodKind::Month.parse_key(s)
    } else if s.len() == 4 {
        PeriodKind::Year.parse_key(s)
    } else {
        None
    };
    let p =
        span.ok_or_else(|| format!("`{s}` is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"))?;
    Ok(if end { p.end() } else { p.start })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn keys_round_trip_for_every_kind() {
        for kind in [
            PeriodKind::Day,
            PeriodKind::Week,
            PeriodKind::Month,
            PeriodKind::Quarter,
            PeriodKind::Year,
        ] {
            let p = kind.of(d("2023-06-19"));
            assert_eq!(kind.parse_key(&p.key()), Some(p), "{kind:?}");
        }
    }

    #[test]
    fn iso_weeks_cross_years() {
        // 2021-01-03 is a Sunday in ISO week 53 of 2020.
        let p = PeriodKind::Week.of(d("2021-01-03"));
        assert_eq!(p.key(), "2020-W53");
        assert_eq!(p.start, d("2020-12-28"));
        assert_eq!(p.next().key(), "2021-W01");
    }

    #[test]
    fn quarters_and_months_have_the_right_ends() {
        let q = PeriodKind::Quarter.of(d("2024-02-29"));
        assert_eq!(q.key(), "2024-Q1");
        assert_eq!(q.end(), d("2024-03-31"));
        assert_eq!(q.prev().key(), "2023-Q4");
        assert_eq!(PeriodKind::Month.of(d("2023-12-05")).end(), d("2023-12-31"));
        let ms = PeriodKind::Month
            .of(d("2023-11-01"))
            .through(&PeriodKind::Month.of(d("2024-02-01")));
        let keys: Vec<String> = ms.iter().map(Period::key).collect();
        assert_eq!(keys, ["2023-11", "2023-12", "2024-01", "2024-02"]);
    }

    #[test]
    fn bounds_accept_months_and_years() {
        assert_eq!(parse_bound("2023-02", true).unwrap(), d("2023-02-28"));
        assert_eq!(parse_bound("2023", false).unwrap(), d("2023-01-01"));
        assert!(parse_bound("June", false).is_err());
    }
}
