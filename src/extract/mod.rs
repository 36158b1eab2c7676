//! Extraction: from an article's text to plain structs (actors, events, dates, issues, tone,
//! quotes), each carrying the sentence index and character offsets of the words it came from.
//! No I/O happens here; `store` writes what this module returns.

pub mod actors;
pub mod cameo;
pub mod dates;
pub mod events;
pub mod issues;
pub mod patterns;
pub mod quotes;
pub mod tone;

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::dict::Dictionaries;
use crate::text::words::starts_with_any;
use crate::text::{CharIndex, Folded, split_sentences, tokenize, word_count};
use actors::{ActorIndex, ActorMention, MentionKind};
use cameo::CameoTable;
use dates::{EventDate, Precision, find_dates};
use events::{Modality, SentenceView, code_sentence};
use issues::{ContextIndex, IssueIndex};
use patterns::PatternIndex;
use quotes::{QuoteKind, find_quotes};
use tone::{ArticleTone, ToneIndex};

/// The version of the extraction rules (code). The coder version stored with each article is
/// this plus a fingerprint of the dictionaries, so any change to either shows. Bump it with every
/// change to the rules that changes what is extracted (2: complements, named subjects, targets
/// of conditions, coordinated subjects and the other rules of November 2026).
pub const RULES_VERSION: &str = "114";

/// Word beginnings of what two sides agree on ("the agreement", "the truce", "the process"):
/// support for it by a third state is support for both.
const ACCORDS: &[&str] = &[
    "agreement",
    "deal",
    "accord",
    "ceasefire",
    "truce",
    "process",
    "talks",
    "dialogue",
    "rapprochement",
    "normali",
    "pact",
    "declaration",
    "understanding",
];

/// Everything compiled from the dictionaries that extraction needs; build once, share.
pub struct Extractor {
    /// The dictionaries themselves.
    pub dict: Dictionaries,
    /// Actor matcher.
    pub actors: ActorIndex,
    /// Event patterns.
    pub patterns: PatternIndex,
    /// Issue matcher.
    pub issues: IssueIndex,
    /// Compiled context cues.
    pub contexts: ContextIndex,
    /// Tone matcher.
    pub tone: ToneIndex,
    /// CAMEO values.
    pub cameo: CameoTable,
    /// Irregular past forms of verbs ("met", "held"), to tell verbs from nouns.
    past_forms: std::collections::HashSet<String>,
}

/// A sentence of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceOut {
    /// Character offset of the first character.
    pub start: i64,
    /// Character offset past the last.
    pub end: i64,
    /// The sentence text.
    pub text: String,
}

/// An actor mention, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionOut {
    /// Sentence index.
    pub sentence: i64,
    /// Actor code.
    pub actor: String,
    /// Person name, for people.
    pub person: Option<String>,
    /// State.
    pub country: Option<String>,
    /// Character offsets.
    pub start: i64,
    /// End.
    pub end: i64,
    /// The words.
    pub text: String,
    /// Read as a place.
    pub locative: bool,
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBasis {
    /// A time expression in the text.
    Phrase,
    /// No expression: the publication date.
    Publication,
    /// Neither.
    None,
}

impl DateBasis {
    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            DateBasis::Phrase => "phrase",
            DateBasis::Publication => "publication",
            DateBasis::None => "none",
        }
    }
}

/// One piece of evidence for an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Sentence index.
    pub sentence: i64,
    /// Character offsets.
    pub start: i64,
    /// End.
    pub end: i64,
    /// The words.
    pub text: String,
}

/// A coded event, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Sentence of the first evidence.
    pub sentence: i64,
    /// Source actor code.
    pub source_actor: Option<String>,
    /// Target actor code.
    pub target_actor: Option<String>,
    /// Source state.
    pub source_country: Option<String>,
    /// Target state.
    pub target_country: Option<String>,
    /// CAMEO code.
    pub code: String,
    /// Root.
    pub root: String,
    /// GDELT QuadClass.
    pub quad_class: i64,
    /// Pentaclass.
    pub pentaclass: i64,
    /// PLOVER category.
    pub plover: Option<String>,
    /// Goldstein score.
    pub goldstein: f64,
    /// When.
    pub date: EventDate,
    /// The time expression it came from.
    pub date_phrase: Option<String>,
    /// Where the date came from.
    pub date_basis: DateBasis,
    /// Modality.
    pub modality: Modality,
    /// Source and target in the same state.
    pub domestic: bool,
    /// Coordinated actors, no direction.
    pub symmetric: bool,
    /// The pattern that fired.
    pub pattern: String,
    /// The trigger words.
    pub trigger: String,
    /// Confidence 0-1.
    pub confidence: f64,
    /// Every mention of this event in the article (first is the main evidence).
    pub evidence: Vec<Evidence>,
    /// Issues named in the event's sentence (slugs).
    pub issues: Vec<String>,
}

/// An issue of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleIssue {
    /// Slug.
    pub slug: String,
    /// Hits.
    pub count: i64,
    /// Share of the article's sentences that name it.
    pub salience: f64,
    /// The first phrase that named it.
    pub first_phrase: String,
}

/// A diplomatic tone marker, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct ToneMarker {
    /// Sentence.
    pub sentence: i64,
    /// The phrase as it appears in the text.
    pub phrase: String,
    /// Category.
    pub category: String,
    /// Dictionary weight.
    pub base_weight: f64,
    /// Weight after modifiers.
    pub weight: f64,
    /// Modifiers that applied.
    pub modifier: Option<String>,
    /// Who said it.
    pub speaker_actor: Option<String>,
    /// Speaker's state.
    pub speaker_country: Option<String>,
    /// Character offsets.
    pub start: i64,
    /// End.
    pub end: i64,
}

/// A quote, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Sentence.
    pub sentence: i64,
    /// direct or reported.
    pub kind: &'static str,
    /// Speaker actor.
    pub speaker_actor: Option<String>,
    /// Speaker state.
    pub speaker_country: Option<String>,
    /// The speaker's words in the text ("Wang", "he").
    pub speaker_text: Option<String>,
    /// The quoted words.
    pub text: String,
    /// Character offsets.
    pub start: i64,
    /// End.
    pub end: i64,
    /// Date of the statement.
    pub date: EventDate,
}

/// An actor seen in the article, for the actors table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ActorInfo {
    /// Code.
    pub code: String,
    /// Display name.
    pub name: String,
    /// state, person, organisation, sector.
    pub kind: String,
    /// State.
    pub country: Option<String>,
    /// Sector.
    pub sector: Option<String>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// Coder version.
    pub coder_version: String,
    /// Words.
    pub word_count: i64,
    /// Sentences.
    pub sentences: Vec<SentenceOut>,
    /// Actor mentions.
    pub mentions: Vec<MentionOut>,
    /// Events, in text order (within a sentence, actions before statements).
    pub events: Vec<Event>,
    /// Issues.
    pub issues: Vec<ArticleIssue>,
    /// Issues per sentence (sentence, slug).
    pub sentence_issues: Vec<(i64, String)>,
    /// Article tone.
    pub tone: ArticleTone,
    /// Mean weight of the diplomatic markers (0 when none).
    pub marker_balance: f64,
    /// Diplomatic markers.
    pub markers: Vec<ToneMarker>,
    /// Quotes.
    pub quotes: Vec<Quote>,
    /// States acting or acted upon.
    pub countries: Vec<String>,
    /// PLOVER contexts.
    pub contexts: Vec<String>,
    /// Actors seen.
    pub actors: Vec<ActorInfo>,
}

