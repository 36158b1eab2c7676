//! Actors: finding states, bodies, people and agents in sentences, combining them ("US
//! lawmakers" → USALEG, "Chinese Foreign Minister Qin Gang" → CHNGOV), resolving people against
//! the article's date, and carrying short names through the article ("Blinken" after "Antony
//! Blinken").

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::dict::Dictionaries;
use crate::text::phrases::{PhraseSet, PhraseSpec};
use crate::text::{Folded, Token, TokenKind};

/// What kind of name produced a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A state by name or adjective.
    State,
    /// A capital used for its government, or as a place.
    Capital,
    /// A named body.
    Organisation,
    /// A person from the dictionary or named earlier in the article.
    Person,
    /// A sector of a state ("US lawmakers"), or of unknown state ("officials").
    Agent,
    /// A place that is not an actor but lies in a state ("Gaza").
    Place,
}

/// An actor named in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    /// Sentence index.
    pub sentence: usize,
    /// First token (index into the article's tokens).
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// Actor code (`USA`, `USAGOV`, `IGONATO`, `---GOV` for a sector of unknown state).
    pub code: String,
    /// The state, if any.
    pub country: Option<String>,
    /// The person's name, for people.
    pub person: Option<String>,
    /// What produced it.
    pub kind: MentionKind,
    /// Read as a place ("in Beijing"), not as an actor.
    pub locative: bool,
    /// The state was inferred from the rest of the text, not named with the actor.
    pub inferred: bool,
    /// An envoy of unknown state ("the ambassador"): not given the state of the sentence,
    /// since envoys are usually the other side's.
    pub envoy: bool,
    /// Owned by a pronoun ("its troops", "their leaders").
    pub possessed: bool,
    /// Of states other than the ones the text is about ("Western governments", "foreign
    /// diplomats", "Arab leaders"), or anonymous informants ("military and diplomatic
    /// sources"): never given a state of the text.
    pub foreign: bool,
    /// A state's adjective on its own, modifying a thing rather than naming an actor ("Japanese
    /// safety standards", "Canadian wheat"): not an addressee or an object by itself.
    pub adjective: bool,
}

impl ActorMention {
    /// Gives an actor of unknown state the state `c` the text places it in (its sector kept:
    /// `---GOV` becomes `USAGOV`), marked as inferred.
    fn place_in(&mut self, c: &str) {
        self.code = format!("{c}{}", &self.code[3..]);
        self.country = Some(c.to_string());
        self.inferred = true;
    }

    /// A mention over tokens `tok_start..tok_end` of no person, with no other mark set.
    fn plain(
        sentence: usize,
        tok_start: usize,
        tok_end: usize,
        code: String,
        country: Option<String>,
        kind: MentionKind,
    ) -> ActorMention {
        ActorMention {
            sentence,
            tok_start,
            tok_end,
            code,
            country,
            person: None,
            kind,
            locative: false,
            inferred: false,
            envoy: false,
            adjective: false,
            possessed: false,
            foreign: false,
        }
    }

    /// A body of a known state (`USAGOV`, `DNKGOV`).
    fn state_body(
        sentence: usize,
        tok_start: usize,
        tok_end: usize,
        country: &str,
        sector: &str,
    ) -> ActorMention {
        ActorMention::plain(
            sentence,
            tok_start,
            tok_end,
            format!("{country}{sector}"),
            Some(country.to_string()),
            MentionKind::Agent,
        )
    }

    /// Whether this mention names an actor of known state or an international body.
    pub fn is_known(&self) -> bool {
        self.country.is_some() || self.code.starts_with("IGO")
    }
}

#[derive(Debug, Clone)]
enum Entry {
    State {
        code: String,
        capital: bool,
        /// An adjective or demonym ("Iranian", "the Iranians"): people, never a place.
        adjective: bool,
    },
    Organisation {
        code: String,
        country: Option<String>,
    },
    Person {
        person: usize,
    },
    Agent {
        sector: String,
    },
    Place {
        country: Option<String>,
    },
}

/// A person with all their roles.
#[derive(Debug, Clone)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// State.
    pub country: String,
    /// (code, role, from, to).
    pub roles: Vec<(String, String, NaiveDate, Option<NaiveDate>)>,
    /// The short form the press uses after first mention.
    pub short: String,
}

impl Person {
    /// The actor code on `date`: the role's code inside a role, else the state of the role
    /// nearest in time (someone who served two states, as Eduard Shevardnadze served the Soviet
    /// Union and then Georgia, belongs to the one they served around that date).
    pub fn code_on(&self, date: Option<NaiveDate>) -> (String, Option<String>) {
        if let Some(d) = date {
            for (code, role, from, to) in &self.roles {
                if *from <= d && to.is_none_or(|t| d <= t) {
                    return (code.clone(), Some(role.clone()));
                }
            }
            let distance = |r: &(String, String, NaiveDate, Option<NaiveDate>)| {
                if d < r.2 {
                    (r.2 - d).num_days()
                } else {
                    r.3.map_or(0, |t| (d - t).num_days())
                }
            };
            let nearest = self.roles.iter().min_by_key(|r| distance(r));
            return (
                nearest.map_or(self.country.clone(), |r| state_of(&r.0)),
                None,
            );
        }
        // no date: the most recent role
        match self.roles.iter().max_by_key(|r| r.2) {
            Some((code, role, _, _)) => (code.clone(), Some(role.clone())),
            None => (self.country.clone(), None),
        }
    }

    /// The state the person acts for on `date` (see [`Person::code_on`]).
    pub fn country_on(&self, date: Option<NaiveDate>) -> String {
        state_of(&self.code_on(date).0)
    }
}

/// The state an actor code stands for: none for an international body ("IGOEUR"), else its
/// first three letters ("RUSGOV" → "RUS").
fn country_of_code(code: &str) -> Option<String> {
    (!code.starts_with("IGO")).then(|| state_of(code))
}

/// The state of an actor code: its first three letters ("RUSGOV" → "RUS").
fn state_of(code: &str) -> String {
    code.get(..3).unwrap_or(code).to_string()
}

/// The compiled actor dictionaries.
#[derive(Debug, Clone)]
pub struct ActorIndex {
    set: PhraseSet,
    entries: Vec<Entry>,
    /// People by index.
    pub people: Vec<Person>,
    /// Display names of actor codes (states, bodies).
    pub names: HashMap<String, String>,
    /// States that are islands, for "the island".
    islands: Vec<String>,
    /// Irregular verb forms ("sent", "held"): never modifiers between a state and its agent.
    verb_forms: std::collections::HashSet<String>,
    /// People by their short name, lower case ("bush" → both Presidents Bush).
    by_short: HashMap<String, Vec<usize>>,
}

/// States the press calls "the island".
const ISLAND_STATES: &[&str] = &[
    "TWN", "CUB", "CYP", "LKA", "JPN", "PHL", "IDN", "MDG", "ISL", "IRL", "HTI", "DOM", "JAM",
    "SGP", "MLT", "NZL", "FJI", "BHR", "MDV", "MUS", "CPV", "TTO", "BRB", "GRD", "LCA", "VCT",
    "KNA", "ATG", "DMA", "BHS", "TON", "WSM", "VUT", "SLB", "PNG", "TLS", "BRN", "COM", "STP",
    "SYC", "NRU", "TUV", "KIR", "MHL", "FSM", "PLW",
];

