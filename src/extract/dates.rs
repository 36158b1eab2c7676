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
    /// For a phrase counted from the story's last date ("two days later", "the previous day"),
    /// the distance; [`resolve_narrative`] moves it from the publication date to that date.
    pub shift: Option<Shift>,
    /// "two days after" before a clause ("… on Thursday, two days after Tehran launched
    /// strikes"): the phrase dates only the acts of the clause that follows it, counted back
    /// from the story's last date.
    pub forward_only: bool,
}

/// A distance in time counted from another date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// Days.
    Days(i64),
    /// Weeks: known to the week at best.
    Weeks(i64),
    /// Calendar months.
    Months(i32),
    /// Calendar years.
    Years(i32),
}

impl Shift {
    /// The date `self` away from `from`, no more precise than `from` is.
    pub fn from(self, from: EventDate) -> EventDate {
        let Some(a) = from.date else {
            return EventDate::UNKNOWN;
        };
        // the day reached, and the least precision the shift itself allows
        let (d, at_least) = match self {
            Shift::Days(n) => (a + Duration::days(n), Precision::Day),
            Shift::Weeks(n) => (a + Duration::weeks(n), Precision::Week),
            Shift::Months(n) => (add_months(a, n), Precision::Month),
            Shift::Years(n) => (add_months(a, 12 * n), Precision::Year),
        };
        let precision = at_least.max(from.precision).min(Precision::Year);
        let date = match precision {
            Precision::Day => Some(d),
            Precision::Week => Some(week_start(d)),
            Precision::Month => Some(month_start(d)),
            _ => ymd(d.year(), 1, 1),
        };
        EventDate { date, precision }
    }
}

/// Resolves the phrases of one sentence that count from the story's last date ("Iran attacked
/// on March 3. Two days later, …") against `anchor`, the last date the article named before
/// them, and moves the anchor along. Without an anchor they stay counted from publication.
pub fn resolve_narrative(
    dates: &mut [DatePhrase],
    anchor: &mut Option<EventDate>,
    pub_date: Option<NaiveDate>,
) {
    // ("two days after" counts from a date its own sentence named before it, else from
    // publication: "The row came three days after …" follows the news of the day)
    let mut local: Option<EventDate> = None;
    for d in dates.iter_mut() {
        if d.forward_only {
            if let (Some(shift), Some(a)) = (d.shift, local) {
                d.date = shift.from(a);
                d.future = matches!((d.date.date, pub_date), (Some(x), Some(p)) if x > p);
            }
            continue;
        }
        if d.date.date.is_some() && d.date.precision != Precision::Unknown && d.shift.is_none() {
            local = Some(d.date);
        }
        if let (Some(shift), Some(a)) = (d.shift, *anchor) {
            d.date = shift.from(a);
            d.future = matches!((d.date.date, pub_date), (Some(x), Some(p)) if x > p);
        }
        if d.date.date.is_some() && d.date.precision != Precision::Unknown {
            *anchor = Some(d.date);
        }
    }
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

/// Whether a word names a day of the week ("monday").
pub fn is_weekday(w: &str) -> bool {
    weekday(w).is_some()
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
            r"(?P<mon>\b(?P<mq>in|since|until|till|by|last|next|this|during|early|mid|late|end of|beginning of|in early|in mid|in late|in mid-|mid-)\s*-?\s*(?P<m4>{m})\b(?:\s+(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y4>(?:19|20)\d\d)\b)?)"
        ),
        // in 2022
        r"(?P<yr>\b(?P<yq>in|since|during|by|until|of|early|late|mid-?|fiscal(?: year)?|(?:first|second|third|fourth) (?:quarter|half)(?: of)?)\s+(?P<y5>(?:19|20)\d\d)\b(?P<ysplit>\s*[/-]\s*(?:19|20)?\d\d\b)?)".to_string(),
        // 1987 first quarter / 1986 second half
        r"(?P<yrq>\b(?P<y6>(?:19|20)\d\d)\s+(?:first|second|third|fourth)[- ](?:quarter|half)\b)".to_string(),
        // the first quarter, last quarter, the second half (a year's part: the year is told)
        r"(?P<qtr>\b(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|this|last|next|current|latest|previous)[- ](?P<qu>quarter|half)\b(?:\s+of\s+(?:(?P<qyw>this|last|next|the current|the previous|the next)\s+(?:fiscal\s+|financial\s+)?year|(?:fiscal\s+)?(?P<qy>(?:19|20)\d\d)(?P<qsplit>\s*[/-]\s*(?:19|20)?\d\d)?)\b)?)".to_string(),
        // the end of the year, by year-end, the end of last year
        r"(?P<ye>\b(?:(?:the\s+)?(?:end|close) of (?P<yew>the|this|last|next) year|(?:the\s+)?year[- ]?end)\b)".to_string(),
        // over the weekend, at the weekend, by the weekend
        r"(?P<wkend>\b(?P<wkq>over|at|during|by|on|for|until|through)\s+the\s+weekend\b)".to_string(),
        // this summer, last autumn, next spring
        r"(?P<season>\b(?P<sq>this|last|next)\s+(?P<sn>spring|summer|autumn|fall|winter)\b)".to_string(),
        // weekdays: on Monday, last Monday, next Monday, earlier Monday, Monday's
        r"(?P<wd>\b(?:(?P<wq>on|last|next|this|earlier|later|early|late|coming|since|until|by)\s+)?(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s+(?P<wpart>morning|afternoon|evening|night))?)".to_string(),
        // counted from the story's last date: two days later, the previous day, later that week
        r"(?P<nar>\b(?:the (?P<nx>day before|previous day|next day|following day|same day)|that same day|(?:later|earlier) that (?P<nt>day|morning|afternoon|evening|night|week|month|year)|(?P<nn>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?P<nu>days?|weeks?|months?|years?)\s+(?P<ndir>later|earlier)|the (?P<nfp>following|previous) (?P<nfu>week|month|year))\b)".to_string(),
        // two days after (a clause): counted back from the story's last date
        r"(?P<naft>\b(?P<an>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<anu>days?|weeks?)\s+after\b)".to_string(),
        // relative words
        r"(?P<rel>\b(?:yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening|overnight)\b)".to_string(),
        // on the 14th: the most recent 14th on or before publication
        r"(?P<nth>\bon the (?P<nd>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)".to_string(),
        r"(?P<rw>\b(?:(?:earlier|later)\s+this|this|last|next|the past|the coming|the previous|the next|past|coming|previous)\s+(?P<unit>week|month|year|weekend)\b)".to_string(),
        r"(?P<ago>\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?P<agou>days?|weeks?|months?|years?)\s+ago\b)".to_string(),
        r"(?P<recent>\b(?:in recent (?:days|weeks|months|years)|in the coming (?:days|weeks|months|years)|in the past (?:\w+ )?(?:days|weeks|months|years)|recently)\b)".to_string(),
    ];
    Regex::new(&pats.join("|")).expect("date regex")
});