impl Extractor {
    /// Compiles the dictionaries.
    pub fn new(dict: Dictionaries) -> Extractor {
        let irregular: HashMap<String, Vec<String>> = dict.inflections.iter().cloned().collect();
        let lines: Vec<(String, String)> = dict
            .verbs
            .iter()
            .map(|v| (v.code.clone(), v.pattern.clone()))
            .collect();
        let patterns = PatternIndex::new(patterns::compile(&lines, &irregular));
        let past_forms = dict
            .irregular_forms()
            .filter(|f| !f.ends_with("ing"))
            .collect();
        Extractor {
            past_forms,
            actors: ActorIndex::new(&dict),
            issues: IssueIndex::new(&dict),
            contexts: ContextIndex::new(&dict),
            tone: ToneIndex::new(&dict),
            cameo: CameoTable::new(&dict),
            patterns,
            dict,
        }
    }

    /// The coder version stamped on each extraction.
    pub fn coder_version(&self) -> String {
        format!("{RULES_VERSION}+{}", self.dict.fingerprint)
    }

    /// Extracts everything from an article's text published on `pub_date`.
    pub fn extract(&self, text: &str, pub_date: Option<NaiveDate>) -> Extraction {
        let folded = Folded::new(text);
        let lower = folded.lower.as_str();
        let tokens = tokenize(lower, text, |i| folded.to_orig(i));
        let sents = split_sentences(text);
        let chars = CharIndex::new(text);
        // sentence of each token, through the original offsets
        let sent_starts: Vec<usize> = sents.iter().map(|s| s.start).collect();
        let sentence_of_orig =
            |b: usize| sent_starts.partition_point(|&s| s <= b).saturating_sub(1);
        let sent_of_tok: Vec<usize> = tokens
            .iter()
            .map(|t| sentence_of_orig(folded.to_orig(t.start)))
            .collect();
        let sentence_of = |fb: usize| sentence_of_orig(folded.to_orig(fb));
        let tok_range: Vec<(usize, usize)> = (0..sents.len())
            .map(|i| {
                let a = sent_of_tok.partition_point(|&s| s < i);
                let b = sent_of_tok.partition_point(|&s| s <= i);
                (a, b)
            })
            .collect();
        let orig_span = |a: usize, b: usize| -> (usize, usize) {
            if a >= b || b > tokens.len() {
                return (0, 0);
            }
            folded.span_to_orig(tokens[a].start, tokens[b - 1].end)
        };
        let out_span = |a: usize, b: usize| -> (i64, i64, String) {
            let (s, e) = orig_span(a, b);
            (chars.chars(s), chars.chars(e), text[s..e].to_string())
        };

        let mut mentions = self
            .actors
            .find(&folded, text, &tokens, &sent_of_tok, pub_date);
        actors::korean_sides(&mut mentions, &tokens, lower, &sent_of_tok);
        actors::drop_named_by_apposition(&mut mentions, &tokens, lower);
        // the speakers of report verbs ("…, the army said")
        let speaking: Vec<bool> = mentions
            .iter()
            .map(|m| {
                tokens
                    .get(m.tok_end)
                    .is_some_and(|t| crate::text::words::is_report(t.text(lower)))
            })
            .collect();
        actors::localise_unknown(&mut mentions, sents.len(), &speaking, &tokens, lower);
        // "the two sides": one side as the mention, the other its partner
        let pairs = actors::pair_mentions(&mut mentions, &tokens, lower, &sent_of_tok);

        // per sentence: dates, events, quotes
        let island = |c: &str| self.actors.is_island(c);
        let mut coded = Vec::new();
        let mut quotes_raw = Vec::new();
        let mut last_person: Option<usize> = None;
        let mut last_actor: Option<usize> = None;
        let mut last_subject: Option<usize> = None;
        let mut last_speaker: Option<Option<usize>> = None;
        // the last verbal exchange: (source state, target mention), for "he also warned"
        let mut dialogue: Option<(String, usize)> = None;
        let mut dates_by_sentence = Vec::with_capacity(sents.len());
        // the last date the story named, for "two days later"
        let mut story_date: Option<EventDate> = None;
        for si in 0..sents.len() {
            let (a, b) = tok_range[si];
            let fs = tokens.get(a).map_or(0, |t| t.start);
            let fe = if b > a { tokens[b - 1].end } else { fs };
            let mut dates = find_dates(&lower[fs..fe], fs, pub_date);
            // a month and day right after a capitalised name are part of the name, not a date
            // ("the supply boat Unaiza May 4"), unless the word before is a day of the week
            dates.retain(|d| {
                let at = tokens.partition_point(|t| t.start < d.start);
                !(at > a
                    && at + 1 < b
                    && tokens[at].cap
                    && tokens[at - 1].kind == crate::text::TokenKind::Word
                    && tokens[at - 1].cap
                    && tokens[at + 1].kind == crate::text::TokenKind::Number
                    && !dates::is_weekday(tokens[at - 1].text(lower)))
            });
            dates::resolve_narrative(&mut dates, &mut story_date, pub_date);
            let here: Vec<usize> = (0..mentions.len())
                .filter(|&m| mentions[m].sentence == si)
                .collect();
            let view = SentenceView {
                lower,
                tokens: &tokens,
                start: a,
                end: b,
                mentions: &mentions,
                here: here.clone(),
                last_person,
                last_actor,
                last_subject,
                last_speaker,
                is_island: &island,
                past_forms: &self.past_forms,
            };
            let mut evs = code_sentence(&self.patterns, &view);
            events::pair_sides(&mut evs, &pairs, &view);
            // "Egypt followed suit": the act of the sentence or the two before it
            events::follow_suit(&mut evs, &coded[coded.len().saturating_sub(2)..], &view);
            // "Burundi welcomed the offer": the offer named just before
            events::answer_offers(&mut evs, &coded[coded.len().saturating_sub(2)..], &view);
            // dialogue: a verbal act without an addressee continues the last exchange of the
            // same side ("Wang told Blinken … He also issued a warning")
            for e in evs.iter_mut() {
                let root: u32 = e.code[..2].parse().unwrap_or(0);
                let verbal = matches!(root, 1..=5 | 9..=13);
                let sc = e.source.and_then(|s| mentions[s].country.clone());
                // (not for the words of "the two sides", which speak for both)
                let of_pair = pairs.iter().any(|(m, _)| Some(*m) == e.source);
                // (and only for a speaker carried over from before, or a person: "The United
                // States offered to buy Greenland" starts no exchange of its own with the last
                // addressee)
                let carried = e.source.is_some_and(|s| {
                    mentions[s].sentence != si || mentions[s].kind == MentionKind::Person
                });
                if verbal
                    && e.target.is_none()
                    && !of_pair
                    && carried
                    && let (Some(sc), Some((dc, dt))) = (&sc, &dialogue)
                    && sc == dc
                {
                    e.target = Some(*dt);
                }
                if verbal
                    && let (Some(sc), Some(t)) = (sc, e.target)
                    && mentions[t].country.as_ref().is_some_and(|tc| *tc != sc)
                {
                    dialogue = Some((sc, t));
                }
            }
            let qs = find_quotes(
                lower,
                &tokens,
                a,
                b,
                si,
                &mentions,
                &here,
                last_speaker.flatten(),
            );
            // "I" and "we" acting inside a direct quotation are its speaker ("“But I promise
            // to open Tokyo's markets,” he told Garn")
            // (and so are they opening words reported before their speaker without quotation
            // marks, as wires print some statements: "We cannot accept the proposal, Japan
            // said")
            for e in evs.iter_mut() {
                let Some(q) = qs.iter().find(|q| {
                    (q.kind == quotes::QuoteKind::Direct
                        || (q.tok_start == a
                            && matches!(tokens[q.tok_start].text(lower), "we" | "i")))
                        && q.speaker.is_some()
                        && (q.tok_start..q.tok_end).contains(&e.trigger_start)
                }) else {
                    continue;
                };
                let word = |j: usize| tokens[j].text(lower);
                let mut j = e.trigger_start;
                while j > q.tok_start
                    && (events::is_adverb(word(j - 1))
                        || crate::text::words::is_verb_companion(word(j - 1)))
                {
                    j -= 1;
                }
                if j > q.tok_start && matches!(word(j - 1), "i" | "we") {
                    e.source = q.speaker;
                }
            }
            for q in &qs {
                last_speaker = Some(q.speaker);
            }
            // the subject of this sentence for pronouns in the next
            if let Some(e) = evs.first()
                && let Some(sm) = e.source
                && mentions[sm].person.is_some()
            {
                last_person = Some(sm);
            }
            if let Some(&m) = here.iter().find(|&&m| mentions[m].person.is_some())
                && (last_person.is_none() || evs.is_empty())
            {
                last_person = Some(m);
            }
            // (a state or a body, not a person and not a place)
            let state_or_body = |m: &usize| {
                mentions[*m].person.is_none() && !mentions[*m].locative && mentions[*m].is_known()
            };
            if let Some(&m) = here.iter().rev().find(|m| state_or_body(m)) {
                last_actor = Some(m);
            }
            // (the subject: the actor of the sentence's first event, when it is a state or a
            // body; a sentence of no event keeps the one before)
            if let Some(e) = evs.first() {
                last_subject = e.source.filter(state_or_body);
            }
            coded.push((si, evs));
            quotes_raw.extend(qs);
            dates_by_sentence.push(dates);
        }

        // an attack condemned by its noun alone ("France and Britain also condemned the attack")
        // is the attacker's: the source of the latest attack the text has told of
        let mut attacker: Option<usize> = None;
        for (_, evs) in coded.iter_mut() {
            for e in evs.iter_mut() {
                if e.code.starts_with("11")
                    && e.target.is_none()
                    && names_an_attack(&tokens, lower, e.trigger_start + 1)
                    && let Some(a) = attacker
                    && e.source
                        .is_none_or(|s| mentions[s].country != mentions[a].country)
                {
                    e.target = Some(a);
                }
            }
            if let Some(e) = evs.iter().rev().find(|e| {
                matches!(&e.code[..2], "18" | "19" | "20")
                    && e.modality == Modality::Asserted
                    && e.source.is_some_and(|s| mentions[s].country.is_some())
            }) {
                attacker = e.source;
            }
        }

        // the other side of an act left without one ("Blinken shelved his trip"; "Xi has been
        // invited"; "the spokesman denied the report"; "two soldiers were killed"): the
        // article's clear counterpart of the known side, as a human coder reads the story
        let mut counterparts = Counterparts::new(&mentions);
        // an official the text gives the lead state only by default, who meets, calls or
        // welcomes an official of that same state, is the other side's ("Foreign Minister Ana
        // Ruiz held talks with U.S. Secretary of State …"): all of that person's mentions move
        let mut moved: Vec<(usize, String)> = Vec::new();
        if sents.len() >= 3 {
            for (_, evs) in &coded {
                for e in evs {
                    let (Some(s), Some(t)) = (e.source, e.target) else {
                        continue;
                    };
                    let (ms, mt) = (&mentions[s], &mentions[t]);
                    if !matches!(&e.code[..2], "03" | "04" | "05")
                        || ms.country.is_none()
                        || ms.country != mt.country
                    {
                        continue;
                    }
                    for (m, other) in [(s, t), (t, s)] {
                        // (or an official named by title alone: "was welcomed at the airport by
                        // the minister"; an opposition agreeing with its government stays home)
                        if mentions[m].inferred
                            && (mentions[m].person.is_some()
                                || (mentions[m].kind == MentionKind::Agent
                                    && mentions[m].code.ends_with("GOV")))
                            && !mentions[other].inferred
                            && let Some(c) = mentions[other]
                                .country
                                .as_deref()
                                .and_then(|k| counterparts.of(&mentions, k))
                            && let Some(cc) = mentions[c].country.clone()
                        {
                            moved.push((m, cc));
                            break;
                        }
                    }
                }
            }
        }
        let any_moved = !moved.is_empty();
        for (m, c) in moved {
            let person = mentions[m].person.clone();
            for (i, x) in mentions.iter_mut().enumerate() {
                if x.inferred && (i == m || (person.is_some() && x.person == person)) {
                    x.code = format!("{c}{}", &x.code[3..]);
                    x.country = Some(c.clone());
                }
            }
        }
        if any_moved {
            // (the sides named change with the people moved)
            counterparts = Counterparts::new(&mentions);
        }
        if sents.len() >= 3 {
            for (_, evs) in coded.iter_mut() {
                // an appeal by a third state to no one named ("China also urged restraint") is
                // addressed to the two sides of the story, when the article has two clear ones
                let mut to_both: Vec<events::CodedEvent> = Vec::new();
                for e in evs.iter_mut() {
                    let sc = e.source.and_then(|s| mentions[s].country.clone());
                    // (and so is support by a third state for what the two sides agreed:
                    // "the United States also welcomed the agreement", "Baku backed the
                    // process")
                    let for_the_accord = e.code.starts_with("05")
                        && (e.trigger_start..(e.trigger_end + 4).min(tokens.len()))
                            .any(|j| starts_with_any(tokens[j].text(lower), ACCORDS));
                    if (e.code.starts_with("02") || for_the_accord)
                        && e.target.is_none()
                        && let Some(s) = sc.as_deref()
                        && let Some((a, b)) = counterparts.two_sides(&mentions, s)
                    {
                        e.target = Some(a);
                        e.confidence *= 0.8;
                        to_both.push(events::CodedEvent {
                            target: Some(b),
                            ..e.clone()
                        });
                    }
                }
                evs.extend(to_both);
                for e in evs.iter_mut() {
                    let sc = e.source.and_then(|s| mentions[s].country.clone());
                    let tc = e.target.and_then(|t| mentions[t].country.clone());
                    // (an international body on one side is a side: it is kept)
                    // (between states and their officials: "traders said" or "the company
                    // said" speaks for no state)
                    let speaks =
                        |m: Option<usize>| m.is_some_and(|m| speaks_for_state(&mentions[m].code));
                    // a state does not reject, threaten, accuse or make demands of itself, nor
                    // cut its ties with itself: such an act left on the actor's own state or
                    // government ("ruled out a meeting between the two presidents", "vowed to
                    // avenge the attack") is towards the article's counterpart
                    let own_state = |m: Option<usize>| {
                        m.is_some_and(|m| {
                            let code = &mentions[m].code;
                            code.len() == 3 || code.ends_with("GOV")
                        })
                    };
                    if matches!(&e.code[..2], "10" | "11" | "12" | "13" | "16")
                        && sc.is_some()
                        && sc == tc
                        && own_state(e.source)
                        && own_state(e.target)
                        && let Some(c) = sc.as_deref().and_then(|k| counterparts.of(&mentions, k))
                    {
                        e.target = Some(c);
                        e.confidence *= 0.8;
                        continue;
                    }
                    match (sc, tc) {
                        // (an envoy of no state named is the other side's: "the junta
                        // ordered ambassador Itte to leave")
                        (Some(s), None)
                            if (e.target.is_none()
                                || e.target.is_some_and(|t| mentions[t].envoy))
                                && speaks(e.source) =>
                        {
                            if let Some(c) = counterparts.of(&mentions, &s) {
                                e.target = Some(c);
                                e.confidence *= 0.8;
                            }
                        }
                        (None, Some(t)) if e.source.is_none() && speaks(e.target) => {
                            if let Some(c) = counterparts.of(&mentions, &t) {
                                e.source = Some(c);
                                e.confidence *= 0.8;
                            }
                        }
                        _ => {}
                    }
                }
                // a plain "said" addressed to no one the article can name is no event between
                // states
                evs.retain(|e| !(e.code == "010" && e.target.is_none()));
                // nor is an act by no state on no state ("a diplomat said", "the council was
                // unable to agree", "shelling the platform"), nor one a state does at home
                // ("Maduro ordered the state oil company to …", "the opposition urged the
                // government to …"): an article is read for relations between states (a single
                // sentence keeps them, as sentence coding does)
                evs.retain(|e| {
                    let sc = e.source.and_then(|s| mentions[s].country.as_ref());
                    let tc = e.target.and_then(|t| mentions[t].country.as_ref());
                    // (a comment, which moves nothing, needs a state on both sides: "EU foreign
                    // policy chief Josep Borrell told reporters …", "Canada told a GATT council …")
                    let comment_off_the_map =
                        e.code.starts_with("01") && (sc.is_none() || tc.is_none());
                    // (nor is a journey of people who hold no office: "the children were flown
                    // to Doha" is no state visit)
                    let private_journey = e.code.starts_with("042")
                        && e.source.is_some_and(|m| {
                            let code = &mentions[m].code;
                            ["CVL", "REF", "BUS"].iter().any(|x| code.ends_with(x))
                        });
                    !(sc.is_none() && tc.is_none())
                        && !(sc.is_some() && sc == tc)
                        && !comment_off_the_map
                        && !private_journey
                });
            }
        }

        // issues
        let issue_hits = self.issues.find(&folded, text, sentence_of);
        let mut sentence_issues: BTreeSet<(i64, String)> = BTreeSet::new();
        let mut per_issue: HashMap<usize, (i64, BTreeSet<usize>, usize)> = HashMap::new();
        for h in &issue_hits {
            let slug = self.dict.issues[h.issue].slug.clone();
            sentence_issues.insert((h.sentence as i64, slug));
            let e = per_issue
                .entry(h.issue)
                .or_insert((0, BTreeSet::new(), h.start));
            e.0 += 1;
            e.1.insert(h.sentence);
        }
        let mut issues_out: Vec<ArticleIssue> = per_issue
            .iter()
            .map(|(&i, (count, sents_set, first))| {
                let hit = issue_hits
                    .iter()
                    .find(|h| h.issue == i && h.start == *first)
                    .unwrap();
                let (s, e) = folded.span_to_orig(hit.start, hit.end);
                ArticleIssue {
                    slug: self.dict.issues[i].slug.clone(),
                    count: *count,
                    salience: sents_set.len() as f64 / sents.len().max(1) as f64,
                    first_phrase: text[s..e].to_string(),
                }
            })
            .collect();
        issues_out.sort_by(|a, b| b.count.cmp(&a.count).then(a.slug.cmp(&b.slug)));

        // events with dates and CAMEO values
        let mut events_out: Vec<Event> = Vec::new();
        let mut index: HashMap<
            (
                Option<String>,
                String,
                Option<String>,
                Option<String>,
                &'static str,
            ),
            usize,
        > = HashMap::new();
        // the news day: a wire story's lead dates its news ("… on Monday"), and the sentences
        // after it that name no time tell of the same day, not of the day it was published
        let news_day = news_day(&dates_by_sentence, pub_date);
        // the text names one state only (as actor or place)
        let one_state = {
            let named: BTreeSet<&str> = mentions
                .iter()
                .filter_map(|m| m.country.as_deref())
                .collect();
            named.len() == 1
        };
        for (si, evs) in &coded {
            let dates = &dates_by_sentence[*si];
            let mut ordered: Vec<events::CodedEvent> = Vec::with_capacity(evs.len());
            for e in evs {
                // in an article, a meeting announced with a bare "will" is the meeting to
                // come: the article reports it when it happens (a one-sentence text, a
                // headline or a brief, keeps the intent said now too)
                let announced = sents.len() >= 2 && e.bare_will && e.code.starts_with("036");
                if !announced {
                    ordered.push(e.clone());
                }
                // an intent or a threat said now, and the act it commits to, to come
                if let Some(act) = &e.act {
                    ordered.push(events::CodedEvent {
                        code: act.clone(),
                        modality: if e.conditional {
                            Modality::Hypothetical
                        } else {
                            Modality::Future
                        },
                        act: None,
                        ..e.clone()
                    });
                }
            }
            // actions before statements within a sentence, otherwise in the coder's order (the
            // main clause's event first)
            // (and background, in a relative clause or a participle, after both)
            // (an act named by a noun in what a statement is about is its topic, after it:
            // "expressed concern about the attack in Lahore")
            let word = |j: usize| tokens.get(j).map_or("", |t| t.text(&folded.lower));
            // (and the speaker is not its actor: "voiced concern about the terrorist attack in
            // Peshawar" tells of no attack by the speaker)
            let topic_of_statement = |e: &events::CodedEvent| -> Option<Option<usize>> {
                // (a determiner right before the noun, or one modifier between: "the
                // terrorist attack")
                let det = |j: usize| matches!(word(j), "the" | "a" | "an");
                let k = e.trigger_start;
                let nominal = (k >= 1 && det(k - 1))
                    || (k >= 2
                        && det(k - 2)
                        && !matches!(word(k - 1), "to" | "and" | "or" | "of" | "," | "who"));
                let verbal = |c: &str| matches!(&c[..2], "01" | "02" | "05" | "10" | "11" | "12");
                // (or a bare noun right after the verbal act's own words: "is opposing
                // sanctions on Iran", "condemned attacks on civilians")
                let right_after = ordered
                    .iter()
                    .any(|s| verbal(&s.code) && s.trigger_end == k && !s.code.starts_with("01"));
                if !(nominal || right_after) || verbal(&e.code) {
                    return None;
                }
                ordered
                    .iter()
                    .find(|s| {
                        verbal(&s.code)
                            && s.trigger_end <= e.trigger_start
                            && (s.trigger_end..e.trigger_start).all(|j| {
                                !matches!(word(j), "." | ";" | "that")
                                    && !crate::text::words::is_report(word(j))
                            })
                    })
                    .map(|s| s.source)
            };
            let topics: Vec<Option<Option<usize>>> =
                ordered.iter().map(topic_of_statement).collect();
            let rank = |i: usize| {
                if ordered[i].code.starts_with("01") {
                    1
                } else if topics[i].is_some() {
                    2
                } else {
                    0
                }
            };
            let mut order: Vec<usize> = (0..ordered.len()).collect();
            order.sort_by_key(|&i| (ordered[i].reduced_passive, rank(i)));
            let ordered: Vec<events::CodedEvent> = order
                .into_iter()
                .map(|i| {
                    let mut e = ordered[i].clone();
                    if let Some(speaker) = topics[i]
                        && speaker.is_some()
                        && e.source == speaker
                    {
                        e.source = None;
                    }
                    e
                })
                .collect();
            for ce in &ordered {
                let Some(info) = self.cameo.get(&ce.code) else {
                    continue;
                };
                let src = ce.source.map(|m| &mentions[m]);
                let tgt = ce.target.map(|m| &mentions[m]);
                // the date: the nearest time expression in the sentence, not one after the
                // trigger in another clause ("were optimistic about the talks, scheduled to end
                // on Wednesday"), unless it dates the report that follows ("…, officials said on
                // Tuesday")
                let trig_byte = tokens[ce.trigger_start].start;
                // the tokens between a time expression and the act, whichever comes first
                let between = |d: &dates::DatePhrase| {
                    let to = tokens.partition_point(|t| t.start < d.start);
                    if to < ce.trigger_start {
                        to..ce.trigger_start
                    } else {
                        ce.trigger_end..to
                    }
                };
                let other_clause = |d: &&dates::DatePhrase| {
                    let to = tokens.partition_point(|t| t.start < d.start);
                    // "two days after" dates only the clause after it
                    if d.forward_only {
                        let from = tokens.partition_point(|t| t.start < d.end);
                        return d.end > trig_byte
                            || (from..ce.trigger_start).any(|j| {
                                matches!(word(j), "," | ";" | ":" | "(" | ")" | "and" | "but")
                            });
                    }
                    // "since 2022", "until August 27": the bounds of a span, not the day of an act
                    if ["since ", "until ", "till "]
                        .iter()
                        .any(|w| d.phrase.starts_with(w))
                    {
                        return true;
                    }
                    // "last year's floods", "Monday's attack": the date of a thing named, not of
                    // an act the sentence tells of (unless the act is that thing)
                    let after = tokens.partition_point(|t| t.start < d.end);
                    if tokens
                        .get(after)
                        .is_some_and(|t| t.kind == crate::text::TokenKind::Possessive)
                        && !(after + 1..after + 4).contains(&ce.trigger_start)
                    {
                        return true;
                    }
                    // a quotation mark between them: one is quoted, the other is not ("“… this
                    // year,” the spokesman said")
                    if between(d).any(|j| word(j) == "\"") {
                        return true;
                    }
                    // what is said before a trailing report clause is not dated by it, nor the
                    // report by a date in it ("… in March 1986, the department said"), unless
                    // the date opens the sentence ("On Monday, the ministry said")
                    let opens = to <= tok_range[*si].0 + 1;
                    if ce.code.starts_with("01")
                        && to < ce.trigger_start
                        && !opens
                        && (to..ce.trigger_start).any(|j| word(j) == ",")
                    {
                        return true;
                    }
                    // a time inside a relative clause closed before the act dates that clause
                    // ("Prabowo, who was chief guest at the parade on Sunday, held talks … on
                    // Saturday"; "Algeria, which broke off relations in 2021, reopened …")
                    if to < ce.trigger_start
                        && let Some(o) = (tok_range[*si].0..to)
                            .rev()
                            .find(|&j| word(j) == "," && matches!(word(j + 1), "who" | "which"))
                        && let Some(c) = (o + 1..ce.trigger_start).find(|&j| word(j) == ",")
                        && c > to
                    {
                        return true;
                    }
                    if d.start <= trig_byte
                        || crate::text::words::is_report(word(to.wrapping_sub(1)))
                    {
                        return false;
                    }
                    let mut j = ce.trigger_end;
                    while j < to {
                        let w = word(j);
                        // an aside that closes before the date leaves it in the clause
                        // ("shelved his trip, which was agreed in Bali, in February")
                        if w == "(" || (w == "," && matches!(word(j + 1), "which" | "who")) {
                            let close = (j + 1..to).find(|&c| matches!(word(c), "," | ")"));
                            match close {
                                Some(c) => {
                                    j = c + 1;
                                    continue;
                                }
                                None => return true,
                            }
                        }
                        let participle = w == ","
                            && (word(j + 1).ends_with("ed") || word(j + 1).ends_with("ing"));
                        // (a participle after a noun of the object dates its own act: "would
                        // lift restrictions imposed in 2019")
                        let reduced_relative = j >= ce.trigger_end
                            && j > 0
                            && w.len() > 4
                            && w.ends_with("ed")
                            && tokens[j - 1].kind == crate::text::TokenKind::Word
                            && !tokens[j - 1].cap
                            && word(j - 1).ends_with('s')
                            && !crate::text::words::AUXILIARIES.contains(&word(j - 1));
                        // (what a statement hopes or fears will happen has its own time:
                        // "“We hope trade will grow this year,” the spokesman said")
                        let modal_complement = ce.code.starts_with("01")
                            && matches!(w, "will" | "would" | "could" | "can" | "may" | "might");
                        if participle
                            || reduced_relative
                            || modal_complement
                            || matches!(w, ";" | "which" | "who" | "that")
                            || events::SUBORDINATORS.contains(&w)
                        {
                            return true;
                        }
                        j += 1;
                    }
                    false
                };
                // a time before a report verb that introduces the act dates the report ("Iran
                // earlier today said its forces attacked Basra last night"): the act takes it
                // only when nothing else in the sentence dates it
                let dates_report = |d: &dates::DatePhrase| {
                    !ce.code.starts_with("01") && d.end <= trig_byte && {
                        let from = tokens.partition_point(|t| t.start < d.end);
                        (from..ce.trigger_start).any(|j| crate::text::words::is_report(word(j)))
                    }
                };
                // a time in the act's own clause before one across ", and" or ", but" ("brokered
                // talks last year, but Ethiopia skipped the final round in February 2020"),
                // which dates the act only when its clause has none ("spoke by phone on
                // Tuesday …, and Armenia asked Russia for help")
                let across = |d: &dates::DatePhrase| {
                    between(d).any(|j| word(j) == "," && matches!(word(j + 1), "and" | "but"))
                };
                // (a contrast with a subject of its own is told of a time of its own: "ordered
                // Itte to leave in late August …, but Paris refused to comply"; "agreed on Monday
                // …, but made no progress" shares it)
                let contrast = |d: &dates::DatePhrase| {
                    between(d).any(|j| {
                        word(j) == ","
                            && word(j + 1) == "but"
                            && (tokens.get(j + 2).is_some_and(|t| t.cap)
                                || matches!(
                                    word(j + 2),
                                    "the"
                                        | "its"
                                        | "his"
                                        | "her"
                                        | "their"
                                        | "a"
                                        | "an"
                                        | "he"
                                        | "she"
                                        | "they"
                                        | "it"
                                        | "we"
                                ))
                    })
                };
                let best = dates
                    .iter()
                    .filter(|d| !other_clause(d) && !contrast(d))
                    .min_by_key(|d| {
                        let dist = if d.end <= trig_byte {
                            trig_byte - d.end
                        } else {
                            d.start.saturating_sub(trig_byte)
                        };
                        (dates_report(d), across(d), dist)
                    });
                let (date, mut date_phrase, mut basis) = match best {
                    Some(d) if d.date.precision != Precision::Unknown || d.date.date.is_none() => (
                        d.date,
                        Some(d.phrase.clone()),
                        if d.date.date.is_some() {
                            DateBasis::Phrase
                        } else {
                            DateBasis::None
                        },
                    ),
                    Some(d) => (d.date, Some(d.phrase.clone()), DateBasis::None),
                    None => match (news_day.filter(|_| *si > 0), pub_date) {
                        (Some(d), _) => (d.date, Some(d.phrase.clone()), DateBasis::Phrase),
                        (None, Some(p)) => (
                            EventDate {
                                date: Some(p),
                                precision: Precision::Day,
                            },
                            None,
                            DateBasis::Publication,
                        ),
                        (None, None) => (EventDate::UNKNOWN, None, DateBasis::None),
                    },
                };
                // an act told in the past tense lies in the past: a month or day named without
                // a year that resolved ahead of publication is last year's ("hosted Jordan in
                // July", published in June)
                let counted = best.is_some_and(|d| d.shift.is_some());
                let names_month = |phrase: &str| {
                    phrase
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| crate::text::words::MONTHS.contains(&w))
                };
                let date = match (date.date, pub_date, &date_phrase) {
                    // counted from a date ahead of publication or from publication itself:
                    // when a past act happened is not known ("a day later" with no date before)
                    (Some(d), Some(p), _) if counted && ce.past && d > p => EventDate::UNKNOWN,
                    (Some(d), Some(p), Some(phrase))
                        if !counted
                            && ce.past
                            && d > p
                            && matches!(date.precision, Precision::Day | Precision::Month)
                            && names_month(phrase)
                            && !phrase
                                .split(|c: char| !c.is_ascii_digit())
                                .any(|n| n.len() == 4) =>
                    {
                        EventDate {
                            date: d.with_year(d.year() - 1).or(Some(d)),
                            precision: date.precision,
                        }
                    }
                    // "said the flotilla would sail tomorrow": the time of what is said, not of
                    // the saying
                    (Some(d), Some(p), Some(_)) if !counted && ce.past && d > p => {
                        match news_day.filter(|_| *si > 0) {
                            Some(n) => {
                                date_phrase = Some(n.phrase.clone());
                                n.date
                            }
                            None => {
                                date_phrase = None;
                                basis = DateBasis::Publication;
                                EventDate {
                                    date: Some(p),
                                    precision: Precision::Day,
                                }
                            }
                        }
                    }
                    _ => date,
                };
                let mut modality = ce.modality;
                // (an intent is said now, whenever the act it promises is to come: "will meet
                // next week" is an intent of the news day and a meeting of next week)
                let date = match (&ce.act, best) {
                    (Some(_), Some(d)) if d.future => {
                        match (news_day.filter(|_| *si > 0), pub_date) {
                            (Some(n), _) => {
                                date_phrase = Some(n.phrase.clone());
                                basis = DateBasis::Phrase;
                                n.date
                            }
                            (None, Some(p)) => {
                                date_phrase = None;
                                basis = DateBasis::Publication;
                                EventDate {
                                    date: Some(p),
                                    precision: Precision::Day,
                                }
                            }
                            (None, None) => EventDate::UNKNOWN,
                        }
                    }
                    _ => date,
                };
                if modality == Modality::Asserted
                    && ce.act.is_none()
                    && !ce.past
                    && best.is_some_and(|d| d.future)
                {
                    modality = Modality::Future;
                }
                let (es, ee, etext) = out_span(ce.span_start, ce.span_end);
                let (_, _, trigger) = out_span(ce.trigger_start, ce.trigger_end);
                let sc = src.and_then(|m| m.country.clone());
                let mut tc = tgt.and_then(|m| m.country.clone());
                let mut target_actor = tgt.map(|m| m.code.clone());
                // demands, rejections, threats and protests with no other party named are
                // addressed to the actor's own state: "students staged demonstrations", "the
                // minister declined to resign"
                let root: u32 = ce.code[..2].parse().unwrap_or(0);
                // (and in a text that names no other state, any act with no other party is
                // domestic: "the opposition coalition agreed to take part", "the teachers'
                // union called off its strike")
                // (unless the sentence names another state: that state is the one addressed,
                // "Obama gave Russian President Vladimir Putin a stern warning")
                if tgt.is_none()
                    && (matches!(root, 10 | 12 | 13 | 14)
                        || (one_state && root <= 11 && !ce.code.starts_with("087")))
                    && let Some(c) = &sc
                {
                    let others: Vec<&actors::ActorMention> = mentions
                        .iter()
                        .filter(|m| {
                            m.sentence == *si
                                && !m.locative
                                && m.country.as_deref().is_some_and(|o| o != c)
                                // (a topic is not addressed: "issued a warning on Taiwan")
                                && !(m.tok_start > 0
                                    && matches!(
                                        tokens[m.tok_start - 1].text(&folded.lower),
                                        "on" | "over" | "about" | "regarding" | "concerning"
                                    ))
                        })
                        .collect();
                    if others.is_empty() {
                        // (an article is read for relations between states: there an act
                        // addressed to no one is no event at home, as above; it stays
                        // addressed to no one)
                        if sents.len() < 3 {
                            tc = Some(c.clone());
                            target_actor = Some(format!("{c}GOV"));
                        }
                    } else if others.iter().all(|m| m.country == others[0].country) {
                        tc = others[0].country.clone();
                        target_actor = Some(others[0].code.clone());
                    }
                }
                // a meeting, talks or negotiations between two sides are one event whichever
                // side the sentence names first ("Xi met Blinken", "Blinken held talks with
                // Chinese officials" the same day)
                let mut sides = (src.map(|m| m.code.clone()), target_actor.clone());
                if matches!(&ce.code[..3], "040" | "044" | "046") && sides.0 > sides.1 {
                    sides = (sides.1, sides.0);
                }
                let key = (
                    date.format(),
                    ce.code.clone(),
                    sides.0,
                    sides.1,
                    modality.as_str(),
                );
                let ev = Evidence {
                    sentence: *si as i64,
                    start: es,
                    end: ee,
                    text: etext,
                };
                if let Some(&i) = index.get(&key) {
                    events_out[i].evidence.push(ev);
                    continue;
                }
                let issues: Vec<String> = sentence_issues
                    .iter()
                    .filter(|(s, _)| *s == *si as i64)
                    .map(|(_, slug)| slug.clone())
                    .collect();
                index.insert(key, events_out.len());
                events_out.push(Event {
                    sentence: *si as i64,
                    source_actor: src.map(|m| m.code.clone()),
                    target_actor,
                    domestic: sc.is_some() && sc == tc,
                    source_country: sc,
                    target_country: tc,
                    code: ce.code.clone(),
                    root: info.root.clone(),
                    quad_class: info.quad_class,
                    pentaclass: info.pentaclass,
                    plover: info.plover.clone(),
                    goldstein: info.goldstein,
                    date,
                    date_phrase,
                    date_basis: basis,
                    modality,
                    symmetric: ce.symmetric,
                    pattern: self
                        .patterns
                        .patterns
                        .get(ce.pattern)
                        .map_or("(direct quote)".to_string(), |p| p.text.clone()),
                    trigger,
                    confidence: ce.confidence,
                    evidence: vec![ev],
                    issues,
                });
            }
        }