/// East Asian states whose people are referred to by their first (family) name.
const FAMILY_NAME_FIRST: &[&str] = &[
    "CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "HKG", "MAC", "SGP",
];

/// Words that end a company's name.
const CORPORATE: &[&str] = &[
    "corp",
    "corporation",
    "co",
    "company",
    "inc",
    "ltd",
    "limited",
    "plc",
    "holdings",
    "airlines",
    "airways",
    "industries",
    "motors",
    "steel",
    "telecom",
    "petroleum",
    "bancorp",
    "ag",
    "sa",
    "nv",
    "bhd",
    "pte",
];

/// Nouns for a state's representatives abroad, and for the other side's opposite number.
const ENVOYS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "consul",
    "consuls",
    "emissary",
    "emissaries",
    "attache",
    "attaches",
    "charge",
    "counterpart",
    "counterparts",
];

/// Prepositions that make a following state name a place.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "around",
    "outside",
    "inside",
    "within",
    "throughout",
    "over",
    "into",
    "around",
    "beyond",
    "via",
    "through",
];

impl ActorIndex {
    /// Compiles the actor dictionaries.
    pub fn new(d: &Dictionaries) -> ActorIndex {
        let mut specs = Vec::new();
        let mut entries = Vec::new();
        let mut names = HashMap::new();
        let mut add = |phrase: &str, proper: bool, e: Entry, specs: &mut Vec<PhraseSpec>| {
            specs.push(PhraseSpec {
                phrase: phrase.to_string(),
                value: entries.len(),
                proper_name: proper,
            });
            entries.push(e);
        };
        for c in &d.countries {
            names.insert(c.code.clone(), c.name.clone());
            for n in std::iter::once(&c.name).chain(&c.aliases) {
                add(
                    n,
                    true,
                    Entry::State {
                        code: c.code.clone(),
                        capital: false,
                        adjective: false,
                    },
                    &mut specs,
                );
            }
            for n in &c.adjectives {
                add(
                    n,
                    true,
                    Entry::State {
                        code: c.code.clone(),
                        capital: false,
                        adjective: true,
                    },
                    &mut specs,
                );
            }
            for n in &c.capitals {
                add(
                    n,
                    true,
                    Entry::State {
                        code: c.code.clone(),
                        capital: true,
                        adjective: false,
                    },
                    &mut specs,
                );
            }
        }
        for o in &d.organisations {
            names
                .entry(o.code.clone())
                .or_insert_with(|| o.name.clone());
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                add(
                    n,
                    true,
                    Entry::Organisation {
                        code: o.code.clone(),
                        country: o.country.clone(),
                    },
                    &mut specs,
                );
            }
        }
        let mut people: Vec<Person> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for p in &d.people {
            let idx = *by_name.entry(p.name.clone()).or_insert_with(|| {
                let toks: Vec<&str> = p.name.split_whitespace().collect();
                let short = if FAMILY_NAME_FIRST.contains(&p.country.as_str()) {
                    toks.first().copied().unwrap_or("")
                } else {
                    toks.last().copied().unwrap_or("")
                };
                people.push(Person {
                    name: p.name.clone(),
                    country: p.country.clone(),
                    roles: Vec::new(),
                    short: short.to_string(),
                });
                people.len() - 1
            });
            people[idx]
                .roles
                .push((p.code.clone(), p.role.clone(), p.from, p.to));
            // the person's state is that of their latest role
            if people[idx].roles.iter().all(|r| r.2 <= p.from) {
                people[idx].country = p.country.clone();
            }
        }
        let mut seen_alias = std::collections::HashSet::new();
        for p in &d.people {
            let idx = by_name[&p.name];
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                if seen_alias.insert((n.clone(), idx)) {
                    add(n, true, Entry::Person { person: idx }, &mut specs);
                }
            }
        }
        for a in &d.agents {
            for n in &a.nouns {
                add(
                    n,
                    false,
                    Entry::Agent {
                        sector: a.sector.clone(),
                    },
                    &mut specs,
                );
            }
        }
        for pl in &d.places {
            for n in std::iter::once(&pl.name).chain(&pl.aliases) {
                add(
                    n,
                    true,
                    Entry::Place {
                        country: pl.country.clone(),
                    },
                    &mut specs,
                );
            }
        }
        let mut by_short: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            if !p.short.is_empty() {
                by_short.entry(p.short.to_lowercase()).or_default().push(i);
            }
        }
        ActorIndex {
            set: PhraseSet::new(&specs),
            entries,
            by_short,
            people,
            names,
            islands: ISLAND_STATES.iter().map(|s| s.to_string()).collect(),
            verb_forms: d.irregular_forms().collect(),
        }
    }

    /// The person a title and a surname name ("President Bush", "Chancellor Merkel"): among
    /// the people known by that short name, those holding a role on `date` (or, undated, all of
    /// them); the answer must be one state, and one person when the person is wanted. `None`
    /// when the surname is unknown or names people of several states.
    fn titled_surname(&self, surname: &str, date: Option<NaiveDate>) -> Option<&Person> {
        let all = self.by_short.get(&surname.to_lowercase())?;
        let in_role: Vec<usize> = match date {
            Some(d) => all
                .iter()
                .copied()
                .filter(|&i| {
                    self.people[i]
                        .roles
                        .iter()
                        .any(|r| r.2 <= d && r.3.is_none_or(|t| d <= t))
                })
                .collect(),
            None => Vec::new(),
        };
        let pool = if in_role.is_empty() { all } else { &in_role };
        let first = &self.people[pool[0]];
        let state = first.country_on(date);
        pool.iter()
            .all(|&i| self.people[i].country_on(date) == state)
            .then_some(first)
    }

    /// Whether a state is an island state.
    pub fn is_island(&self, code: &str) -> bool {
        self.islands.iter().any(|c| c == code)
    }

    /// Finds actor mentions in an article. `sent_of_tok[i]` is the sentence of token `i`.
    pub fn find(
        &self,
        folded: &Folded,
        text: &str,
        tokens: &[Token],
        sent_of_tok: &[usize],
        date: Option<NaiveDate>,
    ) -> Vec<ActorMention> {
        let lower = folded.lower.as_str();
        let tok_at = |byte: usize| tokens.partition_point(|t| t.start < byte);
        let tok_end_at = |byte: usize| tokens.partition_point(|t| t.end <= byte);
        let mut raw: Vec<(usize, usize, &Entry)> = self
            .set
            .find(folded, text)
            .into_iter()
            .map(|m| {
                (
                    tok_at(m.start),
                    tok_end_at(m.end).max(tok_at(m.start) + 1),
                    &self.entries[m.value],
                )
            })
            .filter(|(s, e, _)| s < e && *e <= tokens.len())
            // "pro-Iranian", "anti-Syria": a stance, not the state acting
            .filter(|(s, _, _)| {
                !(*s >= 2
                    && tokens[*s - 1].text(lower) == "-"
                    && tokens[*s - 1].start == tokens[*s - 2].end
                    && matches!(tokens[*s - 2].text(lower), "pro" | "anti"))
            })
            // "US$40 million", "HK$2 billion": a currency, not the state
            .filter(|(_, e, _)| {
                tokens
                    .get(*e)
                    .is_none_or(|t| !(t.text(lower) == "$" && t.start == tokens[*e - 1].end))
            })
            .collect();
        raw.sort_by_key(|r| r.0);

        let word = |i: usize| tokens.get(i).map_or("", |t| t.text(lower));
        let mut local: HashMap<String, (String, Option<String>, Option<String>)> = HashMap::new();
        let mut out: Vec<ActorMention> = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            let (s, e, entry) = raw[i];
            let sentence = sent_of_tok[s];
            let adjective = matches!(
                entry,
                Entry::State {
                    adjective: true,
                    ..
                }
            );
            // "in the Iraqi city of Basra", "outside the Syrian capital": an adjective before a
            // place noun after a locative word is a place too
            let place_noun = crate::text::words::PLACE_NOUNS.contains(&word(e));
            let locative = (!adjective || place_noun) && is_locative(tokens, lower, s);
            let mut m = match entry {
                Entry::State { code, capital, .. } => {
                    if *capital && !locative {
                        ActorMention::plain(
                            sentence,
                            s,
                            e,
                            format!("{code}GOV"),
                            Some(code.clone()),
                            MentionKind::Capital,
                        )
                    } else {
                        let kind = if *capital {
                            MentionKind::Capital
                        } else {
                            MentionKind::State
                        };
                        ActorMention {
                            locative,
                            adjective,
                            ..ActorMention::plain(
                                sentence,
                                s,
                                e,
                                code.clone(),
                                Some(code.clone()),
                                kind,
                            )
                        }
                    }
                }
                // a body's seat after "at", "outside" or "inside" is where something happens,
                // not who acts: "held talks at Downing Street with", "protesters outside the
                // White House"
                Entry::Organisation { code, country } => ActorMention {
                    locative: (0..s)
                        .rev()
                        .map(word)
                        .find(|w| *w != "the")
                        .is_some_and(|w| matches!(w, "at" | "outside" | "inside")),
                    ..ActorMention::plain(
                        sentence,
                        s,
                        e,
                        code.clone(),
                        country.clone(),
                        MentionKind::Organisation,
                    )
                },
                Entry::Person { person } => {
                    let p = &self.people[*person];
                    let (code, _) = p.code_on(date);
                    let country = country_of_code(&code);
                    ActorMention {
                        person: Some(p.name.clone()),
                        ..ActorMention::plain(sentence, s, e, code, country, MentionKind::Person)
                    }
                }
                Entry::Agent { sector } => ActorMention {
                    envoy: (s..e).any(|k| ENVOYS.contains(&word(k))),
                    possessed: s > 0
                        && matches!(word(s - 1), "its" | "their" | "his" | "her" | "our"),
                    // (plural bodies: "Foreign Undersecretary" is a title)
                    // (a noun modifying "sources" names where unnamed informants work, not
                    // which state speaks: "military and diplomatic sources said")
                    foreign: (e..(e + 3).min(tokens.len()))
                        .take_while(|&k| {
                            tokens[k].kind == TokenKind::Word && sent_of_tok[k] == sentence
                        })
                        .any(|k| matches!(word(k), "sources" | "source"))
                        || s > 0
                            && word(e - 1).ends_with('s')
                            && matches!(
                                word(s - 1),
                                "western"
                                    | "foreign"
                                    | "arab"
                                    | "european"
                                    | "african"
                                    | "asian"
                                    | "gulf"
                                    | "other"
                                    | "allied"
                                    | "regional"
                                    | "international"
                                    | "rival"
                            )
                        // (governments in general: "West Germany has said governments should
                        // not be obliged to …")
                        || (e == s + 1
                            && matches!(word(s), "governments" | "administrations" | "regimes")
                            && (s == 0
                                || !(matches!(
                                    word(s - 1),
                                    "the" | "two" | "both" | "their" | "its" | "our" | "these"
                                        | "those" | "three" | "all"
                                ) || tokens[s - 1].kind == TokenKind::Possessive))),
                    ..ActorMention::plain(
                        sentence,
                        s,
                        e,
                        format!("---{sector}"),
                        None,
                        MentionKind::Agent,
                    )
                },
                Entry::Place { country } => {
                    i += 1;
                    // a body of a place named with its possessive is the governing state's:
                    // "Greenland's premier", "Gaza's health ministry"
                    if let Some(c) = country
                        && tokens.get(e).is_some_and(|t| t.kind == TokenKind::Possessive)
                        && let Some(&(ns, ne, Entry::Agent { sector })) = raw.get(i)
                        && ns > e
                        && ns <= e + 3
                        && sent_of_tok[ns] == sentence
                        // (up to two modifiers between: "Gaza's health ministry")
                        && (e + 1..ns).all(|k| {
                            tokens[k].kind == TokenKind::Word
                                && !tokens[k].cap
                                && !is_clause_word(word(k))
                                && !self.verb_forms.contains(word(k))
                        })
                    {
                        i += 1;
                        out.push(ActorMention::state_body(sentence, s, ne, c, sector));
                        continue;
                    }
                    if let Some(c) = country {
                        out.push(ActorMention {
                            locative: true,
                            ..ActorMention::plain(
                                sentence,
                                s,
                                e,
                                c.clone(),
                                Some(c.clone()),
                                MentionKind::Place,
                            )
                        });
                    }
                    continue;
                }
            };
            // "ethnic Albanians", "ethnic Russian rebels": people of an ethnicity, whose state is
            // where they live, not the state of the adjective
            if adjective && m.kind == MentionKind::State && s > 0 && word(s - 1) == "ethnic" {
                m.kind = MentionKind::Agent;
                m.country = None;
                m.code = "---CVL".to_string();
                m.tok_start = s - 1;
            }
            // "the Bush administration", "the Abe government": a leader's surname before the
            // body they lead names that state's government
            if m.kind == MentionKind::Agent
                && e == s + 1
                && matches!(word(s), "administration" | "government" | "cabinet")
                && s > 0
                && sent_of_tok[s - 1] == sentence
                && tokens[s - 1].kind == TokenKind::Word
                && tokens[s - 1].cap
                && out.last().is_none_or(|o| o.tok_end < s)
                && let Some(p) = self.titled_surname(word(s - 1), date)
                && let state = p.country_on(date)
                && state != "IGO"
            {
                m.tok_start = s - 1;
                m.code = format!("{state}GOV");
                m.country = Some(state);
            }
            i += 1;
            // combine with what follows: STATE ['s] [modifiers] AGENT [Name], STATE ... PERSON,
            // AGENT PERSON, AGENT of|in STATE
            let can_lead = matches!(
                m.kind,
                MentionKind::State | MentionKind::Organisation | MentionKind::Agent
            ) || (m.kind == MentionKind::Capital && !m.locative)
                || m.kind == MentionKind::Person;
            if can_lead {
                loop {
                    let Some(&(ns, ne, nentry)) = raw.get(i) else {
                        break;
                    };
                    if sent_of_tok[ns] != sentence {
                        break;
                    }
                    let gap_ok = |max: usize| {
                        let mut k = m.tok_end;
                        let mut n = 0;
                        if k < ns && tokens[k].kind == TokenKind::Possessive {
                            k += 1;
                        }
                        while k < ns {
                            // modifiers between a state and its agent are adjectives and
                            // nouns ("top", "foreign policy"), not verbs ("Serbia lodged an
                            // official protest")
                            let t = &tokens[k];
                            let w = word(k);
                            let verb_like = (w.ends_with("ed")
                                && !matches!(
                                    w,
                                    "armed" | "united" | "elected" | "designated" | "embattled"
                                ))
                                || self.verb_forms.contains(w);
                            // (nor determiners: "Belgrade put its army", "Kyiv withdraw
                            // the troops" begin a noun phrase of their own)
                            let determiner = matches!(
                                w,
                                "its" | "their" | "his" | "her" | "our" | "the" | "a" | "an"
                            );
                            if !(t.kind == TokenKind::Word || w == "-")
                                || is_clause_word(w)
                                || verb_like
                                || determiner
                            {
                                return false;
                            }
                            n += 1;
                            k += 1;
                        }
                        n <= max
                    };
                    match nentry {
                        Entry::Agent { sector } if m.kind != MentionKind::Agent && gap_ok(3) => {
                            if m.kind == MentionKind::Person {
                                // "Biden's administration"
                                if !(m.tok_end < ns
                                    && tokens[m.tok_end].kind == TokenKind::Possessive)
                                {
                                    break;
                                }
                            }
                            if let Some(c) = &m.country {
                                m.code = format!("{c}{sector}");
                                m.kind = MentionKind::Agent;
                                m.person = None;
                            }
                            m.tok_end = ne;
                            m.locative = false;
                            i += 1;
                        }
                        Entry::Agent { sector }
                            if m.kind == MentionKind::Agent && ns == m.tok_end =>
                        {
                            // "foreign minister", "state media spokesman": keep the first sector
                            // unless the new one is more specific than GOV
                            if (m.code.ends_with("GOV") || m.code.ends_with("CVL"))
                                && sector != "GOV"
                                && sector != "CVL"
                            {
                                m.code = format!("{}{}", &m.code[..m.code.len() - 3], sector);
                            }
                            m.tok_end = ne;
                            i += 1;
                        }
                        Entry::Person { person } if gap_ok(4) && m.kind != MentionKind::Person => {
                            let p = &self.people[*person];
                            let (code, _) = p.code_on(date);
                            let state = state_of(&code);
                            m.tok_end = ne;
                            m.locative = false;
                            i += 1;
                            match &m.country {
                                // an international body named before a title and a name: the
                                // person speaks for it ("NATO Secretary General Jens
                                // Stoltenberg")
                                None if m.code.starts_with("IGO") => {
                                    m.person = Some(p.name.clone());
                                }
                                // a state named before the name that is not the person's own
                                // names someone else of that name ("Saudi Crown Prince
                                // Abdullah" is not Afghanistan's Abdullah Abdullah)
                                Some(c) if *c != state && !code.starts_with("IGO") => {
                                    m.code = format!("{c}{}", &code[3..]);
                                    m.kind = MentionKind::Agent;
                                }
                                _ => {
                                    m.country = country_of_code(&code);
                                    m.code = code;
                                    m.person = Some(p.name.clone());
                                    m.kind = MentionKind::Person;
                                }
                            }
                            break;
                        }
                        // "officials from Russia"; but "its ambassador from Moscow" is its own
                        // ambassador, leaving Moscow; a spokesman "for" a state speaks for it
                        // ("a spokesman for Iran's war council"), an envoy for one need not
                        Entry::State { code, .. }
                            if m.kind == MentionKind::Agent
                                && m.country.is_none()
                                && !m.possessed
                                && ns == m.tok_end + 1
                                && (matches!(word(m.tok_end), "of" | "in" | "from")
                                    || (word(m.tok_end) == "for"
                                        && (m.tok_start..m.tok_end)
                                            .any(|k| word(k).starts_with("spokes")))) =>
                        {
                            m.country = Some(code.clone());
                            m.code = format!("{code}{}", &m.code[3..]);
                            // (a possessive after the state begins the body the agent serves,
                            // "a spokesman for Iran's war council": the agent stays the head)
                            if tokens
                                .get(ne)
                                .is_none_or(|t| t.kind != TokenKind::Possessive)
                            {
                                m.tok_end = ne;
                            }
                            i += 1;
                            break;
                        }
                        _ => break,
                    }
                }
                // "Iraqi Kurds", "Bosnian Serbs": a state's adjective before the capitalised
                // plural name of a people the dictionaries do not know names people of that
                // state ("Palestinian riots" stays an adjective and a noun)
                if adjective && m.kind == MentionKind::State && m.tok_end == e {
                    let k = e;
                    let w = word(k);
                    if k < tokens.len()
                        && sent_of_tok[k] == sentence
                        && tokens[k].kind == TokenKind::Word
                        && tokens[k].cap
                        && w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && !is_clause_word(w)
                        && !self.verb_forms.contains(w)
                        && raw.get(i).is_none_or(|r| r.0 > k)
                    {
                        m.tok_end = k + 1;
                    }
                }
                // an unknown name after a title: "Chinese Foreign Minister Qin Gang"
                if m.kind == MentionKind::Agent {
                    let mut k = m.tok_end;
                    let mut name_toks = Vec::new();
                    // (a one-word title after a first name is a surname: "Defence Secretary
                    // Tom King")
                    let surname_title = |k: usize, i: usize, name_toks: &Vec<String>| {
                        !name_toks.is_empty()
                            && raw.get(i).is_some_and(|r| {
                                r.0 == k && r.1 == k + 1 && matches!(r.2, Entry::Agent { .. })
                            })
                    };
                    while k < tokens.len()
                        && sent_of_tok[k] == sentence
                        && tokens[k].kind == TokenKind::Word
                        && tokens[k].cap
                        && !crate::text::words::not_a_name(word(k))
                        && (raw.get(i).is_none_or(|r| r.0 > k) || surname_title(k, i, &name_toks))
                        && name_toks.len() < 4
                    {
                        if surname_title(k, i, &name_toks) {
                            i += 1;
                        }
                        name_toks.push(word(k).to_string());
                        k += 1;
                    }
                    // a known surname after a title of office: "President Bush"
                    let sector = &m.code[m.code.len().saturating_sub(3)..];
                    let titled = name_toks
                        .last()
                        .filter(|_| matches!(sector, "GOV" | "MIL" | "SPY"))
                        .and_then(|last| self.titled_surname(last, date))
                        .filter(|p| m.country.as_ref().is_none_or(|c| *c == p.country_on(date)))
                        // "Minister Michael Howard" is not John Howard: a first name given must
                        // be the known person's
                        .filter(|p| {
                            name_toks.len() < 2
                                || p.name
                                    .to_lowercase()
                                    .split_whitespace()
                                    .next()
                                    .is_some_and(|first| first == name_toks[0])
                        });
                    // (a surname the article has already given to someone else stays theirs:
                    // "Minister Michael Howard … ministers Howard")
                    let introduced = name_toks
                        .last()
                        .filter(|_| name_toks.len() == 1)
                        .and_then(|last| local.get(last))
                        .filter(|l| l.2.is_some())
                        .cloned();
                    if let Some((code, country, person)) = introduced {
                        m.code = code;
                        m.country = country;
                        m.person = person;
                        m.kind = MentionKind::Person;
                        m.tok_end = k;
                    } else if let Some(p) = titled {
                        m.code = p.code_on(date).0;
                        m.country = country_of_code(&m.code);
                        m.person = Some(p.name.clone());
                        m.kind = MentionKind::Person;
                        m.tok_end = k;
                    } else if name_toks.len() >= 2 || (name_toks.len() == 1 && m.country.is_some())
                    {
                        let first = k - name_toks.len();
                        m.tok_end = k;
                        let full = name_toks.join(" ");
                        // (stored as the text spells it: "Adrienne Watson", not the folded
                        // form the matching uses)
                        let (os, oe) = folded.span_to_orig(tokens[first].start, tokens[k - 1].end);
                        let spelt = text.get(os..oe).map_or_else(
                            || full.clone(),
                            |t| t.split_whitespace().collect::<Vec<_>>().join(" "),
                        );
                        let entry = (m.code.clone(), m.country.clone(), Some(spelt.clone()));
                        m.person = Some(spelt);
                        // (of unknown state too: their surname is theirs in this article, not
                        // that of a known person who shares it)
                        if let Some(last) = name_toks.last() {
                            local.insert(last.clone(), entry.clone());
                        }
                        local.insert(full, entry);
                    }
                }
            }
            if m.kind == MentionKind::Person
                && let Some(name) = &m.person
                && let Some(p) = self.people.iter().find(|p| &p.name == name)
            {
                local.entry(p.short.to_lowercase()).or_insert((
                    m.code.clone(),
                    m.country.clone(),
                    Some(p.name.clone()),
                ));
            }
            // an adjective that became part of an agent or a people is no longer bare
            m.adjective = m.adjective && m.kind == MentionKind::State && m.tok_end == e;
            out.push(m);
        }

        // short names seen earlier in the article ("Blinken", "Wang", "Miller")
        if !local.is_empty() {
            // (a known person's surname alone is taken by the person of that surname the article
            // introduced: "Michael Howard … Howard denied")
            let covered = |k: usize, out: &[ActorMention]| {
                out.iter().any(|m| {
                    m.tok_start <= k
                        && k < m.tok_end
                        && !(m.tok_start == k
                            && m.tok_end == k + 1
                            && m.kind == MentionKind::Person
                            && local
                                .get(word(k))
                                .is_some_and(|l| l.2.is_some() && l.2 != m.person))
                })
            };
            let mut extra = Vec::new();
            for (k, t) in tokens.iter().enumerate() {
                if t.kind != TokenKind::Word || !t.cap || covered(k, &out) {
                    continue;
                }
                let w = word(k);
                let w = if matches!(w, "mr" | "mrs" | "ms" | "dr") {
                    continue;
                } else {
                    w
                };
                if let Some((code, country, person)) = local.get(w) {
                    // the short name must come after its introduction
                    let first = out
                        .iter()
                        .find(|m| m.person == *person)
                        .map_or(0, |m| m.tok_start);
                    if k < first {
                        continue;
                    }
                    let start = if k > 0
                        && matches!(
                            word(k - 1),
                            "mr" | "mrs" | "ms" | "dr" | "mr." | "mrs." | "ms." | "dr."
                        ) {
                        k - 1
                    } else {
                        k
                    };
                    extra.push(ActorMention {
                        person: person.clone(),
                        ..ActorMention::plain(
                            sent_of_tok[k],
                            start,
                            k + 1,
                            code.clone(),
                            country.clone(),
                            MentionKind::Person,
                        )
                    });
                }
            }
            out.retain(|m| {
                !extra
                    .iter()
                    .any(|x| x.tok_end == m.tok_end && x.tok_end == m.tok_start + 1)
            });
            out.extend(extra);
            out.sort_by_key(|m| m.tok_start);
        }
        // the participle a state is joined to by a hyphen ("Saudi-led", "Chinese-made")
        let joined = |a: usize| a + 1 < tokens.len() && tokens[a].end == tokens[a + 1].start;
        let hyphen_participle = |m: &ActorMention| -> Option<&str> {
            let e = m.tok_end;
            (matches!(m.kind, MentionKind::State | MentionKind::Capital)
                && e > 0
                && word(e) == "-"
                && joined(e - 1)
                && joined(e))
            .then(|| word(e + 1))
        };
        // a body a state leads acts for it: "the Saudi-led coalition", "the U.S.-led forces"
        // (not one it only backs: "Iran-backed rebels" are the rebels)
        let mut led: Vec<(usize, usize)> = Vec::new();
        for m in out.iter_mut() {
            if hyphen_participle(m) != Some("led") {
                continue;
            }
            let Some(c) = m.country.clone() else { continue };
            let e = m.tok_end;
            let head = (e + 2..(e + 4).min(tokens.len()))
                .take_while(|&k| sent_of_tok[k] == m.sentence && tokens[k].kind == TokenKind::Word)
                .find(|&k| {
                    matches!(
                        word(k),
                        "coalition"
                            | "forces"
                            | "force"
                            | "mission"
                            | "operation"
                            | "campaign"
                            | "alliance"
                            | "bloc"
                            | "blockade"
                            | "troops"
                            | "military"
                    )
                });
            if let Some(h) = head {
                let sector = if matches!(word(h), "alliance" | "bloc") {
                    "GOV"
                } else {
                    "MIL"
                };
                m.code = format!("{c}{sector}");
                m.kind = MentionKind::Agent;
                m.adjective = false;
                m.locative = false;
                m.tok_end = h + 1;
                led.push((m.tok_start, m.tok_end));
            }
        }
        // (the body's own noun is no second mention: "forces" in "U.S.-led forces")
        out.retain(|m| {
            !led.iter().any(|&(a, b)| {
                a <= m.tok_start && m.tok_end <= b && (m.tok_start, m.tok_end) != (a, b)
            })
        });
        // a state's envoy to an international body is the state's ("Russia's U.N. envoy
        // Vassily Nebenzia", "China's ambassador to the WTO")
        let states: Vec<(usize, String)> = out
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::State | MentionKind::Capital))
            .filter_map(|m| m.country.clone().map(|c| (m.tok_end, c)))
            .collect();
        for m in out.iter_mut() {
            if !m.code.starts_with("IGO") || m.tok_start < 2 {
                continue;
            }
            let envoy = (m.tok_start..m.tok_end).any(|k| {
                ENVOYS.contains(&word(k))
                    || matches!(
                        word(k),
                        "representative" | "delegate" | "delegation" | "mission"
                    )
            });
            let owner = (tokens[m.tok_start - 1].kind == TokenKind::Possessive)
                .then(|| states.iter().find(|(e, _)| *e == m.tok_start - 1))
                .flatten();
            if let (true, Some((_, c))) = (envoy, owner) {
                m.code = format!("{c}GOV");
                m.country = Some(c.clone());
                m.kind = MentionKind::Agent;
            }
        }
        // a place's name right after a capitalised word inside the sentence is a surname
        // ("Trade Minister Simon Birmingham"), unless that word is a state's ("Iraqi Basra")
        let spans: Vec<(usize, usize, MentionKind)> = out
            .iter()
            .map(|m| (m.tok_start, m.tok_end, m.kind))
            .collect();
        out.retain(|m| {
            let s = m.tok_start;
            let named = m.kind == MentionKind::Place
                && s >= 2
                && sent_of_tok[s - 2] == m.sentence
                && tokens[s - 1].kind == TokenKind::Word
                && tokens[s - 1].cap
                && !is_clause_word(word(s - 1))
                && spans.iter().all(|&(a, b, k)| {
                    !(a < s && s <= b) || matches!(k, MentionKind::Agent | MentionKind::Person)
                });
            !named
        });
        // a person's name after "the" and before a noun modifies the noun ("the Nakasone tax
        // plan", "the Bush doctrine"): the person does not act in it
        // (a body or a team of theirs is theirs: "the Reagan administration", "the Xi
        // delegation")
        let starts: Vec<usize> = out.iter().map(|m| m.tok_start).collect();
        out.retain(|m| {
            !(m.kind == MentionKind::Person
                && m.tok_end == m.tok_start + 1
                && m.tok_start > 0
                && word(m.tok_start - 1) == "the"
                && !starts.contains(&m.tok_end)
                && !matches!(
                    word(m.tok_end),
                    "team" | "camp" | "side" | "aides" | "envoy"
                )
                && tokens.get(m.tok_end).is_some_and(|t| {
                    t.kind == TokenKind::Word && !t.cap && sent_of_tok[m.tok_end] == m.sentence
                }))
        });
        // a state joined to a participle of origin tells where a thing comes from or sits,
        // not who acts: "the Chinese-made missile", "British-based U.S. planes", "a
        // Russian-brokered truce" (an owner or a flag still is the side: "Kuwaiti-owned
        // tankers")
        out.retain(|m| {
            !(hyphen_participle(m).is_some_and(|p| {
                matches!(
                    p,
                    "made"
                        | "built"
                        | "manufactured"
                        | "produced"
                        | "designed"
                        | "developed"
                        | "based"
                        | "born"
                        | "educated"
                        | "trained"
                        | "supplied"
                        | "brokered"
                        | "mediated"
                        | "backed"
                        | "sponsored"
                        | "funded"
                        | "armed"
                        | "aligned"
                        | "allied"
                        | "linked"
                        | "affiliated"
                        | "supported"
                        | "inspired"
                )
            }))
        });
        // a place at the head of a named agreement or forum is part of its name ("the 1976 Berne
        // Agreement", "the Geneva Conventions", "the Minsk accords"), not an actor
        out.retain(|m| {
            !(matches!(m.kind, MentionKind::Capital | MentionKind::Place)
                && tokens.get(m.tok_end).is_some_and(|t| {
                    t.cap
                        && sent_of_tok[m.tok_end] == m.sentence
                        && matches!(
                            word(m.tok_end),
                            "agreement"
                                | "agreements"
                                | "accord"
                                | "accords"
                                | "convention"
                                | "conventions"
                                | "treaty"
                                | "protocol"
                                | "declaration"
                                | "pact"
                                | "process"
                                | "format"
                        )
                }))
        });
        // a state's name at the head of a company's name is the company ("China Steel Corp",
        // "Korea Electric Power Corp"): capitalised words up to a corporate designator
        for m in out.iter_mut() {
            if !matches!(m.kind, MentionKind::State | MentionKind::Capital) || m.adjective {
                continue;
            }
            let mut k = m.tok_end;
            let mut end = None;
            while k < tokens.len()
                && k < m.tok_end + 4
                && sent_of_tok[k] == m.sentence
                && tokens[k].kind == TokenKind::Word
                && tokens[k].cap
            {
                // the last designator of the run ("China Steel Corp"), not a word joined to
                // the next by a hyphen ("Co-operated")
                let joined = tokens
                    .get(k + 1)
                    .is_some_and(|t| t.start == tokens[k].end && word(k + 1) == "-");
                if CORPORATE.contains(&word(k)) && !joined {
                    end = Some(k + 1);
                }
                k += 1;
            }
            if let (Some(e), Some(c)) = (end, m.country.clone()) {
                m.code = format!("{c}BUS");
                m.kind = MentionKind::Organisation;
                m.tok_end = e;
                m.locative = false;
            }
        }
        // an agent of unknown state followed by a name is an apposition: the name is the actor
        // ("his counterpart Italian President Sergio Mattarella", "the envoy Wang Yi")
        let named_next = |i: usize| {
            out.get(i + 1).is_some_and(|n| {
                n.tok_start == out[i].tok_end
                    && n.country.is_some()
                    && !n.locative
                    && n.kind != MentionKind::Place
            })
        };
        let keep: Vec<bool> = (0..out.len())
            .map(|i| {
                !(out[i].kind == MentionKind::Agent && out[i].country.is_none() && named_next(i))
            })
            .collect();
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
        // a body "of" a named person is that person's state's ("the government of President
        // Bashar al-Assad"); the person stays a mention of their own
        for i in 0..out.len().saturating_sub(1) {
            let (m, n) = (&out[i], &out[i + 1]);
            if m.kind == MentionKind::Agent
                && m.country.is_none()
                && !m.possessed
                && n.kind == MentionKind::Person
                && n.sentence == m.sentence
                && n.tok_start == m.tok_end + 1
                && tokens[m.tok_end].text(lower) == "of"
                && let Some(c) = n.country.clone()
            {
                out[i].code = format!("{c}{}", &out[i].code[3..]);
                out[i].country = Some(c);
            }
        }
        out
    }
}

