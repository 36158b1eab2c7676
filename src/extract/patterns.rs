//! The event pattern language of `verbs.tsv`: parsing, inflection of `+word` elements, and the
//! index from a word to the patterns that can start there. Matching patterns against a sentence
//! is in `events.rs`.

use std::collections::HashMap;

use crate::text::{Folded, tokenize};

/// Which actor a slot stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The source (who acts).
    Source,
    /// The target (who is acted upon).
    Target,
}

/// One element of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// An actor slot.
    Slot(Role),
    /// Words: alternatives, each a token sequence; optional if marked `?`.
    Word {
        /// Token sequences any of which matches.
        alts: Vec<Vec<String>>,
        /// Whether the element may be absent.
        optional: bool,
        /// Whether the element was written `+word` (its forms include participles).
        inflected: bool,
    },
    /// `*`: up to four tokens.
    Gap,
    /// `'s`.
    Possessive,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// CAMEO code.
    pub code: String,
    /// The pattern as written.
    pub text: String,
    /// Elements.
    pub elems: Vec<Elem>,
    /// Number of word elements (specificity).
    pub literals: usize,
    /// Whether a passive reading is derived (`S +verb T …`).
    pub passive: bool,
    /// Slots written `S!`/`T!`: the pattern only holds when they name an actor ("S +hold T!":
    /// holding a person is detention, holding talks is not).
    pub required: Vec<Role>,
}

/// Particles and prepositions that end a phrasal verb ("hand over", "hit back").
const PARTICLES: &[&str] = &[
    "over", "back", "up", "down", "off", "out", "away", "for", "with", "to", "on", "at", "in",
    "by", "of", "from", "against", "into", "about",
];

/// Checks the syntax of a pattern, for `dict check`.
pub fn check_syntax(p: &str) -> Result<(), String> {
    let mut words = 0;
    let (mut s, mut t) = (0, 0);
    for e in p.split_whitespace() {
        match e {
            "S" | "S!" => s += 1,
            "T" | "T!" => t += 1,
            "*" | "'s" => {}
            _ => {
                let body = e.strip_suffix('?').unwrap_or(e);
                if body.is_empty()
                    || body
                        .split('|')
                        .any(|a| a.trim_start_matches('+').is_empty())
                {
                    return Err(format!("bad element `{e}` in pattern `{p}`"));
                }
                // alternatives are single words: "+hand over|+donate" reads as "+hand" then
                // "over|+donate", which is almost never what was meant (write two patterns)
                let alts: Vec<&str> = body.split('|').collect();
                if alts.len() > 1
                    && alts.iter().any(|a| a.starts_with('+'))
                    && alts.iter().any(|a| PARTICLES.contains(a))
                {
                    return Err(format!(
                        "element `{e}` in pattern `{p}` mixes a particle with other words: \
                         alternatives are single words, so write one pattern per phrase"
                    ));
                }
                if !e.ends_with('?') {
                    words += 1;
                }
            }
        }
    }
    if words == 0 {
        return Err(format!("pattern `{p}` has no required word"));
    }
    if s > 1 || t > 1 {
        return Err(format!("pattern `{p}` has a slot twice"));
    }
    Ok(())
}