        // tone and markers, with speakers
        let words = word_count(text);
        let (tone, hits) = self
            .tone
            .measure(&folded, text, &tokens, &sentence_of, words);
        let tok_of = |b: usize| tokens.partition_point(|t| t.start < b);
        let mut markers = Vec::new();
        for h in &hits {
            let (_, category, base) = &self.tone.marker_info[h.marker];
            let ti = tok_of(h.start);
            // the speaker: the quote it stands in, else the sentence's statement speaker
            let speaker = quotes_raw
                .iter()
                .find(|q| {
                    q.sentence == h.sentence
                        && q.tok_start <= ti
                        && ti < q.tok_end.max(q.tok_start + 1)
                })
                .or_else(|| quotes_raw.iter().find(|q| q.sentence == h.sentence))
                .and_then(|q| q.speaker);
            let (s, e) = folded.span_to_orig(h.start, h.end);
            markers.push(ToneMarker {
                sentence: h.sentence as i64,
                phrase: text[s..e].to_string(),
                category: category.clone(),
                base_weight: *base,
                weight: h.weight,
                modifier: h.modifier.clone(),
                speaker_actor: speaker.map(|m| mentions[m].code.clone()),
                speaker_country: speaker.and_then(|m| mentions[m].country.clone()),
                start: chars.chars(s),
                end: chars.chars(e),
            });
        }
        let marker_balance = if markers.is_empty() {
            0.0
        } else {
            markers.iter().map(|m| m.weight).sum::<f64>() / markers.len() as f64
        };