/// Nouns that, after "the two" or "both", stand for the two sides of a relation ("the two
/// sides agreed", "both countries signed", "the two foreign ministers met").
const PAIR_NOUNS: &[&str] = &[
    "sides",
    "leaders",
    "countries",
    "nations",
    "governments",
    "neighbours",
    "neighbors",
    "ministers",
    "presidents",
    "premiers",
    "delegations",
    "men",
    "rivals",
    "states",
    "capitals",
    "allies",
    "powers",
    "heads",
    "envoys",
    "diplomats",
    "negotiators",
];

/// Reads "the two sides", "both countries", "the two foreign ministers" as the two states the
/// text named last before it (each once, not as places): the phrase becomes a mention of the
/// first of them, and the returned list pairs the new mention with the latest mention of the
/// other. Without two states before it the phrase stays what it was.
pub fn pair_mentions(
    mentions: &mut Vec<ActorMention>,
    tokens: &[Token],
    lower: &str,
    sent_of_tok: &[usize],
) -> Vec<(usize, usize)> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(lower));
    let mut found: Vec<(usize, usize)> = Vec::new();
    for i in 0..tokens.len() {
        // "the two" standing alone before its verb ("the two denounced the sanctions", "the
        // two also agreed"), and "each side" of a reciprocal act ("each side accused the other")
        let verb_next = |w: &str| {
            w.ends_with("ed")
                || crate::text::words::AUXILIARIES.contains(&w)
                || matches!(
                    w,
                    "also" | "then" | "later" | "jointly" | "both" | "met" | "said"
                )
        };
        if word(i) == "the"
            && word(i + 1) == "two"
            && sent_of_tok.get(i + 2) == sent_of_tok.get(i)
            && verb_next(word(i + 2))
        {
            found.push((i, i + 2));
            continue;
        }
        if word(i) == "each"
            && matches!(
                word(i + 1),
                "side" | "country" | "government" | "nation" | "party" | "state"
            )
        {
            found.push((i, i + 2));
            continue;
        }
        let head = match (word(i), word(i + 1)) {
            ("the", "two") => i + 2,
            ("both", _) => i + 1,
            _ => continue,
        };
        // one modifier may stand before the noun ("the two foreign ministers")
        let end = [head, head + 1]
            .into_iter()
            .find(|&h| PAIR_NOUNS.contains(&word(h)) && sent_of_tok.get(h) == sent_of_tok.get(i))
            .map(|h| h + 1);
        if let Some(end) = end {
            found.push((i, end));
        }
    }
    let mut pairs_at: Vec<(usize, usize, String)> = Vec::new();
    for &(a, b) in &found {
        // the two latest states named as actors before the phrase: in its own sentence when it
        // names two ("Maduro met Ali, and the two sides agreed"), else in the sentences before
        // it ("The United States urged both sides" is not the United States and one side)
        let latest_two = |within: bool| {
            let mut states: Vec<String> = Vec::new();
            for m in mentions
                .iter()
                .rev()
                .filter(|m| m.tok_end <= a && (m.sentence == sent_of_tok[a]) == within)
            {
                let Some(c) = &m.country else { continue };
                if m.locative || m.kind == MentionKind::Place || m.code.starts_with("IGO") {
                    continue;
                }
                if !states.contains(c) {
                    states.push(c.clone());
                }
                if states.len() == 2 {
                    break;
                }
            }
            states
        };
        let mut states = latest_two(true);
        if states.len() < 2 {
            states = latest_two(false);
        }
        let [first, other] = states.as_slice() else {
            continue;
        };
        mentions.retain(|m| m.tok_end <= a || m.tok_start >= b);
        let at = mentions.partition_point(|m| m.tok_start < a);
        mentions.insert(
            at,
            ActorMention {
                inferred: true,
                ..ActorMention::state_body(sent_of_tok[a], a, b, other, "GOV")
            },
        );
        pairs_at.push((a, b, first.clone()));
    }
    // (indices are taken once every phrase is in place)
    pairs_at
        .iter()
        .filter_map(|(a, _, partner)| {
            let m = mentions.iter().position(|m| m.tok_start == *a)?;
            let p = mentions.iter().rposition(|x| {
                x.tok_end <= *a && x.country.as_ref() == Some(partner) && !x.locative
            })?;
            Some((m, p))
        })
        .collect()
}

