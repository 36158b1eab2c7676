//! Event coding: applying the patterns of `verbs.tsv` to a sentence with its actors, finding
//! each pattern's source and target (subjects, objects, passives with "by", coordinated actors,
//! pronouns and definite descriptions such as "the island"), and reading the modality from the
//! words around the trigger.

use super::actors::{ActorMention, MentionKind};
use super::patterns::{Elem, Pattern, PatternIndex, Role};
use crate::text::words::{AUXILIARIES, is_report, starts_with_any};
use crate::text::{Token, TokenKind};

/// How an event is asserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modality {
    /// Reported as having happened.
    Asserted,
    /// Announced, planned or expected.
    Future,
    /// Conditional, possible, feared or hoped for.
    Hypothetical,
    /// Denied or refused.
    Negated,
}

impl Modality {
    /// The name stored in the database.
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
        }
    }
}

/// A pattern match in a sentence with its actors, before dates and CAMEO values are attached.
#[derive(Debug, Clone)]
pub struct CodedEvent {
    /// Pattern index.
    pub pattern: usize,
    /// CAMEO code.
    pub code: String,
    /// Source actor (mention index into the article's mentions).
    pub source: Option<usize>,
    /// Target actor.
    pub target: Option<usize>,
    /// First token of the trigger words.
    pub trigger_start: usize,
    /// One past the last token of the matched pattern.
    pub trigger_end: usize,
    /// Evidence span: first token.
    pub span_start: usize,
    /// Evidence span: one past the last token.
    pub span_end: usize,
    /// Modality.
    pub modality: Modality,
    /// Whether source and target were coordinated ("X and Y met").
    pub symmetric: bool,
    /// Confidence 0-1.
    pub confidence: f64,
    /// Whether the trigger is a past-tense or perfect verb form (its time is not the future).
    pub past: bool,
    /// For a future event: whether it is the actor's own commitment ("will", "agreed to").
    pub committed: bool,
    /// The pattern ends with an infinitive "to" ("S +agree to"): the act follows it.
    pub ends_with_to: bool,
    /// For an intent or a threat read from a commitment ("will meet", "will impose
    /// sanctions"): the code of the act committed to, which is also recorded, as a future
    /// event, beside the intent said now.
    pub act: Option<String>,
    /// A participle with "by" after a noun ("militias backed by foreign drones"), or an -ing
    /// participle right after its actor ("the coalition fighting the rebels"): it describes a
    /// participant rather than the sentence's main act.
    pub reduced_passive: bool,
    /// The act of `act` is committed to under a condition ("would impose tariffs if …"): it is
    /// recorded as hypothetical, not as to come.
    pub conditional: bool,
    /// An intent read from the auxiliary alone ("will meet", "'ll visit"), with no verb of
    /// commitment: in an article the act to come is recorded, not the intent (see `extract`).
    pub bare_will: bool,
}

/// What the coder needs to know about the sentence and the article so far.
pub struct SentenceView<'a> {
    /// Folded article text.
    pub lower: &'a str,
    /// All tokens of the article.
    pub tokens: &'a [Token],
    /// First token of the sentence.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// All mentions of the article.
    pub mentions: &'a [ActorMention],
    /// Indices of this sentence's mentions, in order.
    pub here: Vec<usize>,
    /// The subject of the previous sentences, newest last (for pronouns).
    pub last_person: Option<usize>,
    /// The last non-person actor mentioned before this sentence.
    pub last_actor: Option<usize>,
    /// The previous sentence's subject when it is a state or a body (for "It" and "They"
    /// opening this one).
    pub last_subject: Option<usize>,
    /// The speaker of the last statement: `Some(None)` when it was someone not in the
    /// dictionaries ("Sun Yi, 26, said"), so that "she said" does not go to the wrong person.
    pub last_speaker: Option<Option<usize>>,
    /// Whether a state is an island (for "the island").
    pub is_island: &'a dyn Fn(&str) -> bool,
    /// Irregular past forms ("met", "held", "sent") from `inflections.tsv`.
    pub past_forms: &'a std::collections::HashSet<String>,
}

impl SentenceView<'_> {
    /// Whether a word is a past tense or participle ("accused", "met"), not an -ing form.
    fn is_past(&self, w: &str) -> bool {
        (w.ends_with("ed") || self.past_forms.contains(w)) && !w.ends_with("ing")
    }

    fn word(&self, k: usize) -> &str {
        if k < self.tokens.len() {
            self.tokens[k].text(self.lower)
        } else {
            ""
        }
    }

    /// Whether mention `m` is one person: a named one, or a singular agent ("the minister"),
    /// never a state, a body or "officials".
    fn is_one_person(&self, m: usize) -> bool {
        let mm = &self.mentions[m];
        mm.kind == MentionKind::Person
            || (mm.kind == MentionKind::Agent
                && !self.word(mm.tok_end.saturating_sub(1)).ends_with('s'))
    }

    fn mention_starting_at(&self, k: usize) -> Option<usize> {
        self.here
            .iter()
            .copied()
            .find(|&m| self.mentions[m].tok_start == k)
    }
}

const ADVERBS: &[&str] = &[
    // time words stand between a verb and its complement too ("threatened Monday to resume")
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "also",
    "both",
    "all",
    "still",
    "already",
    "now",
    "just",
    "then",
    "later",
    "again",
    "reportedly",
    "allegedly",
    "formally",
    "officially",
    "jointly",
    "finally",
    "recently",
    "previously",
    "once",
    "not",
    "never",
    "even",
    "further",
    "repeatedly",
    "swiftly",
    "quickly",
    "firmly",
    "strongly",
    "publicly",
    "privately",
    "abruptly",
    "effectively",
    "personally",
    "directly",
    "soon",
    "first",
    "have",
    "has",
    "had",
    "been",
    "be",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "may",
    "might",
    "n't",
    "no",
    "longer",
    "ever",
    "apparently",
    "each",
];

pub(crate) fn is_adverb(w: &str) -> bool {
    (w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "italy" | "ally" | "rally" | "assembly" | "supply" | "family" | "july" | "only"
        ))
        || ADVERBS.contains(&w)
}

/// Words after which a pattern's verb is read as a noun.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "whose", "every", "each", "another", "such", "several", "many", "some", "few", "more",
    "multiple", "repeated", "fresh", "new", "further", "recent", "renewed", "latest", "deadly",
    "fierce", "two", "three", "four", "five", "no", "any", "first", "second", "last",
];

const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "get", "got", "gets", "'s", "'re",
];

const PREPOSITIONS: &[&str] = &[
    "of",
    "on",
    "over",
    "about",
    "against",
    "between",
    "with",
    "to",
    "for",
    "from",
    "into",
    "by",
    "among",
    "toward",
    "towards",
    "across",
    "near",
    "at",
    "in",
    "under",
    "than",
    "like",
    "via",
    "despite",
    "including",
    "upon",
    "onto",
    "amid",
    "behind",
    "beside",
    "besides",
    "without",
    "within",
    "through",
    "after",
    "before",
    "during",
    "since",
    "until",
    "as",
    "whom",
    "unlike",
];

/// Words skipped when looking for the word before a noun phrase.
const NP_LEAD: &[&str] = &[
    "the",
    "a",
    "an",
    "both",
    "its",
    "his",
    "her",
    "their",
    "our",
    "top",
    "senior",
    "other",
    "some",
    "two",
    "several",
    "many",
    "all",
    "former",
    "new",
    "then",
    "acting",
    "visiting",
    "neighbouring",
    "neighboring",
    "rival",
    "fellow",
    "key",
    "close",
    "allied",
    "these",
    "those",
    "this",
    "that",
];

/// Currency signs and multipliers: with the numbers they go with, one word of an amount.
const AMOUNT_WORDS: &[&str] = &[
    "$", "us$", "usd", "€", "£", "¥", "million", "billion", "trillion", "thousand", "mln", "bn",
    "bln", "dlrs", "dlr", "dollars", "dollar", "euros", "yen", "pct", "percent", "%",
];

const CLAUSE_PUNCT: &[&str] = &[";", ":", "(", ")", "\"", "-", "[", "]"];

fn is_clause_break(w: &str) -> bool {
    CLAUSE_PUNCT.contains(&w) || matches!(w, "." | "!" | "?")
}

/// Whether the quotation mark at `j` opens or closes a short quotation of a few words inside
/// the sentence (“lodged “stern representations” with”, “a “brazen violation” of”): a term the
/// writer quotes, which the sentence reads through, not a quote that breaks it.
fn scare_quote(v: &SentenceView<'_>, j: usize) -> bool {
    if v.word(j) != "\"" {
        return false;
    }
    let before = (v.start..j).filter(|&i| v.word(i) == "\"").count();
    // (a comma or a full stop may close the quoted words, as American usage puts it:
    // “called the measures “unacceptable.””)
    let short = |a: usize, b: usize| {
        b > a + 1
            && b - a <= 5
            && (a + 1..b).all(|i| {
                let w = v.word(i);
                (w != "," && !is_clause_break(w))
                    || (i + 1 == b && i > a + 1 && matches!(w, "," | "."))
            })
    };
    if before % 2 == 0 {
        (j + 1..(j + 6).min(v.end))
            .find(|&i| v.word(i) == "\"")
            .is_some_and(|c| short(j, c))
    } else {
        (j.saturating_sub(5).max(v.start)..j)
            .rev()
            .find(|&i| v.word(i) == "\"")
            .is_some_and(|o| short(o, j))
    }
}

/// Matching state for one pattern attempt.
#[derive(Debug, Clone, Default)]
struct Fill {
    source: Option<Option<usize>>,
    target: Option<Option<usize>>,
    end: usize,
    first_literal: usize,
    passive: bool,
    /// The trigger heads a noun phrase ("the terrorist attack"): the clause subject is not its
    /// agent.
    nominal: bool,
}

/// Codes the events of one sentence.
pub fn code_sentence(index: &PatternIndex, v: &SentenceView<'_>) -> Vec<CodedEvent> {
    let mut found: Vec<(usize, Fill)> = Vec::new();
    for k in v.start..v.end {
        let w = v.word(k);
        for &pid in index.starting_with(w) {
            let p = &index.patterns[pid];
            if let Some(f) = try_pattern(p, v, k) {
                found.push((pid, f));
            }
        }
    }
    // the most specific match wins the words it covers
    found.sort_by(|a, b| {
        let pa = &index.patterns[a.0];
        let pb = &index.patterns[b.0];
        pb.literals
            .cmp(&pa.literals)
            .then((b.1.end - b.1.first_literal).cmp(&(a.1.end - a.1.first_literal)))
            .then(a.1.first_literal.cmp(&b.1.first_literal))
            // of two equal readings the passive one knows who acted ("was granted a loan by the
            // IMF"), where an agentless pattern would make the passive subject the actor
            .then(b.1.passive.cmp(&a.1.passive))
    });
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::new();
    for (pid, f) in found {
        let p = &index.patterns[pid];
        let lit_end = f.end;
        let overlaps = taken
            .iter()
            .any(|&(s, e)| f.first_literal < e && s < lit_end);
        if overlaps {
            continue;
        }
        // the words are taken only by a pattern that holds (a `T!` that finds no actor leaves
        // them to a more general pattern)
        if let Some(ev) = finish(pid, p, v, f.clone()) {
            taken.push((f.first_literal, lit_end));
            // "the United States and Japan criticised China", "Bangladesh, Bhutan and Nepal
            // pulled out": each subject acts
            // three or more meeting or agreeing with no one else named act with each other:
            // one event for each two of them ("the leaders of A, B and C will hold a summit")
            let list = ev.source.map(|s| coordination(v, s)).unwrap_or_default();
            // (agreeing is mutual, pledging is not)
            let mutual = &ev.code[..2] == "04"
                || ev.code.starts_with("036")
                || (matches!(&ev.code[..2], "03" | "05" | "06")
                    && ["agree", "sign", "reach", "conclude", "cooperat"]
                        .iter()
                        .any(|w| v.word(ev.trigger_start).starts_with(w)));
            if ev.target.is_none() && list.len() >= 3 && mutual {
                for (i, &a) in list.iter().enumerate() {
                    for &b in &list[i + 1..] {
                        if v.mentions[a].country != v.mentions[b].country {
                            out.push(CodedEvent {
                                source: Some(a),
                                target: Some(b),
                                symmetric: true,
                                ..ev.clone()
                            });
                        }
                    }
                }
                continue;
            }
            // "Pakistan and Iran accused each other of …": each acts on the other
            let each_other = (ev.trigger_start..(ev.trigger_end + 2).min(v.end)).any(|j| {
                matches!(
                    (v.word(j), v.word(j + 1)),
                    ("each", "other") | ("one", "another")
                )
            });
            if each_other
                && !ev.symmetric
                && let [a, b] = list.as_slice()
            {
                let (a, b) = (*a, *b);
                if v.mentions[a].country != v.mentions[b].country {
                    out.push(CodedEvent {
                        source: Some(a),
                        target: Some(b),
                        ..ev.clone()
                    });
                    out.push(CodedEvent {
                        source: Some(b),
                        target: Some(a),
                        ..ev.clone()
                    });
                    continue;
                }
            }
            let others = if ev.symmetric {
                Vec::new()
            } else {
                listed_copies(v, &ev, Role::Source)
            };
            // "condemned Chile and Bolivia": each listed party is acted on
            let mut all = vec![ev];
            all.extend(others);
            let listed: Vec<CodedEvent> = all
                .iter()
                .flat_map(|e| listed_copies(v, e, Role::Target))
                .collect();
            out.extend(all);
            out.extend(listed);
        }
    }
    out.sort_by_key(|e| e.trigger_start);
    meeting_of_the_clause(&mut out, v);
    prune(&mut out, v);
    // (after pruning: the meeting is no act inside the complement of the agreement)
    meeting_after_the_act(&mut out, v);
    talks_hosted_between(&mut out, v);
    keep_main(&mut out, v);
    out
}

/// A meeting or a call named in a phrase opening the sentence, with no partner in it ("In a
/// 30-minute meeting, Tanaka told Brazil's finance minister …", "During a phone call, Rubio
/// urged Kagame …"), is held between the actor and the addressee of the clause's act: a
/// consultation (040; 041 for a call) is added beside that act.
fn meeting_of_the_clause(events: &mut Vec<CodedEvent>, v: &SentenceView<'_>) {
    if !matches!(v.word(v.start), "in" | "during" | "at") {
        return;
    }
    let Some(comma) = (v.start + 1..(v.start + 8).min(v.end)).find(|&j| v.word(j) == ",") else {
        return;
    };
    let phrase: Vec<&str> = (v.start + 1..comma).map(|j| v.word(j)).collect();
    let call = phrase
        .last()
        .is_some_and(|w| matches!(*w, "call" | "conversation"));
    let meeting = phrase
        .last()
        .is_some_and(|w| matches!(*w, "meeting" | "talks" | "session" | "encounter"));
    if !(call || meeting)
        || !matches!(
            phrase.first(),
            Some(&"a" | &"an" | &"their" | &"his" | &"her")
        )
        || phrase.contains(&"with")
        || v.here.iter().any(|&m| v.mentions[m].tok_start < comma)
    {
        return;
    }
    let country = |m: Option<usize>| m.and_then(|i| v.mentions[i].country.clone());
    let Some(main) = events.iter().find(|e| {
        e.trigger_start > comma
            && e.modality == Modality::Asserted
            && country(e.source).is_some()
            && country(e.target).is_some()
            && country(e.source) != country(e.target)
            && !e.code.starts_with("04")
    }) else {
        return;
    };
    let consult = consultation_beside(
        main,
        if call { "041" } else { "040" },
        (v.start, comma),
        (v.start, main.span_end),
    );
    events.push(consult);
}

/// A consultation held between the actor and the addressee of `main`, told by the words at
/// `trigger` (a meeting named beside the act): symmetric, asserted as the act is, and neither
/// an intent nor a background participle of its own.
fn consultation_beside(
    main: &CodedEvent,
    code: &str,
    trigger: (usize, usize),
    span: (usize, usize),
) -> CodedEvent {
    CodedEvent {
        code: code.to_string(),
        trigger_start: trigger.0,
        trigger_end: trigger.1,
        span_start: span.0,
        span_end: span.1,
        symmetric: true,
        act: None,
        bare_will: false,
        ends_with_to: false,
        reduced_passive: false,
        ..main.clone()
    }
}

/// A meeting named after a cooperative act, with no partner in it ("the two ministers agreed on
/// a common concept during talks in Bonn", "Tanaka told his Brazilian counterpart at a meeting
/// in Tokyo that …"), is one between the actor and the addressee of the act: a consultation
/// (040) is added beside it. A meeting "with" or "between" others has its own patterns, and one
/// "of" a body ("at a meeting of OPEC ministers") gathers more than the two.
fn meeting_after_the_act(events: &mut Vec<CodedEvent>, v: &SentenceView<'_>) {
    if events.iter().any(|e| e.code.starts_with("04")) {
        return;
    }
    let is_meeting = |w: &str| matches!(w, "talks" | "meeting" | "meetings" | "negotiations");
    let Some((at, noun)) = (v.start..v.end).find_map(|j| {
        if !matches!(v.word(j), "during" | "at") {
            return None;
        }
        // "during talks", "at a meeting", "during their two-day talks"
        let noun = (j + 1..(j + 4).min(v.end)).find(|&k| is_meeting(v.word(k)))?;
        let det_or_adj = (j + 1..noun).all(|k| {
            let w = v.word(k);
            matches!(w, "a" | "an" | "the" | "their" | "his" | "her" | "-")
                || w.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                    && !matches!(w, "with" | "between" | "of" | "and" | "that")
        });
        let next = v.word(noun + 1);
        (det_or_adj && !matches!(next, "with" | "between" | "of" | "among" | "involving"))
            .then_some((j, noun))
    }) else {
        return;
    };
    let country = |m: Option<usize>| m.and_then(|i| v.mentions[i].country.clone());
    // (the act nearest before the phrase: "the spokesman said the ministers agreed … during
    // talks" is the ministers' meeting)
    // (a phrase before the clause's own act belongs to that act: "the official said that during
    // the talks Reagan stressed to Moi …")
    if events.iter().any(|e| e.trigger_start > at) {
        return;
    }
    let Some(main) = events.iter().rev().find(|e| {
        e.trigger_start < at
            && !(e.trigger_end..at).any(|j| v.word(j) == "that")
            && e.modality == Modality::Asserted
            && country(e.source).is_some()
            && country(e.target).is_some()
            && country(e.source) != country(e.target)
            && matches!(
                e.code.get(..2),
                Some("01" | "02" | "03" | "05" | "06" | "07" | "08")
            )
    }) else {
        return;
    };
    let consult = consultation_beside(
        main,
        "040",
        (at, noun + 1),
        (main.span_start, main.span_end.max(noun + 1)),
    );
    events.push(consult);
}

/// Talks a third party hosts or brokers between two sides ("Qatari mediators hosted months of
/// secret talks between US and Venezuelan officials") are talks the two sides held: a
/// consultation (040) between them beside the mediation.
fn talks_hosted_between(events: &mut Vec<CodedEvent>, v: &SentenceView<'_>) {
    let country = |m: Option<usize>| m.and_then(|i| v.mentions[i].country.clone());
    let hosted: Vec<&CodedEvent> = events
        .iter()
        .filter(|e| {
            // (or two guests of different states hosted together: "Michel, who hosted Aliyev and
            // Pashinyan in Brussels in May" tells of their meeting)
            (e.code.starts_with("043") && e.modality == Modality::Asserted)
                || e.code.starts_with("045")
                    && e.modality == Modality::Asserted
                    && (e.trigger_start..e.span_end.min(v.end))
                        .find(|&j| v.word(j) == "between")
                        // (talks held, not a mediation mission between them: "launched a
                        // mediation effort between the Emirates and Saudi Arabia")
                        .is_some_and(|b| {
                            (e.trigger_start..b).any(|j| {
                                let w = v.word(j);
                                w.starts_with("talk")
                                    || w.starts_with("negotiation")
                                    || w.starts_with("meeting")
                            })
                        })
        })
        .collect();
    let [a, b, ..] = hosted.as_slice() else {
        return;
    };
    if a.trigger_start != b.trigger_start
        || country(a.target).is_none()
        || country(b.target).is_none()
        || country(a.target) == country(b.target)
        || (!a.code.starts_with("043") && events.iter().any(|e| e.code.starts_with("040")))
        // (guests whose meeting the sentence already tells: "Pashinyan and Aliyev met in
        // Brussels for talks hosted by Michel")
        || events.iter().any(|e| {
            e.code.starts_with("04")
                && !e.code.starts_with("043")
                && !e.code.starts_with("045")
                && ((country(e.source) == country(a.target)
                    && country(e.target) == country(b.target))
                    || (country(e.source) == country(b.target)
                        && country(e.target) == country(a.target)))
        })
    {
        return;
    }
    let talks = CodedEvent {
        source: a.target,
        target: b.target,
        ..consultation_beside(
            a,
            "040",
            (a.trigger_start, a.trigger_end),
            (a.span_start, a.span_end),
        )
    };
    events.push(talks);
}

/// Predicates that, said of another state, charge it with wrongdoing: breaking its word or the
/// rules, harming, provoking or undermining (word beginnings, read after the reported subject).
const WRONGDOING: &[&str] = &[
    "violat",
    "breach",
    "reneg",
    "undermin",
    "provok",
    "provocat",
    "destabili",
    "interfer",
    "meddl",
    "aggravat",
    "sabotag",
    "deceiv",
    "cheat",
    "spied",
    "spying",
    "aggress",
    "illegal",
    "unlawful",
    "intrud",
    "encroach",
    "infiltrat",
    "incit",
    "harbour",
    "harbor",
    "lied",
];

/// A statement whose reported clause charges another state with wrongdoing is an accusation
/// (112), not a comment: "Abe said Seoul had failed to keep its promises", "Beijing said
/// the Philippine boats had illegally intruded", "Iran said Iraqi forces attacked its posts".
/// The accused heads the reported clause (after the verb, "that", a time phrase and a
/// determiner): a state other than the speaker's, whose predicate is a wrong ("violated",
/// "reneged", "failed to honour", "was responsible for") or an act of force the sentence codes
/// (17-20, kept in `live`). Returns the accused mention.
fn accused_in_report(
    events: &[CodedEvent],
    live: &[bool],
    i: usize,
    v: &SentenceView<'_>,
) -> Option<usize> {
    let country = |m: Option<usize>| m.and_then(|i| v.mentions[i].country.clone());
    let e = &events[i];
    if e.code != "010"
        || e.modality != Modality::Asserted
        || !crate::text::words::is_report(v.word(e.trigger_start))
    {
        return None;
    }
    let src = country(e.source)?;
    // the words reported: a quotation the sentence opens with, closed before the verb ("“Serbia
    // is trying to destabilise Kosovo,” Kurti told reporters"), else the clause after the verb
    let quote_end = (v.word(v.start) == "\"")
        .then(|| (v.start + 1..e.trigger_start).find(|&j| v.word(j) == "\""))
        .flatten();
    // the head of the reported clause: after "that" when it comes within a few words (a time
    // phrase may stand between: "said on Wednesday that"), then after a determiner
    let mut head = e.trigger_end;
    if quote_end.is_some() {
        head = v.start + 1;
    } else if let Some(t) = that_within(v, head, 6) {
        head = t + 1;
    } else {
        // (a time phrase without "that": "said on Monday he had been caught")
        while head < v.end
            && head < e.trigger_end + 4
            && (matches!(
                v.word(head),
                "on" | "late"
                    | "early"
                    | "earlier"
                    | "yesterday"
                    | "today"
                    | "tonight"
                    | "last"
                    | "this"
                    | "morning"
                    | "evening"
                    | "night"
                    | "week"
            ) || crate::extract::dates::is_weekday(v.word(head)))
        {
            head += 1;
        }
    }
    if matches!(v.word(head), "the" | "a" | "an") {
        head += 1;
    }
    // (a pronoun at the head stands for the person named last: "The FSB said on Monday he had
    // been caught in the act of spying")
    let pronoun = matches!(v.word(head), "he" | "she");
    let h = if pronoun {
        v.here
            .iter()
            .copied()
            .filter(|&m| v.mentions[m].tok_end <= head && v.mentions[m].person.is_some())
            .next_back()
            .or(v.last_person)?
    } else {
        v.mention_starting_at(head)?
    };
    let hm = &v.mentions[h];
    let accused = hm.country.clone()?;
    if accused == src || hm.locative {
        return None;
    }
    // the clause after the accused, to the next comma or clause mark (an adjective's noun
    // is part of the subject: "the Philippine boats")
    let mut from = if pronoun { head + 1 } else { hm.tok_end };
    if hm.adjective {
        while from < v.end && v.tokens[from].kind == TokenKind::Word && !v.tokens[from].cap {
            from += 1;
            if v.word(from - 1).ends_with('s') {
                break;
            }
        }
    }
    let mut end = from;
    while end < v.end && end < from + 14 {
        let w = v.word(end);
        // (a quotation is read to its end: "Serbia, with its Russian sponsors, is trying to
        // destabilise Kosovo")
        if let Some(q) = quote_end {
            if end >= q {
                break;
            }
        } else if scare_quote(v, end) {
            // a term the writer quotes is read through ("had been “caught in the act” of
            // spying")
        } else if w == "," || is_clause_break(w) || matches!(w, "but" | "while" | "although") {
            break;
        }
        end += 1;
    }
    let from_head = if pronoun { head + 1 } else { hm.tok_end };
    let words: Vec<&str> = (from..end).map(|j| v.word(j)).collect();
    let wrong = words
        .iter()
        .any(|w| WRONGDOING.iter().any(|s| w.starts_with(s)))
        || words.windows(3).any(|x| {
            x[0] == "failed"
                && x[1] == "to"
                && [
                    "keep", "honour", "honor", "fulfil", "fulfill", "comply", "respect", "abide",
                ]
                .contains(&x[2])
        })
        || words
            .windows(2)
            .any(|x| (x[0] == "responsible" && x[1] == "for") || (x[0] == "to" && x[1] == "blame"));
    let force = events.iter().zip(live).any(|(x, &l)| {
        let root: u32 = x.code[..2].parse().unwrap_or(0);
        l && x.modality == Modality::Asserted
            && x.trigger_start >= from_head
            && x.trigger_start < end
            && country(x.source).as_deref() == Some(accused.as_str())
            && (17..=20).contains(&root)
    });
    (wrong || force).then_some(h)
}