        let quotes: Vec<Quote> = quotes_raw
            .iter()
            .map(|q| {
                let (s, e, t) = out_span(q.tok_start, q.tok_end);
                let sp = q.speaker.map(|m| &mentions[m]);
                let dates = &dates_by_sentence[q.sentence];
                let date = dates
                    .first()
                    .or(news_day.filter(|_| q.sentence > 0))
                    .map(|d| d.date)
                    .unwrap_or(match pub_date {
                        Some(p) => EventDate {
                            date: Some(p),
                            precision: Precision::Day,
                        },
                        None => EventDate::UNKNOWN,
                    });
                Quote {
                    sentence: q.sentence as i64,
                    kind: if q.kind == QuoteKind::Direct {
                        "direct"
                    } else {
                        "reported"
                    },
                    speaker_actor: sp.map(|m| m.code.clone()),
                    speaker_country: sp.and_then(|m| m.country.clone()),
                    speaker_text: sp.map(|m| out_span(m.tok_start, m.tok_end).2),
                    text: t,
                    start: s,
                    end: e,
                    date,
                }
            })
            .collect();

        // countries: states that act or are acted upon
        let mut countries: BTreeSet<String> = BTreeSet::new();
        for m in &mentions {
            if !m.locative
                && m.kind != MentionKind::Place
                && let Some(c) = &m.country
            {
                countries.insert(c.clone());
            }
        }
        for e in &events_out {
            for c in [&e.source_country, &e.target_country].into_iter().flatten() {
                countries.insert(c.clone());
            }
        }
        // contexts: from the kinds of events, from issues, and from cue words
        let mut contexts: BTreeSet<String> = BTreeSet::new();
        let cued = self.contexts.counts(&folded, text);
        // (in a longer article one asserted act of a kind names its subject only with a second
        // act of that kind or a cue word: one arrest in a story of a diplomatic rupture
        // does not make it a story about the law)
        let mut by_context: HashMap<&str, usize> = HashMap::new();
        for e in events_out
            .iter()
            .filter(|e| e.modality == Modality::Asserted)
        {
            if let Some(c) = cameo::context_of(&e.code) {
                *by_context.entry(c).or_default() += 1;
            }
        }
        for e in &events_out {
            if let Some(c) = cameo::context_of(&e.code)
                && (sents.len() < 6
                    || by_context.get(c).is_some_and(|&n| n >= 2)
                    || cued.get(c).is_some_and(|&n| n > 0))
            {
                contexts.insert(c.to_string());
            }
            // (between states: their governments, forces or courts, not rebels or companies)
            let official = |a: &Option<String>| a.as_deref().is_some_and(official_code);
            if cameo::interstate_diplomatic(&e.code)
                && let (Some(s), Some(t)) = (&e.source_country, &e.target_country)
                && s != t
                && official(&e.source_actor)
                && official(&e.target_actor)
            {
                contexts.insert("diplomatic".to_string());
            }
        }
        // an issue gives its context, except where the context wants its own cue as well: a
        // disputed place named in passing does not make a text about territory, one named in
        // several sentences does
        for i in &issues_out {
            if let Some(is) = self.dict.issues.iter().find(|x| x.slug == i.slug) {
                let c = &is.context;
                let sentences_named = (i.salience * sents.len() as f64).round() as usize;
                // (in a longer article an issue named once in passing, with no event about it,
                // does not make the text about its context either)
                // (nor does one named as what a dispute is about: "locked in a bitter dispute
                // over energy exploration rights" says what the relation turns on)
                let disputed = issue_hits.iter().any(|h| {
                    self.dict.issues[h.issue].slug == i.slug && disputed_at(lower, h.start)
                });
                let in_passing = sents.len() >= 6
                    && sentences_named < 2
                    && !disputed
                    && !events_out.iter().any(|e| e.issues.contains(&i.slug));
                if in_passing {
                    continue;
                }
                if !self.dict.cued_contexts.contains(c)
                    || contexts.contains(c)
                    || cued.get(c).is_some_and(|&n| n > 0)
                    || sentences_named >= 2
                {
                    contexts.insert(c.clone());
                }
            }
        }
        contexts.extend(ContextIndex::about(&cued, sents.len()));

