//! Issues: what an article and each of its sentences are about, from the phrases of
//! `issues.tsv`. Weak phrases ("balloon", "chips") count only next to one of their cue words
//! in the same sentence.

use std::collections::HashMap;

use crate::dict::Dictionaries;
use crate::text::Folded;
use crate::text::phrases::{PhraseSet, PhraseSpec};

/// The compiled issue dictionary.
#[derive(Debug, Clone)]
pub struct IssueIndex {
    phrases: PhraseSet,
    /// (issue, weak) per phrase value.
    phrase_of: Vec<(usize, bool)>,
    /// Per issue: whether it is a natural resource (its name before a ship or an installation
    /// only says what it carries or pumps).
    commodity: Vec<bool>,
    cues: PhraseSet,
    /// issues per cue value.
    cue_of: Vec<Vec<usize>>,
}

/// One issue named in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueHit {
    /// Index into the dictionary's issues.
    pub issue: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Byte span in the folded text.
    pub start: usize,
    /// End.
    pub end: usize,
}

impl IssueIndex {
    /// Compiles the dictionary.
    pub fn new(d: &Dictionaries) -> IssueIndex {
        let mut specs = Vec::new();
        let mut phrase_of = Vec::new();
        let mut cue_ids: HashMap<String, usize> = HashMap::new();
        let mut cue_specs = Vec::new();
        let mut cue_of: Vec<Vec<usize>> = Vec::new();
        let commodity = d
            .issues
            .iter()
            .map(|is| is.context == "natural_resource")
            .collect();
        for (i, is) in d.issues.iter().enumerate() {
            for p in &is.phrases {
                specs.push(PhraseSpec {
                    phrase: p.clone(),
                    value: phrase_of.len(),
                    proper_name: false,
                });
                phrase_of.push((i, false));
            }
            for p in &is.weak {
                specs.push(PhraseSpec {
                    phrase: p.clone(),
                    value: phrase_of.len(),
                    proper_name: false,
                });
                phrase_of.push((i, true));
            }
            for c in &is.cues {
                let key = c.to_lowercase();
                let id = *cue_ids.entry(key).or_insert_with(|| {
                    cue_specs.push(PhraseSpec {
                        phrase: c.clone(),
                        value: cue_of.len(),
                        proper_name: false,
                    });
                    cue_of.push(Vec::new());
                    cue_of.len() - 1
                });
                cue_of[id].push(i);
            }
        }
        IssueIndex {
            phrases: PhraseSet::new(&specs),
            phrase_of,
            commodity,
            cues: PhraseSet::new(&cue_specs),
            cue_of,
        }
    }

    /// Finds the issues of an article; `sentence_of(byte)` gives the sentence of a folded offset.
    pub fn find(
        &self,
        folded: &Folded,
        text: &str,
        sentence_of: impl Fn(usize) -> usize,
    ) -> Vec<IssueHit> {
        let cue_hits: Vec<(usize, usize)> = self
            .cues
            .find(folded, text)
            .iter()
            .map(|m| (sentence_of(m.start), m.value))
            .collect();
        let mut out = Vec::new();
        for m in self.phrases.find(folded, text) {
            let (issue, weak) = self.phrase_of[m.value];
            let sentence = sentence_of(m.start);
            // a phrase that only names what a ship or an installation carries or pumps ("an oil
            // platform", "gas tankers") tells where an incident happened, not what it is about
            if self.commodity[issue] && names_a_carrier(folded, m.end) {
                continue;
            }
            if weak {
                let cued = cue_hits
                    .iter()
                    .any(|(s, c)| *s == sentence && self.cue_of[*c].contains(&issue));
                if !cued {
                    continue;
                }
            }
            out.push(IssueHit {
                issue,
                sentence,
                start: m.start,
                end: m.end,
            });
        }
        out
    }
}

/// The general cue words of the PLOVER contexts (`contexts.tsv`).
#[derive(Debug, Clone)]
pub struct ContextIndex {
    cues: PhraseSet,
    /// Context per cue value.
    context_of: Vec<String>,
}

impl ContextIndex {
    /// Compiles the cue lists.
    pub fn new(d: &Dictionaries) -> ContextIndex {
        let mut specs = Vec::new();
        let mut context_of = Vec::new();
        for (context, cues) in &d.context_cues {
            for c in cues {
                specs.push(PhraseSpec {
                    phrase: c.clone(),
                    value: context_of.len(),
                    proper_name: false,
                });
                context_of.push(context.clone());
            }
        }
        ContextIndex {
            cues: PhraseSet::new(&specs),
            context_of,
        }
    }

    /// How often each context is cued in a text.
    pub fn counts(&self, folded: &Folded, text: &str) -> HashMap<String, usize> {
        let mut hits: HashMap<String, usize> = HashMap::new();
        for m in self.cues.find(folded, text) {
            let context = &self.context_of[m.value];
            // (a resource named by what carries it names no subject: "oil tankers")
            if context == "natural_resource"
                && (names_a_carrier(folded, m.end) || names_a_food_oil(folded, m.start))
            {
                continue;
            }
            *hits.entry(context.clone()).or_default() += 1;
        }
        hits
    }

    /// The contexts an article of `sentences` sentences is about by its cue words, from
    /// [`ContextIndex::counts`]: those cued once in a text of up to five sentences, and once more
    /// for every further ten sentences.
    pub fn about(counts: &HashMap<String, usize>, sentences: usize) -> Vec<String> {
        let needed = 1 + sentences.saturating_sub(5).div_ceil(10);
        let mut out: Vec<String> = counts
            .iter()
            .filter(|&(_, &n)| n >= needed)
            .map(|(c, _)| c.clone())
            .collect();
        out.sort();
        out
    }
}

/// Whether the word right before an "oil" starting at byte `start` makes it a food ("palm oil",
/// "vegetable oils"): a crop, not a natural resource.
fn names_a_food_oil(folded: &Folded, start: usize) -> bool {
    let before = folded.lower[..start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    folded.lower[start..].starts_with("oil")
        && matches!(
            before,
            "palm"
                | "vegetable"
                | "olive"
                | "cooking"
                | "edible"
                | "soybean"
                | "soya"
                | "coconut"
                | "sunflower"
                | "rapeseed"
                | "fish"
        )
}

/// Whether the word right after a commodity ending at byte `end` is what carries or pumps it
/// ("an oil platform", "gas tankers", "oil shipping"): the phrase tells where an incident
/// happened, not what the text is about.
fn names_a_carrier(folded: &Folded, end: usize) -> bool {
    let mut words = folded.lower[end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut next = words.next().unwrap_or("");
    // (past what the carrier does: "oil drilling platforms", "oil export terminal")
    if matches!(
        next,
        "drilling" | "export" | "exporting" | "loading" | "storage"
    ) {
        next = words.next().unwrap_or("");
    }
    (folded.lower[end..].starts_with(' ') || folded.lower[end..].starts_with('-'))
        && matches!(
            next,
            "shipment"
                | "shipments"
                | "site"
                | "sites"
                | "platform"
                | "platforms"
                | "rig"
                | "rigs"
                | "tanker"
                | "tankers"
                | "terminal"
                | "terminals"
                | "installation"
                | "installations"
                | "ship"
                | "ships"
                | "shipping"
                | "vessel"
                | "vessels"
                | "convoy"
                | "convoys"
                | "barge"
                | "barges"
        )
}