/// In a text about the two Koreas, "the North" is North Korea and "the South" South Korea ("a
/// spokesman for the North's army"), as the wires write them; elsewhere the words name no state.
pub fn korean_sides(
    mentions: &mut Vec<ActorMention>,
    tokens: &[Token],
    lower: &str,
    sent_of_tok: &[usize],
) {
    if !mentions.iter().any(|m| m.country.as_deref() == Some("PRK")) {
        return;
    }
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(lower));
    let mut added = Vec::new();
    for i in 1..tokens.len() {
        let code = match word(i) {
            "north" => "PRK",
            "south" => "KOR",
            _ => continue,
        };
        let next_is_name = tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.cap);
        if !tokens[i].cap
            || word(i - 1) != "the"
            || next_is_name
            || word(i + 1) == "-"
            || mentions.iter().any(|m| m.tok_start <= i && i < m.tok_end)
        {
            continue;
        }
        added.push(ActorMention::plain(
            sent_of_tok[i],
            i - 1,
            i + 1,
            code.to_string(),
            Some(code.to_string()),
            MentionKind::State,
        ));
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.sentence, m.tok_start));
    }
}

/// Drops an agent of unknown state that an apposition names ("the two foreign ministers, Taro
/// Kono and Kang Kyung-wha, met …", "the envoy, Ali Bagheri, said …"): the people named are
/// the actors, and the head noun would otherwise take a state of its own from the text.
pub fn drop_named_by_apposition(mentions: &mut Vec<ActorMention>, tokens: &[Token], lower: &str) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(lower));
    let named: Vec<bool> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            if m.country.is_some() || !m.code.starts_with("---") || m.person.is_some() {
                return false;
            }
            if word(m.tok_end) != "," {
                return false;
            }
            // the apposition: mentions joined by "and", closed by a comma
            let mut j = m.tok_end + 1;
            let mut listed = 0;
            loop {
                if let Some(n) = mentions
                    .iter()
                    .find(|n| n.tok_start == j && n.sentence == m.sentence)
                {
                    if n.country.is_none() && n.person.is_none() {
                        return false;
                    }
                    listed += 1;
                    j = n.tok_end;
                } else if word(j) == "and" && listed > 0 {
                    j += 1;
                } else {
                    break;
                }
            }
            listed > 0 && word(j) == ","
        })
        .collect();
    let mut i = 0;
    mentions.retain(|_| {
        i += 1;
        !named[i - 1]
    });
}