/// The end of a range of days that names its year: "… to December 31, 1986", "…-10, 1987".
static RANGE_END_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:-|to|and|through|until)\s*(?:(?P<rm>{MONTH_RE})\s+)?[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<ry>(?:19|20)\d\d)\b"
    ))
    .expect("range regex")
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

/// How the wording around a time expression points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lean {
    /// "since March 3", "the quarter ended March 31": the past.
    Back,
    /// "the quarter ended March 31": the past, or the next few days (a period about to close).
    Ended,
    /// Nothing either way.
    Plain,
    /// "by March 31", "effective April 1", "a Nov. 20 deadline": the coming months.
    Near,
    /// "will", "expected", "scheduled" shortly before: the next such date, however far.
    Ahead,
}

fn words_of(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words that put a date in the coming months when they introduce it ("by", "until", "effective",
/// "payable", "starting") or follow it ("deadline").
fn near_word(w: &str) -> bool {
    matches!(
        w,
        "by" | "until"
            | "till"
            | "through"
            | "effective"
            | "payable"
            | "starting"
            | "beginning"
            | "ending"
            | "commencing"
            | "due"
            | "prior"
            | "before"
            | "expires"
            | "expiring"
    )
}

/// The lean of the words around a time expression: `before` and `after` it in the sentence, `q`
/// the word that opens the phrase itself ("by", "until", "since"), if any.
fn lean(before: &str, after: &str, q: &str) -> Lean {
    let words = words_of(before);
    let last = words.last().copied().unwrap_or("");
    if q == "since" || last == "since" {
        return Lean::Back;
    }
    if last == "ended" {
        return Lean::Ended;
    }
    if look_ahead_context(before) {
        return Lean::Ahead;
    }
    // "postponed to June 22", "extended to April 30"
    if near_word(q)
        || last == "to"
        || words[words.len().saturating_sub(3)..]
            .iter()
            .any(|w| near_word(w))
    {
        return Lean::Near;
    }
    if matches!(
        words_of(after).first().copied(),
        Some("deadline" | "target")
    ) {
        return Lean::Near;
    }
    Lean::Plain
}

static COMPARE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:from|versus|vs|than|compared (?:with|to)|against)\b").expect("compare regex")
});

/// Whether a time expression only dates the figure that something is compared with ("rose to 12
/// mln from 10 mln a year ago", "up 30 pct from a year ago", "versus 130,000 a week ago", "the
/// same period last year"), not the event itself.
fn comparison_base(before: &str) -> bool {
    let words = words_of(before);
    // ("the same period", "the like quarter": not "the same officials")
    let period = |w: &str| {
        matches!(
            w,
            "period"
                | "periods"
                | "month"
                | "months"
                | "quarter"
                | "quarters"
                | "week"
                | "weeks"
                | "day"
                | "days"
                | "time"
                | "season"
                | "year-ago"
                | "level"
                | "levels"
        )
    };
    let n = words.len();
    if words.last().is_some_and(|w| *w == "year-ago")
        || (n >= 2
            && matches!(words[n - 2], "same" | "like" | "corresponding")
            && period(words[n - 1]))
        || (n >= 3
            && matches!(words[n - 3], "same" | "like" | "corresponding")
            && period(words[n - 1]))
    {
        return true;
    }
    let Some(m) = COMPARE_RE.find_iter(before).last() else {
        return false;
    };
    let figure = |w: &&str| w.chars().any(|c| c.is_ascii_digit()) || *w == "none";
    // "more than $9 billion on Monday", "less than a week": an amount, not a comparison
    if m.as_str() == "than"
        && words_of(&before[..m.start()])
            .last()
            .is_some_and(|w| matches!(*w, "more" | "less" | "fewer" | "no" | "rather"))
    {
        return false;
    }
    let seg = &before[m.end()..];
    let seg_words = words_of(seg);
    if seg_words.is_empty() {
        // "up 30 pct from a year ago": the figure comes before the word that compares
        return m.as_str() != "than"
            && m.as_str() != "against"
            && words_of(&before[..m.start()])
                .iter()
                .rev()
                .take(5)
                .any(figure);
    }
    // a clause that closes after the figure leaves the expression outside the comparison ("from
    // 10 mln in March, the ministry said on Monday"; "from 1.2 billion in 1985 to 1.5 billion in
    // 1986")
    seg_words.len() <= 6
        && seg_words.iter().any(figure)
        && !seg.contains(", ")
        && !seg.contains(';')
        && !seg_words
            .iter()
            .any(|w| matches!(*w, "to" | "but" | "while"))
}

