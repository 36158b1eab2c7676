//! `tension explain`: each sentence with the actors, events, issues and tone markers the coder
//! finds in it, and the pattern and time expression behind every event.

use std::io::Write;

use anyhow::{Context as _, bail};
use rusqlite::OptionalExtension;

use super::Context;
use crate::extract::Extraction;
use crate::ingest::parse_published;
use crate::store::Store;

/// Show how an article is read, sentence by sentence.
///
/// With DOC_ID the stored article is read again with the current dictionaries; with --sentence
/// (and --date for relative dates) any text is read without touching the database.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The doc_id of a stored article.
    #[arg(required_unless_present = "sentence")]
    doc_id: Option<String>,
    /// Text to read instead of a stored article.
    #[arg(long, conflicts_with = "doc_id")]
    sentence: Option<String>,
    /// Publication date for --sentence.
    #[arg(long)]
    date: Option<String>,
}

pub fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let ex = ctx.extractor()?;
    let (text, date, stored_version) = if let Some(s) = a.sentence {
        let d = match a.date {
            Some(d) => {
                parse_published(&d)
                    .map_err(|m| anyhow::anyhow!("--date: {m}"))?
                    .date
            }
            None => None,
        };
        (s, d, None)
    } else {
        let id = a.doc_id.unwrap_or_default();
        let store = Store::open_read_only(&ctx.db_path())?;
        let row: Option<(String, Option<String>, String)> = store
            .conn()
            .query_row(
                "SELECT text, published, coder_version FROM articles WHERE doc_id = ?1",
                [&id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .context("reading the article")?;
        let Some((text, published, version)) = row else {
            bail!(
                "no article with doc_id `{id}` in {}",
                ctx.db_path().display()
            );
        };
        let d = published
            .and_then(|p| parse_published(&p).ok())
            .and_then(|p| p.date);
        (text, d, Some(version))
    };
    let x = ex.extract(&text, date);
    let mut out = std::io::stdout().lock();
    if let Some(v) = stored_version
        && v != x.coder_version
    {
        writeln!(
            out,
            "note: stored with coder {v}; shown with the current coder {} (run `tension recode` to update the database)\n",
            x.coder_version
        )?;
    }
    print_extraction(&mut out, &x, date.map(|d| d.to_string()))?;
    Ok(0)
}

/// Prints an extraction sentence by sentence.
pub fn print_extraction(
    out: &mut impl Write,
    x: &Extraction,
    date: Option<String>,
) -> std::io::Result<()> {
    writeln!(
        out,
        "published {}  ·  {} words  ·  coder {}",
        date.as_deref().unwrap_or("unknown"),
        x.word_count,
        x.coder_version
    )?;
    for (i, s) in x.sentences.iter().enumerate() {
        let i = i as i64;
        writeln!(out, "\n[{i}] {}", s.text)?;
        let ms: Vec<String> = x
            .mentions
            .iter()
            .filter(|m| m.sentence == i)
            .map(|m| {
                let mut t = format!("{} → {}", m.text, m.actor);
                if let Some(p) = &m.person {
                    t.push_str(&format!(" ({p})"));
                }
                if m.locative {
                    t.push_str(" (place)");
                }
                t
            })
            .collect();
        if !ms.is_empty() {
            writeln!(out, "    actors  {}", ms.join(" · "))?;
        }
        for e in x
            .events
            .iter()
            .filter(|e| e.evidence.iter().any(|ev| ev.sentence == i))
        {
            let d = e.date.format().unwrap_or_else(|| "date unknown".into());
            let from = match (&e.date_phrase, e.date_basis.as_str()) {
                (Some(p), _) => format!("from “{p}”"),
                (None, "publication") => "publication date".to_string(),
                _ => "no date".to_string(),
            };
            writeln!(
                out,
                "    event   {} {} {} → {}  goldstein {}  {}  {} ({}, {})  pattern [{}]  conf {:.2}",
                e.code,
                e.plover.as_deref().unwrap_or("STATEMENT/APPEAL"),
                e.source_actor.as_deref().unwrap_or("?"),
                e.target_actor.as_deref().unwrap_or("?"),
                e.goldstein,
                e.modality.as_str(),
                d,
                e.date.precision.as_str(),
                from,
                e.pattern,
                e.confidence
            )?;
            writeln!(
                out,
                "            “{}”",
                e.evidence
                    .iter()
                    .find(|ev| ev.sentence == i)
                    .map_or("", |ev| ev.text.as_str())
            )?;
        }
        let is: Vec<&str> = x
            .sentence_issues
            .iter()
            .filter(|(s, _)| *s == i)
            .map(|(_, slug)| slug.as_str())
            .collect();
        if !is.is_empty() {
            writeln!(out, "    issues  {}", is.join(", "))?;
        }
        for m in x.markers.iter().filter(|m| m.sentence == i) {
            writeln!(
                out,
                "    tone    “{}” {} {:+}{}{}",
                m.phrase,
                m.category,
                m.weight,
                m.modifier
                    .as_ref()
                    .map_or(String::new(), |x| format!(" ({x})")),
                m.speaker_actor
                    .as_ref()
                    .map_or(String::new(), |s| format!(" said by {s}"))
            )?;
        }
        for q in x.quotes.iter().filter(|q| q.sentence == i) {
            writeln!(
                out,
                "    quote   {} by {}: “{}”",
                q.kind,
                q.speaker_actor.as_deref().unwrap_or("?"),
                q.text
            )?;
        }
    }
    writeln!(
        out,
        "\ncountries {}  ·  contexts {}  ·  issues {}",
        x.countries.join(";"),
        x.contexts.join(";"),
        x.issues
            .iter()
            .map(|i| i.slug.as_str())
            .collect::<Vec<_>>()
            .join(";")
    )?;
    writeln!(
        out,
        "tone {:.2} (positive {:.2}, negative {:.2}, polarity {:.2})  ·  diplomatic markers {} (mean weight {:.2})",
        x.tone.tone,
        x.tone.positive,
        x.tone.negative,
        x.tone.polarity,
        x.markers.len(),
        x.marker_balance
    )?;
    Ok(())
}