/// Gives agents of unknown state ("President Ana Torres", "opposition leaders", "its
/// troops") the state the text places them in: the state just named for "its"/"their"; in an
/// article, its lead state (the first state it names as an actor); in a one-sentence text, a
/// place named in it ("… in Lima"), else the only state it names. Otherwise they stay of
/// unknown state.
pub fn localise_unknown(
    mentions: &mut [ActorMention],
    sentences: usize,
    speaking: &[bool],
    tokens: &[Token],
    lower: &str,
) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(lower));
    // a place that opens a sentence as "In Washington, …" says where its unnamed officials
    // speak from (the wire's formula "In Tokyo, a foreign ministry spokesman said …")
    let fronted: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(i, m)| {
            m.country.is_some()
                && m.tok_start >= 1
                && word(m.tok_start - 1) == "in"
                && word(m.tok_end) == ","
                && (*i == 0
                    || mentions[..*i].iter().all(|p| p.sentence < m.sentence)
                        && (m.tok_start == 1 || {
                            let w = word(m.tok_start - 2);
                            matches!(w, "." | "\"" | "!" | "?")
                        }))
        })
        .map(|(_, m)| (m.sentence, m.country.clone().unwrap()))
        .collect();
    // the lead state: the first state an article names as an actor (wire stories open with
    // the side whose officials, spokesmen and communiques they go on to quote)
    let lead = (sentences >= 2)
        .then(|| {
            mentions.iter().find(|m| {
                m.country.is_some()
                    && !m.locative
                    && m.kind != MentionKind::Place
                    && !m.code.starts_with("IGO")
            })
        })
        .flatten()
        .and_then(|m| m.country.clone());
    let places: Vec<(usize, String)> = mentions
        .iter()
        .filter(|m| m.locative && m.country.is_some())
        .map(|m| (m.sentence, m.country.clone().unwrap()))
        .collect();
    let states: Vec<(usize, String)> = mentions
        .iter()
        .filter_map(|m| m.country.clone().map(|c| (m.sentence, c)))
        .collect();
    // the states acting in a sentence: named actors, not places or adjectives
    // (with where they start: the act told before its speaker)
    let actors: Vec<(usize, usize, String)> = mentions
        .iter()
        .filter(|m| !m.locative && m.kind != MentionKind::Place && !m.adjective)
        .filter_map(|m| m.country.clone().map(|c| (m.sentence, m.tok_start, c)))
        .collect();
    let one_state = |list: &[(usize, String)], sentence: usize| -> Option<String> {
        let here: Vec<&String> = list
            .iter()
            .filter(|(s, _)| *s == sentence)
            .map(|(_, c)| c)
            .collect();
        match here.as_slice() {
            [c, rest @ ..] if rest.iter().all(|r| r == c) => Some((*c).clone()),
            _ => None,
        }
    };
    // "its troops", "their supporters": the state named just before
    let owners: Vec<Option<String>> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            if m.country.is_some() || !m.possessed {
                return None;
            }
            let recent = || {
                mentions[..i]
                    .iter()
                    .rev()
                    .take_while(|p| p.sentence + 1 >= m.sentence)
            };
            // ("his government", "her ministers": the person's, not the last state named:
            // "Moon Jae-in has vowed that his country will not lose to Japan again, and his
            // government has said …")
            let personal = m.tok_start >= 1 && matches!(word(m.tok_start - 1), "his" | "her");
            personal
                .then(|| {
                    recent()
                        .find(|p| p.person.is_some() && p.country.is_some())
                        .and_then(|p| p.country.clone())
                })
                .flatten()
                .or_else(|| {
                    recent()
                        .find(|p| {
                            p.country.is_some() && !p.locative && p.kind != MentionKind::Place
                        })
                        .and_then(|p| p.country.clone())
                })
        })
        .collect();
    // "the government", "the army" in words a state's speaker reports are that state's
    // ("Australian Trade Minister Simon Birmingham said on Tuesday that the government deeply
    // regretted the decision")
    let reported_by: Vec<Option<String>> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            if m.country.is_some()
                || !m.code.starts_with("---")
                || !["GOV", "LEG", "MIL"].iter().any(|s| m.code.ends_with(s))
            {
                return None;
            }
            let p = mentions[..i].iter().rev().find(|p| {
                p.sentence == m.sentence && !p.locative && p.kind != MentionKind::Place
            })?;
            let gap = p.tok_end..m.tok_start;
            // (the subject of the reported words: right after "said (that) (the)", not an object
            // further on: "announced sanctions on the same officials")
            let mut b = m.tok_start;
            if b > 0 && word(b - 1) == "the" {
                b -= 1;
            }
            let opens = b > 0
                && (word(b - 1) == "that"
                    || matches!(word(b - 1), "said" | "says" | "told" | "added" | "stated"));
            (p.country.is_some()
                && !p.adjective
                && opens
                && gap.len() <= 8
                && gap.clone().any(|j| crate::text::words::is_report(word(j))))
            .then(|| p.country.clone())
            .flatten()
        })
        .collect();
    // "Western governments, led by the United States, …": the group acts as its leader's
    let led_by: Vec<Option<String>> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            if m.country.is_some() || !m.code.starts_with("---") || m.person.is_some() {
                return None;
            }
            let e = m.tok_end;
            if !(word(e) == "," && matches!(word(e + 1), "led" | "headed") && word(e + 2) == "by") {
                return None;
            }
            let mut j = e + 3;
            if word(j) == "the" {
                j += 1;
            }
            mentions
                .iter()
                .find(|n| n.tok_start == j && n.sentence == m.sentence && !n.adjective)
                .and_then(|n| n.country.clone())
        })
        .collect();
    // "the minister", "the spokesman": the one named before with the same head noun and a state
    // ("an Australian cabinet minister said … the minister declined to withdraw the remarks")
    let antecedents: Vec<Option<String>> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            if m.country.is_some()
                || !m.code.starts_with("---")
                || m.person.is_some()
                || m.tok_start == 0
                || word(m.tok_start - 1) != "the"
                || m.tok_end != m.tok_start + 1
            {
                return None;
            }
            let head = word(m.tok_end - 1);
            if head.ends_with('s') {
                return None;
            }
            mentions[..i]
                .iter()
                .rev()
                .find(|p| {
                    p.country.is_some()
                        && !p.locative
                        && p.kind != MentionKind::Place
                        && p.tok_end > p.tok_start
                        && word(p.tok_end - 1) == head
                })
                .and_then(|p| p.country.clone())
        })
        .collect();
    // an envoy named once as such stays one when named again by name alone ("ambassador
    // Sylvain Itte … the junta ordered Itte to leave")
    let envoys: Vec<String> = mentions
        .iter()
        .filter(|m| m.envoy && m.country.is_none())
        .filter_map(|m| m.person.clone())
        .collect();
    for (i, m) in mentions.iter_mut().enumerate() {
        // (a group led by a state is that state's, even one of no state of its own: "Western
        // governments, led by the United States")
        if let Some(c) = &led_by[i] {
            m.place_in(c);
            continue;
        }
        if m.foreign {
            continue;
        }
        if m.country.is_none() && m.person.as_ref().is_some_and(|p| envoys.contains(p)) {
            m.envoy = true;
        }
        // the unnamed speaker of a sentence in which one state acts speaks for it ("Israel
        // launched strikes on Gaza, the army said"), whatever place the act names
        // (the act comes first: "Israel launched strikes, the army said"; in "the minister
        // said on his return from Japan" nothing was told before the speaker)
        let speaker_state = (speaking.get(i) == Some(&true) && sentences >= 2)
            .then(|| {
                let before: Vec<(usize, String)> = actors
                    .iter()
                    .filter(|(s, at, _)| *s == m.sentence && *at < m.tok_start)
                    .map(|(s, _, c)| (*s, c.clone()))
                    .collect();
                one_state(&before, m.sentence)
            })
            .flatten();
        if let Some(c) = &owners[i] {
            m.place_in(c);
            continue;
        }
        if m.country.is_some() || !m.code.starts_with("---") || m.envoy {
            continue;
        }
        // in an article, its lead state (a wire story quotes the side it opens with; "on his
        // return from Japan" is no place of the speaker's); in a one-sentence text a place in
        // it, else the one state it names
        let state = speaker_state
            .or_else(|| reported_by[i].clone())
            .or_else(|| antecedents[i].clone())
            .or_else(|| {
                fronted
                    .iter()
                    .find(|(s, _)| *s == m.sentence)
                    .map(|(_, c)| c.clone())
            })
            .or_else(|| lead.clone())
            .or_else(|| one_state(&places, m.sentence))
            .or_else(|| {
                (sentences == 1)
                    .then(|| one_state(&states, m.sentence))
                    .flatten()
            });
        if let Some(c) = state {
            m.place_in(&c);
        }
    }
}

