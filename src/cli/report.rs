//! `tension report`: trends, pairs, issues, events, actors. Each prints a table on the terminal,
//! or writes CSV (`--csv PATH`, `-` for stdout) or JSON (`--json`) for machines. The index is
//! defined in docs/tension-index.md; the CSV columns in docs/exports.md.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::NaiveDate;
use comfy_table::{CellAlignment, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::Context;
use crate::dict::Dictionaries;
use crate::report::csv_out::CsvOut;
use crate::report::dyad::{Dyad, resolve_state};
use crate::report::period::{PeriodKind, parse_bound};
use crate::report::sparkline::{range, sparkline};
use crate::report::trend::{TrendOptions, TrendReport};
use crate::report::{actors, chart, events, issues, pairs, trend};
use crate::store::{Cell, Store, format_real};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The tension index of a pair of states over time, with its components, rolling mean,
    /// change, z-score, spike/thaw flags and the top event of each period.
    ///
    /// Example: tension report trend --pair USA:CHN --by month --csv exports/usa-chn.csv
    /// --chart exports/usa-chn.svg
    Trend(TrendArgs),
    /// The tensest pairs of states in a period (the latest by default), with the change from
    /// the period before and a sparkline of the recent ones. Ranked by the index drawn towards
    /// 50 by its confidence, so that a single report does not outrank months of evidence.
    Pairs(PairsArgs),
    /// What a pair's relations are about: per period, the share of its articles and stories
    /// that concern each issue.
    Issues(IssuesArgs),
    /// The events behind the numbers: a pair's stories between two dates, each once however
    /// many articles report it, with its evidence sentence.
    Events(EventsArgs),
    /// Who acts and speaks most, and how: events as source and target, tone, quotes.
    Actors(ActorsArgs),
}

/// Where a report goes besides the terminal.
#[derive(Debug, clap::Args)]
pub struct Output {
    /// Write CSV to this file (`-` for stdout) instead of a table.
    #[arg(long, value_name = "PATH")]
    csv: Option<PathBuf>,
    /// Write JSON to stdout instead of a table.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
}

/// Arguments of `report trend`.
#[derive(Debug, clap::Args)]
pub struct TrendArgs {
    /// The pair: A:B for both ways (ISO codes or names: USA:CHN, china:usa), A>B for what A
    /// does and says towards B.
    #[arg(long, value_name = "A:B")]
    pair: String,
    /// Period length.
    #[arg(long, value_enum, default_value = "month")]
    by: PeriodKind,
    /// First day (YYYY-MM-DD, YYYY-MM or YYYY); default: the first period with data.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day (YYYY-MM-DD, YYYY-MM or YYYY); default: the last period with data.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Draw the trend into this SVG file, spikes and thaws marked.
    #[arg(long, value_name = "PATH.svg")]
    chart: Option<PathBuf>,
    /// Periods in the rolling mean.
    #[arg(long, default_value_t = 3)]
    window: usize,
    /// Periods of trailing baseline for the z-score.
    #[arg(long, default_value_t = 6)]
    baseline: usize,
    /// |z| from which a period is flagged as a spike or a thaw.
    #[arg(long, default_value_t = 2.0)]
    z: f64,
    /// Top events listed per period (JSON lists them all; the table and CSV show the first).
    #[arg(long, default_value_t = 3)]
    top: usize,
    #[command(flatten)]
    out: Output,
}

/// Arguments of `report pairs`.
#[derive(Debug, clap::Args)]
pub struct PairsArgs {
    /// Period length.
    #[arg(long, value_enum, default_value = "month")]
    by: PeriodKind,
    /// The period (2024-05, 2024-Q2, 2024-W20, 2024); default: the latest with a story.
    #[arg(long, value_name = "KEY")]
    period: Option<String>,
    /// How many pairs.
    #[arg(long, default_value_t = 20)]
    top: usize,
    /// Leave out pairs with fewer stories in the period.
    #[arg(long, default_value_t = 1)]
    min_stories: i64,
    /// Periods in the sparkline (the current one included).
    #[arg(long, default_value_t = 6)]
    history: usize,
    #[command(flatten)]
    out: Output,
}