fn tokens_of(word: &str) -> Vec<String> {
    let f = Folded::new(word);
    tokenize(&f.lower, word, |i| f.to_orig(i))
        .iter()
        .map(|t| t.text(&f.lower).to_string())
        .collect()
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Regular inflections of a word: base, -s, -ed, -ing (with the usual spelling rules; where a
/// final consonant may or may not double, both forms are produced).
pub fn regular_forms(w: &str) -> Vec<String> {
    let b = w.as_bytes();
    let n = b.len();
    let mut out = vec![w.to_string()];
    if n < 2 || !w.is_ascii() {
        return out;
    }
    let last = b[n - 1];
    let prev = b[n - 2];
    // -s
    if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
    {
        out.push(format!("{w}es"));
    } else if last == b'y' && !is_vowel(prev) {
        out.push(format!("{}ies", &w[..n - 1]));
    } else {
        out.push(format!("{w}s"));
    }
    // -ed, -ing
    if last == b'e' {
        out.push(format!("{w}d"));
        if w.ends_with("ee") || w.ends_with("ye") || w.ends_with("oe") {
            out.push(format!("{w}ing"));
        } else if w.ends_with("ie") {
            out.push(format!("{}ying", &w[..n - 2]));
        } else {
            out.push(format!("{}ing", &w[..n - 1]));
        }
    } else if last == b'y' && !is_vowel(prev) {
        out.push(format!("{}ied", &w[..n - 1]));
        out.push(format!("{w}ing"));
    } else {
        out.push(format!("{w}ed"));
        out.push(format!("{w}ing"));
        let cvc = n >= 3
            && !is_vowel(last)
            && is_vowel(prev)
            && !is_vowel(b[n - 3])
            && !matches!(last, b'w' | b'x' | b'y');
        if cvc {
            out.push(format!("{w}{}ed", last as char));
            out.push(format!("{w}{}ing", last as char));
        }
        if last == b'c' {
            out.push(format!("{w}ked"));
            out.push(format!("{w}king"));
        }
    }
    out
}

/// Noun forms of a word: the word and its regular plural.
pub fn noun_forms(w: &str) -> Vec<String> {
    regular_forms(w).into_iter().take(2).collect()
}

/// Compiles patterns; `irregular` maps a base to its listed forms.
pub fn compile(
    lines: &[(String, String)],
    irregular: &HashMap<String, Vec<String>>,
) -> Vec<Pattern> {
    let mut out = Vec::new();
    for (code, text) in lines {
        if check_syntax(text).is_err() {
            continue;
        }
        let mut elems = Vec::new();
        // a pattern that opens with a word is a noun event ("+attack by S on T"): its first word
        // takes noun forms only, so that it does not read a verb ("was attacked by")
        let noun_event = text
            .split_whitespace()
            .next()
            .is_some_and(|f| !matches!(f, "S" | "T" | "S!" | "T!" | "*" | "'s"));
        for (ei, e) in text.split_whitespace().enumerate() {
            let el = match e {
                "S" | "S!" => Elem::Slot(Role::Source),
                "T" | "T!" => Elem::Slot(Role::Target),
                "*" => Elem::Gap,
                "'s" => Elem::Possessive,
                _ => {
                    let (body, optional) = match e.strip_suffix('?') {
                        Some(b) => (b, true),
                        None => (e, false),
                    };
                    let mut alts: Vec<Vec<String>> = Vec::new();
                    let mut inflected = false;
                    for a in body.split('|') {
                        if let Some(w) = a.strip_prefix('+') {
                            inflected = true;
                            let toks = tokens_of(w);
                            let Some((lastw, head)) = toks.split_last() else {
                                continue;
                            };
                            let forms = if noun_event && ei == 0 {
                                noun_forms(lastw)
                            } else {
                                match irregular.get(lastw.as_str()) {
                                    Some(f) => {
                                        let mut v = vec![lastw.clone()];
                                        v.extend(f.iter().map(|x| x.to_lowercase()));
                                        v
                                    }
                                    None => regular_forms(lastw),
                                }
                            };
                            for f in forms {
                                let mut seq = head.to_vec();
                                seq.extend(tokens_of(&f));
                                if !alts.contains(&seq) {
                                    alts.push(seq);
                                }
                            }
                        } else {
                            let seq = tokens_of(a);
                            if !seq.is_empty() && !alts.contains(&seq) {
                                alts.push(seq);
                            }
                        }
                    }
                    Elem::Word {
                        alts,
                        optional,
                        inflected,
                    }
                }
            };
            elems.push(el);
        }
        let literals = elems
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    Elem::Word {
                        optional: false,
                        ..
                    }
                )
            })
            .count();
        // a passive reading: S +verb T ...
        let passive = matches!(elems.first(), Some(Elem::Slot(Role::Source)))
            && matches!(
                elems.get(1),
                Some(Elem::Word {
                    inflected: true,
                    optional: false,
                    ..
                })
            )
            && matches!(elems.get(2), Some(Elem::Slot(Role::Target)));
        let required = text
            .split_whitespace()
            .filter_map(|e| match e {
                "S!" => Some(Role::Source),
                "T!" => Some(Role::Target),
                _ => None,
            })
            .collect();
        out.push(Pattern {
            code: code.clone(),
            text: text.clone(),
            elems,
            literals,
            passive,
            required,
        });
    }
    out
}