/// The "that" opening a reported clause within `reach` words from `from`, before any comma
/// or clause mark ("said on Wednesday that", "told Jaishankar that").
fn that_within(v: &SentenceView<'_>, from: usize, reach: usize) -> Option<usize> {
    (from..(from + reach).min(v.end))
        .take_while(|&j| v.word(j) != "," && !breaks(v, j))
        .find(|&j| v.word(j) == "that")
}

/// A statement whose reported clause tells another state what it should or must do is a
/// demand on it (100): "Wang told Jaishankar that India should punish those responsible",
/// "said Yerevan must cease its provocations". The state heads the reported clause (after the
/// verb, "that" and a determiner) and is not the speaker's. Returns that state's mention.
fn demanded_in_report(e: &CodedEvent, v: &SentenceView<'_>) -> Option<usize> {
    let country = |m: Option<usize>| m.and_then(|i| v.mentions[i].country.clone());
    if e.code != "010"
        || e.modality != Modality::Asserted
        || !crate::text::words::is_report(v.word(e.trigger_start))
    {
        return None;
    }
    let src = country(e.source)?;
    let mut head = e.trigger_end;
    // (past the addressee of "told": "told Jaishankar that India should")
    if let Some(t) = that_within(v, head, 8) {
        head = t + 1;
    }
    if matches!(v.word(head), "the" | "a" | "an") {
        head += 1;
    }
    let h = v.mention_starting_at(head)?;
    let hm = &v.mentions[h];
    if hm.country.as_deref().is_none_or(|c| c == src) || hm.locative || hm.adjective {
        return None;
    }
    let mut j = hm.tok_end;
    while j < v.end && is_adverb(v.word(j)) {
        j += 1;
    }
    let modal =
        matches!(v.word(j), "should" | "must") || (v.word(j) == "ought" && v.word(j + 1) == "to");
    // (not "should not be surprised", "must have known": a verb of obligation follows)
    (modal && !matches!(v.word(j + 1), "have" | "be")).then_some(h)
}

/// Subordinating words: an event after one (in the same stretch between commas) is background
/// to the sentence's main event.
/// Words that open a subordinate clause.
pub const SUBORDINATORS: &[&str] = &[
    "as", "because", "when", "after", "before", "while", "until", "unless", "where", "since",
    "although", "though", "whereas", "if", "once", "whenever",
];

fn in_subordinate_clause(v: &SentenceView<'_>, k: usize) -> bool {
    let mut j = k;
    while j > v.start {
        j -= 1;
        let w = v.word(j);
        if SUBORDINATORS.contains(&w) {
            return true;
        }
        if w == "," || is_clause_break(w) {
            return false;
        }
    }
    false
}

/// One sentence reports one main event (failing one in the main clause, its first event with a
/// known actor); the
/// others (in subordinate clauses, or further acts in the same clause) are kept only when they
/// name both sides as different states: "after the
/// United States said it detected and later shot down a Chinese spy balloon" is kept, "as
/// street battles raged" is not.
fn keep_main(events: &mut Vec<CodedEvent>, v: &SentenceView<'_>) {
    let country = |m: Option<usize>| m.and_then(|i| v.mentions[i].country.clone());
    // (with no event in the main clause, the first subordinate one whose actor is known tells
    // the news: "six people were killed when rebels ambushed an army convoy")
    // (an opening phrase is background too: "At a summit between Russia, Iran and Turkey on
    // Friday, Putin rejected …")
    let opening_end = matches!(
        v.word(v.start),
        "at" | "during" | "after" | "before" | "following" | "amid" | "in" | "on" | "despite"
    )
    .then(|| (v.start..v.end).find(|&j| v.word(j) == ","))
    .flatten();
    let main = events
        .iter()
        .position(|e| {
            !in_subordinate_clause(v, e.trigger_start)
                && !e.reduced_passive
                && !in_relative_clause(v, e.trigger_start)
                && opening_end.is_none_or(|c| e.trigger_start > c)
        })
        .or_else(|| {
            events.iter().position(|e| {
                country(e.source).is_some() && !in_relative_clause(v, e.trigger_start)
            })
        });
    let main_start = main.map(|m| events[m].trigger_start);
    // an accusation told as a report ("Iran said Iraqi forces attacked its posts") keeps the
    // act it charges, which the report's words carry
    let charged: Vec<usize> = events
        .iter()
        .filter(|e| e.code == "112" && crate::text::words::is_report(v.word(e.trigger_start)))
        .map(|e| e.trigger_start)
        .collect();
    let mut i = 0;
    // (the main event's copies for each of its coordinated subjects stay with it)
    events.retain(|e| {
        // (and an act named as the cause of the main one, on a known side: "retaliated in
        // response to a missile strike on a U.S. tanker", its actor left to the story)
        let keep = Some(i) == main
            || Some(e.trigger_start) == main_start
            || charged
                .iter()
                .any(|&c| e.trigger_start > c && in_complement(v, c, e.trigger_start))
            || main_start.is_some_and(|m| second_main_clause(v, m, e.trigger_start))
            || {
                let (s, t) = (country(e.source), country(e.target));
                (s.is_some() && t.is_some() && s != t)
                    || (s.is_none()
                        && t.is_some()
                        && cause_of(v, e.trigger_start) == Some(Cause::Answered))
            };
        i += 1;
        keep
    });
    // the main event leads the sentence's events ("After Ruritania shelled the border town,
    // Freedonia recalled its ambassador": the recall, then the shelling)
    if let Some(p) = main_start.and_then(|t| events.iter().position(|e| e.trigger_start == t)) {
        events[..=p].rotate_right(1);
    }
}

/// Whether the act at `k` heads a main clause joined after the main act at `main` by ", and",
/// ", but" or a semicolon ("The two governments agreed to ease visa rules, and officials are
/// due to meet next month"): news in its own right, not background.
fn second_main_clause(v: &SentenceView<'_>, main: usize, k: usize) -> bool {
    k > main
        && !in_subordinate_clause(v, k)
        && !in_relative_clause(v, k)
        && (main + 1..k).any(|j| {
            // (with a subject of its own that names someone: "…, but he refused" and "…, and
            // said they opposed" leave who acts to the pronoun's reading)
            let subject = match (v.word(j), v.word(j + 1)) {
                (",", "and" | "but") => j + 2,
                (";", _) => j + 1,
                _ => return false,
            };
            // (nor is a verb right after the conjunction a clause of its own: "…, and said
            // they opposed", "…, and responded by expelling")
            let w = v.word(subject);
            subject < k
                && !crate::text::words::is_report(w)
                && !(v.is_past(w) && !v.tokens[subject].cap)
                && !matches!(
                    v.word(subject),
                    "he" | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "you"
                        | "both"
                        | "each"
                        | "all"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "there"
                        | "who"
                        | "which"
                )
        })
}

/// Word beginnings of what a state weighs when it considers something: measures, proposals,
/// requests and the like.
const OPTIONS: &[&str] = &[
    "measure",
    "option",
    "proposal",
    "plan",
    "request",
    "offer",
    "possib",
    "step",
    "action",
    "sanction",
    "retaliat",
    "response",
    "move",
    "idea",
    "bid",
    "appeal",
    "applica",
    "invitation",
    "resumption",
    "way",
    "whether",
    "how",
    "legislation",
    "bill",
    "tariff",
    "quota",
    "ban",
    "restriction",
    "curb",
    "embargo",
    "withdraw",
    "expuls",
    "recall",
    "visit",
    "trip",
    "talks",
    "aid",
    "loan",
    "credit",
    "cut",
    "boycott",
    "suspen",
    "exchange",
    "deal",
    "agreement",
    "accord",
    "treaty",
    "sale",
    "purchase",
    "release",
    "extradit",
];

/// Whether the "consider" at `k` weighs an option: an -ing act right after it, or a noun of
/// an option among the next four words, in an active clause.
fn weighs_an_option(v: &SentenceView<'_>, k: usize) -> bool {
    // (a passive: "had been carefully considered")
    if v.is_past(v.word(k)) && preceded_by_be(v, k) {
        return false;
    }
    let next = v.word(k + 1);
    if next.ends_with("ing") && next.len() > 5 {
        return true;
    }
    // (with its object fronted, what is weighed is named before: "a missile sale, which Vietnam
    // has been considering for years")
    if matches!(next, "for" | "," | "." | ";" | "since" | "in" | "") {
        return true;
    }
    (k + 1..(k + 5).min(v.end))
        .take_while(|&j| !matches!(v.word(j), "," | "." | ";" | "that" | "to" | "as"))
        .any(|j| starts_with_any(v.word(j), OPTIONS))
}

/// Word beginnings of ships and aircraft: escorting them is a military matter, not hosting.
const ESCORTED_CRAFT: &[&str] = &[
    "ship",
    "vessel",
    "tanker",
    "convoy",
    "flight",
    "plane",
    "aircraft",
    "jet",
    "warship",
    "frigate",
    "destroyer",
    "navy",
    "naval",
    "fighter",
    "fleet",
    "boat",
];

/// Whether a sentence is a headline in title case: most of its words capitalised.
fn title_case(v: &SentenceView<'_>) -> bool {
    let words = (v.start..v.end).filter(|&i| v.tokens[i].kind == TokenKind::Word);
    let (n, caps) = words.fold((0, 0), |(n, c), i| {
        (n + 1, c + usize::from(v.tokens[i].cap))
    });
    n >= 3 && caps * 10 >= n * 6
}

fn seq_at(v: &SentenceView<'_>, k: usize, seq: &[String]) -> bool {
    k + seq.len() <= v.end && seq.iter().enumerate().all(|(i, s)| v.word(k + i) == s)
}

fn try_pattern(p: &Pattern, v: &SentenceView<'_>, k: usize) -> Option<Fill> {
    // the first word element that can start at k (skipping leading optional words)
    let mut fi = None;
    for (i, e) in p.elems.iter().enumerate() {
        if let Elem::Word { alts, optional, .. } = e {
            if alts.iter().any(|a| seq_at(v, k, a)) {
                fi = Some(i);
                break;
            }
            if !optional {
                return None;
            }
        }
    }
    let fi = fi?;
    // the trigger cannot be part of an actor's name ("United States" is not "S +state"), but
    // a pattern may open with the plural head noun of an agent ("peacekeepers arrived in …")
    if v.here.iter().any(|&m| {
        let mm = &v.mentions[m];
        mm.tok_start <= k
            && k < mm.tok_end
            && !(mm.kind == MentionKind::Agent
                && k + 1 == mm.tok_end
                && fi == 0
                && v.word(k).ends_with('s'))
    }) {
        return None;
    }
    // a word joined by a hyphen is part of a compound ("a free-trade zone"), not a verb
    let joined = |a: usize, b: usize| {
        a < v.tokens.len() && b < v.tokens.len() && v.tokens[a].end == v.tokens[b].start
    };
    if (k + 1 < v.end && v.word(k + 1) == "-" && joined(k, k + 1))
        || (k > v.start && v.word(k - 1) == "-" && joined(k - 1, k))
    {
        return None;
    }
    let verb_pattern = fi == 1 && matches!(p.elems[0], Elem::Slot(_));
    let mut nominal = false;
    if verb_pattern {
        let prev = if k > v.start { v.word(k - 1) } else { "" };
        // "S +host T" is a verb pattern: "a host of issues", "two attacks", "a successful end"
        // (article, adjective, noun) are not instances of it
        // (unless the number or determiner ends an actor: "the two denounced …", "each side
        // accused …")
        let actor_before = v.here.iter().any(|&m| v.mentions[m].tok_end == k);
        let number = k > v.start && v.tokens[k - 1].kind == TokenKind::Number && !actor_before;
        // a bare word between a determiner (or possessive) and the trigger makes the trigger
        // the head of a noun phrase: "the terrorist attack", "Monday's missile strike" ("the
        // rebels attack" would need a plural before a bare verb); its agent is not the clause
        // subject
        let w = v.word(k);
        nominal = k >= v.start + 2
            && (DETERMINERS.contains(&v.word(k - 2))
                || matches!(
                    v.tokens[k - 2].kind,
                    TokenKind::Possessive | TokenKind::Number
                ))
            && v.tokens[k - 1].kind == TokenKind::Word
            && !prev.ends_with('s')
            && !(w.ends_with("ed")
                || w.ends_with('s')
                || w.ends_with("ing")
                || v.past_forms.contains(w));
        // a state's adjective right before the trigger, or before one bare singular modifier,
        // makes the trigger a noun whose agent the adjective names: "from Iraqi air attacks",
        // "Chinese drills" (a plural between is a subject: "Iraqi planes attacked")
        let state_adjective_ends = |e: usize| {
            e > v.start
                && !v.word(e - 1).ends_with('s')
                && v.here.iter().any(|&m| {
                    let mm = &v.mentions[m];
                    mm.tok_end == e && mm.adjective && mm.country.is_some()
                })
        };
        if !nominal
            && !(w.ends_with("ed") || v.past_forms.contains(w))
            && (state_adjective_ends(k)
                || (k >= v.start + 2
                    && v.tokens[k - 1].kind == TokenKind::Word
                    && !v.tokens[k - 1].cap
                    && !prev.ends_with('s')
                    && state_adjective_ends(k - 1)))
        {
            nominal = true;
        }
        // a word after "has", "have" or "had" and a modifier is a noun unless it is a
        // participle: "where it had domestic support" supports no one
        if k >= v.start + 2
            && matches!(v.word(k - 2), "has" | "have" | "had")
            && v.tokens[k - 1].kind == TokenKind::Word
            && !v.tokens[k - 1].cap
            && !is_adverb(prev)
            && !prev.ends_with("ly")
            && !AUXILIARIES.contains(&prev)
            && !matches!(prev, "not" | "never" | "n't")
            && !(w.ends_with("ed") || w.ends_with('s') || v.past_forms.contains(w))
            // (after a participle the word is its object, a noun another pattern may read, or
            // an -ing form going on with the verb: "has voiced hope for", "has begun
            // withdrawing")
            && !(prev.ends_with("ed") || prev.ends_with("en") || v.past_forms.contains(prev))
        {
            return None;
        }
        // an act something is protected from or against is feared, not done: "to protect
        // Kuwaiti tankers from Iranian attack", "shield its exports from air raids"
        let protected_from = (k.saturating_sub(4).max(v.start)..k).rev().find(|&j| {
            matches!(v.word(j), "from" | "against")
                && (j + 1..k).all(|i| {
                    v.tokens[i].kind == TokenKind::Word
                        && (!v.tokens[i].cap
                            || v.here.iter().any(|&m| {
                                let mm = &v.mentions[m];
                                mm.adjective && mm.tok_start <= i && i < mm.tok_end
                            }))
                })
        });
        if let Some(j) = protected_from
            && (j.saturating_sub(8).max(v.start)..j).any(|i| {
                starts_with_any(
                    v.word(i),
                    &[
                        "protect",
                        "shield",
                        "defend",
                        "guard",
                        "safeguard",
                        "insulate",
                    ],
                )
            })
        {
            return None;
        }
        let adjective_before = k >= v.start + 2
            && matches!(v.word(k - 2), "a" | "an" | "the")
            && [
                "ful", "ous", "ive", "ic", "ical", "able", "ible", "less", "ary",
            ]
            .iter()
            .any(|suf| prev.ends_with(suf));
        // a capitalised word inside a run of capitalised words is part of a name ("the Free
        // Aceh Movement", "a Global Campaign for Clean Water"), unless the sentence is a
        // headline in title case
        // (an actor next to it is no part of a name: "the U.S. Criticised Japan", as some wires
        // capitalise after "U.S.")
        let cap = |i: usize| v.tokens[i].kind == TokenKind::Word && v.tokens[i].cap;
        let actor_ends = |i: usize| v.here.iter().any(|&m| v.mentions[m].tok_end == i + 1);
        let actor_starts = |i: usize| {
            v.mention_starting_at(i).is_some_and(|m| {
                let mm = &v.mentions[m];
                !mm.adjective && mm.kind != MentionKind::Agent
            })
        };
        let in_name = k > v.start
            && cap(k)
            && ((cap(k - 1) && !actor_ends(k - 1))
                || (k + 1 < v.end && cap(k + 1) && !actor_starts(k + 1)))
            && !title_case(v);
        // "first", "last" and "further" are adverbs before a past verb ("Kenya first met
        // Sudan in 2019"), determiners before a noun ("the first meeting")
        let adverb_before_verb =
            matches!(prev, "first" | "last" | "further") && v.is_past(v.word(k));
        if (DETERMINERS.contains(&prev) && !adverb_before_verb && !actor_before)
            || number
            || in_name
            || adjective_before
            || (k > v.start && v.tokens[k - 1].kind == TokenKind::Possessive)
        {
            return None;
        }
        // a participle before a name is an adjective: "Ousted President Carlos Ortega"
        // ("these heavily protected U.S. tankers": adverbs in between)
        let w = v.word(k);
        let mut b = k;
        while b > v.start && is_adverb(v.word(b - 1)) {
            b -= 1;
        }
        let before_adverbs = if b > v.start { v.word(b - 1) } else { "" };
        // (after a comma, only before a person's title or a state's adjective: "…, condemned
        // Iran" is a verb)
        let titled = |m: usize| {
            let mm = &v.mentions[m];
            mm.adjective || mm.kind == MentionKind::Person || mm.person.is_some()
        };
        if w.ends_with("ed")
            && v.mention_starting_at(k + 1).is_some_and(|m| {
                b == v.start
                    || DETERMINERS.contains(&before_adverbs)
                    || (before_adverbs == "," && titled(m))
            })
        {
            return None;
        }
        // a gerund after a preposition names a background act ("suspected of bombing a depot"),
        // except "by"/"including", which keep the subject's own acts
        if w.ends_with("ing")
            && k > v.start
            && PREPOSITIONS.contains(&prev)
            && !matches!(prev, "by" | "including")
        {
            return None;
        }
        // a thing in the plural after a state's adjective is a noun ("the Soviet ships are
        // known to"); an act in the plural is the act ("Palestinian riots against …")
        if matches!(
            w,
            "ships"
                | "arms"
                | "funds"
                | "forces"
                | "supplies"
                | "exports"
                | "imports"
                | "shells"
                | "bombs"
                | "rockets"
                | "missiles"
                | "tanks"
                | "jets"
                | "planes"
                | "goods"
                | "loans"
                | "grants"
                | "troops"
                | "vessels"
                | "aircraft"
        ) && v
            .here
            .iter()
            .any(|&m| v.mentions[m].tok_end == k && v.mentions[m].adjective)
        {
            return None;
        }
        // a bare form after an agent noun used as a modifier is a noun: "approval of military
        // aid for the rebels" ("the military aided the rebels" has the past form)
        let bare = !(w.ends_with("ed")
            || w.ends_with('s')
            || w.ends_with("ing")
            || v.past_forms.contains(w));
        if bare
            && v.here.iter().any(|&m| {
                let mm = &v.mentions[m];
                mm.tok_end == k
                    && mm.kind == MentionKind::Agent
                    && mm.tok_start > v.start
                    && (PREPOSITIONS.contains(&v.word(mm.tok_start - 1))
                        || DETERMINERS.contains(&v.word(mm.tok_start - 1)))
            })
        {
            return None;
        }
        // an -s form after an adjective that only modifies nouns is a plural noun ("denounced
        // Western sanctions", "new attacks", "punitive measures")
        if w.ends_with('s')
            && matches!(
                prev,
                "western"
                    | "international"
                    | "unilateral"
                    | "new"
                    | "fresh"
                    | "further"
                    | "additional"
                    | "economic"
                    | "financial"
                    | "tough"
                    | "tougher"
                    | "harsh"
                    | "sweeping"
                    | "punitive"
                    | "retaliatory"
                    | "illegal"
                    | "deadly"
                    | "repeated"
            )
        {
            return None;
        }
        // an economic thing as the subject of a blow is a figure of speech ("U.S. corn imports
        // injure Canadian farmers", "tariffs hit exporters")
        if k > v.start
            && matches!(
                prev,
                "imports"
                    | "exports"
                    | "prices"
                    | "rates"
                    | "tariffs"
                    | "duties"
                    | "subsidies"
                    | "sales"
                    | "policies"
                    | "policy"
                    | "measures"
                    | "deficit"
                    | "deficits"
                    | "surplus"
                    | "surpluses"
                    | "markets"
                    | "currency"
                    | "inflation"
                    | "cuts"
                    | "taxes"
                    | "costs"
                    | "shortages"
                    | "quotas"
            )
            && matches!(&p.code[..2], "18" | "19" | "20")
        {
            return None;
        }
        // escorting a guest is hosting; escorting ships or aircraft is a military matter ("a
        // fighter jet scrambled to escort a Ryanair flight", "a research vessel, escorted by
        // warships"), coded by its own patterns or not at all
        if p.code == "043"
            && w.starts_with("escort")
            && (k.saturating_sub(8).max(v.start)..(k + 8).min(v.end))
                .any(|j| starts_with_any(v.word(j), ESCORTED_CRAFT))
        {
            return None;
        }
        // taking control of a company is business, not occupation ("taking control of a
        // Canadian-led oil consortium")
        if p.code.starts_with("192")
            && (k + 1..(k + 10).min(v.end)).any(|j| {
                matches!(
                    v.word(j),
                    "company"
                        | "companies"
                        | "consortium"
                        | "firm"
                        | "firms"
                        | "bank"
                        | "banks"
                        | "group"
                        | "stake"
                        | "shares"
                        | "board"
                        | "venture"
                        | "corporation"
                        | "subsidiary"
                        | "operator"
                        | "airline"
                        | "project"
                )
            })
        {
            return None;
        }
        // so is a blow whose object is an industry or a market ("shipments were injuring the
        // U.S. industry", "hurting American farmers")
        let economic_object = (k + 1..(k + 5).min(v.end)).any(|j| {
            matches!(
                v.word(j),
                "industry"
                    | "industries"
                    | "producers"
                    | "exporters"
                    | "importers"
                    | "economy"
                    | "economies"
                    | "market"
                    | "markets"
                    | "sales"
                    | "profits"
                    | "earnings"
                    | "competitiveness"
                    | "jobs"
            )
        });
        if economic_object
            && matches!(&p.code[..2], "18" | "19" | "20")
            && [
                "injur", "hurt", "harm", "damag", "hit", "cripple", "devastat",
            ]
            .iter()
            .any(|x| w.starts_with(x))
        {
            return None;
        }
        // "held back", "cut back", "scaled back": a particle, not the verb "back"
        if w == "back"
            && k > v.start
            && (prev.ends_with("ed")
                || v.past_forms.contains(prev)
                || matches!(
                    prev,
                    "hold"
                        | "holds"
                        | "holding"
                        | "cut"
                        | "cuts"
                        | "step"
                        | "steps"
                        | "pull"
                        | "pulls"
                        | "scale"
                        | "scales"
                        | "fight"
                        | "fights"
                        | "come"
                        | "comes"
                        | "go"
                        | "goes"
                        | "bring"
                        | "brings"
                ))
        {
            return None;
        }
        // "easier to meet", "hard to meet": a standard met, not a meeting
        if w.starts_with("meet")
            && k >= v.start + 2
            && prev == "to"
            && matches!(
                v.word(k - 2),
                "easy"
                    | "easier"
                    | "hard"
                    | "harder"
                    | "difficult"
                    | "impossible"
                    | "able"
                    | "unable"
                    | "enough"
            )
        {
            return None;
        }
        // "hit a record", "hit a new high": a measure reached, not a blow
        if w.starts_with("hit")
            && (k + 1..(k + 4).min(v.end)).any(|j| {
                matches!(
                    v.word(j),
                    "record"
                        | "high"
                        | "highs"
                        | "low"
                        | "lows"
                        | "peak"
                        | "bottom"
                        | "ceiling"
                        | "headlines"
                        | "target"
                        | "targets"
                )
            })
        {
            return None;
        }
        // a bare form after a preposition other than "to" is a noun ("growth in trade with
        // the United States", "a request for help")
        if bare
            && k > v.start
            && PREPOSITIONS.contains(&prev)
            && !matches!(prev, "to" | "by" | "including")
        {
            return None;
        }
        // trade in the plural before its direction or a verb of change is the noun ("exports to
        // China rose", "imports from Japan fell")
        if matches!(w, "exports" | "imports" | "sales" | "shipments")
            && matches!(
                v.word(k + 1),
                "to" | "from" | "of" | "by" | "fell" | "rose" | "grew" | "dropped" | "increased"
            )
        {
            return None;
        }
        // an -s form followed by a modal or an auxiliary is the plural subject of that verb,
        // not a verb itself: two finite verbs do not follow each other ("sand storms could be
        // delaying the offensive", "the raids have stopped")
        if w.ends_with('s')
            && !w.ends_with("ss")
            && matches!(
                v.word(k + 1),
                "could"
                    | "would"
                    | "will"
                    | "may"
                    | "might"
                    | "can"
                    | "should"
                    | "must"
                    | "have"
                    | "were"
                    | "are"
                    | "had"
            )
            && k + 1 < v.end
        {
            return None;
        }
        // an -s form after a preposition is a plural noun, not the subject's verb ("the
        // increase in imports from the U.S.")
        if w.ends_with('s')
            && !w.ends_with("ss")
            && k > v.start
            && PREPOSITIONS.contains(&prev)
            && !matches!(prev, "to" | "by" | "including")
        {
            return None;
        }
    }
    // a relative clause describes background ("his trip, which was agreed in Bali"): its act
    // is kept only between two states (see `keep_main`), and only when the pronoun stands for
    // a noun ("Netanyahu, who met Putin on Wednesday"; not "an inquiry into who is to blame")
    if in_relative_clause(v, k) && !relative_after_noun(v, k) {
        return None;
    }
    let mut fill = Fill {
        first_literal: k,
        nominal,
        ..Default::default()
    };
    // what comes before the first word: a leading slot, perhaps with a possessive
    let lead = &p.elems[..fi];
    let lead_slots: Vec<Role> = lead
        .iter()
        .filter_map(|e| {
            if let Elem::Slot(r) = e {
                Some(*r)
            } else {
                None
            }
        })
        .collect();
    if lead.contains(&Elem::Possessive) {
        // S 's +visit: the mention right before the possessive
        if k == 0 || k <= v.start || v.tokens[k - 1].kind != TokenKind::Possessive {
            return None;
        }
        let owner = v
            .here
            .iter()
            .copied()
            .find(|&m| v.mentions[m].tok_end == k - 1)?;
        if let Some(r) = lead_slots.first() {
            set_slot(&mut fill, *r, Some(owner));
        }
    }
    // passive reading of "S +verb T ...": "T was verbed (…) by S"
    // (a short place phrase may come between: "hit in the Gulf by Iran")
    let by_agent = || {
        let after = k + word_len(&p.elems[1], v, k).unwrap_or(1);
        (after..(after + 5).min(v.end))
            .take_while(|&j| v.word(j) != "," && !breaks(v, j))
            .any(|j| v.word(j) == "by" && first_mention_in(v, j + 1, (j + 5).min(v.end)).is_some())
    };
    // (a participle set off after its noun is passive too: "twelve fishermen, held captive
    // for months, …")
    // (not with an object after it, which makes it the active verb of the actor before the
    // apposition: "Ana Ruiz, the Peruvian minister, condemned Chile")
    let object_next = || {
        let after = k + word_len(&p.elems[1], v, k).unwrap_or(1);
        after < v.end
            && (DETERMINERS.contains(&v.word(after)) || v.mention_starting_at(after).is_some())
    };
    // (nor after the comma closing an apposition, which is the subject's: "the two ministers,
    // Taro Kono and Kang Kyung-wha, met on the sidelines")
    let closes_apposition = || {
        let mut j = k - 1;
        while let Some(m) = v.here.iter().copied().find(|&m| v.mentions[m].tok_end == j) {
            j = v.mentions[m].tok_start;
            if j > v.start && v.word(j - 1) == "and" {
                j -= 1;
            }
        }
        j > v.start && v.word(j - 1) == ","
    };
    let appositive = k >= v.start + 2
        && v.word(k - 1) == ","
        && v.here.iter().any(|&m| v.mentions[m].tok_end == k - 1)
        && !object_next()
        && !closes_apposition();
    // (a verb whose participle is its bare form is passive after "be": "was hit by")
    let same_participle = matches!(
        v.word(k),
        "hit" | "cut" | "shut" | "put" | "set" | "hurt" | "cast"
    ) && preceded_by_be(v, k);
    let passive = p.passive
        && fi == 1
        && (v.is_past(v.word(k)) || same_participle)
        && (preceded_by_be(v, k) || by_agent() || appositive);
    if passive {
        fill.passive = true;
        let rest = &p.elems[3..];
        let end = match_elems(rest, v, k + word_len(&p.elems[1], v, k)?, &mut fill)?;
        fill.end = end;
        // the agent after "by"
        let mut j = end;
        let limit = (end + 8).min(v.end);
        while j < limit {
            let w = v.word(j);
            if w == "by" {
                if let Some(m) = first_mention_in(v, j + 1, (j + 6).min(v.end)) {
                    fill.source = Some(Some(m));
                }
                break;
            }
            if is_clause_break(w) || w == "," {
                break;
            }
            j += 1;
        }
        if fill.source.is_none() {
            fill.source = Some(None);
        }
        // the target is the passive subject: filled by `finish`
        return Some(fill);
    }
    let end = match_elems(&p.elems[fi..], v, k, &mut fill)?;
    fill.end = end;
    // "Iranian crews were given a warning", "the rebels were sent weapons": the subject of a
    // passive verb of giving receives; the giver, if named, follows "by"
    let w = v.word(k);
    if fi == 1
        && matches!(p.elems.first(), Some(Elem::Slot(Role::Source)))
        && RECEIVED.contains(&w)
        && preceded_by_be(v, k)
    {
        fill.passive = true;
        fill.source = Some(
            (end..(end + 8).min(v.end))
                .take_while(|&j| !(v.word(j) == "," || breaks(v, j)))
                .find(|&j| v.word(j) == "by")
                .and_then(|j| first_mention_in(v, j + 1, (j + 6).min(v.end))),
        );
    }
    Some(fill)
}