/// Whether the number ending at `end` goes on as a figure rather than a day ("March 1.5 pct",
/// "May 30 mln dlrs").
fn figure_follows(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    let b = rest.as_bytes();
    if b.len() >= 2 && (b[0] == b'.' || b[0] == b',') && b[1].is_ascii_digit() {
        return true;
    }
    if rest.trim_start().starts_with('%') {
        return true;
    }
    matches!(
        words_of(rest).first().copied(),
        Some(
            "pct"
                | "percent"
                | "per"
                | "mln"
                | "million"
                | "billion"
                | "bln"
                | "dlrs"
                | "dollars"
                | "cts"
                | "cents"
                | "tonnes"
                | "tons"
                | "pounds"
                | "points"
                | "stg"
                | "yen"
                | "marks"
                | "francs"
                | "barrels"
                | "bpd"
                | "shares"
                | "ounces"
                | "pence"
                | "lire"
                | "units"
                | "head"
        )
    )
}

/// Whether the words after a day's name make it the name of a paper ("the Sunday Times", "a
/// Sunday paper", "the Today newspaper").
fn names_a_paper(after: &str) -> bool {
    matches!(
        words_of(after).first().copied(),
        Some(
            "times"
                | "telegraph"
                | "express"
                | "mirror"
                | "observer"
                | "people"
                | "paper"
                | "papers"
                | "newspaper"
                | "newspapers"
                | "correspondent"
                | "sport"
                | "programme"
                | "program"
                | "show"
        )
    )
}

