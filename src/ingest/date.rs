//! Publication dates: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, RFC 3339 and RFC 2822.

use chrono::{DateTime, NaiveDate};

/// A publication date with its precision (`None` date: unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PubDate {
    /// The date (first day of the month or year for coarser precisions).
    pub date: Option<NaiveDate>,
    /// "day", "month", "year" or "unknown".
    pub precision: &'static str,
}

impl PubDate {
    /// No date.
    pub const UNKNOWN: PubDate = PubDate {
        date: None,
        precision: "unknown",
    };

    /// A day.
    pub fn day(d: NaiveDate) -> PubDate {
        PubDate {
            date: Some(d),
            precision: "day",
        }
    }
}

/// Parses a publication date in one of the accepted forms.
pub fn parse_published(s: &str) -> Result<PubDate, String> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(PubDate::day(d));
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Ok(PubDate::day(d.date_naive()));
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Ok(PubDate::day(d.date_naive()));
    }
    // "2023-06-19 08:30:00", "2023-06-19T08:30:00" without zone
    if let Some(head) = s.get(..10)
        && s.len() > 10
        && matches!(s.as_bytes()[10], b' ' | b'T')
        && let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d")
    {
        return Ok(PubDate::day(d));
    }
    if let Ok(d) = NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d")
        && s.len() == 7
    {
        return Ok(PubDate {
            date: Some(d),
            precision: "month",
        });
    }
    if s.len() == 4
        && s.chars().all(|c| c.is_ascii_digit())
        && let Some(d) = NaiveDate::from_ymd_opt(s.parse().unwrap_or(0), 1, 1)
    {
        return Ok(PubDate {
            date: Some(d),
            precision: "year",
        });
    }
    Err(format!(
        "`{s}` is not a date (use YYYY-MM-DD, RFC 3339 or RFC 2822)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_documented_forms() {
        let d = NaiveDate::from_ymd_opt(2023, 6, 19).unwrap();
        assert_eq!(parse_published("2023-06-19").unwrap(), PubDate::day(d));
        assert_eq!(
            parse_published("2023-06-19T08:30:00Z").unwrap(),
            PubDate::day(d)
        );
        assert_eq!(
            parse_published("2023-06-19T23:30:00-04:00").unwrap(),
            PubDate::day(d)
        );
        assert_eq!(
            parse_published("Mon, 19 Jun 2023 08:30:00 +0000").unwrap(),
            PubDate::day(d)
        );
        assert_eq!(parse_published("2023-06").unwrap().precision, "month");
        assert_eq!(parse_published("2023").unwrap().precision, "year");
        assert!(parse_published("19/06/2023").is_err());
        assert!(parse_published("yesterday").is_err());
    }
}
