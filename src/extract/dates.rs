//! Dates: finding time expressions in a sentence and resolving them against the publication
//! date ("on Monday" → the most recent Monday on or before publication; "in November" → the most
//! recent past November, or the coming one when the wording looks ahead).

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A day.
    Day,
    /// A week (the date is its Monday).
    Week,
    /// A month (the date is its first day).
    Month,
    /// A year (the date is 1 January).
    Year,
    /// Unknown.
    Unknown,
}

impl Precision {
    /// The name stored in the database.
    pub fn as_str(&self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

/// A date with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EventDate {
    /// The date (first day of the week, month or year for coarser precisions).
    pub date: Option<NaiveDate>,
    /// Precision.
    pub precision: Precision,
}

impl EventDate {
    /// Unknown date.
    pub const UNKNOWN: EventDate = EventDate {
        date: None,
        precision: Precision::Unknown,
    };

    /// A date formatted at its precision: `2023-06-19`, `2023-06`, `2023`, or empty.
    pub fn format(&self) -> Option<String> {
        let d = self.date?;
        Some(match self.precision {
            Precision::Day | Precision::Week => d.format("%Y-%m-%d").to_string(),
            Precision::Month => d.format("%Y-%m").to_string(),
            Precision::Year => d.format("%Y").to_string(),
            Precision::Unknown => return None,
        })
    }
}

/// A time expression found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct DatePhrase {
    /// Byte span in the folded text.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// The phrase (folded).
    pub phrase: String,
    /// The resolved date.
    pub date: EventDate,
    /// Whether the phrase itself points to the future ("next month", "tomorrow").
    pub future: bool,
}

use crate::text::words::MONTHS;

fn month_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    let n = match w {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return MONTHS.iter().position(|m| *m == w).map(|i| i as u32 + 1),
    };
    Some(n)
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn number_word(w: &str) -> Option<i64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "several" | "few" => return None,
        _ => return w.parse().ok(),
    })
}

const MONTH_RE: &str = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)";

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_RE;
    let pats = [
        // ISO date
        r"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)".to_string(),
        // June 19, 2023 / June 19 / Oct. 31
        format!(r"(?P<mdy>\b(?P<m1>{m})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?)"),
        // 19 June 2023 / 19 June
        format!(r"(?P<dmy>\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{m})(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b)"),
        // June 2023
        format!(r"(?P<my>\b(?P<m3>{m})\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d)\b)"),
        // in November / last November / next September / early June
        format!(
            r"(?P<mon>\b(?P<mq>in|since|until|by|last|next|this|during|early|mid|late|end of|beginning of|in early|in mid|in late|in mid-|mid-)\s*-?\s*(?P<m4>{m})\b(?:,?\s+(?P<y4>(?:19|20)\d\d)\b)?)"
        ),
        // in 2022
        r"(?P<yr>\b(?P<yq>in|since|during|by|until|of|early|late|mid-?)\s+(?P<y5>(?:19|20)\d\d)\b)".to_string(),
        // weekdays: on Monday, last Monday, next Monday, earlier Monday, Monday's
        r"(?P<wd>\b(?:(?P<wq>on|last|next|this|earlier|later|early|late|coming|since|until|by)\s+)?(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s+(?P<wpart>morning|afternoon|evening|night))?)".to_string(),
        // relative words
        r"(?P<rel>\b(?:yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening|overnight|the day before|the previous day|a day earlier|the next day|the following day|a day later)\b)".to_string(),
        // on the 14th: the most recent 14th on or before publication
        r"(?P<nth>\bon the (?P<nd>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)".to_string(),
        r"(?P<rw>\b(?:(?:earlier|later)\s+this|this|last|next|the past|the coming|the previous|the next|past|coming|previous)\s+(?P<unit>week|month|year|weekend)\b)".to_string(),
        r"(?P<ago>\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?P<agou>days?|weeks?|months?|years?)\s+ago\b)".to_string(),
        r"(?P<recent>\b(?:in recent (?:days|weeks|months|years)|in the coming (?:days|weeks|months|years)|in the past (?:\w+ )?(?:days|weeks|months|years)|recently)\b)".to_string(),
    ];
    Regex::new(&pats.join("|")).expect("date regex")
});

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap()
}

fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let total = d.year() * 12 + d.month0() as i32 + n;
    ymd(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1).unwrap()
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

/// Finds and resolves the time expressions in `s` (folded text), `offset` being the byte offset
/// of `s` in the article's folded text. `pub_date` anchors relative expressions; `future_context`
/// says whether the words around an expression look ahead ("will", "expected", "next").
pub fn find_dates(s: &str, offset: usize, pub_date: Option<NaiveDate>) -> Vec<DatePhrase> {
    let mut out = Vec::new();
    for c in DATE_RE.captures_iter(s) {
        let whole = c.get(0).unwrap();
        let (ws, we) = (whole.start(), whole.end());
        let phrase = whole.as_str().to_string();
        let future_words = look_ahead_context(&s[..ws]);
        let mk = |date: EventDate, future: bool| DatePhrase {
            start: offset + ws,
            end: offset + we,
            phrase: phrase.clone(),
            date,
            future,
        };
        if c.name("iso").is_some() {
            let d = ymd(
                c["iy"].parse().unwrap_or(0),
                c["im"].parse().unwrap_or(0),
                c["id"].parse().unwrap_or(0),
            );
            if let Some(d) = d {
                out.push(mk(
                    EventDate {
                        date: Some(d),
                        precision: Precision::Day,
                    },
                    pub_date.is_some_and(|p| d > p),
                ));
            }
            continue;
        }
        if c.name("mdy").is_some() || c.name("dmy").is_some() {
            let (mw, dw, yw) = if c.name("mdy").is_some() {
                (c.name("m1"), c.name("d1"), c.name("y1"))
            } else {
                (c.name("m2"), c.name("d2"), c.name("y2"))
            };
            let (Some(m), Some(day)) = (
                mw.and_then(|m| month_number(m.as_str())),
                dw.and_then(|d| d.as_str().parse::<u32>().ok()),
            ) else {
                continue;
            };
            // "may 5" is fine, but "may" alone as a verb is handled by requiring the day
            let d = match yw.and_then(|y| y.as_str().parse::<i32>().ok()) {
                Some(y) => ymd(y, m, day),
                None => pub_date.and_then(|p| nearest_day(p, m, day, future_words)),
            };
            if let Some(d) = d {
                out.push(mk(
                    EventDate {
                        date: Some(d),
                        precision: Precision::Day,
                    },
                    pub_date.is_some_and(|p| d > p),
                ));
            }
            continue;
        }
        if c.name("my").is_some() {
            if let (Some(m), Ok(y)) = (month_number(&c["m3"]), c["y3"].parse::<i32>())
                && let Some(d) = ymd(y, m, 1)
            {
                out.push(mk(
                    EventDate {
                        date: Some(d),
                        precision: Precision::Month,
                    },
                    pub_date.is_some_and(|p| d > month_start(p)),
                ));
            }
            continue;
        }
        if c.name("mon").is_some() {
            let q = c.name("mq").map_or("", |m| m.as_str()).trim();
            let Some(m) = month_number(&c["m4"]) else {
                continue;
            };
            if &c["m4"] == "may" && matches!(q, "by" | "this") {
                continue; // "may" is more often the verb
            }
            if let Some(y) = c.name("y4").and_then(|y| y.as_str().parse::<i32>().ok()) {
                if let Some(d) = ymd(y, m, 1) {
                    out.push(mk(
                        EventDate {
                            date: Some(d),
                            precision: Precision::Month,
                        },
                        pub_date.is_some_and(|p| d > month_start(p)),
                    ));
                }
                continue;
            }
            let Some(p) = pub_date else {
                out.push(mk(EventDate::UNKNOWN, false));
                continue;
            };
            let ahead = q == "next" || (future_words && q != "last" && q != "since");
            let y = if ahead {
                if m > p.month() {
                    p.year()
                } else if m == p.month() && q != "next" {
                    p.year()
                } else {
                    p.year() + 1
                }
            } else if q == "last" {
                if m < p.month() {
                    p.year()
                } else {
                    p.year() - 1
                }
            } else if m <= p.month() {
                p.year()
            } else {
                p.year() - 1
            };
            if let Some(d) = ymd(y, m, 1) {
                out.push(mk(
                    EventDate {
                        date: Some(d),
                        precision: Precision::Month,
                    },
                    d > month_start(p),
                ));
            }
            continue;
        }
        if c.name("yr").is_some() {
            if let Ok(y) = c["y5"].parse::<i32>()
                && let Some(d) = ymd(y, 1, 1)
            {
                out.push(mk(
                    EventDate {
                        date: Some(d),
                        precision: Precision::Year,
                    },
                    pub_date.is_some_and(|p| y > p.year()),
                ));
            }
            continue;
        }
        if c.name("wd").is_some() {
            let Some(wd) = weekday(&c["w"]) else { continue };
            let q = c.name("wq").map_or("", |m| m.as_str());
            let Some(p) = pub_date else {
                out.push(mk(EventDate::UNKNOWN, false));
                continue;
            };
            let back = (p.weekday().num_days_from_monday() as i64
                - wd.num_days_from_monday() as i64)
                .rem_euclid(7);
            let fwd = (wd.num_days_from_monday() as i64
                - p.weekday().num_days_from_monday() as i64)
                .rem_euclid(7);
            let (d, fut) = match q {
                "next" | "coming" => (p + Duration::days(if fwd == 0 { 7 } else { fwd }), true),
                "last" => (p - Duration::days(if back == 0 { 7 } else { back }), false),
                _ if future_words && fwd != 0 => (p + Duration::days(fwd), true),
                _ => (p - Duration::days(back), false),
            };
            out.push(mk(
                EventDate {
                    date: Some(d),
                    precision: Precision::Day,
                },
                fut,
            ));
            continue;
        }
        let Some(p) = pub_date else {
            out.push(mk(EventDate::UNKNOWN, false));
            continue;
        };
        if c.name("rel").is_some() {
            let w = whole.as_str();
            let (d, fut) = match w {
                "yesterday" | "last night" | "the day before" | "the previous day"
                | "a day earlier" | "overnight" => (p - Duration::days(1), false),
                "tomorrow" | "the next day" | "the following day" | "a day later" => {
                    (p + Duration::days(1), true)
                }
                _ => (p, false),
            };
            out.push(mk(
                EventDate {
                    date: Some(d),
                    precision: Precision::Day,
                },
                fut,
            ));
            continue;
        }
        if c.name("rw").is_some() {
            let w = whole.as_str();
            let unit = &c["unit"];
            let dir: i32 = if w.starts_with("next")
                || w.starts_with("the coming")
                || w.starts_with("coming")
                || w.starts_with("the next")
            {
                1
            } else if w.starts_with("last")
                || w.starts_with("the previous")
                || w.starts_with("previous")
            {
                -1
            } else {
                0
            };
            let past_span = w.starts_with("the past") || w.starts_with("past");
            let ed = match unit {
                "week" | "weekend" => {
                    let base = week_start(p) + Duration::weeks(dir as i64);
                    if unit == "weekend" {
                        let sat = base + Duration::days(5);
                        // "this weekend" / "the weekend" before publication: the last one
                        let sat = if dir == 0 && sat > p {
                            sat - Duration::weeks(1)
                        } else {
                            sat
                        };
                        EventDate {
                            date: Some(sat),
                            precision: Precision::Week,
                        }
                    } else {
                        EventDate {
                            date: Some(base),
                            precision: Precision::Week,
                        }
                    }
                }
                "month" => EventDate {
                    date: Some(add_months(month_start(p), dir)),
                    precision: Precision::Month,
                },
                _ => {
                    if past_span {
                        EventDate::UNKNOWN
                    } else {
                        EventDate {
                            date: ymd(p.year() + dir, 1, 1),
                            precision: Precision::Year,
                        }
                    }
                }
            };
            out.push(mk(ed, dir > 0));
            continue;
        }
        if c.name("nth").is_some() {
            let Ok(n) = c["nd"].parse::<u32>() else {
                continue;
            };
            // this month's, or else the latest earlier month that has that day
            let this = ymd(p.year(), p.month(), n).filter(|d| *d <= p);
            let before = (1..=3).find_map(|back| {
                let m = add_months(month_start(p), -back);
                ymd(m.year(), m.month(), n)
            });
            if let Some(d) = this.or(before) {
                out.push(mk(
                    EventDate {
                        date: Some(d),
                        precision: Precision::Day,
                    },
                    false,
                ));
            }
            continue;
        }
        if c.name("ago").is_some() {
            let Some(n) = number_word(&c["n"]) else {
                continue;
            };
            let u = &c["agou"];
            let ed = if u.starts_with("day") {
                EventDate {
                    date: Some(p - Duration::days(n)),
                    precision: Precision::Day,
                }
            } else if u.starts_with("week") {
                EventDate {
                    date: Some(week_start(p - Duration::weeks(n))),
                    precision: Precision::Week,
                }
            } else if u.starts_with("month") {
                EventDate {
                    date: Some(add_months(month_start(p), -(n as i32))),
                    precision: Precision::Month,
                }
            } else {
                EventDate {
                    date: ymd(p.year() - n as i32, 1, 1),
                    precision: Precision::Year,
                }
            };
            out.push(mk(ed, false));
            continue;
        }
        if c.name("recent").is_some() {
            let fut = whole.as_str().contains("coming");
            out.push(mk(EventDate::UNKNOWN, fut));
        }
    }
    out
}