fn is_locative(tokens: &[Token], lower: &str, s: usize) -> bool {
    let mut k = s;
    while k > 0 {
        k -= 1;
        let w = tokens[k].text(lower);
        // "in southern Iraq", "in the occupied territories"
        if matches!(
            w,
            "the"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "north"
                | "south"
                | "east"
                | "west"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
                | "neighbouring"
                | "neighboring"
                | "occupied"
                | "rural"
                | "coastal"
                | "mainland"
        ) {
            continue;
        }
        // "120 miles east of Bahrain", "off the coast of Yemen", "north of Kabul"
        if w == "of" && k > 0 && crate::text::words::PLACE_OF.contains(&tokens[k - 1].text(lower)) {
            return true;
        }
        return LOCATIVE.contains(&w);
    }
    false
}

/// Words that end a noun phrase (verbs of saying, conjunctions, relatives).
fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "said"
            | "says"
            | "say"
            | "told"
            | "that"
            | "which"
            | "who"
            | "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "to"
            | "of"
            | "for"
            | "with"
            | "on"
            | "in"
            | "at"
            | "by"
            | "from"
            | "after"
            | "before"
            | "unless"
            | "if"
            | "until"
            | "while"
            | "when"
            | "as"
            | "because"
            | "since"
            | "although"
            | "though"
            | "whether"
            | "where"
            | "than"
            | "against"
            | "over"
            | "about"
            | "into"
            | "between"
            | "the"
            | "a"
            | "an"
    )
}