        let mut actors: BTreeSet<ActorInfo> = BTreeSet::new();
        for m in &mentions {
            actors.insert(self.actor_info(m));
        }
        let sentences_out = sents
            .iter()
            .map(|s| SentenceOut {
                start: chars.chars(s.start),
                end: chars.chars(s.end),
                text: text[s.start..s.end].to_string(),
            })
            .collect();
        let mentions_out = mentions
            .iter()
            .map(|m| {
                let (s, e, t) = out_span(m.tok_start, m.tok_end);
                MentionOut {
                    sentence: m.sentence as i64,
                    actor: m.code.clone(),
                    person: m.person.clone(),
                    country: m.country.clone(),
                    start: s,
                    end: e,
                    text: t,
                    locative: m.locative,
                }
            })
            .collect();
        Extraction {
            coder_version: self.coder_version(),
            word_count: words as i64,
            sentences: sentences_out,
            mentions: mentions_out,
            events: events_out,
            issues: issues_out,
            sentence_issues: sentence_issues.into_iter().collect(),
            tone,
            marker_balance,
            markers,
            quotes,
            countries: countries.into_iter().collect(),
            contexts: contexts.into_iter().collect(),
            actors: actors.into_iter().collect(),
        }
    }

    fn actor_info(&self, m: &ActorMention) -> ActorInfo {
        let code = m.code.clone();
        let name_of = |c: &str| self.actors.names.get(c).cloned();
        if code.len() == 3 && m.country.as_deref() == Some(code.as_str()) {
            return ActorInfo {
                name: name_of(&code).unwrap_or(code.clone()),
                code,
                kind: "state".into(),
                country: m.country.clone(),
                sector: None,
            };
        }
        if let Some(n) = name_of(&code) {
            return ActorInfo {
                code: code.clone(),
                name: n,
                kind: "organisation".into(),
                country: m.country.clone(),
                sector: (code.len() == 6).then(|| code[3..].to_string()),
            };
        }
        let sector = (code.len() >= 6).then(|| code[3..].to_string());
        let state_name = m
            .country
            .as_deref()
            .and_then(name_of)
            .unwrap_or_else(|| "unknown state".to_string());
        ActorInfo {
            name: format!(
                "{state_name}: {}",
                sector_name(sector.as_deref().unwrap_or(""))
            ),
            code,
            kind: "sector".into(),
            country: m.country.clone(),
            sector,
        }
    }
}

