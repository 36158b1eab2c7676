//! Dictionary phrase matching: one Aho-Corasick automaton (leftmost-longest) over the folded
//! text, then whole-word and capitalisation checks, so that "Iran" does not fire inside
//! "Iranian", "US" does not fire on "us", and "South China Sea" is not read as "China".

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

use super::Folded;

/// How a phrase must be capitalised in the text to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseRule {
    /// Any capitalisation.
    Any,
    /// The text must start with a capital letter (proper names), and so must each later word
    /// written with one ("Russia Today" is not "Russia today").
    Capitalised(Vec<bool>),
    /// The text must be spelt exactly so, capitals included (acronyms: "US", "WHO").
    Exact(String),
}

impl CaseRule {
    /// The rule for a phrase as written in a dictionary: all-capital phrases with two or more
    /// letters are exact; in proper-name dictionaries a phrase written with a capital must meet
    /// a capital in the text ("al-Qaeda", written in lower case, matches as written).
    pub fn for_phrase(phrase: &str, proper_name: bool) -> CaseRule {
        let letters: Vec<char> = phrase.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
            CaseRule::Exact(fold_keep_case(phrase))
        } else if proper_name && phrase.chars().next().is_some_and(|c| c.is_uppercase()) {
            CaseRule::Capitalised(
                phrase
                    .split_whitespace()
                    .map(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .collect(),
            )
        } else {
            CaseRule::Any
        }
    }
}

/// Folds quotes and dashes like [`Folded`] but keeps case (for exact acronym checks).
pub fn fold_keep_case(s: &str) -> String {
    let lower = Folded::new(s).lower;
    // re-apply the original case character by character where lengths agree
    if lower.chars().count() == s.chars().count() {
        lower
            .chars()
            .zip(s.chars())
            .map(|(l, o)| {
                if o.is_uppercase() && l.is_lowercase() {
                    o
                } else {
                    l
                }
            })
            .collect()
    } else {
        s.to_string()
    }
}

/// One phrase match: a byte span of the folded text and the index of the phrase's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Start in the folded text.
    pub start: usize,
    /// End in the folded text.
    pub end: usize,
    /// Index into the values the set was built with.
    pub value: usize,
}

/// A compiled set of phrases.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    ac: Option<AhoCorasick>,
    /// Per automaton pattern: whether it is a prefix, and the entries spelt that way, each with
    /// its case rule and value; the first whose rule holds wins.
    entries: Vec<(bool, Vec<(CaseRule, usize)>)>,
}

/// A phrase to compile: its text, its value index, whether it is a proper name, and whether a
/// trailing `*` made it a prefix.
#[derive(Debug, Clone)]
pub struct PhraseSpec {
    /// The phrase as written (a trailing `*` marks a prefix).
    pub phrase: String,
    /// The value index reported on a match.
    pub value: usize,
    /// Proper names must be capitalised in the text.
    pub proper_name: bool,
}

impl PhraseSet {
    /// Compiles phrases. Empty phrases are ignored.
    pub fn new(specs: &[PhraseSpec]) -> PhraseSet {
        let mut pats: Vec<String> = Vec::new();
        let mut entries: Vec<(bool, Vec<(CaseRule, usize)>)> = Vec::new();
        let mut index: std::collections::HashMap<(String, bool), usize> =
            std::collections::HashMap::new();
        for s in specs {
            let (text, prefix) = match s.phrase.trim().strip_suffix('*') {
                Some(p) => (p.trim(), true),
                None => (s.phrase.trim(), false),
            };
            let folded = super::fold(text);
            if folded.is_empty() {
                continue;
            }
            let rule = CaseRule::for_phrase(text, s.proper_name);
            let i = *index.entry((folded.clone(), prefix)).or_insert_with(|| {
                pats.push(folded);
                entries.push((prefix, Vec::new()));
                entries.len() - 1
            });
            // exact spellings are tried before looser ones
            let e = &mut entries[i].1;
            let pos = if matches!(rule, CaseRule::Exact(_)) {
                e.iter()
                    .position(|(r, _)| !matches!(r, CaseRule::Exact(_)))
                    .unwrap_or(e.len())
            } else {
                e.len()
            };
            e.insert(pos, (rule, s.value));
        }
        let ac = (!pats.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&pats)
                .expect("phrase automaton")
        });
        PhraseSet { ac, entries }
    }

    /// Finds non-overlapping whole-word matches in `folded`. `original` is the text `folded` was
    /// made from (for case checks).
    pub fn find(&self, folded: &Folded, original: &str) -> Vec<PhraseMatch> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let hay = folded.lower.as_str();
        let bytes = hay.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        // after a match that fails its checks, a shorter phrase at the same start ("Gaza" in
        // "Gaza Stripped" when "Gaza Strip" is a phrase)
        let mut shorter: Option<(usize, usize)> = None;
        while pos < hay.len() {
            let retry = shorter.take();
            // (leftmost: a match in `s..lim` starts at `s` when any phrase does)
            let found = match retry {
                Some((s, lim)) => ac
                    .find(Input::new(hay).span(s..lim))
                    .filter(|m| m.start() == s),
                None => ac.find(Input::new(hay).span(pos..hay.len())),
            };
            let Some(m) = found else {
                if retry.is_some() {
                    continue;
                }
                break;
            };
            let (s, e) = (m.start(), m.end());
            let pid = m.pattern().as_usize();
            let (prefix, cands) = &self.entries[pid];
            let left_ok = s == 0 || !is_word_byte_before(hay, s);
            let mut end = e;
            let right_ok = if *prefix {
                // extend to the end of the word
                while end < bytes.len() && is_word_at(hay, end) {
                    end += hay[end..].chars().next().map_or(1, |c| c.len_utf8());
                }
                true
            } else {
                e >= hay.len() || !is_word_at(hay, e) || ends_non_word(&hay[s..e])
            };
            let hit = if left_ok && right_ok {
                cands
                    .iter()
                    .find(|(rule, _)| case_matches(rule, folded, original, s, e))
                    .map(|(_, v)| *v)
            } else {
                None
            };
            if let Some(value) = hit {
                out.push(PhraseMatch {
                    start: s,
                    end,
                    value,
                });
                pos = end;
            } else {
                // try again from the next character, after any shorter phrase at this start
                pos = s + hay[s..].chars().next().map_or(1, |c| c.len_utf8());
                if left_ok && e > pos {
                    shorter = Some((s, e - 1));
                }
            }
        }
        out
    }
}