/// Arguments of `report issues`.
#[derive(Debug, clap::Args)]
pub struct IssuesArgs {
    /// The pair (A:B; ISO codes or names).
    #[arg(long, value_name = "A:B")]
    pair: String,
    /// Period length.
    #[arg(long, value_enum, default_value = "month")]
    by: PeriodKind,
    /// First day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Issues shown in the table (CSV and JSON have all).
    #[arg(long, default_value_t = 15)]
    top: usize,
    #[command(flatten)]
    out: Output,
}

/// Arguments of `report events`.
#[derive(Debug, clap::Args)]
pub struct EventsArgs {
    /// The pair: A:B for both ways, A>B for what A does towards B.
    #[arg(long, value_name = "A:B")]
    pair: String,
    /// First day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only the N weightiest stories (by conflict or cooperation score and reports).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// At most this many stories.
    #[arg(long, default_value_t = 500)]
    limit: usize,
    #[command(flatten)]
    out: Output,
}

/// Arguments of `report actors`.
#[derive(Debug, clap::Args)]
pub struct ActorsArgs {
    /// Only this state's actors: the state, its bodies and its people (code or name).
    #[arg(long, value_name = "STATE")]
    country: Option<String>,
    /// First day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// How many actors.
    #[arg(long, default_value_t = 25)]
    top: usize,
    #[command(flatten)]
    out: Output,
}

pub fn run(ctx: &Context, c: Command) -> anyhow::Result<u8> {
    let store = Store::open_read_only(&ctx.db_path())?;
    let mut dict = DictCache::new(ctx);
    match c {
        Command::Trend(a) => run_trend(&store, &mut dict, a),
        Command::Pairs(a) => run_pairs(&store, a),
        Command::Issues(a) => run_issues(&store, &mut dict, a),
        Command::Events(a) => run_events(&store, &mut dict, a),
        Command::Actors(a) => run_actors(&store, &mut dict, a),
    }
}

/// The dictionaries, loaded on first need (names of states, CAMEO names).
struct DictCache<'a> {
    ctx: &'a Context,
    loaded: Option<Result<Dictionaries, String>>,
}

impl DictCache<'_> {
    fn new(ctx: &Context) -> DictCache<'_> {
        DictCache { ctx, loaded: None }
    }

    fn get(&mut self) -> Result<&Dictionaries, &str> {
        let ctx = self.ctx;
        self.loaded
            .get_or_insert_with(|| {
                super::load_dict(ctx.dict.as_deref()).map_err(|e| format!("{e:#}"))
            })
            .as_ref()
            .map_err(|e| e.as_str())
    }

    /// Resolves a pair, loading the dictionaries only for names (ISO codes need none).
    fn pair(&mut self, s: &str) -> anyhow::Result<Dyad> {
        if let Ok(d) = Dyad::parse(s, None) {
            if let Ok(dict) = self.get() {
                return Dyad::parse(s, Some(dict)).map_err(anyhow::Error::msg);
            }
            return Ok(d);
        }
        match self.get() {
            Ok(dict) => Dyad::parse(s, Some(dict)).map_err(anyhow::Error::msg),
            Err(e) => Err(anyhow::anyhow!(
                "cannot resolve `{s}` to ISO codes: {e}\n(ISO codes such as USA:CHN work without the dictionaries)"
            )),
        }
    }

    fn state(&mut self, s: &str) -> anyhow::Result<String> {
        match self.get() {
            Ok(dict) => resolve_state(s, Some(dict)).map_err(anyhow::Error::msg),
            Err(_) => resolve_state(s, None).map_err(anyhow::Error::msg),
        }
    }

    fn cameo_name(&mut self, code: &str) -> Option<String> {
        self.get()
            .ok()
            .and_then(|d| d.cameo_code(code))
            .map(|c| c.name.clone())
    }
}