/// Word beginnings that tell of armed force in a sentence.
const MILITARY_CUES: &[&str] = &[
    "troop",
    "soldier",
    "forces",
    "army",
    "armies",
    "military",
    "militar",
    "rebel",
    "militant",
    "guerrilla",
    "insurgent",
    "artillery",
    "tank",
    "killed",
    "kill",
    "dead",
    "wounded",
    "casualt",
    "fighting",
    "fighter",
    "offensive",
    "front",
    "war",
    "shell",
    "bomb",
    "missile",
    "rocket",
    "gunboat",
    "warship",
    "jet",
    "aircraft",
    "navy",
    "naval",
    "marines",
    "militia",
    "battlefield",
    "infantry",
    "division",
    "brigade",
    "regiment",
];

/// Economic forces that "hit" an economy: a passive blow by one of them is no attack.
const ECONOMIC_BLOWS: &[&str] = &[
    "prices",
    "price",
    "yen",
    "dollar",
    "demand",
    "decline",
    "declines",
    "fall",
    "falls",
    "drop",
    "slump",
    "recession",
    "rates",
    "costs",
    "competition",
    "imports",
    "exports",
    "tariffs",
    "duties",
    "quotas",
    "drought",
    "floods",
    "weather",
    "glut",
    "oversupply",
    "currency",
    "strikes",
    "strike",
    "losses",
    "debt",
    "crisis",
];

/// Past participles of verbs of giving: in a passive their subject is the one who receives.
const RECEIVED: &[&str] = &[
    "given",
    "handed",
    "sent",
    "shown",
    "offered",
    "granted",
    "awarded",
    "promised",
    "issued",
    "served",
    "lent",
    "loaned",
    "supplied",
    "provided",
    "delivered",
];

/// Whether token `k` stands in a relative clause opened by "which", "who", "whom" or "whose".
fn in_relative_clause(v: &SentenceView<'_>, k: usize) -> bool {
    let mut j = k;
    while j > v.start {
        j -= 1;
        let w = v.word(j);
        if matches!(w, "which" | "who" | "whom" | "whose") {
            return true;
        }
        if w == "," || is_clause_break(w) {
            return false;
        }
    }
    false
}

/// Whether the relative pronoun before `k` follows the noun it stands for ("Netanyahu, who
/// met …"), not a preposition ("an inquiry into who is to blame", "the terms on which").
/// (A preposition and "which" with an actor right after it open a clause of that actor's own:
/// "items on which Washington has asked Seoul to lower tariffs".)
fn relative_after_noun(v: &SentenceView<'_>, k: usize) -> bool {
    (v.start..k)
        .rev()
        .find(|&j| matches!(v.word(j), "which" | "who" | "whom" | "whose"))
        .is_some_and(|r| {
            r > v.start
                && (!PREPOSITIONS.contains(&v.word(r - 1))
                    || (v.word(r) == "which"
                        && r >= v.start + 2
                        && v.tokens[r - 2].kind == TokenKind::Word
                        && (v.mention_starting_at(r + 1).is_some()
                            || (v.word(r + 1) == "the" && v.mention_starting_at(r + 2).is_some()))))
        })
}

fn word_len(e: &Elem, v: &SentenceView<'_>, k: usize) -> Option<usize> {
    if let Elem::Word { alts, .. } = e {
        alts.iter()
            .filter(|a| seq_at(v, k, a))
            .map(|a| a.len())
            .max()
    } else {
        None
    }
}

fn set_slot(f: &mut Fill, r: Role, m: Option<usize>) {
    match r {
        Role::Source => f.source = Some(m),
        Role::Target => f.target = Some(m),
    }
}

fn preceded_by_have(v: &SentenceView<'_>, k: usize) -> bool {
    k > v.start && matches!(v.word(k - 1), "has" | "have" | "had" | "having")
}

fn preceded_by_be(v: &SentenceView<'_>, k: usize) -> bool {
    let mut j = k;
    let mut n = 0;
    while j > v.start && n < 3 {
        j -= 1;
        let w = v.word(j);
        if BE.contains(&w) {
            return true;
        }
        // (a participle of report or belief between: "have been confirmed hit", "were
        // reported killed", "was believed captured")
        let reported = matches!(
            w,
            "confirmed"
                | "reported"
                | "believed"
                | "thought"
                | "said"
                | "known"
                | "feared"
                | "presumed"
        ) && j > v.start
            && BE.contains(&v.word(j - 1));
        if !is_adverb(w) && !reported {
            return false;
        }
        n += 1;
    }
    false
}

/// Matches elements from token `k`; returns the end token.
fn match_elems(elems: &[Elem], v: &SentenceView<'_>, k: usize, fill: &mut Fill) -> Option<usize> {
    let Some((e, rest)) = elems.split_first() else {
        return Some(k);
    };
    match e {
        Elem::Word { alts, optional, .. } => {
            // allow up to two adverbs before a word that is not the first
            let mut starts = vec![k];
            let mut j = k;
            while j < v.end
                && starts.len() < 4
                && (is_adverb(v.word(j)) || scare_quote(v, j))
                && j > fill.first_literal
            {
                j += 1;
                starts.push(j);
            }
            for &s in &starts {
                let mut lens: Vec<usize> = alts
                    .iter()
                    .filter(|a| seq_at(v, s, a))
                    .map(|a| a.len())
                    .collect();
                lens.sort_unstable_by(|a, b| b.cmp(a));
                lens.dedup();
                for l in lens {
                    let mut f2 = fill.clone();
                    if let Some(end) = match_elems(rest, v, s + l, &mut f2) {
                        *fill = f2;
                        return Some(end);
                    }
                }
            }
            if *optional {
                return match_elems(rest, v, k, fill);
            }
            None
        }
        Elem::Possessive => {
            if k < v.end && v.tokens[k].kind == TokenKind::Possessive {
                match_elems(rest, v, k + 1, fill)
            } else {
                None
            }
        }
        Elem::Gap => {
            // up to four words (hyphens, possessives and the parts of an amount of money do not
            // count: "contributed close to US$141 million to")
            let mut words = 0;
            for g in 0..=12 {
                let j = k + g;
                if j > v.end {
                    break;
                }
                if g > 0 {
                    let w = v.word(j - 1);
                    if w == "-"
                        && j - 1 > k
                        && j < v.end
                        && v.tokens[j - 2].end == v.tokens[j - 1].start
                    {
                        // a hyphen inside a word ("high-end")
                    } else if scare_quote(v, j - 1) {
                        // a quoted term read through
                    } else if matches!(w, "as" | "much" | "many")
                        && (matches!(v.word(j), "much" | "many")
                            || (v.word(j) == "as" && matches!(w, "much" | "many"))
                            || (j >= 3
                                && w == "as"
                                && matches!(v.word(j - 2), "much" | "many")
                                && v.word(j - 3) == "as"))
                    {
                        // "as much as", "as many as" before an amount: part of it
                    } else if w == "of"
                        && j >= 2
                        && j - 2 >= k
                        && (is_quantity(v.word(j - 2))
                            || matches!(v.word(j - 2), "one" | "some" | "several" | "each"))
                    {
                        // a partitive "of" ("one of its biggest aerial assaults"): part of the
                        // quantity
                    } else if is_clause_break(w)
                        || w == ","
                        || GAP_STOP.contains(&w)
                        || GAP_REVERSAL.contains(&w)
                        // (nor a modal: "announced it would put tariffs on" announces no
                        // tariffs; the act is the verb after the modal)
                        || matches!(w, "would" | "will" | "could" | "might" | "should" | "shall")
                    {
                        break;
                    } else if v.tokens[j - 1].kind != TokenKind::Possessive
                        && v.tokens[j - 1].kind != TokenKind::Number
                        && !AMOUNT_WORDS.contains(&w)
                    {
                        words += 1;
                    }
                    if words > 4 {
                        break;
                    }
                }
                // (a word of the pattern right after "to" is a verb in an infinitive, not the
                // noun the pattern wants: "cut the duties to help reduce the surplus" cuts no
                // help)
                if g > 0
                    && v.word(j - 1) == "to"
                    && matches!(rest.first(), Some(Elem::Word { .. }))
                    && !matches!(rest.first(), Some(Elem::Word { alts, .. }) if alts.iter().any(|a| a.first().is_some_and(|w| w == "to")))
                {
                    continue;
                }
                let mut f2 = fill.clone();
                if let Some(end) = match_elems(rest, v, j, &mut f2) {
                    *fill = f2;
                    return Some(end);
                }
            }
            None
        }
        Elem::Slot(r) => {
            if rest.is_empty() {
                // trailing slot: the first actor ahead in the clause
                let m = object_after(v, k);
                set_slot(fill, *r, m);
                return Some(k);
            }
            // a slot between words: a noun phrase of up to 8 tokens, which holds no finite verb
            // ("told Reuters the reserves were likely to" is no "tell T to"), nor opens with an
            // infinitive ("wanted to sell computers to India" is no "want T to")
            if v.word(k) == "to" {
                return None;
            }
            for len in 1..=8 {
                let j = k + len;
                if j > v.end {
                    break;
                }
                let w = v.word(j - 1);
                // (a hyphen inside a word is no break: "the gas-rich emirate")
                let hyphen = inner_hyphen(v, j - 1);
                // (a subject pronoun after the first word opens a clause: "told Ruto he
                // intended to" is no "tell T to")
                // (nor a comma inside a list of actors: "talks between Egypt, Ethiopia and
                // Sudan")
                let list_comma = w == ","
                    && j >= 2
                    && v.here.iter().any(|&m| v.mentions[m].tok_end == j - 1)
                    && v.mention_starting_at(j).is_some();
                // (nor a name's short form in brackets: "the United Arab Emirates (UAE) to")
                let gloss = (w == "(" && j + 1 < v.end && v.word(j + 1) == ")" && v.tokens[j].cap)
                    || (w == ")" && j >= 3 && v.word(j - 3) == "(" && v.tokens[j - 2].cap);
                if (is_clause_break(w) && !hyphen && !gloss)
                    || (w == "," && !list_comma)
                    || (len > 1 && (AUXILIARIES.contains(&w) || matches!(w, "are" | "were")))
                    || (len > 1 && matches!(w, "he" | "she" | "they" | "we" | "i"))
                {
                    break;
                }
                // (nor does an article right after an actor: a second noun phrase, the subject
                // of a clause without "that" ("told reporters the United States expects to" is
                // no "tell T to"))
                // (or right after a name the dictionaries do not know: "told Reuters the waiver
                // allowed Washington to")
                if len > 1
                    && matches!(w, "the" | "a" | "an")
                    && (v.here.iter().any(|&m| v.mentions[m].tok_end == j - 1)
                        || (v.tokens[j - 2].kind == TokenKind::Word && v.tokens[j - 2].cap))
                {
                    break;
                }
                // nor does a verb follow it before the pattern's next word (the matcher lets
                // adverbs and auxiliaries stand before a word)
                // ("T to", "T that": a last word after the slot)
                let next = v.word(j);
                let literal = matches!(rest, [Elem::Word { alts, .. }]
                    if !alts.iter().any(|a| a.first().is_some_and(|f| f == next)));
                if (AUXILIARIES.contains(&next) || matches!(next, "are" | "were")) && literal {
                    continue;
                }
                let mut f2 = fill.clone();
                if let Some(end) = match_elems(rest, v, j, &mut f2) {
                    // a modifier inside the noun phrase is not its head ("welcomed Chinese
                    // investment in"); one that ends it is ("welcomed the Saudi decision")
                    let m = first_mention_in(v, k, j)
                        .filter(|&m| v.mentions[m].tok_end == j || !modifies_noun(v, m))
                        .or_else(|| anaphor(v, k, j));
                    set_slot(&mut f2, *r, m);
                    *fill = f2;
                    return Some(end);
                }
            }
            None
        }
    }
}

/// The meeting (040) or visit (042) an intent said now (`code` 03x, trigger at `k`, pattern to
/// `end`) commits to beside it: an agreement or a promise to meet ("agreed to meet in Europe at
/// the end of October"; an offer or a readiness to meet promises none), an agreement that
/// others will meet ("agreed that a joint boundary committee would meet in Khartoum next
/// week"), an invitation accepted ("accepted an invitation to visit Indonesia later this year").
fn meeting_to_come(v: &SentenceView<'_>, code: &str, k: usize, end: usize) -> Option<&'static str> {
    let trigger = v.word(k);
    let named =
        |from: usize, to: usize, word: &str| (from..to).any(|j| v.word(j).starts_with(word));
    if code.starts_with("036")
        && starts_with_any(trigger, &["agree", "promis", "pledg"])
        && named(k + 1, end.min(k + 4), "meet")
    {
        return Some("040");
    }
    let others_will_meet = || {
        (k + 1..end.max(k + 3).min(v.end)).any(|j| v.word(j) == "that")
            && (k + 2..(end + 10).min(v.end))
                .take_while(|&j| !breaks(v, j) && v.word(j) != ",")
                .any(|j| {
                    matches!(v.word(j), "would" | "will" | "should")
                        && (v.word(j + 1).starts_with("meet") || v.word(j + 1) == "hold")
                })
    };
    if code.starts_with("03") && trigger.starts_with("agree") && others_will_meet() {
        return Some("040");
    }
    if code.starts_with("036") && trigger.starts_with("accept") && named(k + 1, end, "invitation") {
        if named(k + 1, end, "visit") {
            return Some("042");
        }
        if named(k + 1, end, "meet") {
            return Some("040");
        }
    }
    None
}

/// The actor named right before an act's noun at `k`, or before its one bare modifier: its
/// agent ("the Russian attack", "Iraqi air attacks"), not a place.
fn agent_before_noun(v: &SentenceView<'_>, k: usize) -> Option<usize> {
    let modifier = |j: usize| v.tokens[j].kind == TokenKind::Word && !v.tokens[j].cap;
    v.here.iter().copied().find(|&m| {
        let mm = &v.mentions[m];
        (mm.tok_end == k || (mm.tok_end + 1 == k && modifier(k - 1)))
            && mm.kind != MentionKind::Place
            && !mm.locative
    })
}

/// Whether token `j` ends a clause: punctuation that does, but not a hyphen inside a word
/// ("the 4.8-billion-dollar dam").
fn breaks(v: &SentenceView<'_>, j: usize) -> bool {
    is_clause_break(v.word(j)) && !inner_hyphen(v, j)
}

/// Whether token `j` is a hyphen inside a word, joined to the words on both sides
/// ("war-torn", "Kang Kyung-wha"), rather than a dash set off by spaces.
fn inner_hyphen(v: &SentenceView<'_>, j: usize) -> bool {
    v.word(j) == "-"
        && j > v.start
        && j + 1 < v.end
        && v.tokens[j - 1].end == v.tokens[j].start
        && v.tokens[j].end == v.tokens[j + 1].start
}

fn first_mention_in(v: &SentenceView<'_>, a: usize, b: usize) -> Option<usize> {
    v.here.iter().copied().find(|&m| {
        let mm = &v.mentions[m];
        mm.tok_start >= a && mm.tok_start < b
    })
}

/// The object of a verb or preposition at `k`: the first actor within a few words, not crossing
/// a clause boundary; failing that, a definite description ("the island", "the rising power").
fn object_after(v: &SentenceView<'_>, k: usize) -> Option<usize> {
    let mut j = k;
    // an aside right after the verb ("shot down — a Chinese balloon")
    while j < v.end && j == k && matches!(v.word(j), "-" | ",") {
        j += 1;
    }
    let start = j;
    let mut words = 0;
    while j < v.end && words <= 4 {
        if let Some(m) = v.mention_starting_at(j) {
            if own_agent(v, m) {
                break;
            }
            if !(mm_is_modifier(v, m)) {
                return Some(m);
            }
            j = v.mentions[m].tok_end;
            words += 1;
            continue;
        }
        let w = v.word(j);
        // a hyphen inside a word is no break ("war-torn Mozambique")
        if j > start && inner_hyphen(v, j) {
            j += 1;
            continue;
        }
        // the direct object stops at a preposition, a clause boundary or a new clause; "of"
        // after a quantity goes on ("dozens of demonstrators", "two of its nationals")
        let quantity_of = (w == "of" && j > start && is_quantity(v.word(j - 1)))
            || (w == "at" && matches!(v.word(j + 1), "least" | "most"));
        // a group the object names by its members goes on to them: "asked four countries,
        // including the United States and Britain, for …", "several states such as Chile"
        if j > start && matches!(w, "," | "including" | "such") {
            let mut i = j;
            if v.word(i) == "," {
                i += 1;
            }
            let lead = match (v.word(i), v.word(i + 1)) {
                ("including", _) => Some(i + 1),
                ("such", "as") => Some(i + 2),
                _ => None,
            };
            if let Some(mut i) = lead {
                while i < v.end && matches!(v.word(i), "the" | "a" | "an") {
                    i += 1;
                }
                if let Some(m) = v.mention_starting_at(i)
                    && !v.mentions[m].locative
                {
                    return Some(m);
                }
            }
        }
        if is_clause_break(w)
            || w == ","
            || (PREPOSITIONS.contains(&w) && !quantity_of)
            || OBJECT_STOP.contains(&w)
        {
            break;
        }
        words += 1;
        j += 1;
    }
    // (a pronoun or "the country" within the object, not past its end: "voiced concern over
    // the incident, with the US State Department saying …" names no one after the comma)
    anaphor(v, start, (start + 5).min(v.end).min(j.max(start + 1)))
}

/// Words a `*` gap does not cross: they start another clause or phrase.
const GAP_STOP: &[&str] = &[
    "that", "which", "who", "before", "after", "when", "while", "because", "since", "until",
    "despite", "amid", "as", "if", "but", "said", "says",
];

/// Nouns that undo the measure after them: a gap does not cross them ("announced the easing of
/// import curbs" is no new curb).
const GAP_REVERSAL: &[&str] = &[
    "easing",
    "lifting",
    "relaxation",
    "removal",
    "suspension",
    "repeal",
    "cancellation",
];

/// The first actor in the predicate after token `from`: not a place, not an agent after "by",
/// for verbal acts not a topic after "on"/"about"/"over", for meetings other than mediation
/// (`purpose_stops`) not in a purpose clause ("to discuss …"), and not beyond the clause (a
/// comma, a subordinate or relative clause, a report verb).
fn predicate_actor(
    v: &SentenceView<'_>,
    from: usize,
    verbal: bool,
    purpose_stops: bool,
    nominal: bool,
) -> Option<usize> {
    let mut j = from;
    while j < v.end {
        // a purpose clause names what a meeting is about, not with whom it is held ("met in emergency session to discuss tension between Greece and Turkey")
        if purpose_stops
            && j > from
            && v.word(j) == "to"
            && v.mention_starting_at(j + 1).is_none()
            && !DETERMINERS.contains(&v.word(j + 1))
            && v.tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
        {
            return None;
        }
        if let Some(m) = v.mention_starting_at(j) {
            let mm = &v.mentions[m];
            // (right after the trigger, the trigger is the word before: in "responded by
            // expelling Cambodian diplomats" the -ing trigger is no modifier of the noun)
            let before = if j == from && j > v.start {
                v.word(j - 1)
            } else {
                word_before_np(v, j)
            };
            // "by X" after a participle is the agent of a passive; after a noun ("calls by
            // Minsk's rulers", "an offer by Kabul") it names the other party
            let by = before == "by" && by_is_agent(v, j);
            // what a statement is about is not whom it is addressed to ("a warning on Taiwan")
            let topic =
                verbal && matches!(before, "on" | "about" | "over" | "regarding" | "concerning");
            // (an agent noun used as an adjective names no party: "a package of military aid")
            if !mm.locative
                && !by
                && !topic
                && mm.kind != MentionKind::Place
                && !own_agent(v, m)
                && !mm_is_modifier(v, m)
                && !border_head(v, m)
            {
                return Some(m);
            }
            j = mm.tok_end;
            continue;
        }
        let w = v.word(j);
        // a cause named after the act is not its target ("shelled a camp in Kuwait in
        // retaliation for U.S. attacks"; "in protest at", "in return for")
        let cause =
            opens_cause(v, j) || (w == "in" && matches!(v.word(j + 1), "protest" | "return"));
        // (a modal after a noun trigger opens the predicate of the sentence whose subject the
        // noun heads: "a cut in the tariff should help boost U.S. exports")
        if w == ","
            || is_clause_break(w)
            || SUBORDINATORS.contains(&w)
            || matches!(w, "which" | "who" | "whom" | "said" | "says" | "saying")
            || (nominal
                && matches!(
                    w,
                    "should" | "would" | "could" | "will" | "can" | "may" | "might" | "must"
                ))
            || cause
        {
            return None;
        }
        j += 1;
    }
    None
}

/// What a noun phrase before another act names ("after an attack on …", "in response to a
/// missile strike on …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cause {
    /// An act before it: "after", "following".
    Earlier,
    /// The act it answers: "in response to", "in retaliation for".
    Answered,
}

