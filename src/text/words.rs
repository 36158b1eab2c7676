//! Closed classes of English words the readers share: calendar words, words that never start a
//! name, and verbs of saying and thinking. Knowledge about the world lives in `src/dict/`; these
//! are grammar.

/// Month names, in order.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Day names.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Capitalised words that do not start a person's name: function words, calendar words,
/// titles and verbs of saying.
const NOT_NAME_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "of",
    "and",
    "or",
    "but",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "said",
    "says",
    "told",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "for",
    "with",
    "by",
    "to",
    "from",
    "who",
    "which",
    "what",
    "where",
    "there",
    "here",
    "both",
    "all",
    "some",
    "mr",
    "mrs",
    "ms",
    "dr",
    "earlier",
    "later",
    "late",
    "early",
    "meanwhile",
    "however",
    "described",
];

/// Whether a capitalised word cannot be (the start of) a person's name.
pub fn not_a_name(w: &str) -> bool {
    NOT_NAME_WORDS.contains(&w) || MONTHS.contains(&w) || WEEKDAYS.contains(&w)
}

/// Verbs that introduce speech ("said", "told", "warned").
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "announced",
    "warned",
    "warns",
    "noted",
    "stressed",
    "insisted",
    "argued",
    "claimed",
    "declared",
    "explained",
    "wrote",
    "asked",
    "replied",
    "responded",
    "urged",
    "cautioned",
    "remarked",
    "emphasised",
    "emphasized",
    "underscored",
    "underlined",
    "reiterated",
    "affirmed",
    "acknowledged",
    "admitted",
    "confirmed",
    "denied",
    "called",
    "described",
];

/// Verbs of thinking, hoping and reporting that, like speech verbs, open a complement clause.
const THOUGHT_VERBS: &[&str] = &[
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "reported",
    "suggested",
    "alleged",
    "asserted",
    "indicated",
    "signalled",
    "signaled",
    "agreed",
    "according",
];

/// Whether a word opens reported speech or thought ("said", "believes", "according").
pub fn is_report(w: &str) -> bool {
    SPEECH_VERBS.contains(&w) || THOUGHT_VERBS.contains(&w)
}

/// Auxiliary verbs that stand between a subject and its verb ("has repeatedly pushed").
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "been",
];

/// Modals and negations that stand between a subject and its verb ("we can not accept", "I
/// must say").
pub const MODALS_AND_NEGATIONS: &[&str] = &[
    "not", "n't", "can", "cannot", "ca", "could", "shall", "should", "must", "may", "might", "'ll",
];

/// Whether a word stands between a subject and its verb as an auxiliary, a modal or a negation.
pub fn is_verb_companion(w: &str) -> bool {
    AUXILIARIES.contains(&w) || MODALS_AND_NEGATIONS.contains(&w)
}

/// Whether a word begins with one of `prefixes` (word beginnings standing for all their forms:
/// "protect" for protects, protected, protection).
pub fn starts_with_any(w: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| w.starts_with(p))
}

/// Words that make "of" name where something is: "north of Kabul", "off the coast of Yemen",
/// "the outskirts of Aleppo".
pub const PLACE_OF: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "coast",
    "shores",
    "outskirts",
    "outside",
    "inside",
    "border",
    "borders",
];

/// Nouns for a state's ground: after a state's adjective they name a place in the state ("the
/// Iraqi city of Basra", "in the Turkish capital", "Chinese waters").
pub const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "capital",
    "province",
    "region",
    "district",
    "territory",
    "soil",
    "border",
    "borders",
    "port",
    "ports",
    "coast",
    "mainland",
    "side",
    "waters",
    "airspace",
];
