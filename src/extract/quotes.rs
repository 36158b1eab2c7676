//! Quotes: direct quotations (between quotation marks) and reported statements ("Miller said",
//! "according to CCTV"), each attributed to a speaker where the sentence names one.

use super::actors::ActorMention;
use crate::text::{Token, TokenKind};

pub use crate::text::words::SPEECH_VERBS;

/// Whether a statement is a direct quotation or a reported statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Between quotation marks.
    Direct,
    /// Reported speech.
    Reported,
}

/// A quote or reported statement.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteHit {
    /// Sentence index.
    pub sentence: usize,
    /// Kind.
    pub kind: QuoteKind,
    /// Speaker mention (index into the article's mentions).
    pub speaker: Option<usize>,
    /// First token of the quoted words.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
}

/// Finds quotes in a sentence given its token range and its mentions. `last_speaker` is the
/// speaker of the previous statement, for "he said" and for quotes standing alone.
pub fn find_quotes(
    lower: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    sentence: usize,
    mentions: &[ActorMention],
    here: &[usize],
    last_speaker: Option<usize>,
) -> Vec<QuoteHit> {
    let word = |k: usize| {
        if k < tokens.len() {
            tokens[k].text(lower)
        } else {
            ""
        }
    };
    let mention_near = |a: usize, b: usize| -> Option<usize> {
        here.iter()
            .copied()
            .find(|&m| mentions[m].tok_start >= a && mentions[m].tok_start < b)
    };
    let pronoun_at = |a: usize, b: usize| (a..b).any(|k| matches!(word(k), "he" | "she" | "they"));
    // the speaker named around a speech verb in tokens a..b
    let speaker_in = |a: usize, b: usize| -> Option<Option<usize>> {
        let in_name = |k: usize| {
            here.iter()
                .any(|&m| mentions[m].tok_start <= k && k < mentions[m].tok_end)
        };
        let v = (a..b).find(|&k| {
            (SPEECH_VERBS.contains(&word(k)) || (word(k) == "according" && word(k + 1) == "to"))
                && !in_name(k)
        })?;
        if word(v) == "according" {
            return Some(mention_near(v + 2, (v + 8).min(end)));
        }
        // a report clause after a comma ("…, the sources said") has its speaker between the
        // comma and the verb, never in the words reported
        let clause = (a..v).rev().find(|&k| word(k) == ",").filter(|&c| {
            (c + 1..v).any(|k| {
                tokens[k].kind == TokenKind::Word
                    && !crate::text::words::AUXILIARIES.contains(&word(k))
            })
        });
        let a = clause.map_or(a, |c| c + 1);
        // a second verb of the subject ("Zelensky accused Moscow … and urged allies to"): the
        // speaker is the clause's subject, not an actor inside the first verb's object
        if v > a
            && word(v - 1) == "and"
            && let Some(m) = here.iter().copied().find(|&m| {
                let mm = &mentions[m];
                mm.tok_start >= a && mm.tok_end <= v && !mm.locative
            })
        {
            return Some(Some(m));
        }
        // "X said" (X before the verb): the last actor before it that is not inside a
        // prepositional phrase ("On the streets of Beijing, Sun Yi, 26, said")
        let before = here.iter().copied().rev().find(|&m| {
            let mm = &mentions[m];
            // the word before the noun phrase, articles aside
            let mut p = mm.tok_start;
            while p > start && matches!(word(p - 1), "the" | "a" | "an") {
                p -= 1;
            }
            let prev = if p > start { word(p - 1) } else { "" };
            mm.tok_end <= v
                && mm.tok_start >= a
                && !mm.locative
                && !matches!(
                    prev,
                    "of" | "in" | "on" | "at" | "from" | "with" | "to" | "for" | "(" | "-"
                )
                && word(mm.tok_end) != "-"
        });
        // a name the dictionaries do not know, nearer the verb than any actor
        let after_actor = before.map_or(a, |m| mentions[m].tok_end);
        let in_mention = |k: usize| {
            here.iter()
                .any(|&m| mentions[m].tok_start <= k && k < mentions[m].tok_end)
        };
        let unknown_name = (after_actor..v).any(|k| {
            tokens[k].kind == TokenKind::Word
                && tokens[k].cap
                && k > start
                && !in_mention(k)
                && !crate::text::words::not_a_name(word(k))
        });
        if unknown_name {
            return Some(None);
        }
        if let Some(m) = before {
            return Some(Some(m));
        }
        if pronoun_at(a, v) {
            return Some(last_speaker);
        }
        // a speaker the dictionaries do not know ("…, the sources said")
        if clause.is_some() {
            return Some(None);
        }
        // "…, said Miller": an inverted speaker right after the verb, only after a quote or comma
        let inverted = v > start && matches!(word(v - 1), "," | "\"");
        if inverted && let Some(m) = mention_near(v + 1, (v + 3).min(end)) {
            return Some(Some(m));
        }
        // nobody named: the speaker goes on from before ("But added: …")
        None
    };
    let mut out = Vec::new();
    // direct quotes: spans between quotation marks
    let mut k = start;
    let mut spans = Vec::new();
    while k < end {
        if word(k) == "\"" {
            if let Some(close) = (k + 1..end).find(|&j| word(j) == "\"") {
                spans.push((k + 1, close));
                k = close + 1;
                continue;
            } else if k + 1 < end {
                // a quote that runs to the end of the sentence
                spans.push((k + 1, end));
                break;
            }
        }
        k += 1;
    }
    for &(qs, qe) in &spans {
        if qe <= qs || qe - qs < 3 {
            continue; // scare quotes around a word or two
        }
        let after = speaker_in(qe, end);
        let before = speaker_in(start, qs);
        // "according to CCTV" names the outlet that reported it, not the speaker
        let is_media = |s: Option<Option<usize>>| {
            s.flatten()
                .is_some_and(|m| mentions[m].code.ends_with("MED"))
        };
        let speaker = match (after, before) {
            (Some(a), Some(b)) if is_media(Some(a)) && b.is_some() => b,
            (Some(a), _) => a,
            (None, Some(b)) => b,
            (None, None) => last_speaker,
        };
        out.push(QuoteHit {
            sentence,
            kind: QuoteKind::Direct,
            speaker,
            tok_start: qs,
            tok_end: qe,
        });
    }
    // reported statements: a speech verb outside quotes with a speaker
    if spans.is_empty() {
        for v in start..end {
            let w = word(v);
            if !SPEECH_VERBS.contains(&w) && !(w == "according" && word(v + 1) == "to") {
                continue;
            }
            if here
                .iter()
                .any(|&m| mentions[m].tok_start <= v && v < mentions[m].tok_end)
            {
                continue;
            }
            let found = if w == "according" {
                speaker_in(v, (v + 1).min(end))
            } else {
                speaker_in(start, (v + 1).min(end))
            };
            let Some(speaker) = found else {
                continue;
            };
            // the reported words: after the verb (and "that"), or before "X said" at the end
            let (mut qs, mut qe) = (v + 1, end);
            if w == "according" {
                (qs, qe) = (start, v.saturating_sub(1).max(start));
            } else if v + 3 >= end {
                // "…, the villagers said": the words before the comma that opens the speaker
                let comma = (start..v).rev().find(|&k| word(k) == ",");
                let speaker_start = here
                    .iter()
                    .copied()
                    .filter(|&m| mentions[m].tok_end <= v)
                    .map(|m| mentions[m].tok_start)
                    .next_back()
                    .unwrap_or(v);
                (qs, qe) = (start, comma.unwrap_or(speaker_start));
            }
            while qs < qe
                && (word(qs) == "that" || word(qs) == "," || tokens[qs].kind == TokenKind::Punct)
            {
                qs += 1;
            }
            while qe > qs && (word(qe - 1) == "," || word(qe - 1) == ".") {
                qe -= 1;
            }
            if qe > qs + 2 {
                out.push(QuoteHit {
                    sentence,
                    kind: QuoteKind::Reported,
                    speaker,
                    tok_start: qs,
                    tok_end: qe,
                });
            }
            break;
        }
    }
    out
}