/// A readable name for a sector code.
pub fn sector_name(s: &str) -> &'static str {
    match s {
        "GOV" => "government",
        "MIL" => "military",
        "LEG" => "legislature",
        "JUD" => "judiciary",
        "SPY" => "intelligence",
        "COP" => "police",
        "MED" => "media",
        "CVL" => "civilians",
        "BUS" => "business",
        "LAB" => "labour",
        "EDU" => "education",
        "OPP" => "opposition",
        "REB" => "rebels",
        "INS" => "insurgents",
        "REF" => "refugees",
        "HLH" => "health",
        "NGO" => "non-governmental groups",
        "PTY" => "party",
        "CRM" => "criminals",
        _ => "other",
    }
}

/// The day a story's lead gives its news: the first day its opening sentence names, when that
/// day falls in the week before publication ("Pakistan summoned India's envoy on Thursday",
/// published on Friday). Later sentences that name no time are dated by it.
fn news_day(
    dates_by_sentence: &[Vec<dates::DatePhrase>],
    pub_date: Option<NaiveDate>,
) -> Option<&dates::DatePhrase> {
    let p = pub_date?;
    dates_by_sentence.first()?.iter().find(|d| {
        d.shift.is_none()
            && d.date.precision == Precision::Day
            && d.date
                .date
                .is_some_and(|x| x <= p && p - x <= chrono::Duration::days(7))
    })
}