/// Whether a number just before `start` is part of a larger figure ("5,000 march", "1.30 may").
fn figure_before(s: &str, start: usize) -> bool {
    s[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// The most recent Saturday on or before `p` (the Saturday of the weekend `p` is in).
fn last_saturday(p: NaiveDate) -> NaiveDate {
    let back = (p.weekday().num_days_from_monday() as i64 + 2) % 7;
    p - Duration::days(back)
}

/// The Saturday of the weekend `p` is in, or else of the coming one.
fn coming_saturday(p: NaiveDate) -> NaiveDate {
    let sat = last_saturday(p);
    if p - sat <= Duration::days(1) {
        sat
    } else {
        sat + Duration::weeks(1)
    }
}

/// The year of a part of a year (a quarter or a half) that starts in `first_month`: this year's
/// when it has begun, or begins soon, or the wording looks ahead; otherwise last year's.
fn part_year(p: NaiveDate, first_month: u32, lean: Lean) -> i32 {
    let y = p.year();
    let Some(start) = ymd(y, first_month, 1) else {
        return y;
    };
    if start <= p {
        return y;
    }
    let ahead = (start - p).num_days();
    match lean {
        Lean::Ahead => y,
        Lean::Near if ahead <= 183 => y,
        Lean::Plain if ahead <= 92 => y,
        _ => y - 1,
    }
}

/// The year a season is named by ("this summer", "last autumn"); winter by its January.
fn season_year(p: NaiveDate, season: &str, q: &str) -> i32 {
    let first_month = match season {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        _ => 12,
    };
    let start = |y: i32| ymd(y, first_month, 1).unwrap();
    let end = |y: i32| add_months(start(y), 3);
    let y = p.year();
    let started = match q {
        // the one under way, or else this calendar year's (for winter: the one that ends
        // early this year, or the one that starts at its end)
        "this" => {
            if first_month == 12 && p.month() <= 2 {
                y - 1
            } else {
                y
            }
        }
        // the latest that has ended
        "last" => (y - 2..=y).rev().find(|&y| end(y) <= p).unwrap_or(y - 1),
        // the first that has not begun
        _ => (y - 1..=y + 1).find(|&y| start(y) > p).unwrap_or(y + 1),
    };
    if first_month == 12 {
        started + 1
    } else {
        started
    }
}

/// Finds and resolves the time expressions in `s` (folded text), `offset` being the byte offset
/// of `s` in the article's folded text. `pub_date` anchors relative expressions; the words around
/// an expression say whether it looks ahead ("will", "expected", "by", "a … deadline") or back
/// ("since", "ended"). An expression that only dates a figure compared with ("from 10 mln a year
/// ago") is left out, and so are words that only look like dates ("the Sunday Times", "30 may
/// fall").
pub fn find_dates(s: &str, offset: usize, pub_date: Option<NaiveDate>) -> Vec<DatePhrase> {
    let mut out = Vec::new();
    for c in DATE_RE.captures_iter(s) {
        let whole = c.get(0).unwrap();
        let (ws, we) = (whole.start(), whole.end());
        let phrase = whole.as_str().to_string();
        let before = &s[..ws];
        let after = &s[we..];
        let future_words = look_ahead_context(before);
        if comparison_base(before) {
            continue;
        }
        let mk = |date: EventDate, future: bool| DatePhrase {
            start: offset + ws,
            end: offset + we,
            phrase: phrase.clone(),
            date,
            future,
            shift: None,
            forward_only: false,
        };
        let day_date = |d: Option<NaiveDate>| {
            d.map(|d| {
                mk(
                    EventDate {
                        date: Some(d),
                        precision: Precision::Day,
                    },
                    pub_date.is_some_and(|p| d > p),
                )
            })
        };
        let year_date = |y: i32| {
            mk(
                EventDate {
                    date: ymd(y, 1, 1),
                    precision: Precision::Year,
                },
                pub_date.is_some_and(|p| y > p.year()),
            )
        };
        if c.name("iso").is_some() {
            let d = ymd(
                c["iy"].parse().unwrap_or(0),
                c["im"].parse().unwrap_or(0),
                c["id"].parse().unwrap_or(0),
            );
            out.extend(day_date(d));
            continue;
        }
        if c.name("mdy").is_some() || c.name("dmy").is_some() {
            let (mw, dw, yw) = if c.name("mdy").is_some() {
                (c.name("m1"), c.name("d1"), c.name("y1"))
            } else {
                (c.name("m2"), c.name("d2"), c.name("y2"))
            };
            let (Some(mw), Some(dw)) = (mw, dw) else {
                continue;
            };
            let (Some(m), Ok(day)) = (month_number(mw.as_str()), dw.as_str().parse::<u32>()) else {
                continue;
            };
            if yw.is_none() {
                if c.name("mdy").is_some() && figure_follows(s, dw.end()) {
                    continue; // "March 1.5 pct"
                }
                if c.name("dmy").is_some() {
                    // "5,000 march", and "30 may fall": "may" after a number is the verb
                    // unless the date ends there
                    let next = words_of(after).first().copied();
                    let ends = after.trim_start().is_empty()
                        || !after
                            .trim_start()
                            .starts_with(|c: char| c.is_alphanumeric());
                    if figure_before(s, ws)
                        || (mw.as_str() == "may"
                            && !ends
                            && !matches!(next, Some("and" | "to" | "through" | "until" | "record")))
                    {
                        continue;
                    }
                }
            }
            // "August 15 to December 31, 1986": the year that ends the range
            let range_year = || {
                let r = RANGE_END_RE.captures(after)?;
                let y = r["ry"].parse::<i32>().ok()?;
                let end_m = r
                    .name("rm")
                    .and_then(|x| month_number(x.as_str()))
                    .unwrap_or(m);
                Some(if m > end_m { y - 1 } else { y })
            };
            let d = match yw
                .and_then(|y| y.as_str().parse::<i32>().ok())
                .or_else(range_year)
            {
                Some(y) => ymd(y, m, day),
                None => pub_date.and_then(|p| nearest_day(p, m, day, lean(before, after, ""))),
            };
            out.extend(day_date(d));
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
            // "by March 31", "until May 12, 1987": a day, unless the number is a figure
            let day = c
                .name("d4")
                .filter(|d| !figure_follows(s, d.end()))
                .and_then(|d| d.as_str().parse::<u32>().ok());
            let year = c.name("y4").and_then(|y| y.as_str().parse::<i32>().ok());
            if &c["m4"] == "may" && matches!(q, "by" | "this") && day.is_none() && year.is_none() {
                continue; // "may" is more often the verb
            }
            let lean_here = lean(before, after, q.split_whitespace().next().unwrap_or(""));
            if let Some(day) = day {
                let d = match year {
                    Some(y) => ymd(y, m, day),
                    None => pub_date.and_then(|p| match q {
                        "last" => ymd(p.year() - 1, m, day).filter(|_| m >= p.month()).or(ymd(
                            p.year(),
                            m,
                            day,
                        )),
                        "next" => nearest_day(p, m, day, Lean::Ahead),
                        _ => nearest_day(p, m, day, lean_here),
                    }),
                };
                if d.is_some() {
                    out.extend(day_date(d));
                    continue;
                }
            }
            if let Some(y) = year {
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
            let y = month_year(p, m, q, lean_here);
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
            // "in 1986/87", "during 1985-86": a span across two years, not one of them
            if c.name("ysplit").is_some() {
                out.push(mk(EventDate::UNKNOWN, false));
                continue;
            }
            if let Ok(y) = c["y5"].parse::<i32>() {
                out.push(year_date(y));
            }
            continue;
        }
        if c.name("yrq").is_some() {
            if let Ok(y) = c["y6"].parse::<i32>() {
                out.push(year_date(y));
            }
            continue;
        }
        if c.name("wd").is_some() {
            let Some(wd) = weekday(&c["w"]) else { continue };
            // "the Sunday Times", "a Sunday paper": a name, not a day
            if c.name("wpart").is_none() && names_a_paper(after) {
                continue;
            }
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
        if c.name("qtr").is_some() {
            // "its third quarter ended March 31": the date that follows names it
            let next: Vec<&str> = words_of(after).into_iter().take(2).collect();
            if matches!(next.first().copied(), Some("ended" | "ending")) || next == ["to", "end"] {
                continue;
            }
            // "the last half of July": a part of a month
            if next.first().copied() == Some("of")
                && words_of(after)
                    .get(1)
                    .is_some_and(|w| month_number(w).is_some())
            {
                continue;
            }
            if c.name("qsplit").is_some() {
                out.push(mk(EventDate::UNKNOWN, false));
                continue;
            }
            if let Some(y) = c.name("qy").and_then(|y| y.as_str().parse::<i32>().ok()) {
                out.push(year_date(y));
                continue;
            }
            if let Some(w) = c.name("qyw") {
                let y = match w.as_str() {
                    "last" | "the previous" => p.year() - 1,
                    "next" | "the next" => p.year() + 1,
                    _ => p.year(),
                };
                out.push(year_date(y));
                continue;
            }
            let months = if &c["qu"] == "quarter" { 3 } else { 6 };
            let current = (p.month0() / months) * months + 1; // first month of the current part
            let this_start = ymd(p.year(), current, 1).unwrap();
            let lean_here = lean(before, after, "");
            let y = match &c["qn"] {
                "this" | "current" => p.year(),
                // "the last half" of a year is its second
                "last" if months == 6 => part_year(p, 7, lean_here),
                "last" | "latest" | "previous" => add_months(this_start, -(months as i32)).year(),
                "next" => add_months(this_start, months as i32).year(),
                n => {
                    let k = match n {
                        "first" | "1st" => 0,
                        "second" | "2nd" => 1,
                        "third" | "3rd" => 2,
                        _ => 3,
                    };
                    if k * months >= 12 {
                        continue; // "the third half"
                    }
                    part_year(p, k * months + 1, lean_here)
                }
            };
            out.push(year_date(y));
            continue;
        }
        if c.name("ye").is_some() {
            let y = match c.name("yew").map(|m| m.as_str()) {
                Some("this") => Some(p.year()),
                Some("last") => Some(p.year() - 1),
                Some("next") => Some(p.year() + 1),
                // "the end of the year": this year's when the wording looks ahead ("by the end
                // of the year", "will … at the year end"); otherwise it may be the year just
                // ended, and is left unknown
                _ => match lean(before, after, "") {
                    Lean::Ahead | Lean::Near => Some(p.year()),
                    _ => None,
                },
            };
            match y {
                Some(y) => out.push(year_date(y)),
                None => out.push(mk(EventDate::UNKNOWN, false)),
            }
            continue;
        }
        if c.name("wkend").is_some() {
            let sat = match lean(before, after, &c["wkq"]) {
                Lean::Ahead | Lean::Near => coming_saturday(p),
                _ => last_saturday(p),
            };
            out.push(mk(
                EventDate {
                    date: Some(sat),
                    precision: Precision::Week,
                },
                sat > p,
            ));
            continue;
        }
        if c.name("season").is_some() {
            let y = season_year(p, &c["sn"], &c["sq"]);
            // "this fall in prices": the noun
            if &c["sn"] == "fall" && matches!(words_of(after).first().copied(), Some("in" | "of")) {
                continue;
            }
            out.push(year_date(y));
            continue;
        }
        if c.name("naft").is_some() {
            // (not opening the sentence: "Two days after the attack, Iran recalled …" dates
            // the main clause from the attack, which names no day)
            if before.trim().is_empty() || figure_before(s, whole.start()) {
                continue;
            }
            let Some(n) = number_word(&c["an"]).filter(|n| *n > 0) else {
                continue;
            };
            let shift = if c["anu"].starts_with("day") {
                Shift::Days(-n)
            } else {
                Shift::Weeks(-n)
            };
            let ed = shift.from(EventDate {
                date: Some(p),
                precision: Precision::Day,
            });
            let mut dp = mk(ed, false);
            dp.shift = Some(shift);
            dp.forward_only = true;
            out.push(dp);
            continue;
        }
        if c.name("nar").is_some() {
            // "the day before the vote" counts from the vote, not from a date
            if c.name("nx").is_some_and(|x| x.as_str() == "day before")
                && words_of(after).first().is_some_and(|w| {
                    matches!(
                        *w,
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this"
                    )
                })
            {
                continue;
            }
            let shift = if let Some(x) = c.name("nx") {
                Shift::Days(match x.as_str() {
                    "day before" | "previous day" => -1,
                    "same day" => 0,
                    _ => 1,
                })
            } else if let Some(u) = c.name("nt") {
                match u.as_str() {
                    "week" => Shift::Weeks(0),
                    "month" => Shift::Months(0),
                    "year" => Shift::Years(0),
                    _ => Shift::Days(0),
                }
            } else if let Some(n) = c.name("nn") {
                if figure_before(s, n.start()) {
                    continue;
                }
                let Some(n) = number_word(n.as_str()).filter(|n| *n > 0) else {
                    continue;
                };
                let n = if &c["ndir"] == "earlier" { -n } else { n };
                let u = &c["nu"];
                if u.starts_with("day") {
                    Shift::Days(n)
                } else if u.starts_with("week") {
                    Shift::Weeks(n)
                } else if u.starts_with("month") {
                    Shift::Months(n as i32)
                } else {
                    Shift::Years(n as i32)
                }
            } else if c.name("nfu").is_some() {
                let n = if &c["nfp"] == "following" { 1 } else { -1 };
                match &c["nfu"] {
                    "week" => Shift::Weeks(n),
                    "month" => Shift::Months(n as i32),
                    _ => Shift::Years(n as i32),
                }
            } else {
                Shift::Days(0)
            };
            let ed = shift.from(EventDate {
                date: Some(p),
                precision: Precision::Day,
            });
            let mut dp = mk(ed, ed.date.is_some_and(|d| d > p));
            dp.shift = Some(shift);
            out.push(dp);
            continue;
        }
        if c.name("rel").is_some() {
            let w = whole.as_str();
            // "the Today newspaper"
            if w == "today" && names_a_paper(after) {
                continue;
            }
            let (d, fut) = match w {
                "yesterday" | "last night" | "overnight" => (p - Duration::days(1), false),
                "tomorrow" => (p + Duration::days(1), true),
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
                "weekend" => {
                    let sat = if dir < 0 {
                        week_start(p) - Duration::weeks(1) + Duration::days(5)
                    } else if dir > 0 {
                        coming_saturday(p)
                    } else if past_span {
                        last_saturday(p)
                    } else {
                        // "this weekend": the one under way; else the coming one late in the
                        // week or when the wording looks ahead, the one just gone early in it
                        let late = p.weekday().num_days_from_monday() >= 3;
                        match lean(before, after, "") {
                            Lean::Ahead | Lean::Near => coming_saturday(p),
                            Lean::Back | Lean::Ended => last_saturday(p),
                            Lean::Plain if late => coming_saturday(p),
                            Lean::Plain => last_saturday(p),
                        }
                    };
                    EventDate {
                        date: Some(sat),
                        precision: Precision::Week,
                    }
                }
                "week" => EventDate {
                    date: Some(week_start(p) + Duration::weeks(dir as i64)),
                    precision: Precision::Week,
                },
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
            let fut = dir > 0 || (unit == "weekend" && ed.date.is_some_and(|d| d > p));
            out.push(mk(ed, fut));
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
            // "130,000 week ago": a figure, not a count of weeks
            let n_at = c.name("n").unwrap();
            if figure_before(s, n_at.start()) {
                continue;
            }
            let Some(n) = number_word(n_at.as_str()).filter(|n| *n > 0) else {
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
            let w = whole.as_str();
            let fut = w.contains("coming");
            // "recently", "in recent days", "in the coming weeks": within about a month of the
            // publication, dated by its month; "in recent years" names no date
            let near = w == "recently" || w.ends_with("days") || w.ends_with("weeks");
            let date = if near {
                EventDate {
                    date: ymd(p.year(), p.month(), 1),
                    precision: Precision::Month,
                }
            } else {
                EventDate::UNKNOWN
            };
            out.push(mk(date, fut));
        }
    }
    // "in May last year", "on March 3 this year": the year told after a month or a day names
    // its year, and is no date of its own
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let gap = &s[a.end - offset..b.start - offset];
        let year_of = matches!(a.date.precision, Precision::Day | Precision::Month)
            && !a
                .phrase
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| n.len() == 4)
            && a.shift.is_none()
            && gap
                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                .is_empty()
            && matches!(b.phrase.as_str(), "last year" | "this year" | "next year");
        if let (true, Some(d), Some(y)) = (year_of, a.date.date, b.date.date) {
            let merged = DatePhrase {
                start: a.start,
                end: b.end,
                phrase: s[a.start - offset..b.end - offset].to_string(),
                date: EventDate {
                    date: d.with_year(y.year()).or(Some(d)),
                    precision: a.date.precision,
                },
                future: pub_date.is_some_and(|p| d.with_year(y.year()).is_some_and(|x| x > p)),
                shift: None,
                forward_only: false,
            };
            out[i] = merged;
            out.remove(i + 1);
        }
        i += 1;
    }
    // "later this month", "later this week", "later in the year": the rest of a period that has
    // begun is still to come
    for d in out.iter_mut() {
        if d.phrase.starts_with("later ") && d.shift.is_none() {
            d.future = true;
        }
    }
    out
}

/// The year of a month named without one: "last"/"next"/"this" say it; otherwise the coming one
/// when the wording looks ahead ("will … in May"), or, with "by"/"until", when it is at most six
/// months off, or, with nothing either way, when it is one of the next two months ("plans a sale
/// in April" in March); else the latest past one.
fn month_year(p: NaiveDate, m: u32, q: &str, lean: Lean) -> i32 {
    let (y, cur) = (p.year(), p.month());
    let back = if m <= cur { y } else { y - 1 };
    let fwd = if m >= cur { y } else { y + 1 };
    let ahead_by = (m + 12 - cur) % 12;
    match q {
        "next" => {
            if m > cur {
                y
            } else {
                y + 1
            }
        }
        "last" => {
            if m < cur {
                y
            } else {
                y - 1
            }
        }
        "this" => y,
        _ => match lean {
            Lean::Ahead => fwd,
            Lean::Near if ahead_by <= 6 => fwd,
            Lean::Plain if (1..=2).contains(&ahead_by) => fwd,
            _ => back,
        },
    }
}

/// The day `month/day` nearest to `p`: the coming one when the wording looks ahead ("will", "is
/// expected"), or when it is at most six months off and introduced by "by", "until", "effective",
/// "payable" and the like, or with nothing either way when it is at most three months off (a day
/// named without a year is far more often weeks ahead than most of a year back); otherwise the
/// latest past one (on or before the day after publication).
fn nearest_day(p: NaiveDate, m: u32, day: u32, lean: Lean) -> Option<NaiveDate> {
    let this = ymd(p.year(), m, day)?;
    let past = if this <= p + Duration::days(1) {
        Some(this)
    } else {
        ymd(p.year() - 1, m, day)
    };
    let next = if this >= p {
        Some(this)
    } else {
        ymd(p.year() + 1, m, day)
    };
    let within =
        |days: i64| next.filter(|n| *n > p + Duration::days(1) && (*n - p).num_days() <= days);
    match lean {
        Lean::Back => past,
        Lean::Ended => within(14).or(past),
        Lean::Ahead => next,
        Lean::Near => within(183).or(past),
        Lean::Plain => within(92).or(past),
    }
}

/// Whether the words just before a time expression look ahead.
fn look_ahead_context(before: &str) -> bool {
    look_ahead_near(before) || clause_looks_ahead(before)
}

/// A clause whose verb group is plainly future ("X will meet Y and Z of W on Monday"): the
/// auxiliary may stand far from the date when long names sit between, so the words since the
/// last clause mark (comma, colon, quote, bracket, dash) are read, at most 20 of them.
fn clause_looks_ahead(before: &str) -> bool {
    let clause = before
        .rfind([
            ',', ';', ':', '"', '\u{201c}', '\u{201d}', '(', '\u{2014}', '\u{2013}',
        ])
        .map_or(before, |i| &before[i..]);
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let tail = &words[words.len().saturating_sub(20)..];
    tail.iter()
        .any(|w| matches!(*w, "will" | "'ll" | "shall" | "scheduled" | "slated"))
}

fn look_ahead_near(before: &str) -> bool {
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
                | "expects"
                | "expect"
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
    fn a_future_verb_group_reaches_a_weekday_past_long_names() {
        // "will" is far from the date, but in the same clause
        assert_eq!(
            first(
                "the envoy will meet Foreign Minister Ana Lopez Garcia and Trade Minister Tomas Ruiz on Thursday",
                PUB
            )
            .0
            .as_deref(),
            Some("2023-06-22")
        );
        // a clause mark ends the reach: the date belongs to the later clause
        assert_eq!(
            first(
                "the envoy, who will retire after a long career in the service, met the minister on Thursday",
                PUB
            )
            .0
            .as_deref(),
            Some("2023-06-15")
        );
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
    fn recently_is_the_publication_month_recent_years_no_date() {
        assert_eq!(
            first("the minister said recently that", PUB),
            (Some("2023-06".into()), Precision::Month)
        );
        assert_eq!(
            first("clashes in recent days", PUB),
            (Some("2023-06".into()), Precision::Month)
        );
        assert_eq!(first("tensions in recent years", PUB).1, Precision::Unknown);
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

    /// The last date of a story told in `sentences`, each resolved after the ones before it.
    fn story(sentences: &[&str], pub_date: &str) -> Vec<(Option<String>, Precision)> {
        let mut anchor = None;
        let mut out = Vec::new();
        for s in sentences {
            let lower = crate::text::fold(s);
            let mut v = find_dates(&lower, 0, Some(d(pub_date)));
            resolve_narrative(&mut v, &mut anchor, Some(d(pub_date)));
            out.extend(v.iter().map(|x| (x.date.format(), x.date.precision)));
        }
        out
    }

    #[test]
    fn a_year_told_after_a_month_or_day_is_its_year() {
        assert_eq!(
            first("vetoed a resolution in May last year", PUB),
            (Some("2022-05".into()), Precision::Month)
        );
        assert_eq!(
            first("met on March 3 this year", PUB),
            (Some("2023-03-03".into()), Precision::Day)
        );
        assert_eq!(
            first("will meet in January next year", PUB),
            (Some("2024-01".into()), Precision::Month)
        );
        let lower = crate::text::fold("in May last year");
        assert_eq!(find_dates(&lower, 0, Some(d(PUB))).len(), 1);
    }

    #[test]
    fn an_amount_with_more_than_is_no_comparison() {
        assert_eq!(
            first("donors pledged more than $9 billion on Monday", PUB),
            (Some("2023-06-19".into()), Precision::Day)
        );
    }

    #[test]
    fn counted_days_follow_the_story_not_publication() {
        let day = |s: &str| (Some(s.to_string()), Precision::Day);
        // from the date told before, in this sentence or an earlier one
        assert_eq!(
            story(
                &[
                    "the envoys met on June 2.",
                    "Two days later the talks broke down."
                ],
                PUB
            ),
            vec![day("2023-06-02"), day("2023-06-04")]
        );
        assert_eq!(
            story(
                &["the ships sailed on Tuesday and were stopped the next day"],
                PUB
            ),
            vec![day("2023-06-13"), day("2023-06-14")]
        );
        assert_eq!(
            story(
                &["On May 30 the army said a patrol had crossed the line the previous day"],
                PUB
            ),
            vec![day("2023-05-30"), day("2023-05-29")]
        );
        // each counted date moves the story on
        assert_eq!(
            story(
                &["in talks on June 5", "a day later", "three days later"],
                PUB
            )[2],
            day("2023-06-09")
        );
        // weeks are known to the week, months to the month, from a day
        assert_eq!(
            story(&["on June 1", "the following week"], PUB)[1],
            (Some("2023-06-05".into()), Precision::Week)
        );
        assert_eq!(
            story(&["on March 3", "two months later"], PUB)[1],
            (Some("2023-05".into()), Precision::Month)
        );
        // never more precise than the date counted from
        assert_eq!(
            story(&["in April", "a week later"], PUB)[1],
            (Some("2023-04".into()), Precision::Month)
        );
        // with no date before, counted from publication
        assert_eq!(story(&["the day before"], PUB), vec![day("2023-06-18")]);
        // "the day before the vote" counts from the vote: no date
        assert!(story(&["they met the day before the vote"], PUB).is_empty());
        // "later this week" is publication's week, not the story's
        assert_eq!(
            story(&["on May 2", "later this week"], PUB)[1],
            (Some("2023-06-19".into()), Precision::Week)
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

    fn none(text: &str, pub_date: &str) -> bool {
        let lower = crate::text::fold(text);
        find_dates(&lower, 0, Some(d(pub_date))).is_empty()
    }

    #[test]
    fn a_day_named_without_a_year_in_the_coming_weeks_is_ahead() {
        // PUB is 2023-06-19: 1 July is days ahead, not a year back
        assert_eq!(
            first("the dividend is payable July 1 to holders", PUB)
                .0
                .as_deref(),
            Some("2023-07-01")
        );
        assert_eq!(
            first("the board meets on August 30 to vote", PUB)
                .0
                .as_deref(),
            Some("2023-08-30")
        );
        // far off and with nothing looking ahead: last year's
        assert_eq!(
            first("the envoy resigned on November 2", PUB).0.as_deref(),
            Some("2022-11-02")
        );
    }

    #[test]
    fn by_until_effective_and_deadline_look_ahead_for_half_a_year() {
        assert_eq!(
            first("talks must end by October 15", PUB).0.as_deref(),
            Some("2023-10-15")
        );
        assert_eq!(
            first("ahead of a Nov. 20 deadline", PUB).0.as_deref(),
            Some("2023-11-20")
        );
        assert_eq!(
            first("the ceasefire holds until May 12, 2024", PUB),
            (Some("2024-05-12".into()), Precision::Day)
        );
        assert_eq!(
            first("the rule applies until September", PUB).0.as_deref(),
            Some("2023-09")
        );
    }

    #[test]
    fn since_and_ended_look_back() {
        assert_eq!(
            first("the border has been shut since June 30", "2023-06-10")
                .0
                .as_deref(),
            Some("2022-06-30")
        );
        assert_eq!(
            first("sales in the year ended June 30", "2023-06-25")
                .0
                .as_deref(),
            Some("2023-06-30")
        );
        assert_eq!(
            first("sales in the year ended December 31", PUB)
                .0
                .as_deref(),
            Some("2022-12-31")
        );
    }

    #[test]
    fn a_month_in_the_next_two_is_ahead_and_this_month_is_this_year() {
        assert_eq!(
            first("the two sides agreed to meet in August", PUB)
                .0
                .as_deref(),
            Some("2023-08")
        );
        assert_eq!(
            first("the accord lapses this September", PUB).0.as_deref(),
            Some("2023-09")
        );
        assert_eq!(
            first("the envoy visited in October", PUB).0.as_deref(),
            Some("2022-10")
        );
    }

    #[test]
    fn a_range_names_the_year_of_its_start() {
        assert_eq!(
            first("in the period August 15 to December 31, 2021", PUB),
            (Some("2021-08-15".into()), Precision::Day)
        );
    }

    #[test]
    fn a_figure_compared_with_is_not_the_event_date() {
        assert!(none(
            "exports rose to 12 mln tonnes from 10 mln a year ago",
            PUB
        ));
        assert!(none("output was up 30 pct from a year ago", PUB));
        assert!(none("versus 130,000 week ago", PUB));
        assert!(none(
            "imports fell four pct in the same period last year",
            PUB
        ));
        assert_eq!(
            first("imports rose to 9 mln in May from 8 mln in April", PUB)
                .0
                .as_deref(),
            Some("2023-05")
        );
        // not a comparison: the date stays
        assert_eq!(
            first("the troops left two years ago", PUB).0.as_deref(),
            Some("2021")
        );
        assert!(none("sales in the like quarter a year ago", PUB));
        // "the same" before other nouns compares nothing
        assert_eq!(
            first("sanctions on the same officials two years ago", PUB)
                .0
                .as_deref(),
            Some("2021")
        );
    }

    #[test]
    fn numbers_and_names_that_only_look_like_dates() {
        assert!(none("as many as 30 may fall ill", PUB));
        assert!(none("some 5,000 march through the capital", PUB));
        assert!(none("the Sunday Times reported", PUB));
        assert!(none("prices rose March 1.5 pct", PUB));
        assert!(none("a poll in the Today newspaper", PUB));
    }

    #[test]
    fn the_weekend_is_the_last_one_unless_the_wording_looks_ahead() {
        // PUB is a Monday
        assert_eq!(
            first("the rebels attacked over the weekend", PUB),
            (Some("2023-06-17".into()), Precision::Week)
        );
        assert_eq!(
            first("the ministers will meet at the weekend", PUB)
                .0
                .as_deref(),
            Some("2023-06-24")
        );
        // late in the week, "this weekend" is the coming one
        assert_eq!(
            first("a summit this weekend", "2023-06-22").0.as_deref(),
            Some("2023-06-24")
        );
        assert_eq!(
            first("a summit this weekend", PUB).0.as_deref(),
            Some("2023-06-17")
        );
    }

    #[test]
    fn the_end_of_the_year_is_this_year_only_when_looking_ahead() {
        assert_eq!(
            first("troops will leave by the end of the year", PUB),
            (Some("2023".into()), Precision::Year)
        );
        assert_eq!(
            first("the deal lapsed at the end of last year", PUB),
            (Some("2022".into()), Precision::Year)
        );
        assert_eq!(
            first("reserves stood at 3 bln at year-end", PUB),
            (None, Precision::Unknown)
        );
    }

    #[test]
    fn quarters_halves_and_fiscal_years_are_known_to_the_year() {
        assert_eq!(
            first("aid rose in the fourth quarter", PUB),
            (Some("2022".into()), Precision::Year)
        );
        assert_eq!(
            first("aid rose in the first quarter", PUB),
            (Some("2023".into()), Precision::Year)
        );
        assert_eq!(
            first("aid will rise in the fourth quarter", PUB)
                .0
                .as_deref(),
            Some("2023")
        );
        assert_eq!(
            first("the second half of last year", PUB).0.as_deref(),
            Some("2022")
        );
        assert_eq!(
            first("the budget for fiscal 2024", PUB).0.as_deref(),
            Some("2024")
        );
        assert_eq!(
            first("the 2022 third quarter", PUB).0.as_deref(),
            Some("2022")
        );
        // the quarter is named by the date that follows
        assert_eq!(
            first("in its third quarter ended March 31", PUB)
                .0
                .as_deref(),
            Some("2023-03-31")
        );
    }

    #[test]
    fn a_span_of_two_years_is_left_unknown() {
        assert_eq!(
            first("the harvest in 2022/23 was poor", PUB),
            (None, Precision::Unknown)
        );
        assert_eq!(
            first("the deficit in fiscal 2021-22", PUB),
            (None, Precision::Unknown)
        );
    }

    #[test]
    fn seasons_are_known_to_the_year() {
        assert_eq!(
            first("the talks collapsed last autumn", PUB),
            (Some("2022".into()), Precision::Year)
        );
        assert_eq!(
            first("a visit planned for this winter", PUB).0.as_deref(),
            Some("2024")
        );
        assert_eq!(
            first("the truce signed last summer", PUB).0.as_deref(),
            Some("2022")
        );
        assert!(none("this fall in prices", PUB));
    }
}
