//! Tone: the article's general tone (shares of positive and negative words, in the spirit of
//! GDELT's AvgTone) and the diplomatic tone markers ("candid", "downward spiral"), both adjusted
//! by the modifiers around them: negators flip, intensifiers and downtoners scale, hedges soften,
//! and a contrast ("but") gives the clause after it more weight. See docs/tone.md.

use crate::dict::Dictionaries;
use crate::text::phrases::{PhraseSet, PhraseSpec};
use crate::text::{Folded, Token};

/// The compiled tone dictionaries.
#[derive(Debug, Clone)]
pub struct ToneIndex {
    lexicon: PhraseSet,
    scores: Vec<f64>,
    markers: PhraseSet,
    /// (phrase, category, weight) per marker value.
    pub marker_info: Vec<(String, String, f64)>,
    modifiers: PhraseSet,
    /// (kind, factor, term) per modifier value.
    modifier_info: Vec<(String, f64, String)>,
}

/// The article-level tone figures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ArticleTone {
    /// Positive score per 100 words.
    pub positive: f64,
    /// Negative score per 100 words (a positive number).
    pub negative: f64,
    /// positive − negative.
    pub tone: f64,
    /// positive + negative: how charged the text is.
    pub polarity: f64,
}

/// A diplomatic tone marker found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkerHit {
    /// Index into `marker_info`.
    pub marker: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Byte span in the folded text.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Weight after modifiers.
    pub weight: f64,
    /// The modifiers that applied ("negated", "hedged: cautious"), if any.
    pub modifier: Option<String>,
}

impl ToneIndex {
    /// Compiles the dictionaries.
    pub fn new(d: &Dictionaries) -> ToneIndex {
        let lex: Vec<PhraseSpec> = d
            .tone_lexicon
            .iter()
            .enumerate()
            .map(|(i, (t, _))| PhraseSpec {
                phrase: t.clone(),
                value: i,
                proper_name: false,
            })
            .collect();
        let markers: Vec<PhraseSpec> = d
            .tone_markers
            .iter()
            .enumerate()
            .map(|(i, m)| PhraseSpec {
                phrase: m.phrase.clone(),
                value: i,
                proper_name: false,
            })
            .collect();
        let mods: Vec<PhraseSpec> = d
            .tone_modifiers
            .iter()
            .enumerate()
            .map(|(i, m)| PhraseSpec {
                phrase: m.term.clone(),
                value: i,
                proper_name: false,
            })
            .collect();
        ToneIndex {
            lexicon: PhraseSet::new(&lex),
            scores: d.tone_lexicon.iter().map(|(_, s)| *s).collect(),
            markers: PhraseSet::new(&markers),
            marker_info: d
                .tone_markers
                .iter()
                .map(|m| (m.phrase.clone(), m.category.clone(), m.weight))
                .collect(),
            modifiers: PhraseSet::new(&mods),
            modifier_info: d
                .tone_modifiers
                .iter()
                .map(|m| (m.kind.clone(), m.factor, m.term.clone()))
                .collect(),
        }
    }

    /// Measures an article. `sentence_of(byte)` gives the sentence of a folded offset; `words`
    /// is the article's word count.
    pub fn measure(
        &self,
        folded: &Folded,
        text: &str,
        tokens: &[Token],
        sentence_of: &dyn Fn(usize) -> usize,
        words: usize,
    ) -> (ArticleTone, Vec<MarkerHit>) {
        let mods: Vec<(usize, usize, usize)> = self
            .modifiers
            .find(folded, text)
            .iter()
            .map(|m| (m.start, m.end, m.value))
            .collect();
        let tok_index = |b: usize| tokens.partition_point(|t| t.start < b);
        // the modifiers that govern a phrase starting at byte `s` in sentence `sent`
        let govern = |s: usize, sent: usize| -> (f64, Vec<String>) {
            let ti = tok_index(s);
            let mut factor = 1.0;
            let mut notes = Vec::new();
            for &(ms, me, v) in &mods {
                if me > s || sentence_of(ms) != sent {
                    continue;
                }
                let (kind, f, term) = &self.modifier_info[v];
                let dist = ti.saturating_sub(tok_index(me));
                let applies = match kind.as_str() {
                    "negator" => dist <= 3,
                    "intensifier" | "downtoner" => dist <= 1,
                    "hedge" => dist <= 4,
                    "contrast" => true,
                    _ => false,
                };
                if applies {
                    factor *= f;
                    notes.push(match kind.as_str() {
                        "negator" => format!("negated: {term}"),
                        "hedge" => format!("hedged: {term}"),
                        "contrast" => format!("after contrast: {term}"),
                        k => format!("{k}: {term}"),
                    });
                }
            }
            (factor, notes)
        };
        let mut pos = 0.0;
        let mut neg = 0.0;
        for m in self.lexicon.find(folded, text) {
            let sent = sentence_of(m.start);
            let (f, _) = govern(m.start, sent);
            let s = self.scores[m.value] * f;
            if s > 0.0 {
                pos += s;
            } else {
                neg -= s;
            }
        }
        let n = words.max(1) as f64;
        let positive = pos / n * 100.0;
        let negative = neg / n * 100.0;
        let tone = ArticleTone {
            positive,
            negative,
            tone: positive - negative,
            polarity: positive + negative,
        };
        let mut hits = Vec::new();
        for m in self.markers.find(folded, text) {
            let sent = sentence_of(m.start);
            let (f, notes) = govern(m.start, sent);
            let (_, _, w) = &self.marker_info[m.value];
            hits.push(MarkerHit {
                marker: m.value,
                sentence: sent,
                start: m.start,
                end: m.end,
                weight: (w * f).clamp(-5.0, 5.0),
                modifier: (!notes.is_empty()).then(|| notes.join("; ")),
            });
        }
        (tone, hits)
    }
}