/// Whether the noun phrase whose head starts at `k` names the cause of another act, and how.
fn cause_of(v: &SentenceView<'_>, k: usize) -> Option<Cause> {
    let mut j = k;
    let mut n = 0;
    // back over the noun phrase's determiners and modifiers
    while j > v.start && n < 5 {
        let w = v.word(j - 1);
        if DETERMINERS.contains(&w)
            || v.tokens[j - 1].kind == TokenKind::Number
            || (v.tokens[j - 1].kind == TokenKind::Word
                && !PREPOSITIONS.contains(&w)
                && !matches!(w, "after" | "following" | "despite" | "amid")
                && !is_report(w)
                && !v.is_past(w))
        {
            j -= 1;
            n += 1;
            continue;
        }
        break;
    }
    let prep = if j > v.start { v.word(j - 1) } else { "" };
    match prep {
        "after" | "following" => Some(Cause::Earlier),
        "to" | "for" if j >= v.start + 3 && opens_cause(v, j - 3) => Some(Cause::Answered),
        _ => None,
    }
}

/// Whether "in response", "in retaliation", "in reprisal" … starts at `j`: what follows is the
/// act answered, not a party to the act before it.
fn opens_cause(v: &SentenceView<'_>, j: usize) -> bool {
    v.word(j) == "in"
        && matches!(
            v.word(j + 1),
            "response"
                | "retaliation"
                | "reprisal"
                | "revenge"
                | "reaction"
                | "answer"
                | "anger"
                | "outrage"
                | "protest"
                | "defiance"
        )
}

/// A modifier that `object_after` passes over: an agent noun of no known state used as an
/// adjective ("any escalation of military actions").
fn mm_is_modifier(v: &SentenceView<'_>, m: usize) -> bool {
    let mm = &v.mentions[m];
    mm.kind == MentionKind::Agent && (mm.country.is_none() || mm.inferred) && modifies_noun(v, m)
}

/// Whether mention `m` modifies the common noun after it rather than naming an actor: a bare
/// adjective ("Greek rights"), or a name after "a"/"an" ("a government cash infusion"). After
/// "of" the adjective is the origin of a good and stands for its state ("tonnes of French
/// wheat").
fn modifies_noun(v: &SentenceView<'_>, m: usize) -> bool {
    let mm = &v.mentions[m];
    let before = if mm.tok_start > v.start {
        v.word(mm.tok_start - 1)
    } else {
        ""
    };
    let indefinite = matches!(before, "a" | "an");
    // (an agent noun of no known state that is also an adjective: "military actions")
    // (only agent nouns that are adjectives too: "military aid", not "government offensive")
    let bare_agent = mm.kind == MentionKind::Agent
        && (mm.country.is_none() || mm.inferred)
        && mm.tok_end == mm.tok_start + 1
        && matches!(
            v.word(mm.tok_start),
            "military" | "paramilitary" | "naval" | "security" | "police" | "army"
        );
    if !(mm.adjective || indefinite || bare_agent)
        || (before == "of" && !bare_agent)
        || mm.tok_end >= v.end
    {
        return false;
    }
    let next = &v.tokens[mm.tok_end];
    let w = v.word(mm.tok_end);
    next.kind == TokenKind::Word
        && !next.cap
        && !PREPOSITIONS.contains(&w)
        && !OBJECT_STOP.contains(&w)
        && !GAP_STOP.contains(&w)
        && !SUBORDINATORS.contains(&w)
        && !AUXILIARIES.contains(&w)
        && !is_adverb(w)
        && !is_report(w)
        && !matches!(
            w,
            "to" | "nor" | "for" | "in" | "at" | "from" | "with" | "into"
        )
        // the state's own ground stands for the state ("in the Turkish capital")
        && !crate::text::words::PLACE_NOUNS.contains(&w)
}

/// Whether "by" before the noun phrase at `j` introduces a passive agent: it follows a
/// participle ("shot down by", "backed by").
fn by_is_agent(v: &SentenceView<'_>, j: usize) -> bool {
    let mut b = j;
    while b > v.start && v.word(b - 1) != "by" {
        b -= 1;
    }
    b >= v.start + 2 && {
        let w = v.word(b - 2);
        v.is_past(w) || is_adverb(w)
    }
}

/// A sector of unknown state owned by a pronoun ("its troops", "their supporters") belongs to
/// the subject: it is not the other party.
fn own_agent(v: &SentenceView<'_>, m: usize) -> bool {
    v.mentions[m].possessed
}

/// Quantities and collectives that take "of" ("dozens of", "members of").
fn is_quantity(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit() || c == ',')
        || matches!(
            w,
            "dozens"
                | "hundreds"
                | "thousands"
                | "millions"
                | "scores"
                | "tens"
                | "several"
                | "some"
                | "many"
                | "most"
                | "all"
                | "none"
                | "each"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "group"
                | "groups"
                | "members"
                | "member"
                | "number"
                | "supporters"
                | "dozen"
                | "hundred"
                | "thousand"
                | "million"
                | "bunch"
                | "team"
                | "delegation"
                | "convoy"
                | "leaders"
                | "leader"
                | "head"
                | "chief"
                | "families"
                | "relatives"
                | "citizens"
                | "nationals"
        )
}

/// Words that end the search for a verb's object.
const OBJECT_STOP: &[&str] = &[
    "that", "which", "who", "while", "because", "but", "when", "and", "or", "said", "says", "if",
    "whether", "as", "than",
];

/// The target of a material act given by a place phrase after it: "drills near the island",
/// "strikes on Gaza", "shelling in Kharkiv".
/// Whether mention `m` names a state's border as the head of its noun phrase ("on the Thai
/// border"): the frontier zone, on either side of it. "Ukrainian border towns" are in Ukraine.
fn border_head(v: &SentenceView<'_>, m: usize) -> bool {
    let e = v.mentions[m].tok_end;
    matches!(v.word(e), "border" | "borders" | "frontier")
        && (e + 1 >= v.end || {
            let t = &v.tokens[e + 1];
            let w = v.word(e + 1);
            t.kind != TokenKind::Word
                || PREPOSITIONS.contains(&w)
                || OBJECT_STOP.contains(&w)
                || GAP_STOP.contains(&w)
                || SUBORDINATORS.contains(&w)
        })
}

/// "north of", "outside of" at `j` (the "of"), with no distance before it: the place is
/// around there ("strikes north of Beirut"); "120 miles east of Bahrain" is away from it.
fn direction_of(v: &SentenceView<'_>, j: usize) -> bool {
    v.word(j) == "of"
        && j > v.start
        && crate::text::words::PLACE_OF.contains(&v.word(j - 1))
        && !(j >= v.start + 2
            && matches!(
                v.word(j - 2),
                "miles" | "mile" | "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer"
            ))
}

fn place_target(v: &SentenceView<'_>, end: usize) -> Option<usize> {
    let mut j = end;
    let limit = (end + 10).min(v.end);
    while j < limit {
        let w = v.word(j);
        // (nor past a cause: "in response to a strike on a tanker")
        if is_clause_break(w) || w == "," || OBJECT_STOP.contains(&w) || opens_cause(v, j) {
            return None;
        }
        if matches!(
            w,
            "near"
                | "against"
                | "on"
                | "at"
                | "around"
                | "off"
                | "in"
                | "into"
                | "toward"
                | "towards"
                | "over"
                | "across"
                | "inside"
                | "outside"
                | "upon"
        ) || direction_of(v, j)
        {
            // (a state's border is the frontier zone, on either side: "a stronghold on the
            // Thai border" is not in Thailand)
            let m = first_mention_in(v, j + 1, (j + 4).min(v.end))
                .filter(|&m| !border_head(v, m))
                .or_else(|| anaphor(v, j + 1, (j + 5).min(v.end)));
            if m.is_some() {
                return m;
            }
        }
        j += 1;
    }
    None
}

/// Definite descriptions that refer back to a state: "the island", "the country", "the rising
/// power". Resolves to the most recent state mentioned before (an island state for "the island").
fn anaphor(v: &SentenceView<'_>, a: usize, b: usize) -> Option<usize> {
    let mut j = a;
    while j < b {
        if v.word(j) == "the" {
            // the [adjective]{0,2} noun (a hyphenated adjective is three tokens: "the
            // gas-rich emirate")
            for n in 1..=5 {
                let h = v.word(j + n);
                let kind = match h {
                    "island" => 1,
                    "country" | "nation" | "kingdom" | "republic" | "power" | "superpower"
                    | "regime" | "emirate" | "sultanate" | "monarchy" | "principality" => 2,
                    _ => 0,
                };
                if kind > 0 {
                    return previous_state(v, j, kind == 1);
                }
                if h.is_empty() || (is_clause_break(h) && h != "-") || h == "," {
                    break;
                }
            }
        }
        j += 1;
    }
    None
}

fn previous_state(v: &SentenceView<'_>, before: usize, island: bool) -> Option<usize> {
    v.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tok_end <= before && m.country.is_some() && m.kind != MentionKind::Place)
        .filter(|(_, m)| !island || m.country.as_deref().is_some_and(|c| (v.is_island)(c)))
        .map(|(i, _)| i)
        .next_back()
}

/// The word before the noun phrase that starts at `k` (skipping determiners and the like).
fn word_before_np<'a>(v: &'a SentenceView<'_>, k: usize) -> &'a str {
    let mut j = k;
    while j > v.start {
        j -= 1;
        let w = v.word(j);
        if NP_LEAD.contains(&w)
            || (v.tokens[j].kind == TokenKind::Word
                && !v.tokens[j].cap
                && j + 1 == k
                && w.ends_with("ing"))
        {
            continue;
        }
        return w;
    }
    ""
}

/// The actor right before the verb (auxiliaries and adverbs aside): "after the United States
/// said" has "the United States" as the subject of "said" whatever precedes it. Of coordinated
/// actors ("Blinken and Wang offered") the first is returned.
fn adjacent_subject(v: &SentenceView<'_>, k: usize) -> Option<usize> {
    let mut j = k;
    while j > v.start && is_adverb(v.word(j - 1)) {
        j -= 1;
    }
    let m = v
        .here
        .iter()
        .copied()
        .find(|&m| v.mentions[m].tok_end == j)?;
    let mm = &v.mentions[m];
    if mm.locative || mm.kind == MentionKind::Place {
        return None;
    }
    // "with both X and Y calling": an actor inside a prepositional phrase is not the subject
    let before = word_before_np(v, mm.tok_start);
    if PREPOSITIONS.contains(&before)
        && !matches!(before, "after" | "before" | "as" | "since" | "until")
    {
        return None;
    }
    if before == "and"
        && let Some(first) = v
            .here
            .iter()
            .copied()
            .rev()
            .find(|&f| v.mentions[f].tok_end < mm.tok_start && conjunct(v, f) == Some(m))
    {
        return Some(first);
    }
    Some(m)
}

/// The subject of the clause in which the trigger at `k` stands.
fn subject_before(v: &SentenceView<'_>, k: usize) -> Option<usize> {
    if let Some(m) = adjacent_subject(v, k) {
        return Some(m);
    }
    // a report verb after a comma ends the sentence's own words: its speaker stands between the
    // comma and the verb ("…, the ministry said"), or right after it ("…, said the ministry"),
    // never in the words reported
    // (an apposition, "Ana Ruiz, the spokeswoman, has said", leaves only auxiliaries there and
    // is read as usual)
    // (not a second verb of the words' own subject: "Moon, who …, said the drills were
    // defensive and called on Pyongyang to …")
    let coordinated = k > v.start && matches!(v.word(k - 1), "and" | "but");
    if is_report(v.word(k)) && !coordinated {
        if let Some(c) = (v.start..k).rev().find(|&j| v.word(j) == ",") {
            let words = (c + 1..k).any(|j| {
                let w = v.word(j);
                v.tokens[j].kind == TokenKind::Word && !AUXILIARIES.contains(&w) && !is_adverb(w)
            });
            if words {
                return first_candidate(v, c + 1, k);
            }
            // "Kuwait's foreign minister, Ali Hassan, said …": the comma closes an apposition
            // to the actor that opens the sentence, not a clause of reported words
            if let Some(m) = opening_apposition(v, c) {
                return Some(m);
            }
            // (only a verb that takes no object of its own puts its speaker after it: "…,
            // said the ministry"; in "…, warned the U.S. not to" the U.S. is warned)
            let end = (k + 1..v.end)
                .find(|&j| v.word(j) == "," || breaks(v, j))
                .unwrap_or(v.end);
            let inverted = matches!(
                v.word(k),
                "said" | "says" | "added" | "adds" | "stated" | "noted" | "declared"
            );
            if inverted && let Some(m) = first_candidate(v, k + 1, end) {
                return Some(m);
            }
        }
    }
    // a second verb of the same subject ("The King urged X to … and called for Y"): the subject
    // is the sentence's own, not an actor inside the first verb's object
    let mut j = k;
    while j > v.start && is_adverb(v.word(j - 1)) {
        j -= 1;
    }
    if j > v.start && matches!(v.word(j - 1), "and" | "but") {
        // (in reported words, the reported clause's subject: "the spokesman said Indian troops
        // had crossed the border and attacked Chinese personnel")
        // (a verb of saying, not one of urging or asking: "urged Iran to halt its attacks and
        // called for talks" is still the urger's)
        let last_report = (v.start..j).rev().find(|&i| {
            matches!(
                v.word(i),
                "said"
                    | "says"
                    | "say"
                    | "added"
                    | "stated"
                    | "claimed"
                    | "alleged"
                    | "announced"
                    | "reported"
                    | "insisted"
                    | "noted"
                    | "argued"
                    | "explained"
                    | "charged"
            ) || (is_report(v.word(i)) && v.word(i + 1) == "that")
        });
        // (a name in those words, not a pronoun read back: "said it would be wrong to expect
        // quick results and ruled out a meeting" is the speaker's)
        // (a second verb of saying is the speaker's own, when the speaker is named right before
        // the first: "the ministry said the two countries were trying to … and insisted")
        let first_report = (v.start..j).find(|&i| is_report(v.word(i)));
        if is_report(v.word(k))
            && let Some(m) = first_report.and_then(|r| adjacent_subject(v, r))
        {
            return Some(m);
        }
        if let Some(r) = last_report
            && let Some(m) = first_candidate(v, r + 1, j)
            && v.mentions[m].tok_start > r
            && v.mentions[m].tok_start < j
            && (r + 1..v.mentions[m].tok_start).all(|i| {
                matches!(v.word(i), "that" | "the" | "a" | "an" | "on" | "in")
                    || v.tokens[i].kind == TokenKind::Word && !breaks(v, i)
            })
            && v.mentions[m].tok_start <= r + 6
        {
            return Some(m);
        }
        let end = first_report.unwrap_or(j);
        if let Some(m) = first_candidate(v, v.start, end) {
            return Some(m);
        }
    }
    // segments: split the words before the trigger at commas and reporting words
    let mut bounds = vec![v.start];
    for j in v.start..k {
        let w = v.word(j);
        if w == ";" || w == ":" || (w == "\"" && j + 1 < k) {
            bounds = vec![j + 1];
            continue;
        }
        // (a dash set off by spaces, not the hyphen inside "Kang Kyung-wha")
        let dash = w == "-" && !(j > v.start && v.tokens[j - 1].end == v.tokens[j].start);
        if w == "," || dash || is_report(w) || matches!(w, "that" | "who" | "which" | "whose") {
            bounds.push(j + 1);
        }
    }
    // relative clauses set off by commas before the trigger: (the relative word, the closing
    // comma)
    let relatives: Vec<(usize, usize)> = (v.start + 1..k)
        .filter(|&j| matches!(v.word(j), "who" | "which") && v.word(j - 1) == ",")
        .filter_map(|j| {
            (j + 1..k)
                .find(|&c| v.word(c) == "," || breaks(v, c))
                .filter(|&c| v.word(c) == ",")
                .map(|c| (j, c + 1))
        })
        .collect();
    // look in the last segment first, then earlier ones
    for (n, &b) in bounds.iter().enumerate().rev() {
        let e = bounds.get(n + 1).copied().unwrap_or(k);
        let e = e.min(k);
        // relative clause: "X, who ..." / "X, which ..."
        if b > v.start && matches!(v.word(b - 1), "who" | "which") && n + 1 == bounds.len() {
            let mut j = b - 1;
            if j > v.start && v.word(j - 1) == "," {
                j -= 1;
            }
            if let Some(m) = v
                .here
                .iter()
                .copied()
                .rev()
                .find(|&m| v.mentions[m].tok_end == j)
            {
                return Some(m);
            }
        }
        // an apposition ("Norway, a close ally of Denmark, has refused"): a segment
        // opening with an article right after an actor describes that actor
        let apposition = n > 0
            && matches!(v.word(b), "a" | "an" | "the")
            && b >= 2
            && v.word(b - 1) == ","
            && v.here.iter().any(|&m| v.mentions[m].tok_end == b - 1);
        // (or a name of the same state as the actor before the comma: "his South Korean
        // counterpart, Kang Kyung-wha, met")
        let named_apposition = n > 0
            && b >= 2
            && v.word(b - 1) == ","
            && v.mention_starting_at(b).is_some_and(|m| {
                let mm = &v.mentions[m];
                mm.tok_end + 1 == e
                    && v.word(mm.tok_end) == ","
                    && mm.kind == MentionKind::Person
                    && v.here.iter().any(|&p| {
                        v.mentions[p].tok_end == b - 1
                            && v.mentions[p].country.is_some()
                            && v.mentions[p].country == mm.country
                    })
            });
        if apposition {
            continue;
        }
        // a relative clause closed before the trigger describes an actor before it, it holds
        // no subject of the main verb ("Putin, whose country has military bases in both
        // republics, urged")
        if n + 1 < bounds.len() && b > v.start && v.word(b - 1) == "whose" {
            continue;
        }
        // so does one opened by "who" or "which" and closed by a comma before the trigger
        // ("Rwanda, which denies backing the M23, accused Congo", "Azerbaijan, which said 71
        // of its soldiers died, blamed Armenia"): its actors are its own
        if n + 1 < bounds.len() && relatives.iter().any(|&(r, c)| b > r && b <= c) {
            continue;
        }
        // (the name stands when the words before it hold no subject of their own: "The speaker
        // of the Iranian Parliament, Akbar Hashemi Rafsanjani, warned")
        if named_apposition {
            let before = first_candidate(v, bounds[n - 1], b - 1);
            if before.is_some() {
                return before;
            }
        }
        if let Some(m) = first_candidate(v, b, e) {
            return Some(m);
        }
        // a reported clause whose subject is a name the dictionaries do not know ("X said the
        // Pasteur Institute agreed to …"): the speaker did not do it
        if b > v.start
            && b + 1 < e
            && matches!(v.word(b - 1), "said" | "says" | "say" | "that")
            && matches!(v.word(b), "the" | "a" | "an")
            && v.tokens[b + 1].cap
        {
            return None;
        }
    }
    None
}

/// The actor opening the sentence when the words up to the comma at `c` are that actor and an
/// apposition describing it: "Kuwait's foreign minister, Ali Hassan," or "Ali Hassan, the
/// Kuwaiti foreign minister," (a name, or a noun phrase with its article, and nothing else).
fn opening_apposition(v: &SentenceView<'_>, c: usize) -> Option<usize> {
    let words = |i: usize| matches!(v.tokens[i].kind, TokenKind::Word | TokenKind::Possessive);
    // a name the dictionaries do not know, described by an actor: the actor stands for it
    // (not a name the dictionaries know: "Washington, a close partner of Canada, urged")
    if let Some(c1) = (v.start..c).find(|&i| v.word(i) == ",")
        && c1 > v.start
        && c1 - v.start <= 4
        && (v.start..c1).all(|i| words(i) && v.tokens[i].cap)
        && v.mention_starting_at(v.start).is_none()
        && matches!(v.word(c1 + 1), "a" | "an" | "the")
        && !(c1 + 1..c).any(|i| v.word(i) == "," || is_report(v.word(i)))
    {
        return v.here.iter().copied().find(|&m| {
            let mm = &v.mentions[m];
            mm.tok_start > c1 && mm.tok_end <= c && !mm.locative && mm.kind != MentionKind::Place
        });
    }
    let m = v.mention_starting_at(v.start).or_else(|| {
        (v.word(v.start) == "the")
            .then(|| v.mention_starting_at(v.start + 1))
            .flatten()
    })?;
    let mm = &v.mentions[m];
    if mm.locative || mm.kind == MentionKind::Place || v.word(mm.tok_end) != "," {
        return None;
    }
    let (a, b) = (mm.tok_end + 1, c);
    // a relative clause set off by commas describes the actor too ("Peru's president, who met
    // Chile's president on Monday, said …")
    if a < b && matches!(v.word(a), "who" | "which") {
        return Some(m);
    }
    if a >= b || b - a > 8 {
        return None;
    }
    let name = (a..b).all(|i| words(i) && v.tokens[i].cap);
    let described = matches!(
        v.word(a),
        "a" | "an" | "the" | "his" | "her" | "its" | "their"
    ) && (a..b).all(|i| words(i) && !is_report(v.word(i)) && !v.is_past(v.word(i)));
    (name
        || described
        || v.mention_starting_at(a)
            .is_some_and(|n| v.mentions[n].tok_end == b))
    .then_some(m)
}