/// The day `month/day` nearest to `p` in the past (or the future when the wording looks ahead).
fn nearest_day(p: NaiveDate, m: u32, day: u32, ahead: bool) -> Option<NaiveDate> {
    let this = ymd(p.year(), m, day)?;
    if ahead {
        if this >= p {
            Some(this)
        } else {
            ymd(p.year() + 1, m, day)
        }
    } else if this <= p + Duration::days(1) {
        Some(this)
    } else {
        ymd(p.year() - 1, m, day)
    }
}

/// Whether the words just before a time expression look ahead.
fn look_ahead_context(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let tail = &words[words.len().saturating_sub(8)..];
    tail.iter().any(|w| {
        matches!(
            *w,
            "will"
                | "'ll"
                | "shall"
                | "expected"
                | "scheduled"
                | "due"
                | "plans"
                | "planned"
                | "plan"
                | "set"
                | "upcoming"
                | "next"
                | "later"
                | "intends"
                | "hopes"
                | "going"
                | "aims"
                | "slated"
                | "invited"
                | "would"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn first(text: &str, pub_date: &str) -> (Option<String>, Precision) {
        let lower = crate::text::fold(text);
        let v = find_dates(&lower, 0, Some(d(pub_date)));
        let x = v.first().unwrap_or_else(|| panic!("no date in {text:?}"));
        (x.date.format(), x.date.precision)
    }

    const PUB: &str = "2023-06-19"; // a Monday

    #[test]
    fn weekdays_resolve_to_the_most_recent_on_or_before_publication() {
        assert_eq!(
            first("hosted Blinken in Beijing on Monday", PUB)
                .0
                .as_deref(),
            Some("2023-06-19")
        );
        assert_eq!(
            first("Biden on Saturday said", PUB).0.as_deref(),
            Some("2023-06-17")
        );
        assert_eq!(
            first("earlier Monday, the two met", PUB).0.as_deref(),
            Some("2023-06-19")
        );
        assert_eq!(
            first("talks on Tuesday", PUB).0.as_deref(),
            Some("2023-06-13")
        );
        assert_eq!(first("last Monday", PUB).0.as_deref(), Some("2023-06-12"));
        assert_eq!(
            first("he will travel on Thursday", PUB).0.as_deref(),
            Some("2023-06-22")
        );
        assert_eq!(first("next Monday", PUB).0.as_deref(), Some("2023-06-26"));
    }

    #[test]
    fn relative_days_and_periods() {
        assert_eq!(
            first("yesterday", PUB),
            (Some("2023-06-18".into()), Precision::Day)
        );
        assert_eq!(
            first("tomorrow", PUB),
            (Some("2023-06-20".into()), Precision::Day)
        );
        assert_eq!(
            first("last week", PUB),
            (Some("2023-06-12".into()), Precision::Week)
        );
        assert_eq!(
            first("earlier this month", PUB),
            (Some("2023-06".into()), Precision::Month)
        );
        assert_eq!(
            first("last month", PUB),
            (Some("2023-05".into()), Precision::Month)
        );
        assert_eq!(
            first("next month", PUB),
            (Some("2023-07".into()), Precision::Month)
        );
        assert_eq!(
            first("last year", PUB),
            (Some("2022".into()), Precision::Year)
        );
        assert_eq!(
            first("three days ago", PUB),
            (Some("2023-06-16".into()), Precision::Day)
        );
        assert_eq!(
            first("In the past year, China", PUB),
            (None, Precision::Unknown)
        );
    }

    #[test]
    fn a_day_of_the_month_alone_is_the_latest_such_day() {
        // PUB is 2023-06-19
        assert_eq!(
            first("the talks began on the 12th", PUB),
            (Some("2023-06-12".into()), Precision::Day)
        );
        assert_eq!(
            first("the talks began on the 25th", PUB),
            (Some("2023-05-25".into()), Precision::Day)
        );
        assert_eq!(
            first("the ships left a day earlier", PUB),
            (Some("2023-06-18".into()), Precision::Day)
        );
    }

    #[test]
    fn months_without_a_year_look_back_unless_the_wording_looks_ahead() {
        assert_eq!(
            first("Xi met Biden in November in Bali", PUB),
            (Some("2022-11".into()), Precision::Month)
        );
        assert_eq!(
            first("shelved his trip in February", PUB),
            (Some("2023-02".into()), Precision::Month)
        );
        assert_eq!(
            first("is expected in September", PUB),
            (Some("2023-09".into()), Precision::Month)
        );
        assert_eq!(
            first("has been invited to San Francisco in November", PUB)
                .0
                .as_deref(),
            Some("2023-11")
        );
        assert_eq!(first("earlier in June", PUB).0.as_deref(), Some("2023-06"));
        assert_eq!(first("next January", PUB).0.as_deref(), Some("2024-01"));
        assert_eq!(first("since March", PUB).0.as_deref(), Some("2023-03"));
    }

    #[test]
    fn explicit_dates_in_the_usual_forms() {
        assert_eq!(
            first("on June 19, 2023", PUB),
            (Some("2023-06-19".into()), Precision::Day)
        );
        assert_eq!(
            first("on 19 June 2023", PUB),
            (Some("2023-06-19".into()), Precision::Day)
        );
        assert_eq!(
            first("on Oct. 31", PUB),
            (Some("2022-10-31".into()), Precision::Day)
        );
        assert_eq!(
            first("on Nov. 2", "2023-11-10"),
            (Some("2023-11-02".into()), Precision::Day)
        );
        assert_eq!(
            first("in September 2021", PUB),
            (Some("2021-09".into()), Precision::Month)
        );
        assert_eq!(
            first("in 2022", PUB),
            (Some("2022".into()), Precision::Year)
        );
        assert_eq!(
            first("2023-06-18", PUB),
            (Some("2023-06-18".into()), Precision::Day)
        );
    }

    #[test]
    fn no_publication_date_leaves_relative_dates_unknown() {
        let v = find_dates("on monday", 0, None);
        assert_eq!(v[0].date, EventDate::UNKNOWN);
        let v = find_dates("on june 19, 2023", 0, None);
        assert_eq!(v[0].date.format().as_deref(), Some("2023-06-19"));
    }
}