/// Whether an actor code names a state or its officials: the state itself (`USA`) or its
/// government, forces, legislature, courts, intelligence or police (`USAGOV`, `CHNMIL`), not its
/// rebels, companies or people.
fn official_code(code: &str) -> bool {
    code.len() == 3
        || (!code.starts_with("---")
            && ["GOV", "MIL", "LEG", "JUD", "SPY", "COP"]
                .iter()
                .any(|s| code.ends_with(s)))
}

/// The states of an article ranked by the number of sentences that name them (as actors or
/// places, not as locations of an act), for the clear counterpart of a side.
struct Counterparts {
    ranked: Vec<(String, usize)>,
}

impl Counterparts {
    fn new(mentions: &[ActorMention]) -> Counterparts {
        let mut sentences_of: HashMap<&str, BTreeSet<usize>> = HashMap::new();
        for m in mentions {
            if let (Some(c), false) = (&m.country, m.locative) {
                sentences_of
                    .entry(c.as_str())
                    .or_default()
                    .insert(m.sentence);
            }
        }
        let mut ranked: Vec<(String, usize)> = sentences_of
            .into_iter()
            .map(|(c, s)| (c.to_string(), s.len()))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Counterparts { ranked }
    }

    /// The article's clear counterpart of state `known`: the other state named in the most
    /// sentences (in two at least, and more than any third), by its latest mention as a state,
    /// its officials or its state media (not its companies or people).
    fn of(&self, mentions: &[ActorMention], known: &str) -> Option<usize> {
        let mut others = self.ranked.iter().filter(|(c, _)| c != known);
        let (best, n) = others.next()?;
        if *n < 2 || others.next().is_some_and(|r| r.1 == *n) {
            return None;
        }
        latest_speaking(mentions, best)
    }