fn bounds(
    from: Option<&str>,
    to: Option<&str>,
) -> anyhow::Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let f = from
        .map(|s| parse_bound(s, false))
        .transpose()
        .map_err(|e| anyhow::anyhow!("--from: {e}"))?;
    let t = to
        .map(|s| parse_bound(s, true))
        .transpose()
        .map_err(|e| anyhow::anyhow!("--to: {e}"))?;
    if let (Some(f), Some(t)) = (f, t)
        && f > t
    {
        anyhow::bail!("--from {f} is after --to {t}");
    }
    Ok((f, t))
}

/// Writes CSV rows under a header; returns the number of rows.
pub(super) fn write_csv(
    path: &Path,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<Cell>>,
) -> anyhow::Result<usize> {
    let mut w =
        CsvOut::create(Some(path)).with_context(|| format!("cannot write {}", path.display()))?;
    w.header(header)?;
    for r in rows {
        w.cells(&r)?;
    }
    let n = w.rows();
    w.finish()?;
    Ok(n)
}

fn write_json<T: serde::Serialize>(v: &T) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

fn wrote(path: &Path, n: usize) {
    if path.as_os_str() != "-" {
        eprintln!(
            "wrote {} ({n} row{})",
            path.display(),
            if n == 1 { "" } else { "s" }
        );
    }
}

fn new_table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec());
    t
}

fn num(v: Option<f64>, decimals: usize) -> String {
    v.map_or(String::new(), |v| format!("{v:.decimals$}"))
}