/// Maps the first token of a pattern's first required word to the patterns starting there.
#[derive(Debug, Clone, Default)]
pub struct PatternIndex {
    /// Compiled patterns.
    pub patterns: Vec<Pattern>,
    by_first: HashMap<String, Vec<usize>>,
}

impl PatternIndex {
    /// Builds the index.
    pub fn new(patterns: Vec<Pattern>) -> PatternIndex {
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in patterns.iter().enumerate() {
            // index on every alternative of the first word element (optional ones included: the
            // matcher also tries the pattern from the next required word)
            for e in &p.elems {
                if let Elem::Word { alts, optional, .. } = e {
                    for a in alts {
                        if let Some(f) = a.first() {
                            let v = by_first.entry(f.clone()).or_default();
                            if !v.contains(&i) {
                                v.push(i);
                            }
                        }
                    }
                    if !optional {
                        break;
                    }
                }
            }
        }
        PatternIndex { patterns, by_first }
    }

    /// Patterns whose first word can start with `token`.
    pub fn starting_with(&self, token: &str) -> &[usize] {
        self.by_first.get(token).map_or(&[], |v| v.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_among_single_word_alternatives_is_refused() {
        assert!(check_syntax("S +hand over|+donate * worth of").is_err());
        assert!(check_syntax("S +hand over * worth of").is_ok());
        assert!(check_syntax("S +meet with|in T").is_ok());
    }

    #[test]
    fn regular_inflection() {
        let f = regular_forms("host");
        for w in ["host", "hosts", "hosted", "hosting"] {
            assert!(f.contains(&w.to_string()), "{w}");
        }
        let f = regular_forms("ban");
        assert!(f.contains(&"banned".to_string()) && f.contains(&"banning".to_string()));
        let f = regular_forms("shelve");
        assert!(f.contains(&"shelved".to_string()) && f.contains(&"shelving".to_string()));
        let f = regular_forms("ally");
        assert!(f.contains(&"allies".to_string()) && f.contains(&"allied".to_string()));
        let f = regular_forms("accuse");
        assert!(f.contains(&"accuses".to_string()) && f.contains(&"accusing".to_string()));
    }

    #[test]
    fn compiles_irregulars_alternatives_and_passive_flag() {
        let mut irr = HashMap::new();
        irr.insert(
            "meet".to_string(),
            vec![
                "meets".to_string(),
                "met".to_string(),
                "meeting".to_string(),
            ],
        );
        let p = compile(
            &[
                ("040".into(), "S +meet with? T".into()),
                ("111".into(), "S +accuse T of".into()),
            ],
            &irr,
        );
        match &p[0].elems[1] {
            Elem::Word { alts, .. } => assert!(alts.contains(&vec!["met".to_string()])),
            e => panic!("{e:?}"),
        }
        assert!(!p[0].passive);
        assert!(p[1].passive);
        assert_eq!(p[1].literals, 2);
    }

    #[test]
    fn syntax_errors_are_reported() {
        assert!(check_syntax("S T").is_err());
        assert!(check_syntax("S S +meet").is_err());
        assert!(check_syntax("+talk between S and T").is_ok());
    }
}