/// The subject of the main clause when the trigger sits in a phrase fronted before it ("During
/// talks with Wang, Blinken said", "After meeting Chinese leaders, the Japanese minister
/// said"): the actor that opens the clause after the phrase's comma.
fn fronted_subject(v: &SentenceView<'_>, k: usize) -> Option<usize> {
    let opener = v.word(v.start);
    let fronted = matches!(
        opener,
        "after" | "before" | "during" | "following" | "upon" | "ahead" | "at" | "in" | "on"
    ) || (opener.ends_with("ing") && v.tokens[v.start].kind == TokenKind::Word);
    if !fronted
        || (v.start..k).any(|j| {
            let w = v.word(j);
            w == "," || is_clause_break(w) || is_report(w)
        })
    {
        return None;
    }
    // (the comma that closes the phrase, not one inside a list of states in it: "After talks
    // with France, Italy and Spain, the minister …")
    let mut c = (k..v.end).find(|&j| v.word(j) == ",")?;
    // (a list the comma closes: "After talks with Ryzhkov, Thatcher and the Soviet Premier
    // were joined …" lists the subjects, not the partners)
    if let Some(m) = v.here.iter().copied().find(|&m| v.mentions[m].tok_end == c)
        && let Some(&last) = coordination(v, m).last()
        && v.mentions[last].tok_end > c
        && v.word(v.mentions[last].tok_end) == ","
    {
        c = v.mentions[last].tok_end;
    }
    // (and the phrase holds no verb of its own: "Taking part in the talks were X, Y")
    if (k..c).any(|j| {
        let w = v.word(j);
        is_clause_break(w)
            || is_report(w)
            || AUXILIARIES.contains(&w)
            || matches!(w, "is" | "are" | "was" | "were")
    }) {
        return None;
    }
    // (the actor opens the clause: an article or a title may stand before it)
    let m = first_candidate(v, c + 1, (c + 4).min(v.end))?;
    (v.mentions[m].tok_start <= c + 3).then_some(m)
}

/// The first subject-like actor (or resolved pronoun) between tokens `a` and `b`.
fn first_candidate(v: &SentenceView<'_>, a: usize, b: usize) -> Option<usize> {
    let mut j = a;
    while j < b {
        let w = v.word(j);
        if let Some(m) = v.mention_starting_at(j) {
            let mm = &v.mentions[m];
            let before = word_before_np(v, j);
            // "tens of thousands of students", "a group of Moroccan diplomats": the people
            // counted are the subject, not the object of a preposition
            let counted = before == "of" && {
                let mut o = j;
                while o > a && v.word(o - 1) != "of" {
                    o -= 1;
                }
                o >= a + 2 && is_quantity(v.word(o - 2))
            };
            let prepositional =
                PREPOSITIONS.contains(&before) && !(j > a && v.word(j - 1) == "by") && !counted;
            // the owner of a decision or a plan is the agent of its act ("Japan's plans to
            // impose tariffs")
            let possessor = mm.tok_end < v.end
                && v.tokens[mm.tok_end].kind == TokenKind::Possessive
                && !(CONTENT_NOUNS.contains(&v.word(mm.tok_end + 1))
                    && v.word(mm.tok_end + 2) == "to");
            // "the Iran-Iraq war", "China-US relations": a compound modifier, not an actor
            let compound = v.word(mm.tok_end) == "-"
                || (mm.tok_start > v.start && v.word(mm.tok_start - 1) == "-");
            if !mm.locative && !prepositional && !possessor && !compound {
                return Some(m);
            }
            j = mm.tok_end;
            continue;
        }
        // a pronoun the writer glosses in brackets is what the brackets name: "They (the
        // Kuwaitis) have also asked Britain"
        if matches!(w, "he" | "she" | "it" | "they")
            && v.word(j + 1) == "("
            && let Some(m) = (j + 2..(j + 4).min(v.end))
                .take_while(|&i| v.word(i) != ")")
                .find_map(|i| v.mention_starting_at(i))
        {
            return Some(m);
        }
        if matches!(w, "he" | "she") && v.tokens[j].kind == TokenKind::Word {
            // "he" is one person: a named one, or a singular agent ("the minister"), never
            // a state, a body or "officials"
            // (of the pronoun's gender where a title tells it: "Queen Margrethe … he" is not
            // the queen)
            let agrees = |m: usize| gender_of(v, m).is_none_or(|g| g == (w == "she"));
            let one_person = |m: usize| agrees(m) && v.is_one_person(m);
            // opening reported words ("Widodo told reporters after the meeting that he had
            // conveyed a message from Zelenskiy …, and that he had offered …"), the person who
            // reports them: the subject of the nearest report verb before that has one
            if j > v.start && v.word(j - 1) == "that" {
                let speaker = (v.start..j - 1)
                    .rev()
                    .filter(|&r| is_report(v.word(r)))
                    .find_map(|r| {
                        v.here.iter().copied().find(|&m| {
                            let mm = &v.mentions[m];
                            mm.tok_end == r && mm.kind == MentionKind::Person && agrees(m)
                        })
                    });
                if speaker.is_some() {
                    return speaker;
                }
            }
            // (and so is "he" right after the report verb, a relative clause before it passed
            // over: "Michel, who hosted Aliyev and Pashinyan in May, said he had spoken to both
            // leaders" is Michel)
            if j >= v.start + 2 && matches!(v.word(j - 1), "said" | "says" | "added" | "stated") {
                let mut e = j - 1;
                if v.word(e - 1) == "," {
                    if let Some(o) = (v.start..e - 1)
                        .rev()
                        .find(|&i| v.word(i) == "," && matches!(v.word(i + 1), "who" | "which"))
                    {
                        e = o;
                    }
                }
                if let Some(m) = v.here.iter().copied().find(|&m| {
                    let mm = &v.mentions[m];
                    mm.tok_end == e
                        && (mm.kind == MentionKind::Person || mm.person.is_some())
                        && agrees(m)
                }) {
                    return Some(m);
                }
            }
            // a person named earlier in the sentence comes first ("an announcement by
            // Gorbachev that he was willing"), but not the one spoken to ("told Wang that he")
            // (or a singular agent: "Burundi's foreign minister said …, and he demanded")
            let here = v.here.iter().copied().rev().find(|&m| {
                let mm = &v.mentions[m];
                mm.tok_end <= j
                    && (mm.kind == MentionKind::Person
                        || (v.is_one_person(m) && mm.country.is_some() && !mm.inferred))
                    && agrees(m)
                    && !(mm.tok_start > v.start
                        && matches!(
                            v.word(mm.tok_start - 1),
                            "told"
                                | "tell"
                                | "tells"
                                | "informed"
                                | "assured"
                                | "warned"
                                | "urged"
                                | "asked"
                        ))
            });
            if here.is_some() {
                return here;
            }
            match v.last_speaker {
                Some(Some(sp)) if !one_person(sp) => {}
                Some(sp) => return sp,
                None => {}
            }
            return v
                .last_person
                .filter(|&m| agrees(m))
                .or_else(|| previous_person(v, j).filter(|&m| agrees(m)))
                .or_else(|| {
                    (0..v.mentions.len()).rev().find(|&m| {
                        v.mentions[m].tok_end <= j && v.mentions[m].person.is_some() && agrees(m)
                    })
                });
        }
        if matches!(w, "it" | "they") && !matches!(v.word(j + 1), "is" | "was") {
            // the speaker just before ("diplomats said they expect", "Iran said it would"),
            // known or not; a sentence opening with "They said" goes on from the last speaker
            let mut r = j;
            if r > v.start && v.word(r - 1) == "that" {
                r -= 1;
            }
            if r > v.start
                && is_report(v.word(r - 1))
                && let Some(m) = adjacent_subject(v, r - 1)
            {
                return Some(m);
            }
            if w == "they"
                && is_report(v.word(j + 1))
                && let Some(sp) = v.last_speaker
            {
                return sp;
            }
            // a pronoun opening the sentence goes on with the last one's subject, not with the
            // actor named last ("Iran warned the United States … It said …" is Iran)
            // (so does one saying the words before it: "“…,” it said")
            let opening = (v.start..j)
                .all(|i| matches!(v.word(i), "but" | "and" | "however" | "yet" | "so" | ","))
                || (j > v.start && matches!(v.word(j - 1), "," | "\"") && is_report(v.word(j + 1)));
            // ("they" may be the two sides of the last sentence, which no one mention names)
            if w == "it"
                && opening
                && let Some(m) = v.last_subject
            {
                return Some(m);
            }
            return previous_actor(v, j);
        }
        j += 1;
    }
    None
}

/// A person's gender where a title or an honorific in or right before the mention tells it:
/// `Some(true)` for "Queen", "Mrs", "Princess"; `Some(false)` for "King", "Mr", "Prince".
fn gender_of(v: &SentenceView<'_>, m: usize) -> Option<bool> {
    let mm = &v.mentions[m];
    let from = mm.tok_start.saturating_sub(1);
    (from..mm.tok_end).find_map(|k| match v.word(k) {
        "queen" | "princess" | "empress" | "duchess" | "mrs" | "mrs." | "ms" | "ms." | "madame"
        | "lady" => Some(true),
        "king" | "prince" | "emperor" | "duke" | "mr" | "mr." | "sir" | "sheikh" => Some(false),
        _ => None,
    })
}

fn previous_person(v: &SentenceView<'_>, before: usize) -> Option<usize> {
    v.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tok_end <= before && m.person.is_some())
        .map(|(i, _)| i)
        .next_back()
}

fn previous_actor(v: &SentenceView<'_>, before: usize) -> Option<usize> {
    v.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tok_end <= before && m.person.is_none() && !m.locative && m.is_known())
        .map(|(i, _)| i)
        .next_back()
        .or(v.last_actor)
}

/// A second actor coordinated with `m`: "Blinken and Wang", "Biden and Xi".
fn conjunct(v: &SentenceView<'_>, m: usize) -> Option<usize> {
    let mm = &v.mentions[m];
    let mut j = mm.tok_end;
    if v.word(j) != "and" && v.word(j) != "&" {
        return None;
    }
    j += 1;
    let mut n = 0;
    while j < v.end && n < 4 {
        if let Some(c) = v.mention_starting_at(j) {
            return Some(c);
        }
        let w = v.word(j);
        if !(NP_LEAD.contains(&w)
            || (v.tokens[j].kind == TokenKind::Word && !v.tokens[j].cap && !is_report(w)))
        {
            return None;
        }
        // "his predecessor", "China's foreign policy supremo"
        j += 1;
        n += 1;
    }
    None
}

/// Gives the events of a sentence the two sides "the two sides" stands for (`pairs`: the
/// mention of the one side with the latest mention of the other, from
/// `actors::pair_mentions`).
pub fn pair_sides(evs: &mut Vec<CodedEvent>, pairs: &[(usize, usize)], v: &SentenceView<'_>) {
    let mentions = v.mentions;
    // "the two sides agreed": the one side acts with the other
    // (a place of its own for the act is no other side: "held talks in the Oval Office")
    // ("each side accused the other": and the other with the one)
    // (but words of both about a third party are each side's own: "the two denounced the
    // sanctions")
    let mut reciprocal = Vec::new();
    for e in evs.iter_mut() {
        let own = |t: usize| {
            e.source.is_some_and(|s| {
                mentions[s].country.is_some() && mentions[s].country == mentions[t].country
            })
        };
        let Some(&(pm, partner)) = pairs.iter().find(|(m, _)| Some(*m) == e.source) else {
            continue;
        };
        let verbal = matches!(&e.code[..2], "01" | "02" | "09" | "10" | "11" | "12" | "13");
        let each = v.word(mentions[pm].tok_start) == "each";
        if e.target.is_none() && verbal && !each {
            reciprocal.push(CodedEvent {
                source: Some(partner),
                ..e.clone()
            });
            continue;
        }
        if e.target.is_none_or(own) {
            e.target = Some(partner);
            e.symmetric = matches!(&e.code[..2], "03" | "04" | "05" | "06");
            if each && !e.symmetric {
                reciprocal.push(CodedEvent {
                    source: Some(partner),
                    target: Some(pm),
                    ..e.clone()
                });
            }
        }
    }
    evs.extend(reciprocal);
    // "urged the two sides to …": each side is acted on, but not the actor's own
    let mut also = Vec::new();
    for e in evs.iter_mut() {
        let Some(&(pm, partner)) = pairs.iter().find(|(m, _)| Some(*m) == e.target) else {
            continue;
        };
        let sc = e.source.and_then(|s| mentions[s].country.clone());
        let sides = [pm, partner];
        let others: Vec<usize> = sides
            .into_iter()
            .filter(|&t| sc.is_none() || mentions[t].country != sc)
            .collect();
        match others.as_slice() {
            [] => e.target = None,
            [one] => e.target = Some(*one),
            [first, rest @ ..] => {
                e.target = Some(*first);
                also.extend(rest.iter().map(|&t| CodedEvent {
                    target: Some(t),
                    ..e.clone()
                }));
            }
        }
    }
    evs.extend(also);
}

/// Where the sentence tells that actors did as another had done ("Bahrain and Egypt followed
/// suit", "Canada did the same", "Chile did likewise"): the tokens of that phrase.
fn follow_phrase(v: &SentenceView<'_>) -> Option<(usize, usize)> {
    let word = |i: usize| v.tokens.get(i).map_or("", |t| t.text(v.lower));
    (v.start..v.end).find_map(|i| {
        let len = match (word(i), word(i + 1), word(i + 2)) {
            ("follow" | "follows" | "followed" | "following", "suit", _) => 2,
            ("do" | "does" | "did" | "done" | "doing", "the", "same")
                if !matches!(word(i + 3), "as" | "with" | "for" | "to") =>
            {
                3
            }
            ("do" | "does" | "did" | "done" | "doing", "likewise", _) => 2,
            _ => return None,
        };
        Some((i, i + len))
    })
}

/// "Burundi welcomed the offer": support (05x) or a rejection (12x) of "the", "this" or "that"
/// offer, proposal, invitation, initiative or mediation, addressed to no one in the sentence,
/// answers the state whose appeal, intent or meeting offer (02x–04x, the word up to four words
/// before its trigger) `earlier` told of. `earlier`: the sentences before with their acts,
/// latest last.
pub fn answer_offers(
    evs: &mut [CodedEvent],
    earlier: &[(usize, Vec<CodedEvent>)],
    v: &SentenceView<'_>,
) {
    const PROPOSALS: &[&str] = &["offer", "propos", "invit", "initiative", "mediat"];
    let proposal = |j: usize| starts_with_any(v.word(j), PROPOSALS);
    for e in evs.iter_mut() {
        if !matches!(&e.code[..2], "05" | "12") || e.target.is_some() {
            continue;
        }
        let named = (e.trigger_start..(e.span_end + 2).min(v.end))
            .any(|j| proposal(j) && j > 0 && matches!(v.word(j - 1), "the" | "this" | "that"));
        if !named {
            continue;
        }
        let sc = e.source.and_then(|m| v.mentions[m].country.clone());
        let maker = earlier
            .iter()
            .rev()
            .flat_map(|(_, es)| es.iter().rev())
            .filter(|x| {
                matches!(&x.code[..2], "02" | "03" | "04")
                    && (x.trigger_start.saturating_sub(4)..x.trigger_end).any(proposal)
            })
            .find_map(|x| x.source)
            .filter(|&m| v.mentions[m].country.is_some() && v.mentions[m].country != sc);
        if let Some(m) = maker {
            e.target = Some(m);
        }
    }
}

/// "X cut ties with Y, and Z followed suit": the actors named right before the phrase (a list
/// of them, with "and", commas and adverbs such as "later" between) each do what the last act
/// told before them did, to its target. An act the coder read between them and another actor
/// of the sentence ("cut ties with Y and Z") is dropped: they are its copies' sources.
/// `earlier`: the sentences before with their acts, latest last.
pub fn follow_suit(
    evs: &mut Vec<CodedEvent>,
    earlier: &[(usize, Vec<CodedEvent>)],
    v: &SentenceView<'_>,
) {
    let Some((p, pe)) = follow_phrase(v) else {
        return;
    };
    let word = |i: usize| v.tokens.get(i).map_or("", |t| t.text(v.lower));
    // the followers: back from the phrase over mentions and the words of a list, to the
    // start of the sentence or of its clause; a list reached from inside another clause ("cut
    // ties with Britain, and Chile followed suit") keeps only the part after its last "and" or
    // comma
    let mut items: Vec<Option<usize>> = Vec::new();
    let mut i = p;
    let mut opened = true;
    while i > v.start {
        let j = i - 1;
        if let Some(&m) = v
            .here
            .iter()
            .find(|&&m| v.mentions[m].tok_start <= j && j < v.mentions[m].tok_end)
        {
            items.push(Some(m));
            i = v.mentions[m].tok_start;
            continue;
        }
        let w = word(j);
        if matches!(w, "and" | ",") {
            items.push(None);
            i = j;
            continue;
        }
        if matches!(
            w,
            "the"
                | "also"
                | "too"
                | "later"
                | "soon"
                | "quickly"
                | "then"
                | "swiftly"
                | "promptly"
                | "have"
                | "has"
                | "had"
                | "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "to"
                | "expected"
                | "likely"
                | "is"
                | "are"
                | "was"
                | "were"
                | "both"
                | "all"
                | "since"
        ) {
            i = j;
            continue;
        }
        opened = matches!(
            w,
            ";" | ":" | "but" | "while" | "whereas" | "when" | "after" | "as" | "so" | "\""
        );
        break;
    }
    if !opened && let Some(sep) = items.iter().rposition(|x| x.is_none()) {
        items.truncate(sep);
    }
    let Some(first) = items
        .iter()
        .rev()
        .find_map(|x| x.map(|m| v.mentions[m].tok_start))
    else {
        return;
    };
    let followers: Vec<usize> = items
        .iter()
        .flatten()
        .copied()
        .filter(|&m| {
            let mm = &v.mentions[m];
            mm.country.is_some() && !mm.locative && mm.kind != MentionKind::Place
        })
        .collect();
    if followers.is_empty() {
        return;
    }
    let country = |m: Option<usize>| m.and_then(|m| v.mentions[m].country.clone());
    let theirs: Vec<Option<String>> = followers.iter().map(|&f| country(Some(f))).collect();
    evs.retain(|e| {
        !(e.source.is_some_and(|s| followers.contains(&s))
            || e.target.is_some_and(|t| followers.contains(&t)))
    });
    // the act followed: the latest one before the phrase that has a target and is more than a
    // comment (statements are reported, not followed)
    let model = evs
        .iter()
        .filter(|e| e.trigger_end <= first)
        .chain(earlier.iter().rev().flat_map(|(_, e)| e.iter().rev()))
        .filter(|e| e.target.is_some() && !e.code.starts_with("01"))
        .max_by_key(|e| e.trigger_start)
        .cloned();
    let Some(model) = model else {
        return;
    };
    let future = (first..p).any(|j| {
        matches!(
            word(j),
            "will" | "would" | "could" | "may" | "might" | "expected" | "likely"
        )
    });
    for (&f, c) in followers.iter().zip(&theirs) {
        if c.is_none() || *c == country(model.target) || *c == country(model.source) {
            continue;
        }
        evs.push(CodedEvent {
            source: Some(f),
            trigger_start: p,
            trigger_end: pe,
            span_start: first,
            span_end: pe,
            symmetric: false,
            modality: if future {
                Modality::Future
            } else {
                model.modality
            },
            past: !future && model.past,
            reduced_passive: false,
            ..model.clone()
        });
    }
}

/// Copies of `e` for the other actors listed with the one on its `role` side ("the United
/// States, Britain and Canada", "Chile, Bolivia and Ecuador"): each of another state than the
/// other side (and, for targets, than the first target).
fn listed_copies(v: &SentenceView<'_>, e: &CodedEvent, role: Role) -> Vec<CodedEvent> {
    let country = |m: Option<usize>| m.and_then(|m| v.mentions[m].country.clone());
    let (m, other) = match role {
        Role::Source => (e.source, e.target),
        Role::Target => (e.target, e.source),
    };
    let (own, other) = (country(m), country(other));
    m.map(|m| coordination(v, m))
        .unwrap_or_default()
        .into_iter()
        .filter(|&c| {
            let cc = &v.mentions[c].country;
            // (an actor followed by its own verb is the subject of the next clause, not the
            // list's last member: "imposed sanctions on Chile, and Bolivia condemned the move")
            // (joined by ", and": "if the United States and South Korea went ahead" lists two)
            let next = v.word(v.mentions[c].tok_end);
            let start = v.mentions[c].tok_start;
            let joined = if v.word(start.saturating_sub(1)) == "the" {
                start.saturating_sub(1)
            } else {
                start
            };
            let subject_of_its_own = matches!(role, Role::Target)
                && joined >= 2
                && v.word(joined - 1) == "and"
                && v.word(joined - 2) == ","
                && (v.is_past(next)
                    || matches!(
                        next,
                        "has" | "have" | "had" | "will" | "would" | "was" | "were" | "says"
                    ));
            Some(c) != m
                && !subject_of_its_own
                && cc.is_some()
                && *cc != other
                && (matches!(role, Role::Source) || *cc != own)
        })
        .map(|c| match role {
            Role::Source => CodedEvent {
                source: Some(c),
                ..e.clone()
            },
            Role::Target => CodedEvent {
                target: Some(c),
                ..e.clone()
            },
        })
        .collect()
}

/// The actors listed with `m` ("the United States, Britain and Canada"), in order, `m`
/// included: mentions of states, their bodies or international organisations ("the United
/// States, NATO and the United Nations") joined by commas and one "and".
fn coordination(v: &SentenceView<'_>, m: usize) -> Vec<usize> {
    let member = |i: usize| {
        let x = &v.mentions[i];
        (x.country.is_some() || x.code.starts_with("IGO"))
            && !x.locative
            && x.kind != MentionKind::Place
    };
    if !member(m) {
        return vec![m];
    }
    let ending_at = |e: usize| v.here.iter().copied().find(|&i| v.mentions[i].tok_end == e);
    let mut list = vec![m];
    // leftwards over "A, B, C and" (and "the" before a name: "the United Arab Emirates")
    let mut first = m;
    loop {
        let mut s = v.mentions[first].tok_start;
        if s > v.start && v.word(s - 1) == "the" {
            s -= 1;
        }
        if s < v.start + 2 || !matches!(v.word(s - 1), "," | "and") {
            break;
        }
        // (a comma right before the last of a list is no joint: "After talks with France, Italy
        // and Spain, the minister flew to Tokyo" lists no minister; the last is joined by "and")
        let after = v.mentions[m].tok_end + 1;
        let followed = matches!(v.word(v.mentions[m].tok_end), "," | "and")
            && (v.mention_starting_at(after).is_some()
                || (v.word(after) == "the" && v.mention_starting_at(after + 1).is_some()));
        if first == m && v.word(s - 1) == "," && !followed {
            break;
        }
        match ending_at(s - 1).filter(|&p| member(p) && p != first) {
            Some(p) => {
                list.insert(0, p);
                first = p;
            }
            None => break,
        }
    }
    // rightwards over ", B, C and D"
    // (a list ends with its "and": "France, Italy and Spain, Brazil's minister" lists no
    // minister)
    let mut last = m;
    let mut closed = false;
    while !v.word(v.mentions[last].tok_end).is_empty() && !closed {
        let e = v.mentions[last].tok_end;
        let mut next = match (v.word(e), v.word(e + 1)) {
            (",", "and") => e + 2,
            ("," | "and", _) => e + 1,
            _ => break,
        };
        closed = v.word(next - 1) == "and";
        if v.word(next) == "the" {
            next += 1;
        }
        match v.mention_starting_at(next).filter(|&n| member(n)) {
            Some(n) => {
                list.push(n);
                last = n;
            }
            None => break,
        }
    }
    // a list ends with "and": "Peru, a neighbour, …" is no list
    // (or by "and" before a last actor of no state: "the United States, Japan and the
    // European Community")
    let and_after = |m: usize| {
        let e = v.mentions[m].tok_end;
        let next = match (v.word(e), v.word(e + 1)) {
            (",", "and") => e + 2,
            ("and", _) => e + 1,
            _ => return false,
        };
        let next = if v.word(next) == "the" {
            next + 1
        } else {
            next
        };
        v.mention_starting_at(next)
            .is_some_and(|n| !v.mentions[n].locative && v.mentions[n].kind != MentionKind::Place)
    };
    let joined_by_and = list.windows(2).any(|w| {
        let e = v.mentions[w[0]].tok_end;
        v.word(e) == "and" || (v.word(e) == "," && v.word(e + 1) == "and")
    }) || list.last().is_some_and(|&l| and_after(l));
    if list.len() > 1 && joined_by_and {
        list
    } else {
        vec![m]
    }
}

