//! Sentence splitting: Unicode sentence boundaries (UAX #29), then repairs for what news text
//! needs: abbreviations ("Mr.", "Gen.", "U.S."), initials ("John F. Kennedy"), hard-wrapped
//! lines, and headings on their own line ("– ‘Quarrelling lovers’ –").

use unicode_segmentation::UnicodeSegmentation;

/// A sentence as a byte span of the original text (trimmed of surrounding whitespace).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "st", "mt", "ft", "jr", "sr", "no", "nos",
    "vol", "vs", "v", "etc", "inc", "corp", "co", "ltd", "bros", "dept", "univ", "est", "approx",
    "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s",
    "u.k", "u.n", "e.u", "i.e", "e.g", "al", "op", "cf", "pp", "ave", "blvd", "rd", "sq", "gens",
    "reps", "sens", "govt", "mln", "bln", "pct",
];

/// Words that start a new sentence after an ambiguous abbreviation such as "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "However",
    "Meanwhile",
    "Officials",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "As",
    "Some",
    "Many",
    "Last",
    "Earlier",
    "Later",
    "Both",
    "Neither",
    "Under",
    "Since",
    "Yet",
    "So",
    "Still",
];

/// Abbreviations that are often the last word of a sentence too ("... sanctions on the U.S.").
const AMBIGUOUS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "etc", "inc", "corp", "co", "ltd", "jr", "sr",
];

/// Splits `text` into sentences.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    // A single newline inside a paragraph (hard-wrapped text) is read as a space; a newline after
    // sentence punctuation, after a short line (heading) or before a blank line ends the sentence.
    let soft = soften_wrapped_lines(text);
    let mut raw: Vec<(usize, usize)> = Vec::new();
    for (i, s) in soft.split_sentence_bound_indices() {
        raw.push((i, i + s.len()));
    }
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in raw {
        if let Some(last) = merged.last_mut()
            && should_merge(text, last.0, last.1, s, e)
        {
            last.1 = e;
            continue;
        }
        merged.push((s, e));
    }
    merged
        .into_iter()
        .filter_map(|(s, e)| {
            let seg = &text[s..e];
            let lead = seg.len() - seg.trim_start().len();
            let trail = seg.len() - seg.trim_end().len();
            let (s2, e2) = (s + lead, e - trail);
            (s2 < e2).then_some(Sentence { start: s2, end: e2 })
        })
        .collect()
}

fn soften_wrapped_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lines: Vec<&str> = text.split('\n').collect();
    for (k, line) in lines.iter().enumerate() {
        out.push_str(line);
        if k + 1 == lines.len() {
            break;
        }
        let this = line.trim_end();
        let next = lines[k + 1].trim();
        let hard = this.is_empty()
            || next.is_empty()
            || this.chars().count() < 60
            || this.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')', ']'])
            || next.starts_with(['-', '–', '—', '*', '•', '#', '>']);
        out.push(if hard { '\n' } else { ' ' });
    }
    out
}

/// The last word of `seg` before its final full stop, lower-cased, if the segment ends "word.".
fn last_word_before_stop(seg: &str) -> Option<String> {
    let t = seg.trim_end();
    let t = t.strip_suffix('.')?;
    let word: String = t
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!word.is_empty()).then(|| word.to_lowercase())
}

fn should_merge(text: &str, ps: usize, pe: usize, s: usize, e: usize) -> bool {
    let prev = &text[ps..pe];
    // never merge across a line break: the segmenter only breaks there for real
    if prev.trim_end_matches([' ', '\t']).ends_with('\n') {
        return false;
    }
    let next = text[s..e].trim_start();
    let Some(word) = last_word_before_stop(prev) else {
        return false;
    };
    let next_first: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    // an initial: "John F. Kennedy"
    let is_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic()) && {
        let before = prev.trim_end().strip_suffix('.').unwrap_or(prev);
        let ch: Vec<char> = before.chars().rev().take(2).collect();
        ch.len() < 2 || !ch[1].is_alphanumeric()
    };
    if is_initial {
        return next.chars().next().is_some_and(|c| c.is_uppercase());
    }
    if ABBREVIATIONS.contains(&word.as_str()) {
        // an abbreviation alone is no sentence ("U.S. Officials said …", as some wires
        // capitalise after "U.S.")
        let alone = prev.trim().trim_end_matches('.').to_lowercase() == word;
        if AMBIGUOUS.contains(&word.as_str())
            && SENTENCE_STARTERS.contains(&next_first.as_str())
            && !alone
        {
            return false;
        }
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        split_sentences(t)
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn keeps_abbreviations_initials_and_decimals() {
        let t = "Mr. Blinken met Gen. Li at 4:30 p.m. on Monday. U.S. officials said growth was 3.5 percent. John F. Kennedy spoke.";
        assert_eq!(
            split(t),
            [
                "Mr. Blinken met Gen. Li at 4:30 p.m. on Monday.",
                "U.S. officials said growth was 3.5 percent.",
                "John F. Kennedy spoke."
            ]
        );
    }

    #[test]
    fn an_abbreviation_alone_is_no_sentence() {
        let t = "Iran denied it. U.S. Officials said the missiles had arrived.";
        assert_eq!(
            split(t),
            [
                "Iran denied it.",
                "U.S. Officials said the missiles had arrived."
            ]
        );
    }

    #[test]
    fn splits_after_us_when_a_new_sentence_starts() {
        let t = "China imposed sanctions on the U.S. The move drew protests.";
        assert_eq!(
            split(t),
            [
                "China imposed sanctions on the U.S.",
                "The move drew protests."
            ]
        );
    }

    #[test]
    fn headings_and_lines_are_their_own_sentences() {
        let t = "He said so.\n– ‘Quarrelling lovers’ –\nUS officials have voiced fears.";
        assert_eq!(
            split(t),
            [
                "He said so.",
                "– ‘Quarrelling lovers’ –",
                "US officials have voiced fears."
            ]
        );
    }

    #[test]
    fn joins_hard_wrapped_lines() {
        let t = "The foreign ministers of both countries met in Geneva on Tuesday and agreed\nto resume talks next month.";
        assert_eq!(split(t).len(), 1);
    }

    #[test]
    fn quotes_end_sentences() {
        let t = "“It is necessary,” he said. “We must act.” Wang added.";
        assert_eq!(
            split(t),
            [
                "“It is necessary,” he said.",
                "“We must act.”",
                "Wang added."
            ]
        );
    }
}