    /// The two sides of the story, for a third state `known`: the two states named in the most
    /// sentences (in two at least, and more than any other), neither of them `known`, each by
    /// its latest mention as a state, its officials or its state media.
    fn two_sides(&self, mentions: &[ActorMention], known: &str) -> Option<(usize, usize)> {
        let (a, _) = self.ranked.first()?;
        let (b, nb) = self.ranked.get(1)?;
        if a == known || b == known || *nb < 2 || self.ranked.get(2).is_some_and(|r| r.1 == *nb) {
            return None;
        }
        Some((latest_speaking(mentions, a)?, latest_speaking(mentions, b)?))
    }
}

/// The latest mention of state `c` as the state, its officials or its state media.
fn latest_speaking(mentions: &[ActorMention], c: &str) -> Option<usize> {
    mentions
        .iter()
        .rposition(|m| m.country.as_deref() == Some(c) && !m.locative && speaks_for_state(&m.code))
}

/// Whether an actor speaks for its state in the wires: its officials, or its state media
/// (`RUSMED`: "Tass said").
fn speaks_for_state(code: &str) -> bool {
    official_code(code) || (code.ends_with("MED") && !code.starts_with("---"))
}

/// Whether the words just before a byte offset of the folded text name a dispute about what
/// follows: "a dispute over", "the row about Japanese chip", "tensions over the" (up to three
/// words between the preposition and the offset).
fn disputed_at(lower: &str, at: usize) -> bool {
    let from = lower[..at]
        .char_indices()
        .rev()
        .nth(80)
        .map_or(0, |(i, _)| i);
    let words: Vec<&str> = lower[from..at]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    (n.saturating_sub(5)..n).any(|i| {
        i >= 1
            && matches!(words[i], "over" | "about")
            && n - i <= 4
            && matches!(
                words[i - 1],
                "dispute"
                    | "disputes"
                    | "row"
                    | "rows"
                    | "feud"
                    | "standoff"
                    | "stand-off"
                    | "tension"
                    | "tensions"
                    | "conflict"
                    | "quarrel"
                    | "spat"
                    | "clash"
                    | "clashes"
                    | "confrontation"
                    | "disagreement"
                    | "disagreements"
            )
    })
}

/// Word beginnings of nouns naming an armed attack ("the attack", "Tuesday's strikes").
const ATTACKS: &[&str] = &[
    "attack",
    "strike",
    "airstrike",
    "raid",
    "shelling",
    "bombing",
    "bombardment",
    "incursion",
    "invasion",
    "offensive",
    "assault",
    "shooting",
];

/// Whether the words from token `k` are a definite noun phrase naming an attack, with no one
/// after it ("the attack", "the deadly strikes", "Wednesday's raid"; not "the attack on
/// Iraq by …", which names its own sides).
fn names_an_attack(tokens: &[crate::text::Token], lower: &str, k: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(lower));
    let det = word(k);
    let mut j = if matches!(det, "the" | "this" | "that" | "these" | "those" | "latest") {
        k + 1
    } else if word(k + 1) == "'s" {
        k + 2
    } else {
        return false;
    };
    // (up to two modifiers: "the deadly cross-border strikes")
    for _ in 0..3 {
        let w = word(j);
        if starts_with_any(w, ATTACKS) {
            return !matches!(word(j + 1), "on" | "against" | "by" | "in" | "of");
        }
        if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return false;
        }
        j += 1;
    }
    false
}