fn finish(pid: usize, p: &Pattern, v: &SentenceView<'_>, mut f: Fill) -> Option<CodedEvent> {
    let k = f.first_literal;
    // "consider" weighs an option only when what follows is one: an act ("considering
    // imposing"), a measure or a question ("considering retaliatory measures", "whether to");
    // "considers the meeting a success", "consider that an illegal action", "had been carefully
    // considered" are judgements
    if p.code == "014" && v.word(k).starts_with("consider") && !weighs_an_option(v, k) {
        return None;
    }
    // "to" between two numbers is a range, not a preposition ("exports account for 95 to 98
    // pct of Zambia's earnings")
    if (k + 1..f.end.min(v.end)).any(|j| {
        v.word(j) == "to"
            && v.tokens[j - 1].kind == TokenKind::Number
            && v.tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
    }) {
        return None;
    }
    // praise with "as" right after the verb describes an object named before it ("what Baghdad
    // hailed as Iran's failure"): the state after "as" is no one praised
    if p.code.starts_with("05")
        && !f.passive
        && v.word(k + 1) == "as"
        && ["hail", "prais", "laud", "welcom"]
            .iter()
            .any(|w| v.word(k).starts_with(w))
    {
        return None;
    }
    // talks "between" one actor alone are talks of the two sides that a phrase of two stands
    // for ("talks between the two countries"), not of one state with no one
    let ends_between_one = matches!(
        p.elems.as_slice(),
        [.., Elem::Word { alts, .. }, Elem::Slot(Role::Source)]
            if alts.iter().any(|a| a == &["between"])
    );
    if ends_between_one
        && f.source.flatten().is_none_or(|s| {
            let (first, second) = (
                v.word(v.mentions[s].tok_start),
                v.word(v.mentions[s].tok_start + 1),
            );
            !(first == "both" || (first == "the" && matches!(second, "two" | "both")))
        })
    {
        return None;
    }
    // "meet" with a thing for object is another verb ("prepared to meet any escalation",
    // "to meet the demand"): a meeting is with someone
    if f.end > k
        && v.word(f.end - 1).starts_with("meet")
        && f.target.flatten().is_none()
        && matches!(
            v.word(f.end),
            "any" | "the" | "a" | "an" | "its" | "their" | "this" | "these" | "such" | "all"
        )
        && object_after(v, f.end).is_none()
    {
        return None;
    }
    // a question is no request: "asked how Turkey would respond", "asked the minister whether
    // …", and "Asked by reporters …" opening a sentence
    if v.word(k).starts_with("ask")
        && (k == v.start
            || (k + 1..(k + 7).min(v.end))
                .take_while(|&j| !matches!(v.word(j), "to" | "," | ";") && !breaks(v, j))
                .any(|j| {
                    matches!(
                        v.word(j),
                        "how"
                            | "whether"
                            | "if"
                            | "what"
                            | "why"
                            | "when"
                            | "where"
                            | "who"
                            | "which"
                            | "about"
                    )
                }))
    {
        return None;
    }
    // a blow an economy takes is no attack: "the industry was hard hit", "hit by lower coal
    // prices", "exports fell, hit by the strong yen"
    if matches!(p.code.get(..2), Some("18" | "19" | "20")) {
        let w = v.word(k);
        let degree = k > v.start
            && matches!(
                v.word(k - 1),
                "hard"
                    | "harder"
                    | "hardest"
                    | "badly"
                    | "worst"
                    | "severely"
                    | "seriously"
                    | "particularly"
                    | "most"
            );
        let by_economy = (f.end..(f.end + 2).min(v.end)).any(|j| v.word(j) == "by")
            && (f.end..(f.end + 7).min(v.end)).any(|j| ECONOMIC_BLOWS.contains(&v.word(j)));
        if (w == "hit" || w == "struck" || w == "affected")
            && (degree || ((f.passive || preceded_by_be(v, k)) && by_economy))
        {
            return None;
        }
    }
    // words that look like a pattern's verb but are not: "sought free access" (an adjective),
    // "to help reduce its surplus" (help to do something, no one helped), "what he calls
    // Japan's violation" (naming, not a telephone call)
    {
        let next = k + 1;
        let lower_word = |j: usize| {
            j < v.end
                && v.tokens[j].kind == TokenKind::Word
                && !v.tokens[j].cap
                && v.mention_starting_at(j).is_none()
                && !DETERMINERS.contains(&v.word(j))
                && !matches!(
                    v.word(j),
                    "all" | "both" | "them" | "him" | "her" | "us" | "it" | "me" | "you"
                )
        };
        let w = v.word(k);
        // (only where the pattern wants its object right after "help": "helped broker a
        // deal", "help defend the island" are patterns of their own)
        let object_next = matches!(p.elems.get(2), Some(Elem::Slot(_)));
        if (w == "free" || (w.starts_with("help") && object_next)) && lower_word(next) {
            return None;
        }
        // (nor is "called the U.S. attacks an escalation": a name given to what follows the
        // actor, told by the article after it)
        // ("of" and "on" may belong to the object's noun phrase, "on two of its platforms",
        // but not "on Monday")
        let labelled = |t: usize| {
            let from = v.mentions[t].tok_end;
            (from..(from + 10).min(v.end))
                .take_while(|&j| {
                    let x = v.word(j);
                    let np_preposition = matches!(x, "of" | "on")
                        && !crate::text::words::WEEKDAYS.contains(&v.word(j + 1));
                    x != ","
                        && !is_clause_break(x)
                        && x != "and"
                        && (np_preposition || !PREPOSITIONS.contains(&x))
                })
                .any(|j| matches!(v.word(j), "a" | "an"))
        };
        if p.code.starts_with("041")
            && w.starts_with("call")
            && ((k.saturating_sub(3).max(v.start)..k).any(|j| v.word(j) == "what")
                || f.target.flatten().is_some_and(|t| {
                    v.tokens
                        .get(v.mentions[t].tok_end)
                        .is_some_and(|x| x.kind == TokenKind::Possessive)
                        || labelled(t)
                }))
        {
            return None;
        }
    }
    let has_slot = |r: Role| p.elems.contains(&Elem::Slot(r));
    let mut symmetric = false;
    let leading_target = matches!(p.elems.first(), Some(Elem::Slot(Role::Target)));
    if f.passive || (leading_target && f.target.is_none()) {
        // the passive subject, or a pattern's leading `T` ("T +die in custody"), is the target
        // (a participle right after a document tells of the document, not of an act between
        // actors: "a report released this month by the inspector" releases no one)
        let in_mention = |j: usize| {
            v.here
                .iter()
                .any(|&m| v.mentions[m].tok_start <= j && j < v.mentions[m].tok_end)
        };
        let thing_before = f.passive && !preceded_by_be(v, k) && k > v.start && {
            let t = &v.tokens[k - 1];
            t.kind == TokenKind::Word
                && !in_mention(k - 1)
                && matches!(
                    v.word(k - 1),
                    "report"
                        | "reports"
                        | "statement"
                        | "statements"
                        | "document"
                        | "documents"
                        | "video"
                        | "footage"
                        | "image"
                        | "images"
                        | "photo"
                        | "photos"
                        | "list"
                        | "data"
                        | "figures"
                        | "letter"
                        | "communique"
                        | "draft"
                        | "text"
                        | "findings"
                        | "study"
                        | "survey"
                        | "recording"
                        | "transcript"
                )
        };
        if thing_before {
            return None;
        }
        // (a passive subject a state owns is that state's: "China's application was supported
        // by the United States" supports China)
        // (so is one it owns through "its" or "their" right before the verb, read back to the
        // state named last: "China's prospects are good, with its application supported by the
        // United States")
        let pronoun = (k.saturating_sub(5).max(v.start)..k)
            .rev()
            .find(|&j| matches!(v.word(j), "its" | "their"));
        let owned_by_pronoun = if f.passive
            && let Some(j) = pronoun
            && k - j >= 2
            && k - j <= 4
            && (j + 1..k).all(|i| v.tokens[i].kind == TokenKind::Word && !v.tokens[i].cap)
        {
            v.here.iter().copied().rev().find(|&m| {
                let mm = &v.mentions[m];
                mm.tok_end <= j
                    && mm.country.is_some()
                    && !mm.locative
                    && mm.kind != MentionKind::Place
            })
        } else {
            None
        };
        // (an -ing clause after a comma tells of the whole sentence before it, whose subject
        // drew what it names: "North Korea fired a missile that fell off Japan, drawing
        // condemnation from Seoul" draws it on North Korea, not Japan)
        let sentence_subject = (!f.passive
            && leading_target
            && k > v.start
            && v.word(k - 1) == ","
            && v.word(k).ends_with("ing"))
        .then(|| first_candidate(v, v.start, k - 1))
        .flatten();
        let subj = owned_by_pronoun
            .or(sentence_subject)
            .or_else(|| subject_before(v, k))
            .or_else(|| {
                if !f.passive {
                    return None;
                }
                let m = v.here.iter().copied().rev().find(|&m| {
                    let mm = &v.mentions[m];
                    mm.tok_end < k
                        && mm.country.is_some()
                        && !mm.locative
                        && v.tokens[mm.tok_end].kind == TokenKind::Possessive
                })?;
                let e = v.mentions[m].tok_end + 1;
                (e + 1 < k
                    && k - e <= 5
                    && (e..k).all(|j| {
                        let w = v.word(j);
                        v.tokens[j].kind == TokenKind::Word && !is_report(w) && w != "that"
                    }))
                .then_some(m)
            });
        f.target = Some(subj);
        if leading_target && f.source.is_none() && !has_slot(Role::Source) {
            f.source = Some(None);
        }
    } else if f.source.is_none() {
        // a leading source slot, or no source slot at all: the clause subject acts; a pattern
        // opening with an agent's head noun has that agent as its subject
        // (talks or a visit in a phrase before the clause are its subject's own: "After talks
        // with Wang, Blinken said")
        let fronted_talks = || fronted_subject(v, k).filter(|_| p.code.starts_with("04"));
        let subj = if f.nominal {
            // "the Russian attack": an actor right before the noun, or before its one bare
            // modifier ("Iraqi air attacks"), is its agent
            agent_before_noun(v, k)
        } else if matches!(p.elems.first(), Some(Elem::Word { .. }))
            && (cause_of(v, k).is_some()
                || matches!(
                    word_before_np(v, k),
                    "over" | "about" | "into" | "regarding" | "concerning"
                ))
        {
            // (nor is one named as what a dispute, an inquiry or a concern is about: "their
            // dispute over the killing of a Sikh separatist" is no killing by either side)
            // a noun event named as the cause of the clause's act is not the subject's act:
            // "destroyed the platform in response to a missile strike on the tanker"
            // (its own agent, right before the noun or its one modifier, still acts: "a
            // measured response to an Iranian missile attack on the tanker")
            agent_before_noun(v, k).or_else(fronted_talks)
        } else {
            subject_before(v, k).or_else(fronted_talks)
        }
        .or_else(|| {
            v.here.iter().copied().find(|&m| {
                let mm = &v.mentions[m];
                mm.tok_start <= k && k < mm.tok_end
            })
        });
        // a verb right after a state's adjective standing alone is a noun the adjective
        // modifies, unless the adjective is read as its subject ("a North Korean call for
        // talks"): "to protect the tankers from Iranian attack, Reagan said" tells of no attack
        // on Reagan
        let adjective_before = v.here.iter().copied().find(|&m| {
            let mm = &v.mentions[m];
            mm.tok_end == k
                && mm.adjective
                && mm.kind == MentionKind::State
                && !v.word(k - 1).ends_with('s')
        });
        if !f.nominal && adjective_before.is_some() && subj != adjective_before {
            return None;
        }
        f.source = Some(subj);
        // coordinated actors are each other's counterpart only in reciprocal acts ("X and Y
        // met", "… agreed", "… clashed"); "Peru and Chile called for lower tariffs" is two
        // actors asking together
        // (fighting is mutual in a clash or a battle, or with no object, not in an attack by
        // both on a third that names no actor: "attacks on shipping by Iran and Iraq")
        let mutual_fight = [
            "clash", "fight", "fought", "battl", "skirmish", "exchang", "war",
        ]
        .iter()
        .any(|w| v.word(k).starts_with(w));
        // (and any act two sides trade or exchange: "traded accusations")
        let mutual_word = ["trade", "trading", "exchang"]
            .iter()
            .any(|w| v.word(k).starts_with(w));
        // (expressing accord is mutual too: "Israel and the Palestinians reached a consensus")
        let reciprocal = matches!(&p.code[..2], "03" | "04" | "05" | "06")
            || p.code == "019"
            || (&p.code[..2] == "19" && (mutual_fight || f.target.is_none()))
            || mutual_word;
        // (not when the pattern's object names someone else the dictionaries do not know:
        // "Brazil and China pledged to cooperate with the producers' association")
        // (two sides: of three or more listed, each acts on its own)
        if let Some(s) = subj.filter(|_| reciprocal) {
            // (a `T!` slot left empty is no reciprocal act: "back up to ambassadorial level")
            // (nor one whose object is a party the dictionaries do not know: "pledged to
            // cooperate with the producers' association"; "clashed on Tuesday" has none)
            let unknown_object = f.target == Some(None)
                && f.end < v.end
                && (DETERMINERS.contains(&v.word(f.end)) || v.tokens[f.end].cap);
            if f.target.flatten().is_none()
                && !unknown_object
                && !p.required.contains(&Role::Target)
                && coordination(v, s).len() <= 2
                && let Some(c) = conjunct(v, s)
            {
                f.target = Some(Some(c));
                symmetric = true;
            }
        }
    }
    if !has_slot(Role::Target) && f.target.is_none() {
        f.target = Some(None);
    }
    let mut source = f.source.flatten();
    let mut target = f.target.flatten();
    if source.is_some() && source == target {
        target = None;
    }
    let statement = p.code.starts_with("01");
    // a news outlet reporting is not a statement of the outlet ("state media said")
    if statement
        && source.map_or(!named_subject(v, k), |s| {
            v.mentions[s].code.ends_with("MED")
        })
    {
        return None;
    }
    // a statement to a body of the speaker's own state is made there, not to it ("told
    // parliament", "told the ruling party congress"): it is addressed to the other side it
    // speaks of
    let country = |m: Option<usize>| m.and_then(|m| v.mentions[m].country.clone());
    // (a body of no state named is taken for the speaker's own: "told parliament")
    // (reporters told of something are no party, whatever state the text gives them)
    let unplaced = |m: usize| {
        let mm = &v.mentions[m];
        mm.code.starts_with("---") || (mm.inferred && mm.code.ends_with("MED"))
    };
    if statement
        && country(source).is_some()
        && (country(source) == country(target) || target.is_some_and(unplaced))
    {
        target = None;
    }
    // a statement is addressed to the other side it speaks of ("said … the Chinese leadership")
    // (not one in a clause of its own after ", with": "voiced concern over the incident, with
    // the US State Department saying …" is not addressed to the US)
    if statement && target.is_none() {
        let sc = source.and_then(|s| v.mentions[s].country.clone());
        let with_clause = (f.end..v.end)
            .find(|&j| v.word(j) == "," && v.word(j + 1) == "with")
            .unwrap_or(v.end);
        target = v.here.iter().copied().find(|&m| {
            let mm = &v.mentions[m];
            mm.tok_start >= f.end
                && mm.tok_start < with_clause
                && !mm.locative
                && !mm.adjective
                && !mm.code.ends_with("BUS")
                && !mm.code.ends_with("MED")
                && mm.country.is_some()
                && mm.country != sc
        });
    }
    // "opposing" before a plural noun is an adjective ("backed opposing sides", "opposing
    // views"): no one opposes anyone
    if v.word(k) == "opposing"
        && v.tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
        && v.word(k + 1).ends_with('s')
        && k > v.start
        && !(AUXILIARIES.contains(&v.word(k - 1))
            || matches!(
                v.word(k - 1),
                "is" | "are" | "was" | "were" | "been" | "being" | "," | "and"
            )
            || v.here.iter().any(|&m| v.mentions[m].tok_end == k))
    {
        return None;
    }
    // "threaten" with a thing for object endangers it, it threatens no one ("Russia's actions
    // threatened the principle that protects every member state", "threatens regional peace")
    if p.code == "130" && target.is_none() && v.word(k).starts_with("threat") && f.end == k + 1 && {
        let next = v.word(k + 1);
        matches!(
            next,
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        ) || (v
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
            && !matches!(next, "to" | "that" | "with" | "and" | "or" | "but" | "on"))
    } {
        return None;
    }
    let mut code = p.code.clone();
    // goods described by where they come from or go ("tariffs on microchips imported from
    // Japan", "barley exported to China"): a participle right after its noun, with no "be" or
    // "have" before it, names the goods, not a trade between states
    if code.starts_with("06")
        && k > v.start
        && matches!(
            v.word(k),
            "imported" | "exported" | "bought" | "purchased" | "shipped" | "sold" | "supplied"
        )
        && v.tokens[k - 1].kind == TokenKind::Word
        && !v.tokens[k - 1].cap
        && !AUXILIARIES.contains(&v.word(k - 1))
        && !matches!(
            v.word(k - 1),
            "be" | "being" | "also" | "and" | "or" | "not" | "recently"
        )
        && !is_adverb(v.word(k - 1))
        && v.here.iter().all(|&m| v.mentions[m].tok_end != k)
    {
        return None;
    }
    // a participle written before its actor ("visiting S": "the visiting premier") is an
    // adjective; after a preposition it is a gerund with its object ("After visiting the U.S.,
    // France and Italy, Funaro flew to Tokyo"), which the verb pattern reads
    if matches!(p.elems.first(), Some(Elem::Word { .. }))
        && matches!(p.elems.get(1), Some(Elem::Slot(Role::Source)))
        && v.word(k).ends_with("ing")
        && k > v.start
        && matches!(
            v.word(k - 1),
            "after"
                | "before"
                | "while"
                | "since"
                | "by"
                | "on"
                | "upon"
                | "during"
                | "without"
                | "from"
                | "of"
                | "for"
                | "when"
        )
    {
        return None;
    }
    // a label put on another side or on its act ("called the request “an act of
    // aggression”", "described the Chinese actions as aggressive and illegal") is a
    // criticism (111) when its words carry a charge; the bare verb of labelling is no event
    // otherwise, and the plain "described X as" a comment
    if matches!(code.as_str(), "010" | "111") && LABEL_VERBS.contains(&v.word(k)) {
        let charge = labelled_with_charge(v, k + 1);
        match charge {
            None if code == "111" && p.literals == 1 => return None,
            Some(owner) => {
                code = "111".to_string();
                if target.is_none() {
                    target = owner.filter(|&m| {
                        v.mentions[m].country.is_some() && country(Some(m)) != country(source)
                    });
                }
            }
            None => {}
        }
    }
    let root: u32 = code[..2].parse().unwrap_or(0);
    // a state, a government or a ministry protesting protests diplomatically (114), not in
    // the street (14x): "China summoned the ambassador to protest against Tokyo's decision"
    if root == 14
        && v.word(k).starts_with("protest")
        && source.is_some_and(|s| {
            let mm = &v.mentions[s];
            matches!(mm.kind, MentionKind::State | MentionKind::Capital) && !mm.adjective
                || mm.code.ends_with("GOV")
        })
    {
        code = "114".to_string();
    }
    // a place captured is territory taken ("the Faw peninsula, captured by Iran last year"),
    // not a person detained
    if code.starts_with("173") && ["captur", "seiz"].iter().any(|w| v.word(k).starts_with(w)) && {
        let ground = |j: usize| {
            matches!(
                v.word(j),
                "peninsula"
                    | "island"
                    | "islands"
                    | "town"
                    | "city"
                    | "village"
                    | "villages"
                    | "hill"
                    | "hills"
                    | "port"
                    | "airport"
                    | "base"
                    | "region"
                    | "province"
                    | "territory"
                    | "border"
                    | "outpost"
                    | "stronghold"
                    | "oasis"
                    | "pass"
                    | "bridge"
            )
        };
        // (the place named before a participle: "the Faw peninsula, captured by …", "the Faw
        // peninsula at the head of the Gulf, captured by …")
        let ground_before = (k.saturating_sub(8).max(v.start)..k).any(ground);
        match target {
            Some(t) => {
                let mm = &v.mentions[t];
                mm.kind == MentionKind::Place
                    || mm.locative
                    || (mm.tok_end..(mm.tok_end + 4).min(v.end)).any(ground)
                    || (mm.tok_end <= k && ground_before)
            }
            None => ground_before,
        }
    } {
        code = "192".to_string();
    }
    // two states' forces exercising together cooperate ("French and Egyptian warships
    // launched war games"), and so do forces exercising "with" another state's ("conducted
    // flight exercises over the country with the Guyana Defence Force"): military cooperation
    // between them, not a show of force
    let exercise = (k..f.end.min(v.end)).any(|j| {
        starts_with_any(
            v.word(j),
            &["exercise", "drill", "game", "manoeuvre", "maneuver"],
        )
    });
    if root == 15 && exercise {
        let own = source.and_then(|s| v.mentions[s].country.clone());
        let other_state =
            |c: &usize| v.mentions[*c].country.is_some() && v.mentions[*c].country != own;
        let together = || {
            source
                .and_then(|s| conjunct(v, s))
                .filter(|_| target.is_none_or(|t| v.mentions[t].locative))
        };
        let with_partner = || {
            if !target.is_none_or(|t| v.mentions[t].locative || v.mentions[t].tok_start >= f.end) {
                return None;
            }
            let w = (f.end..(f.end + 8).min(v.end))
                .take_while(|&j| !matches!(v.word(j), "," | ";") && !is_clause_break(v.word(j)))
                .find(|&j| v.word(j) == "with")?;
            first_mention_in(v, w + 1, (w + 4).min(v.end)).filter(|&c| !v.mentions[c].locative)
        };
        if let Some(c) = together()
            .filter(other_state)
            .or_else(|| with_partner().filter(other_state))
        {
            code = "062".to_string();
            target = Some(c);
            symmetric = true;
        }
    }
    // two leaders travelling to the same place meet there: "Biden and Xi are expected in New
    // Delhi" is a meeting at a third location, not a visit to India
    if (code.starts_with("042") || code.starts_with("043"))
        && target.is_some_and(|t| v.mentions[t].locative)
        && let Some(c) = source.and_then(|s| conjunct(v, s))
        && v.mentions[c].country != source.and_then(|s| v.mentions[s].country.clone())
    {
        code = "044".to_string();
        target = Some(c);
        symmetric = true;
    }
    // a complaint to a body about a state targets the state ("complained to the United Nations
    // over Israeli air raids"): the body is where it was made
    if matches!(root, 11..=13) && target.is_some_and(|t| v.mentions[t].code.starts_with("IGO")) {
        let t = target.unwrap();
        let mut j = v.mentions[t].tok_end;
        while j < v.end && j < v.mentions[t].tok_end + 8 {
            let w = v.word(j);
            if w == "," || is_clause_break(w) {
                break;
            }
            if matches!(w, "over" | "about" | "against" | "regarding") {
                if let Some(m) = first_mention_in(v, j + 1, (j + 4).min(v.end))
                    && v.mentions[m].country.is_some()
                {
                    target = Some(m);
                }
                break;
            }
            j += 1;
        }
    }
    // `T!`/`S!`: the pattern holds only with an actor there ("S +hold T!"); a state's adjective
    // or a body's name modifying a thing names no actor ("recognises Greek rights", "to
    // receive a government cash infusion")
    if p.required.contains(&Role::Target) && target.is_some_and(|t| modifies_noun(v, t)) {
        return None;
    }
    // one discusses or debates a topic: "discussed Kenya's request" is about Kenya's request,
    // not with Kenya
    if p.required.contains(&Role::Target)
        && starts_with_any(v.word(k), &["discuss", "debat"])
        && target.is_some_and(|t| {
            v.tokens
                .get(v.mentions[t].tok_end)
                .is_some_and(|n| n.kind == TokenKind::Possessive)
        })
    {
        return None;
    }
    if (p.required.contains(&Role::Target) && target.is_none())
        || (p.required.contains(&Role::Source) && source.is_none())
    {
        return None;
    }
    // otherwise the party the predicate is about: the first actor after the trigger in its
    // clause, even inside the object ("rejected an Australian ultimatum", "threatened to break
    // relations with Russia")
    if target.is_none() && !statement {
        // (never the source itself, named after the trigger in "attacks on shipping by Iran")
        // (nor the actor's own forces, which its act moves rather than acts on: "withdrew its
        // troops from the border", "deployed troops to the border with Ukraine": the party is
        // the one after them, if any)
        let material = matches!(root, 6..=8 | 15..=20);
        let own_forces = |t: usize| {
            let mm = &v.mentions[t];
            material
                && mm.code.ends_with("MIL")
                && mm.kind == MentionKind::Agent
                && country(source).is_some()
                && (mm.country.is_none() || country(Some(t)) == country(source))
        };
        let mut from = k + 1;
        target = loop {
            let t = predicate_actor(
                v,
                from,
                root <= 13,
                root == 4 && !code.starts_with("045"),
                f.nominal,
            )
            .filter(|&t| Some(t) != source && Some(t) != source.and_then(|s| conjunct(v, s)));
            match t {
                Some(t) if own_forces(t) && v.mentions[t].tok_end > from => {
                    from = v.mentions[t].tok_end;
                }
                Some(t) if own_forces(t) => break None,
                t => break t,
            }
        };
    }
    // an object relative clause acts on what it describes: "a Turkish ship which Greece had
    // threatened to tackle" (the pronoun, then its subject)
    if target.is_none()
        && let Some(s) = source
        && let st = v.mentions[s].tok_start
        && st > v.start
        && matches!(v.word(st - 1), "which" | "whom" | "that")
        && in_relative_clause(v, k)
    {
        let r = st - 1;
        target = v
            .here
            .iter()
            .copied()
            .filter(|&m| {
                let mm = &v.mentions[m];
                mm.tok_end <= r && mm.tok_end + 4 >= r && !mm.locative
            })
            .last()
            .filter(|&t| v.mentions[t].country.is_some() && country(Some(t)) != country(source));
    }
    // ", a move Athens denounced as illegal": a noun summing up the main clause's act, with a
    // clause of its own, makes the main clause's actor the one acted on
    if target.is_none()
        && let Some(s) = source
        && let st = v.mentions[s].tok_start
        && st >= v.start + 3
        && matches!(
            v.word(st - 1),
            "move"
                | "step"
                | "decision"
                | "action"
                | "act"
                | "measure"
                | "charge"
                | "claim"
                | "accusation"
                | "allegation"
                | "deployment"
                | "visit"
        )
        && matches!(v.word(st - 2), "a" | "an" | "the")
        && v.word(st - 3) == ","
    {
        target = first_candidate(v, v.start, st - 3)
            .filter(|&t| v.mentions[t].country.is_some() && country(Some(t)) != country(source));
    }
    // a warning, demand or rejection whose words name the actor's own state ("warned that
    // Pakistan would respond", "said China would defend its interests") is addressed to the
    // other side, not to itself
    if matches!(root, 10..=13)
        && country(source).is_some()
        && country(source) == country(target)
        && target.is_some_and(|t| {
            !v.mentions[t].adjective
                && matches!(
                    v.mentions[t].kind,
                    MentionKind::State | MentionKind::Capital
                )
        })
    {
        target = None;
    }
    // a threat (or a conditional act of conflict) is addressed to the party whose act would set
    // it off: "threatened to halt the talks if Ruritania deploys its missiles"
    // (an agent of no known state, "a military offensive", is no better than no target)
    let stateless = |t: Option<usize>| {
        t.is_none_or(|t| {
            v.mentions[t].country.is_none() && v.mentions[t].kind == MentionKind::Agent
        })
    };
    if stateless(target) && root >= 10 {
        let sc = source.and_then(|s| v.mentions[s].country.clone());
        let party = (f.end..v.end)
            .find(|&j| matches!(v.word(j), "if" | "unless"))
            .and_then(|j| first_mention_in(v, j + 1, (j + 4).min(v.end)))
            .filter(|&m| v.mentions[m].country.is_some() && v.mentions[m].country != sc);
        target = party.or(target);
    }
    // "him" or "her" as the object ("spoke with Qatar's ruler and urged him to …", "met the
    // minister and told her"): the person named last before it in the sentence who is not the
    // actor's own side
    if target.is_none()
        && matches!(v.word(k + 1), "him" | "her")
        && matches!(p.elems.first(), Some(Elem::Slot(Role::Source)))
        && matches!(p.elems.get(2), Some(Elem::Slot(Role::Target)))
    {
        target = v
            .here
            .iter()
            .copied()
            .filter(|&m| {
                let mm = &v.mentions[m];
                mm.tok_end <= k
                    && v.is_one_person(m)
                    && mm.country.is_some()
                    && country(Some(m)) != country(source)
            })
            .next_back();
    }
    // deaths a flood, a quake or a storm caused are no one's act ("The floods … submerged a
    // third of the country, killing more than 1,700 people")
    if source.is_none()
        && (18..=20).contains(&root)
        && (v.start..k).any(|j| {
            matches!(
                v.word(j),
                "flood"
                    | "floods"
                    | "flooding"
                    | "earthquake"
                    | "earthquakes"
                    | "quake"
                    | "storm"
                    | "storms"
                    | "cyclone"
                    | "hurricane"
                    | "typhoon"
                    | "monsoon"
                    | "rains"
                    | "landslide"
                    | "landslides"
                    | "mudslide"
                    | "mudslides"
                    | "avalanche"
                    | "wildfire"
                    | "wildfires"
                    | "heatwave"
                    | "drought"
                    | "tsunami"
                    | "eruption"
                    | "epidemic"
                    | "pandemic"
                    | "outbreak"
                    | "virus"
            )
        })
    {
        return None;
    }
    // a mediation told by its mediator's "by" ("a deal brokered by China", "after mediation
    // by the United Arab Emirates", "talks hosted by Gonsalves") is between the parties the
    // clause names as its subject (each of them, when they are coordinated)
    if code.starts_with("045") && target.is_none() && v.word(k + 1) == "by" && k > v.start {
        target = subject_before(v, k)
            .filter(|&m| v.mentions[m].country.is_some() && country(Some(m)) != country(source));
        if target.is_none() {
            return None;
        }
    }
    // an arrest, a detention, a trial or an expulsion with no agent named is the act of the
    // state where it happens: "a trader was arrested in Ruritania"
    // a participle right after its noun, with no "be" before it and no object after it, is a
    // reduced passive: "a Russian activist jailed in the United States" is the one jailed, and
    // the state where it happens jailed her
    let reduced = root == 17
        && !f.passive
        && target.is_none()
        && v.word(k).ends_with("ed")
        && matches!(
            v.word(k + 1),
            "in" | "at"
                | "on"
                | "near"
                | "during"
                | "after"
                | "since"
                | "for"
                | "over"
                | "last"
                | "earlier"
                | "without"
                | ","
                | "."
        )
        && source.is_some_and(|s| {
            let mm = &v.mentions[s];
            mm.tok_end == k
                && mm.kind != MentionKind::State
                && !mm.adjective
                && !["MIL", "GOV", "COP", "SPY", "JUD"]
                    .iter()
                    .any(|x| mm.code.ends_with(x))
        });
    if reduced {
        target = source;
        source = place_target(v, f.end).filter(|&m| v.mentions[m].locative && Some(m) != target);
    }
    if f.passive && source.is_none() && root == 17 {
        source = place_target(v, f.end).filter(|&m| v.mentions[m].locative && Some(m) != target);
    }
    // a bombing or an ambush by no one named is laid at the door of the place where it happens
    // ("a roadside bomb killed two soldiers near Kandahar"): the best guess the text allows,
    // and the one the confidence below marks as weak
    if source.is_none() && root == 18 {
        let place = |m: &usize| {
            let mm = &v.mentions[*m];
            mm.locative && Some(*m) != target && mm.country.is_some()
        };
        source = place_target(v, f.end)
            .filter(place)
            .or_else(|| v.here.iter().copied().find(place));
    }
    // failing that, a material act lands where the place phrase after it says ("drills near
    // the island", "strikes in Gaza", "aid for the relief effort in Sudan")
    // (a threat too, by the place of the act threatened: "threatened to resume attacks in
    // Israel"; not by its topic: "a warning on Taiwan")
    // (an intent to help or to yield too, "will evacuate the settlements in Gaza", not one to
    // meet: "agreed to meet again in Brazil" is no act towards Brazil)
    let material_intent = ["031", "033", "035"].iter().any(|c| code.starts_with(c));
    if stateless(target) && (root >= 13 || matches!(root, 6 | 7 | 8) || material_intent) {
        target = place_target(v, f.end)
            .filter(|&m| root != 13 || v.mentions[m].locative)
            .or(target);
    }
    // with no actor of the dictionaries on either side the act is kept only when a subject
    // the dictionaries do not know performs it ("Gov. Ana Ruiz declined to comment"): the
    // evidence is worth keeping, and an analyst can name the actor later
    if source.is_none() && target.is_none() && !named_subject(v, k) {
        return None;
    }
    let (mut modality, mut committed) = modality(v, k, source);
    let mut bare_will = false;
    // a mediation told by "by" after its noun describes a thing that exists ("agreed to a
    // ceasefire brokered by Russia"): it happened, whatever the clause commits to
    if code.starts_with("045") && v.word(k + 1) == "by" {
        modality = Modality::Asserted;
        committed = false;
    }
    let mut act = None;
    // saying happened whatever the speaker hopes or fears in what is said
    if statement && modality == Modality::Hypothetical {
        modality = Modality::Asserted;
    }
    // an actor committing to an action expresses an intent (or a threat): "Portugal will
    // support Turkey" is coded 03 as it is said, not as a future 05; under a condition ("would
    // impose tariffs if …") the intent or threat is said now, and the act is hypothetical
    let conditional = modality == Modality::Hypothetical && committed;
    if (modality == Modality::Future || conditional)
        && committed
        && (source.is_some() || named_subject(v, k))
        && let Some(ic) = intent_code(&code)
    {
        act = Some(std::mem::replace(&mut code, ic.to_string()));
        modality = Modality::Asserted;
        bare_will = !conditional && bare_future(v, k);
    }
    if act.is_none() && modality == Modality::Asserted {
        act = meeting_to_come(v, &code, k, f.end).map(str::to_string);
    }
    // "will not meet", "would not accept": refusing to cooperate is a rejection (12), and
    // refusing to yield a refusal to yield (124: "will not release the hostages", "will not
    // lift the embargo", "will not end the strike")
    // (a passive refuses nothing: "Congress will not be notified of the plan")
    let coop = matches!(root, 3..=8);
    if modality == Modality::Negated
        && committed
        && coop
        && !f.passive
        && (source.is_some() || named_subject(v, k))
    {
        code = match code.get(..3) {
            Some("081") => "1241",
            Some("082") => "1242",
            Some("084") => "1243",
            Some("085") => "1244",
            Some("086") => "1245",
            Some("087") => "1246",
            _ if root == 8 => "124",
            _ => "120",
        }
        .to_string();
        modality = Modality::Asserted;
    }
    let mut span_start = k;
    let mut span_end = f.end.max(k + 1);
    for m in [source, target].into_iter().flatten() {
        let mm = &v.mentions[m];
        if mm.sentence == v.mentions[m].sentence && mm.tok_start >= v.start && mm.tok_end <= v.end {
            span_start = span_start.min(mm.tok_start);
            span_end = span_end.max(mm.tok_end);
        }
    }
    let mut confidence: f64 = 0.4;
    if source.is_some_and(|s| v.mentions[s].is_known()) {
        confidence += 0.25;
    }
    if target.is_some_and(|t| v.mentions[t].is_known()) {
        confidence += 0.25;
    }
    if p.literals >= 2 {
        confidence += 0.1;
    }
    Some(CodedEvent {
        pattern: pid,
        code,
        source,
        target,
        trigger_start: k,
        trigger_end: f.end.max(k + 1),
        span_start,
        span_end,
        modality,
        symmetric,
        confidence: confidence.min(1.0),
        past: v.is_past(v.word(k)) && v.tokens[k].kind == TokenKind::Word,
        committed,
        act,
        conditional: conditional && committed,
        bare_will,
        ends_with_to: matches!(p.elems.last(), Some(Elem::Word { alts, .. }) if alts.iter().any(|a| a.last().is_some_and(|w| w == "to"))),
        // (an act in a relative clause is background too)
        reduced_passive: in_relative_clause(v, k)
            || (f.passive && !preceded_by_be(v, k))
            || (v.is_past(v.word(k))
                && v.word(k + 1) == "by"
                && !preceded_by_be(v, k)
                && !preceded_by_have(v, k))
            // an -ing participle right after its actor describes it ("the coalition fighting
            // the rebels has declared a truce")
            || (v.word(k).ends_with("ing")
                && k > v.start
                && v.here.iter().any(|&m| v.mentions[m].tok_end == k)
                && !preceded_by_be(v, k)),
    })
}