fn ends_non_word(m: &str) -> bool {
    m.chars().last().is_some_and(|c| !c.is_alphanumeric())
}

fn is_word_at(hay: &str, i: usize) -> bool {
    hay[i..].chars().next().is_some_and(|c| c.is_alphanumeric())
}

fn is_word_byte_before(hay: &str, i: usize) -> bool {
    let starts_non_word = hay[i..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric());
    let mut back = hay[..i].chars().rev();
    let prev = back.next();
    // a dot, at-sign or slash joined to a word on both sides is inside one token: a ticker
    // ("BULP.PA"), an address ("un.org", "press@mfa"), a path ("en/news")
    let joined =
        matches!(prev, Some('.' | '@' | '/')) && back.next().is_some_and(|c| c.is_alphanumeric());
    !starts_non_word && (prev.is_some_and(|c| c.is_alphanumeric()) || joined)
}

fn case_matches(rule: &CaseRule, folded: &Folded, original: &str, s: usize, e: usize) -> bool {
    match rule {
        CaseRule::Any => true,
        CaseRule::Capitalised(words) => {
            let (os, oe) = folded.span_to_orig(s, e);
            let upper = |w: &str| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            };
            let text: Vec<&str> = original[os..oe].split_whitespace().collect();
            upper(&original[os..])
                && (text.len() != words.len()
                    || text.iter().zip(words).all(|(w, &cap)| !cap || upper(w)))
        }
        CaseRule::Exact(want) => {
            let (os, oe) = folded.span_to_orig(s, e);
            fold_keep_case(&original[os..oe]) == *want
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(phrases: &[(&str, bool)]) -> PhraseSet {
        let specs: Vec<PhraseSpec> = phrases
            .iter()
            .enumerate()
            .map(|(i, (p, proper))| PhraseSpec {
                phrase: p.to_string(),
                value: i,
                proper_name: *proper,
            })
            .collect();
        PhraseSet::new(&specs)
    }

    fn found(s: &PhraseSet, text: &str) -> Vec<String> {
        let f = Folded::new(text);
        s.find(&f, text)
            .iter()
            .map(|m| {
                let (a, b) = f.span_to_orig(m.start, m.end);
                text[a..b].to_string()
            })
            .collect()
    }

    #[test]
    fn whole_words_only() {
        let s = set(&[
            ("Iran", true),
            ("Iranian", true),
            ("China", true),
            ("South China Sea", true),
        ]);
        assert_eq!(
            found(&s, "Iranian drones over Iran's coast"),
            ["Iranian", "Iran"]
        );
        assert_eq!(
            found(&s, "China patrols the South China Sea"),
            ["China", "South China Sea"]
        );
        assert_eq!(found(&s, "Chinatown"), Vec::<String>::new());
    }

    #[test]
    fn a_shorter_phrase_at_the_same_start_when_the_longer_breaks_a_word() {
        let s = set(&[("Saudi", true), ("Saudi Arabia", true), ("South", false)]);
        assert_eq!(
            found(&s, "Saudi Arabians and Saudi Arabia; Southern"),
            ["Saudi", "Saudi Arabia"]
        );
    }

    #[test]
    fn no_match_inside_tickers_addresses_or_paths() {
        let s = set(&[("PA", true), ("UN", true), ("China", true)]);
        assert_eq!(
            found(
                &s,
                "Bull <BULP.PA> and www.UN.org wrote about news/China; PA and UN. China"
            ),
            ["PA", "UN", "China"]
        );
    }

    #[test]
    fn acronyms_are_case_exact_and_names_capitalised() {
        let s = set(&[("US", true), ("Turkey", true), ("officials", false)]);
        assert_eq!(
            found(&s, "US officials told us about turkey and Turkey"),
            ["US", "officials", "Turkey"]
        );
    }

    #[test]
    fn one_spelling_can_carry_several_entries() {
        let s = set(&[("NATO", true), ("Nato", true), ("al-Qaeda", true)]);
        assert_eq!(
            found(&s, "Nato and NATO and al-Qaeda"),
            ["Nato", "NATO", "al-Qaeda"]
        );
        let f = Folded::new("Nato NATO");
        let v: Vec<usize> = s.find(&f, "Nato NATO").iter().map(|m| m.value).collect();
        assert_eq!(v, [1, 0]);
    }

    #[test]
    fn prefix_phrases_take_the_whole_word() {
        let s = set(&[("sanction*", false)]);
        assert_eq!(
            found(&s, "new sanctions, sanctioned firms"),
            ["sanctions", "sanctioned"]
        );
    }

    #[test]
    fn curly_apostrophes_and_dotted_acronyms() {
        let s = set(&[("U.S.", true), ("Blinken", true)]);
        assert_eq!(
            found(&s, "Blinken’s trip to the U.S. capital"),
            ["Blinken", "U.S."]
        );
    }
}