fn signed(v: Option<f64>, decimals: usize) -> String {
    v.map_or(String::new(), |v| format!("{v:+.decimals$}"))
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

fn right_align(t: &mut Table, cols: &[usize]) {
    for &c in cols {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
}

// trend ------------------------------------------------------------------------------------

fn run_trend(store: &Store, dict: &mut DictCache, a: TrendArgs) -> anyhow::Result<u8> {
    let pair = dict.pair(&a.pair)?;
    let (from, to) = bounds(a.from.as_deref(), a.to.as_deref())?;
    let opts = TrendOptions {
        window: a.window,
        baseline: a.baseline,
        z_threshold: a.z,
        ..TrendOptions::default()
    };
    let rep = trend::build(store, &pair, a.by, from, to, &opts, a.top)?;
    if rep.is_empty() {
        eprintln!(
            "note: no counted events or tone for {} in the {} periods asked for{}",
            pair.label(),
            a.by.adjective(),
            if a.out.csv.is_some() {
                "; wrote the header only"
            } else {
                ""
            }
        );
    }
    if let Some(p) = &a.chart {
        chart::draw(&rep, p)?;
        eprintln!("wrote {}", p.display());
    }
    if let Some(p) = &a.out.csv {
        let n = write_trend_csv(&rep, p)?;
        wrote(p, n);
    } else if a.out.json {
        write_json(&rep)?;
    } else if !rep.is_empty() {
        print_trend(store, &rep)?;
    }
    Ok(0)
}

/// Writes a trend as CSV.
pub(super) fn write_trend_csv(rep: &TrendReport, path: &Path) -> anyhow::Result<usize> {
    write_csv(
        path,
        trend::CSV_HEADER,
        rep.rows.iter().map(|r| trend::csv_cells(rep, r)),
    )
}

fn pair_title(store: &Store, pair: &Dyad) -> String {
    let names = store.state_names().unwrap_or_default();
    let name = |c: &str| names.get(c).cloned().unwrap_or_else(|| c.to_string());
    match &pair.from {
        None => format!("{} – {}", name(&pair.a), name(&pair.b)),
        Some(f) => {
            let to = if *f == pair.a { &pair.b } else { &pair.a };
            format!("{} → {}", name(f), name(to))
        }
    }
}

fn print_trend(store: &Store, rep: &TrendReport) -> anyhow::Result<()> {
    let values = rep.values();
    let (lo, hi) = range([values.as_slice()]);
    println!(
        "Tension index {} ({}), {}: {} … {}",
        rep.pair.label(),
        pair_title(store, &rep.pair),
        rep.by.adjective(),
        rep.rows.first().map_or("", |r| r.period.as_str()),
        rep.rows.last().map_or("", |r| r.period.as_str()),
    );
    println!(
        "{}  ({} … {})",
        sparkline(&values, lo, hi),
        num(Some(lo), 1),
        num(Some(hi), 1)
    );
    let mut t = new_table(&[
        "period",
        "index",
        "conf",
        "change",
        "z",
        "flag",
        "trend",
        "stories",
        "coop v/m",
        "conflict v/m",
        "goldstein",
        "tone",
        "articles",
        "top event",
    ]);
    for (i, r) in rep.rows.iter().enumerate() {
        let c = &r.components;
        let top = r.top.first().map_or(String::new(), |s| {
            format!(
                "{} {}→{}: {}",
                s.cameo_code,
                s.source,
                s.target,
                clip(&s.evidence, 70)
            )
        });
        t.add_row(vec![
            r.period.clone(),
            num(r.reading.index, 1),
            num(Some(r.reading.confidence), 2),
            signed(r.stats.change, 1),
            signed(r.stats.zscore, 1),
            r.stats
                .flag
                .map_or(String::new(), |f| f.as_str().to_string()),
            sparkline(&values[(i + 1).saturating_sub(8)..=i], lo, hi),
            c.stories.to_string(),
            format!("{}/{}", c.quad[0], c.quad[1]),
            format!("{}/{}", c.quad[2], c.quad[3]),
            num(c.mean_goldstein(), 2),
            num(c.tone_balance(), 2),
            c.articles.to_string(),
            top,
        ]);
    }
    right_align(&mut t, &[1, 2, 3, 4, 7, 10, 11, 12]);
    println!("{t}");
    Ok(())
}

// pairs ------------------------------------------------------------------------------------

fn run_pairs(store: &Store, a: PairsArgs) -> anyhow::Result<u8> {
    let period = a
        .period
        .as_deref()
        .map(|k| {
            a.by.parse_key(k).with_context(|| {
                format!(
                    "--period {k}: not a {} key (e.g. {})",
                    a.by.as_str(),
                    example_key(a.by)
                )
            })
        })
        .transpose()?;
    let rep = pairs::build(store, a.by, period, a.top, a.min_stories, a.history)?;
    if rep.rows.is_empty() {
        eprintln!(
            "note: no pair has {} counted stor{} in {}{}",
            a.min_stories.max(1),
            if a.min_stories > 1 { "ies" } else { "y" },
            if rep.period.is_empty() {
                "the database".to_string()
            } else {
                rep.period.clone()
            },
            if a.out.csv.is_some() {
                "; wrote the header only"
            } else {
                ""
            }
        );
    }
    if let Some(p) = &a.out.csv {
        let n = write_pairs_csv(&rep, p)?;
        wrote(p, n);
    } else if a.out.json {
        write_json(&rep)?;
    } else if !rep.rows.is_empty() {
        println!(
            "Tensest pairs, {} {} (sparkline: {} … {})",
            a.by.as_str(),
            rep.period,
            rep.history_periods.first().map_or("", String::as_str),
            rep.history_periods.last().map_or("", String::as_str),
        );
        println!("{}", pairs_table(store, &rep));
    }
    Ok(0)
}

fn example_key(by: PeriodKind) -> &'static str {
    match by {
        PeriodKind::Day => "2024-05-14",
        PeriodKind::Week => "2024-W20",
        PeriodKind::Month => "2024-05",
        PeriodKind::Quarter => "2024-Q2",
        PeriodKind::Year => "2024",
    }
}

/// Writes the leaderboard as CSV.
pub(super) fn write_pairs_csv(rep: &pairs::PairsReport, path: &Path) -> anyhow::Result<usize> {
    write_csv(
        path,
        pairs::CSV_HEADER,
        rep.rows.iter().map(|r| pairs::csv_cells(rep, r)),
    )
}

/// The leaderboard as a terminal table.
pub(super) fn pairs_table(store: &Store, rep: &pairs::PairsReport) -> Table {
    let names = store.state_names().unwrap_or_default();
    let name = |c: &str| names.get(c).cloned().unwrap_or_else(|| c.to_string());
    let hist: Vec<&[Option<f64>]> = rep.rows.iter().map(|r| r.history.as_slice()).collect();
    let (lo, hi) = range(hist);
    let mut t = new_table(&[
        "#",
        "pair",
        "states",
        "index",
        "conf",
        "change",
        "recent",
        "stories",
        "conflict",
        "goldstein",
        "tone",
        "articles",
    ]);
    for r in &rep.rows {
        let c = &r.components;
        t.add_row(vec![
            r.rank.to_string(),
            r.pair.label(),
            format!("{} – {}", name(&r.pair.a), name(&r.pair.b)),
            num(r.reading.index, 1),
            num(Some(r.reading.confidence), 2),
            signed(r.change, 1),
            sparkline(&r.history, lo, hi),
            c.stories.to_string(),
            c.conflict_share()
                .map_or(String::new(), |s| format!("{:.0}%", s * 100.0)),
            num(c.mean_goldstein(), 2),
            num(c.tone_balance(), 2),
            c.articles.to_string(),
        ]);
    }
    right_align(&mut t, &[0, 3, 4, 5, 7, 8, 9, 10, 11]);
    t
}

// issues -----------------------------------------------------------------------------------

fn run_issues(store: &Store, dict: &mut DictCache, a: IssuesArgs) -> anyhow::Result<u8> {
    let pair = dict.pair(&a.pair)?;
    let (from, to) = bounds(a.from.as_deref(), a.to.as_deref())?;
    let rep = issues::build(store, &pair, a.by, from, to)?;
    if rep.rows.is_empty() {
        eprintln!(
            "note: no issues found for {}{}",
            rep.pair.label(),
            if a.out.csv.is_some() {
                "; wrote the header only"
            } else {
                ""
            }
        );
    }
    if let Some(p) = &a.out.csv {
        let n = write_issues_csv(&rep, p)?;
        wrote(p, n);
    } else if a.out.json {
        write_json(&rep)?;
    } else if !rep.rows.is_empty() {
        print_issues(store, &rep, a.top);
    }
    Ok(0)
}

/// Writes issue salience as CSV.
pub(super) fn write_issues_csv(rep: &issues::IssuesReport, path: &Path) -> anyhow::Result<usize> {
    write_csv(
        path,
        issues::CSV_HEADER,
        rep.rows.iter().map(|r| issues::csv_cells(rep, r)),
    )
}

fn print_issues(store: &Store, rep: &issues::IssuesReport, top: usize) {
    use std::collections::BTreeMap;
    // per issue: name, totals, share per period
    struct Acc {
        name: String,
        articles: i64,
        stories: i64,
        shares: Vec<Option<f64>>,
    }
    let idx: BTreeMap<&str, usize> = rep
        .periods
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut by_issue: BTreeMap<&str, Acc> = BTreeMap::new();
    let mut pair_articles = vec![0i64; rep.periods.len()];
    for r in &rep.rows {
        let e = by_issue.entry(r.issue.as_str()).or_insert_with(|| Acc {
            name: r.name.clone(),
            articles: 0,
            stories: 0,
            shares: vec![None; rep.periods.len()],
        });
        e.articles += r.articles;
        e.stories += r.stories;
        if let Some(&i) = idx.get(r.period.as_str()) {
            e.shares[i] = r.article_share;
            pair_articles[i] = r.pair_articles;
        }
    }
    let total_articles: i64 = pair_articles.iter().sum();
    let mut v: Vec<(&str, Acc)> = by_issue.into_iter().collect();
    v.sort_by(|x, y| {
        (y.1.articles + y.1.stories)
            .cmp(&(x.1.articles + x.1.stories))
            .then(x.0.cmp(y.0))
    });
    println!(
        "Issues of {} ({}), {}: {} … {}",
        rep.pair.label(),
        pair_title(store, &rep.pair),
        rep.by.adjective(),
        rep.periods.first().map_or("", String::as_str),
        rep.periods.last().map_or("", String::as_str),
    );
    let mut t = new_table(&[
        "issue",
        "name",
        "articles",
        "share",
        "stories",
        "share by period",
    ]);
    for (slug, acc) in v.iter().take(top) {
        t.add_row(vec![
            slug.to_string(),
            acc.name.clone(),
            acc.articles.to_string(),
            if total_articles > 0 {
                format!(
                    "{:.0}%",
                    100.0 * acc.articles as f64 / total_articles as f64
                )
            } else {
                String::new()
            },
            acc.stories.to_string(),
            sparkline(&acc.shares, 0.0, 1.0),
        ]);
    }
    right_align(&mut t, &[2, 3, 4]);
    println!("{t}");
    if v.len() > top {
        eprintln!("{} more issue(s) in --csv or --json", v.len() - top);
    }
}

// events -----------------------------------------------------------------------------------

fn run_events(store: &Store, dict: &mut DictCache, a: EventsArgs) -> anyhow::Result<u8> {
    let pair = dict.pair(&a.pair)?;
    let (from, to) = bounds(a.from.as_deref(), a.to.as_deref())?;
    let rows = events::build(store, &pair, from, to, a.top, a.limit)?;
    if rows.is_empty() {
        eprintln!(
            "note: no counted events for {} in that span{}",
            pair.label(),
            if a.out.csv.is_some() {
                "; wrote the header only"
            } else {
                ""
            }
        );
    }
    if let Some(p) = &a.out.csv {
        let named: Vec<Vec<Cell>> = rows
            .iter()
            .map(|s| events::csv_cells(s, dict.cameo_name(&s.cameo_code).as_deref()))
            .collect();
        let n = write_csv(p, events::CSV_HEADER, named)?;
        wrote(p, n);
    } else if a.out.json {
        write_json(&rows)?;
    } else if !rows.is_empty() {
        let mut t = new_table(&[
            "date",
            "who",
            "code",
            "event",
            "goldstein",
            "sources",
            "doc",
            "evidence",
        ]);
        for s in &rows {
            t.add_row(vec![
                s.date.clone(),
                format!(
                    "{}{}{}",
                    s.source,
                    if s.symmetric { "↔" } else { "→" },
                    s.target
                ),
                s.cameo_code.clone(),
                dict.cameo_name(&s.cameo_code).unwrap_or_default(),
                format_real(s.goldstein),
                s.sources.to_string(),
                s.doc_id.clone(),
                s.evidence.clone(),
            ]);
        }
        right_align(&mut t, &[4, 5]);
        println!("{t}");
        if rows.len() == a.limit {
            eprintln!("note: stopped at --limit {}", a.limit);
        }
    }
    Ok(0)
}

// actors -----------------------------------------------------------------------------------

fn run_actors(store: &Store, dict: &mut DictCache, a: ActorsArgs) -> anyhow::Result<u8> {
    let country = a.country.as_deref().map(|c| dict.state(c)).transpose()?;
    let (from, to) = bounds(a.from.as_deref(), a.to.as_deref())?;
    let rows = actors::build(store, country.as_deref(), from, to, a.top)?;
    if rows.is_empty() {
        eprintln!(
            "note: no actors found{}",
            if a.out.csv.is_some() {
                "; wrote the header only"
            } else {
                ""
            }
        );
    }
    if let Some(p) = &a.out.csv {
        let n = write_csv(p, actors::CSV_HEADER, rows.iter().map(actors::csv_cells))?;
        wrote(p, n);
    } else if a.out.json {
        write_json(&rows)?;
    } else if !rows.is_empty() {
        let mut t = new_table(&[
            "actor",
            "name",
            "kind",
            "acted",
            "goldstein",
            "conflict",
            "targeted",
            "goldstein",
            "markers",
            "tone",
            "quotes",
        ]);
        for r in &rows {
            t.add_row(vec![
                r.code.clone(),
                r.name.clone(),
                r.kind.clone(),
                r.acted.to_string(),
                num(r.acted_goldstein, 2),
                r.acted_conflict_share
                    .map_or(String::new(), |s| format!("{:.0}%", s * 100.0)),
                r.targeted.to_string(),
                num(r.targeted_goldstein, 2),
                r.markers.to_string(),
                num(r.tone_balance, 2),
                r.quotes.to_string(),
            ]);
        }
        right_align(&mut t, &[3, 4, 5, 6, 7, 8, 9, 10]);
        println!("{t}");
    }
    Ok(0)
}