/// Words before a trigger that put it in the future as the actor's own commitment ("will",
/// "plans to", "agreed to"): CAMEO codes these as an intent (03) or a threat (13).
const COMMITMENT: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "plans",
    "planned",
    "planning",
    "intends",
    "intend",
    "intended",
    "expects",
    "ready",
    "willing",
    "prepared",
    "wants",
    "seeks",
    "aims",
    "going",
    "vows",
    "vowed",
    "pledges",
    "pledged",
    "promises",
    "promised",
    "offers",
    "offered",
    "agreed",
    "agrees",
    "agree",
    "committed",
    "determined",
    "threatened",
    "threatens",
    "threaten",
    "threatening",
    "sworn",
    "swore",
];

/// Words that put a trigger in the future as someone else's expectation.
/// Nouns whose content is an act ("its decision to admit", "a plan to build").
const CONTENT_NOUNS: &[&str] = &[
    "decision",
    "move",
    "plan",
    "plans",
    "intention",
    "bid",
    "offer",
    "proposal",
    "promise",
    "pledge",
    "readiness",
];

const EXPECTATION: &[&str] = &[
    "expected",
    "scheduled",
    "due",
    "set",
    "upcoming",
    "next",
    "slated",
    "invited",
    "likely",
    "poised",
    "would",
];

/// Reads the modality from the words before the trigger (back to the subject or the clause
/// start). Returns the modality and, for the future, whether it is the actor's own commitment.
fn modality(v: &SentenceView<'_>, k: usize, source: Option<usize>) -> (Modality, bool) {
    let floor = source
        .map(|s| &v.mentions[s])
        .filter(|m| m.tok_end <= k && m.tok_start >= v.start)
        .map_or(k.saturating_sub(6).max(v.start), |m| m.tok_end);
    let floor = floor.max(k.saturating_sub(8)).max(v.start);
    // the clause of the trigger: after the last comma or clause break
    // a hyphenated compound is one modifier, not a clause break and a verb ("its
    // long-threatened invasion"): its hyphen and second part are blanked out
    let joined =
        |a: usize| a + 1 < v.tokens.len() && a > 0 && v.tokens[a].start == v.tokens[a - 1].end;
    let word_at = |j: usize| {
        let hyphen_part = (v.word(j) == "-" && joined(j) && joined(j + 1))
            || (j > 0 && v.word(j - 1) == "-" && joined(j - 1) && joined(j));
        if hyphen_part { "" } else { v.word(j) }
    };
    let mut clause: Vec<&str> = (floor..k).map(word_at).collect();
    if let Some(p) = clause
        .iter()
        .rposition(|w| *w == "," || is_clause_break(w) || GAP_STOP.contains(w))
    {
        clause.drain(..=p);
    }
    // an act named as the content of a noun ("will not change its decision to admit China",
    // "abandoned the plan to build"): what is said of the noun is not said of the act; a
    // decision stands for the act, a plan or an offer for an act its owner commits to
    if let Some(p) = (2..clause.len()).rev().find(|&p| {
        clause[p] == "to"
            && CONTENT_NOUNS.contains(&clause[p - 1])
            && matches!(
                clause[p - 2],
                "its" | "their" | "his" | "her" | "our" | "the" | "a" | "an" | "this" | "'s"
            )
    }) {
        return if matches!(clause[p - 1], "decision" | "move") {
            (Modality::Asserted, false)
        } else {
            (Modality::Future, true)
        };
    }
    // an act named as what efforts or attempts aim at, those efforts the object of a
    // preposition ("would not remain indifferent to efforts to arm the Greek Cypriot
    // administration"), is not told as done, and what is said of the efforts is not said of it
    // ("continued their effort to overthrow the government" is the act going on)
    if let [.., prep, noun, "to"] = clause.as_slice()
        && matches!(*noun, "effort" | "efforts" | "attempt" | "attempts")
        && matches!(
            *prep,
            "to" | "of" | "against" | "in" | "for" | "with" | "about"
        )
    {
        return (Modality::Hypothetical, false);
    }
    // an actor followed by nothing but "to" before the act is no subject of a finite verb: the
    // object of one ("urged the two sides to improve ties", "issues raised by both sides to
    // ease tension") whose act is wanted, not done
    // (but the object of a verb of causing did the act: "prompting Baghdad to recall its
    // ambassador", "forced Iraq to withdraw")
    if clause.iter().filter(|w| !is_adverb(w)).eq(["to"].iter())
        && source.is_some_and(|s| v.mentions[s].tok_end + 1 + clause.len() > k)
    {
        let caused = source.is_some_and(|s| {
            let st = v.mentions[s].tok_start;
            st > v.start
                && matches!(
                    v.word(st - 1),
                    "prompting"
                        | "prompted"
                        | "forcing"
                        | "forced"
                        | "compelling"
                        | "compelled"
                        | "leading"
                        | "led"
                        | "causing"
                        | "caused"
                )
        });
        if !caused {
            return (Modality::Hypothetical, false);
        }
    }
    // negation governs only its own verb phrase: stop at a coordination too
    let mut near = clause.clone();
    if let Some(p) = near
        .iter()
        .rposition(|w| *w == "and" || *w == "but" || *w == "or")
    {
        near.drain(..=p);
    }
    // a past form coordinated after a modal's own bare verb is a verb phrase of its own: the
    // modal does not reach it ("denied it would threaten shipping and warned the U.S.")
    // (a participle sharing "would be" or "has" is not: "would be tried and jailed")
    // (nor does an intent or a fear told before it with no modal: "denied reports that it
    // intended to threaten shipping and warned the United States"; a participle after "be"
    // still shares it: "was to be tried and expelled")
    let conjunction = clause.len() - near.len();
    let past_conjunct = v.is_past(v.word(k))
        && near.len() < clause.len()
        && match clause.iter().rposition(|w| {
            matches!(
                *w,
                "will" | "would" | "could" | "might" | "may" | "should" | "must" | "shall"
            )
        }) {
            Some(p) => clause[p + 1..]
                .iter()
                .find(|w| !matches!(**w, "not" | "n't"))
                .is_some_and(|w| !matches!(*w, "be" | "have" | "and" | "or")),
            None => {
                near.iter().all(|w| is_adverb(w))
                    && !clause[conjunction.saturating_sub(3)..conjunction.saturating_sub(1)]
                        .iter()
                        .any(|w| matches!(*w, "be" | "been" | "being"))
            }
        };
    if past_conjunct {
        clause = near.clone();
    }
    let before_clause: Vec<&str> = (v.start..k).map(word_at).collect();
    let has = |ws: &[&str], set: &[&str]| ws.iter().any(|w| set.contains(w));
    let pair = |ws: &[&str], first: &[&str], second: &str| {
        ws.windows(2)
            .any(|w| first.contains(&w[0]) && w[1] == second)
    };
    // "will not", "would not", "cannot": a refusal the actor commits to
    let will = has(&clause, &["will", "would", "'ll", "shall", "cannot"])
        || clause
            .windows(2)
            .any(|w| (w[0] == "ca" && w[1] == "n't") || (w[0] == "can" && w[1] == "not"));
    // "not only … but" adds, it does not deny
    let not_only = near.windows(2).any(|w| w[0] == "not" && w[1] == "only");
    if !not_only
        && has(
            &near,
            &[
                "not", "n't", "never", "no", "without", "neither", "nor", "cannot", "none",
            ],
        )
        || pair(
            &near,
            &[
                "refused", "refuses", "refuse", "declined", "declines", "rejected", "refusal",
            ],
            "to",
        )
        // (failing to win someone over still tries: "has failed to persuade Washington to
        // reduce" is an appeal made)
        || (pair(&near, &["failed", "fails", "failure"], "to")
            && !starts_with_any(v.word(k), &["persuad", "convinc"]))
        // "stopped short of imposing", "refrained from imposing": the act was not done
        || near.windows(3).any(|w| {
            matches!(w[0], "stopped" | "stops" | "stop" | "fell" | "falls" | "fall")
                && w[1] == "short"
                && w[2] == "of"
        })
        || pair(
            &near,
            &["refrained", "refrains", "refrain", "abstained", "abstains", "abstain"],
            "from",
        )
    {
        return (Modality::Negated, will);
    }
    // what a refusal or a promise waits for is a condition, not an act ("will not lift the
    // embargo until China signs the covenant")
    if let Some(u) = before_clause.iter().rposition(|w| *w == "until")
        && has(
            &before_clause[..u],
            &[
                "will", "would", "not", "n't", "never", "refuse", "refuses", "refused",
            ],
        )
    {
        return (Modality::Hypothetical, false);
    }
    // a condition on what the actor will do is a conditional promise or threat ("would meet
    // him if …", "may halt mediation if …")
    let conditional = before_clause
        .iter()
        .rev()
        .take(14)
        .any(|w| *w == "if" || *w == "unless")
        || has(&clause, &["unless"])
        // (or after the act, before the report that carries it: "would reimpose the sanctions
        // if Caracas failed to …")
        || (k + 1..(k + 14).min(v.end))
            .take_while(|&j| !matches!(v.word(j), ";" | "\"" | "said" | "says" | "told"))
            .any(|j| matches!(v.word(j), "if" | "unless"));
    // (a passive commits no one: "the industry could be injured if …")
    if conditional
        && has(
            &clause,
            &["will", "would", "'ll", "shall", "may", "might", "could"],
        )
    {
        let passive = clause
            .iter()
            .rposition(|w| *w == "be")
            .is_some_and(|b| clause[b + 1..].iter().all(|w| is_adverb(w)))
            && v.is_past(v.word(k));
        return (Modality::Hypothetical, !passive);
    }
    // weighing, proposing or recommending an act is not doing it ("Chile is considering
    // sending observers", "a report recommending sanctions", "pending an inquiry")
    if has(
        &clause,
        &[
            "considering",
            "weighing",
            "mulling",
            "contemplating",
            "studying",
            "exploring",
            "recommend",
            "recommends",
            "recommended",
            "recommending",
            "proposing",
            "propose",
            "proposes",
            "proposed",
            "pending",
        ],
    ) {
        return (Modality::Hypothetical, false);
    }
    // the act someone is accused of is an allegation, not an event ("accused North Korea of
    // supplying artillery shells")
    let accused = before_clause.windows(2).any(|w| {
        matches!(
            w[0],
            "accused"
                | "accuses"
                | "accusing"
                | "accuse"
                | "suspected"
                | "suspects"
                | "suspecting"
                | "blamed"
                | "blames"
                | "blaming"
                | "charged"
                | "convicted"
                | "guilty"
        ) && matches!(w[1], "of" | "with" | "for")
    }) || has(&clause, &["alleged", "allegedly"]) && !statement_ctx(&clause);
    // (an act "reportedly" done is reported as done, as wires report most acts; "allegedly"
    // keeps it an allegation)
    if accused && !before_clause.is_empty() {
        return (Modality::Hypothetical, false);
    }
    if has(&clause, &["could", "might", "may", "should", "must", "unless", "can"])
        || {
            // (not across ", and" or ", but" opening a clause of its own: "… if they drag on,
            // and US officials have urged both allies to …")
            let n = before_clause.len();
            (n.saturating_sub(14)..n)
                .rev()
                .take_while(|&i| {
                    !(matches!(before_clause[i], "and" | "but")
                        && i > 0
                        && before_clause[i - 1] == ",")
                })
                .any(|i| matches!(before_clause[i], "if" | "whether"))
        }
        // an attempt still to be made is hypothetical; one made ("tried to hack into", "attempted
        // to storm") is an act, coded as what was attempted
        || pair(
            &clause,
            &["try", "tries", "trying", "attempt", "attempts", "attempting"],
            "to",
        )
        // a risk or a prospect is not the act ("little risk of sparking a clash")
        || pair(
            &clause,
            &[
                "risk", "risks", "danger", "dangers", "prospect", "prospects", "possibility",
                "chance", "chances", "likelihood",
            ],
            "of",
        )
        // a purpose is not yet an act ("a resolution that aims to tighten the embargo",
        // "troops sent to help it oust the rebels", "in order to end the blockade")
        || pair(
            &clause,
            &[
                "aims", "aim", "aimed", "aiming", "seeks", "seek", "sought", "seeking", "designed",
                "meant", "order", "help", "helping",
            ],
            "to",
        )
        || clause.last().is_some_and(|w| matches!(*w, "help" | "helping"))
        || clause.len() >= 2 && clause[clause.len() - 2] == "help"
    {
        return (Modality::Hypothetical, false);
    }
    // feared or hoped for: "fears that China will try to seize"
    let feared = before_clause.windows(2).any(|w| {
        matches!(
            w[0],
            "fears"
                | "feared"
                | "fear"
                | "hope"
                | "hopes"
                | "hoped"
                | "worries"
                | "worried"
                | "concern"
                | "concerns"
        ) && w[1] == "that"
    }) || before_clause
        .windows(2)
        .any(|w| matches!(w[0], "hoped" | "hopes" | "hope") && w[1] != "for");
    // (a "that" clause coordinated after a hope without "that" is said, not hoped: "said he
    // hoped the incident would not inflame tensions and that Australia remained open to
    // dialogue")
    let said_after_hope = before_clause
        .iter()
        .rposition(|w| matches!(*w, "hoped" | "hopes" | "hope"))
        .is_some_and(|h| {
            before_clause.get(h + 1) != Some(&"that")
                && before_clause[h..]
                    .windows(2)
                    .any(|w| matches!(w[0], "and" | "but") && w[1] == "that")
        });
    if feared && !said_after_hope && !clause.is_empty() {
        return (Modality::Hypothetical, false);
    }
    // what a thing "would" do is its purpose, not an act ("a draft treaty which would eliminate
    // the missiles and slash other weapons", "a resolution that would impose sanctions"),
    // through the verbs coordinated after it
    {
        let mut j = k;
        while j > v.start + 1 {
            j -= 1;
            let w = v.word(j);
            if w == "," || (is_clause_break(w) && !inner_hyphen(v, j)) {
                break;
            }
            if matches!(w, "would" | "could" | "might")
                && matches!(v.word(j - 1), "which" | "that")
                && !(j >= 2 && is_report(v.word(j - 2)))
                && !(j >= 2 && v.here.iter().any(|&m| v.mentions[m].tok_end == j - 1))
            {
                return (Modality::Hypothetical, false);
            }
        }
    }
    // "said they would boycott": the actor's own words about what it will do
    let reported = before_clause.iter().any(|w| is_report(w));
    if has(&clause, &["would"]) && reported {
        return (Modality::Future, true);
    }
    // "was to leave", "is to visit": what is arranged, still to come
    let arranged = clause
        .windows(2)
        .any(|w| matches!(w[0], "is" | "are" | "was" | "were") && w[1] == "to");
    if has(&clause, EXPECTATION) || arranged {
        return (Modality::Future, false);
    }
    if has(&clause, COMMITMENT) || has(&clause, &["hopes", "hope", "hoped"]) {
        return (Modality::Future, true);
    }
    (Modality::Asserted, false)
}

/// Whether the act at `k` is put in the future by the auxiliary alone ("will meet", "'ll
/// visit"), with no verb of commitment ("agreed to", "pledged to") in its clause.
fn bare_future(v: &SentenceView<'_>, k: usize) -> bool {
    let mut j = k;
    let mut aux = false;
    while j > v.start && k - j < 8 {
        j -= 1;
        let w = v.word(j);
        if w == "," || is_clause_break(w) {
            break;
        }
        if matches!(w, "will" | "'ll" | "shall") {
            aux = true;
        } else if COMMITMENT.contains(&w) {
            return false;
        }
    }
    aux
}

/// Whether the words before a trigger are themselves a report ("reportedly said").
fn statement_ctx(clause: &[&str]) -> bool {
    clause.iter().any(|w| is_report(w))
}

/// The CAMEO code of the intent (or threat) an actor expresses by committing to an action:
/// "Norway will give Malawi a loan" is an intent to provide aid (033), "X will attack Y" a
/// threat of force (138). `None` where the action is itself verbal.
pub fn intent_code(code: &str) -> Option<&'static str> {
    let root: u32 = code.get(..2)?.parse().ok()?;
    Some(match root {
        4 => "036",
        5 => "032",
        6 => "031",
        7 => "033",
        8 => "035",
        16 => "131",
        14 | 17 => "130",
        15 | 18 | 19 | 20 => "138",
        _ => return None,
    })
}

/// Whether the clause of the trigger at `k` opens with a subject the dictionaries do not know:
/// a name (a capitalised word that is not just the sentence's first word: "Gov. Ana Ruiz",
/// "the Farm Bureau") or a possessive ("Ruiz's office").
fn named_subject(v: &SentenceView<'_>, k: usize) -> bool {
    let mut j = k;
    while j > v.start {
        j -= 1;
        let w = v.word(j);
        if w == "," || is_clause_break(w) || SUBORDINATORS.contains(&w) || w == "that" {
            return false;
        }
        let t = &v.tokens[j];
        if t.kind == TokenKind::Possessive {
            return true;
        }
        // a pronoun standing for a name said earlier in the sentence ("Clinton has said he
        // will not lift the embargo")
        if matches!(w, "he" | "she" | "they")
            && (v.start..j).any(|i| {
                let ti = &v.tokens[i];
                ti.kind == TokenKind::Word && ti.cap && !crate::text::words::not_a_name(v.word(i))
            })
        {
            return true;
        }
        // (and "we" or "I" speaking for an actor the sentence names: "We cannot accept the
        // proposal, Japan said")
        if matches!(w, "we" | "i")
            && (j + 1..k).all(|i| {
                let x = v.word(i);
                is_adverb(x) || crate::text::words::is_verb_companion(x)
            })
            && v.here.iter().any(|&m| {
                let mm = &v.mentions[m];
                mm.tok_start > k && is_report(v.word(mm.tok_end))
            })
        {
            return true;
        }
        let name_like = t.kind == TokenKind::Word && t.cap && !crate::text::words::not_a_name(w);
        // the first word of a sentence is capitalised anyway: it is a name when another name
        // follows it, or when only auxiliaries and adverbs stand between it and the verb
        // ("Ruiz has repeatedly pushed for …"; a common noun would need its article)
        let bare_verb_follows = || {
            (j + 1..k).all(|i| {
                let x = v.word(i);
                is_adverb(x) || AUXILIARIES.contains(&x)
            })
        };
        if name_like
            && (j > v.start
                || v.tokens.get(j + 1).is_some_and(|n| n.cap && j + 1 < k)
                || bare_verb_follows())
        {
            return true;
        }
    }
    false
}

/// Whether the word at `b` still belongs to the complement of the verb or noun at `a`: no
/// punctuation, subordinator or report verb between them, and no second finite verb
/// coordinated with the first ("demanded their release and expelled two diplomats").
/// Verbs that put a label on someone or something ("called the move a provocation").
const LABEL_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "brand",
    "brands",
    "branded",
    "branding",
    "label",
    "labels",
    "labelled",
    "labeled",
    "labelling",
    "labeling",
    "termed",
    "terming",
    "dub",
    "dubbed",
    "dubbing",
    "deem",
    "deemed",
    "deems",
];

/// Word beginnings of a label that charges its object with a wrong: aggression, threat,
/// provocation, illegality, deceit, cruelty ("an act of aggression", "a direct threat",
/// "illegal", "null and void", "a sham", "state terrorism", "truly repugnant").
const CHARGES: &[&str] = &[
    "aggress",
    "threat",
    "provocat",
    "provocative",
    "terror",
    "illegal",
    "illegitimate",
    "unlawful",
    "unacceptable",
    "irresponsible",
    "dangerous",
    "reckless",
    "hostile",
    "violation",
    "breach",
    "sham",
    "farce",
    "lie",
    "lies",
    "lying",
    "absurd",
    "baseless",
    "groundless",
    "unfounded",
    "outrage",
    "shocking",
    "repugnant",
    "offensive",
    "excessive",
    "brazen",
    "blackmail",
    "interference",
    "meddling",
    "mistake",
    "void",
    "hypocri",
    "cruel",
    "inhuman",
    "barbar",
    "atrocit",
    "crime",
    "criminal",
    "genocid",
    "coercion",
    "bully",
    "destabili",
    "deplorable",
    "despicable",
    "shameful",
    "disgrace",
    "unjustified",
    "unwarranted",
    "unfriendly",
    "invasion",
    "occupation",
    "piracy",
    "hooligan",
    "racist",
    "propaganda",
    "slander",
    "fabricat",
    "smear",
    "insult",
    "betrayal",
    "treacher",
    "sabotage",
];

/// Whether the words after a verb of labelling, to the end of its clause, carry a charge;
/// if so, the actor the label's object names (the state of "the Chinese actions", of
/// "Russia's plan"), when it names one before the charge. `None`: no charge.
fn labelled_with_charge(v: &SentenceView<'_>, from: usize) -> Option<Option<usize>> {
    // a call for, on, off or up is another verb
    if matches!(
        v.word(from),
        "for" | "on" | "upon" | "off" | "up" | "in" | "out" | "back" | "into" | "it"
    ) {
        return None;
    }
    let mut end = from;
    while end < v.end && end < from + 14 {
        let w = v.word(end);
        if matches!(
            w,
            "," | ";" | "and" | "but" | "while" | "because" | "after" | "saying"
        ) && !(w == "and" && end > from && matches!(v.word(end - 1), "null" | "illegal"))
            && !(w == "and" && end > from && CHARGES.iter().any(|c| v.word(end - 1).starts_with(c)))
            || (w != "\"" && is_clause_break(w))
        {
            break;
        }
        end += 1;
    }
    let at = (from..end).find(|&j| CHARGES.iter().any(|c| v.word(j).starts_with(c)))?;
    // "threatened" and "threatening" are verbs of their own, not a label
    if v.word(at).starts_with("threaten") {
        return None;
    }
    let owner = v.here.iter().copied().find(|&m| {
        let mm = &v.mentions[m];
        mm.tok_start >= from && mm.tok_end <= at && !mm.locative
    });
    Some(owner)
}

/// The threat code of an act named after "to" at `k` when it is plainly hostile: a verb of
/// reprisal or force ("retaliate", "attack"), or a verb that takes up an act ("impose",
/// "launch", "step up", "continue") whose object, within the clause, is a noun of force (138),
/// of sanction (131) or of reprisal (130). `None` for anything else, including an act that
/// ends or eases one ("end the war", "lift sanctions").
fn hostile_complement(v: &SentenceView<'_>, k: usize) -> Option<&'static str> {
    let mut j = k;
    while j < v.end && is_adverb(v.word(j)) {
        j += 1;
    }
    let verb = v.word(j);
    let stem = |w: &str, stems: &[&str]| stems.iter().any(|s| w.starts_with(s));
    if stem(verb, &["retaliat", "punish"]) {
        return Some("130");
    }
    if stem(verb, &["attack", "invade", "bomb", "wage"]) {
        return Some("138");
    }
    if !stem(
        verb,
        &[
            "impose",
            "take",
            "launch",
            "use",
            "step",
            "escalate",
            "continue",
            "resume",
            "intensify",
            "expand",
            "adopt",
        ],
    ) {
        return None;
    }
    for n in j + 1..(j + 10).min(v.end) {
        let w = v.word(n);
        if w == "," || is_clause_break(w) || SUBORDINATORS.contains(&w) {
            break;
        }
        if matches!(
            w,
            "war" | "force" | "military" | "hostilities" | "offensive" | "attacks" | "strikes"
        ) {
            return Some("138");
        }
        if stem(w, &["sanction", "embargo", "blockade"]) {
            return Some("131");
        }
        if stem(
            w,
            &[
                "retaliat",
                "punitive",
                "reprisal",
                "countermeasure",
                "counter-measure",
            ],
        ) {
            return Some("130");
        }
    }
    None
}

fn in_complement(v: &SentenceView<'_>, a: usize, b: usize) -> bool {
    (a + 1..b).all(|k| {
        let w = v.word(k);
        // (or a second participle after a first: "pulling out of the deal and reimposing
        // sanctions")
        let finite_and = w == "and"
            && (v.is_past(v.word(k + 1))
                || AUXILIARIES.contains(&v.word(k + 1))
                || (v.word(a).ends_with("ing") && v.word(k + 1).ends_with("ing")));
        // (a "that" after a noun of news opens a fact reported, not what is asked: "declined
        // to answer questions about an announcement last night that Greece had asked …")
        let reported_fact = w == "that"
            && (k.saturating_sub(3)..k).any(|n| {
                matches!(
                    v.word(n),
                    "announcement"
                        | "announcements"
                        | "report"
                        | "reports"
                        | "news"
                        | "statement"
                        | "statements"
                        | "confirmation"
                        | "rumours"
                        | "rumors"
                        | "revelation"
                        | "revelations"
                        | "disclosure"
                )
            });
        !(w == ","
            || is_clause_break(w)
            || SUBORDINATORS.contains(&w)
            || matches!(w, "but" | "while" | "said" | "says")
            || finite_and
            || reported_fact)
    })
}

/// Removes weaker duplicates within a sentence: an event that is a target-less copy of another
/// with the same source and the same kind of action.
fn prune(events: &mut Vec<CodedEvent>, v: &SentenceView<'_>) {
    let country = |m: Option<usize>| m.and_then(|i| v.mentions[i].country.clone());
    // weighing an act under a condition ("would consider imposing duties if …") is the threat or
    // the intent read from it: no separate "consider a policy option"
    let weighed: Vec<usize> = events
        .iter()
        .filter(|e| e.code == "014")
        .map(|e| e.trigger_end)
        .filter(|&end| {
            events.iter().any(|x| {
                x.code != "014"
                    && x.modality == Modality::Asserted
                    && (end..end + 2).contains(&x.trigger_start)
            })
        })
        .collect();
    events.retain(|e| !(e.code == "014" && weighed.contains(&e.trigger_end)));
    let mut keep = vec![true; events.len()];
    for i in 0..events.len() {
        for j in 0..events.len() {
            if i == j || !keep[j] {
                continue;
            }
            let (a, b) = (&events[i], &events[j]);
            let same_source = country(a.source) == country(b.source);
            // the same kind of action: the same three-digit code ("declared a ceasefire"
            // is no copy of "removed it from the list", though both are yielding)
            let kind = |c: &str| c[..3].to_string();
            if same_source
                && a.target.is_none()
                && b.target.is_some()
                && kind(&a.code) == kind(&b.code)
            {
                keep[i] = false;
            }
        }
    }
    // workers on strike stop work, they do not strike anyone ("dockers began a nine-day strike",
    // "unions launched strikes"): a strike is a protest (143); and a company neither uses
    // force nor gives aid ("the industry was hard hit", "Boeing delivered 20 jets"),
    // though it may cut its ties ("the airline suspended all flights to Riyadh")
    for (i, e) in events.iter_mut().enumerate() {
        let sector = |m: Option<usize>| m.map(|m| &v.mentions[m].code[3..]);
        let root: u32 = e.code[..2].parse().unwrap_or(0);
        let w = v.word(e.trigger_start);
        let prev = if e.trigger_start > v.start {
            v.word(e.trigger_start - 1)
        } else {
            ""
        };
        let labour_strike = (w.starts_with("strik") || w == "struck")
            && (matches!(sector(e.source), Some("LAB" | "EDU" | "CVL" | "HLH"))
                || matches!(
                    prev,
                    "on" | "general"
                        | "warning"
                        | "lightning"
                        | "hunger"
                        | "rail"
                        | "labour"
                        | "labor"
                        | "nationwide"
                        | "dock"
                        | "miners"
                        | "workers"
                        | "day"
                        | "week"
                        | "long"
                        | "wildcat"
                        | "sympathy"
                        | "transport"
                        | "teachers"
                        | "doctors"
                        | "pilots"
                ));
        // a battle with no force in the sentence is a contest ("waging a behind the scenes
        // battle over chips", "an important battle against inflation")
        let armed = |j: usize| {
            let x = v.word(j);
            MILITARY_CUES.iter().any(|c| x.starts_with(c))
        };
        if w.starts_with("battl") && root >= 18 && !(v.start..v.end).any(armed) {
            keep[i] = false;
        } else if root >= 18 && labour_strike {
            e.code = "143".to_string();
        } else if sector(e.source) == Some("BUS") && ((root >= 14 && root != 16) || root == 7) {
            keep[i] = false;
        }
    }
    // a warning over the actor's own people is addressed to whoever would harm them ("would
    // not allow its people in Kosovo to be harmed"), not to those people
    for e in events.iter_mut() {
        if e.code.starts_with("13")
            && e.target.is_some_and(|t| {
                v.mentions[t].possessed && v.mentions[t].country.is_none()
                    || (v.mentions[t].possessed && country(e.target) == country(e.source))
            })
        {
            e.target = None;
        }
    }
    // talking to the press is no consultation ("talking to journalists after the meeting")
    for (i, e) in events.iter().enumerate() {
        if e.code.starts_with("04")
            && e.target
                .is_some_and(|t| v.mentions[t].code.ends_with("MED"))
        {
            keep[i] = false;
        }
    }
    // "prepared to", "agreed to", "threatened to" followed by the act itself: the act, read
    // with its commitment, is the event ("ready to declare a curfew" is a threat)
    for i in 0..events.len() {
        if !keep[i] || !events[i].ends_with_to {
            continue;
        }
        let end = events[i].trigger_end;
        let next = (0..events.len()).find(|&j| {
            j != i
                && keep[j]
                && events[j].trigger_start >= end
                && events[j].trigger_start <= end + 2
        });
        let Some(j) = next else { continue };
        // a commitment not to cooperate or yield is a refusal ("vowed not to return the Golan
        // Heights"); one not to fight is still a commitment ("agreed not to attack each other")
        let not = (events[i].trigger_start..end).any(|w| matches!(v.word(w), "not" | "never"));
        let root_j: u32 = events[j].code[..2].parse().unwrap_or(0);
        if not && events[i].code.starts_with("03") && (3..=8).contains(&root_j) {
            events[i].code = if root_j == 8 { "124" } else { "120" }.to_string();
            keep[j] = false;
            continue;
        }
        // an appeal or demand ("urged the UN to renew sanctions") is the event, and what it
        // asks for has not happened
        if matches!(&events[i].code[..2], "02" | "10") {
            keep[j] = false;
        } else if events[j].modality == Modality::Asserted {
            keep[i] = false;
        }
    }
    // readiness for an act the dictionaries do not code, when the act is plainly hostile
    // ("ready to impose retaliatory trade action", "prepared to step up the war"), is a threat
    // (13), not an intent to cooperate: the verb after "to" carries a noun of force or reprisal
    // (a commitment not to do it is no threat: "agreed not to attack merchant ships")
    for e in events.iter_mut() {
        if !e.ends_with_to || !e.code.starts_with("030") {
            continue;
        }
        if (e.trigger_start..e.trigger_end).any(|w| matches!(v.word(w), "not" | "never")) {
            continue;
        }
        if let Some(code) = hostile_complement(v, e.trigger_end) {
            e.code = code.to_string();
        }
    }
    // what an appeal, a demand, a threat, a rejection or an intent asks for, threatens, turns
    // down or promises has not happened: an act coded inside its complement ("demanded the
    // withdrawal of its troops", "called on the two sides to resume talks", "rejected an
    // offer to host a summit", "will back a resolution that would impose an embargo") is not
    // an event of its own
    for i in 0..events.len() {
        if !keep[i] || !matches!(&events[i].code[..2], "02" | "03" | "10" | "12" | "13") {
            continue;
        }
        for j in 0..events.len() {
            if j != i
                && keep[j]
                && events[j].trigger_start > events[i].trigger_start
                && in_complement(v, events[i].trigger_start, events[j].trigger_start)
                // (a mediation told by "by" describes the thing agreed to, and happened: "agreed
                // to a ceasefire brokered by Russia")
                && !(events[j].code.starts_with("045")
                    && v.word(events[j].trigger_start + 1) == "by")
            {
                keep[j] = false;
            }
        }
    }
    // an order to the actor's own forces ("ordered its armed forces to defend the island's
    // waters") is a show of force towards the other side, not a demand on itself (what it
    // orders stays out, as the complement of any demand)
    for e in events.iter_mut() {
        let own_forces = e.target.is_some_and(|t| {
            let mm = &v.mentions[t];
            mm.code.ends_with("MIL")
                && (mm.possessed || (mm.country.is_some() && country(Some(t)) == country(e.source)))
        });
        if e.code.starts_with("10")
            && own_forces
            && ["order", "instruct", "direct", "command"]
                .iter()
                .any(|w| v.word(e.trigger_start).starts_with(w))
        {
            e.code = "150".to_string();
            e.target = None;
        }
    }
    // a ban laid on another state's people, firms or carriers ("imposed travel bans on four
    // Chinese officials", "banned Belarusian airlines") is a sanction between states (163),
    // not the administrative measure a government takes at home (172)
    for e in events.iter_mut() {
        let foreign = country(e.target).is_some() && country(e.target) != country(e.source);
        if e.code == "172" && foreign {
            e.code = "163".to_string();
        }
    }
    // the same inside the complement of a noun that asks for or offers an act ("a demand that
    // Kyiv withdraw its troops", "calls for the ambassador to be expelled", "an offer to
    // host talks"): what it names is not told as done
    for j in 0..events.len() {
        if !keep[j] || events[j].modality != Modality::Asserted {
            continue;
        }
        let t = events[j].trigger_start;
        let asked = (t.saturating_sub(8).max(v.start)..t).any(|n| {
            let noun = matches!(
                v.word(n),
                "demand"
                    | "demands"
                    | "call"
                    | "calls"
                    | "appeal"
                    | "appeals"
                    | "request"
                    | "requests"
                    | "proposal"
                    | "proposals"
                    | "offer"
                    | "offers"
                    | "ultimatum"
                    | "condition"
                    | "conditions"
                    | "plea"
                    | "pleas"
                    | "insistence"
            );
            // a noun, not a verb: after a determiner, a possessive or an adjective
            let nominal = n > v.start
                && (matches!(
                    v.word(n - 1),
                    "a" | "an"
                        | "the"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "new"
                        | "renewed"
                        | "repeated"
                        | "fresh"
                        | "latest"
                        | "key"
                        | "main"
                ) || v.tokens[n - 1].kind == TokenKind::Possessive);
            noun && nominal
                && matches!(v.word(n + 1), "that" | "for" | "to")
                && in_complement(v, n, t)
        });
        if asked {
            events[j].modality = Modality::Hypothetical;
        }
    }
    // "X said" adds nothing when the sentence already codes what X did or said
    // (unless what X said charges another state: an accusation)
    for i in 0..events.len() {
        if events[i].code != "010" || !keep[i] {
            continue;
        }
        if let Some(h) = demanded_in_report(&events[i], v) {
            events[i].code = "100".to_string();
            events[i].target = Some(h);
            continue;
        }
        if let Some(h) = accused_in_report(events, &keep, i, v) {
            events[i].code = "112".to_string();
            events[i].target = Some(h);
            continue;
        }
        // "X said Y attacked Z": the attribution is not coded when the sentence codes the act
        let other = (0..events.len()).any(|j| j != i && keep[j]);
        if other {
            keep[i] = false;
        }
    }
    let mut it = keep.iter();
    events.retain(|_| *it.next().unwrap());
}
