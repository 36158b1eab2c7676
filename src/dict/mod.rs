//! The dictionaries: data files embedded in the binary (or read from a folder given with
//! `--dict`), their loader and their validator. This module turns files into plain structs and
//! reports problems as `file:line: message`; it does not match text (that is `extract`'s job).

mod table;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use table::Table;
pub use table::split_list;

/// The dictionary files, in the order they are loaded, with their built-in contents.
pub const FILES: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("countries.tsv")),
    ("organisations.tsv", include_str!("organisations.tsv")),
    ("agents.tsv", include_str!("agents.tsv")),
    ("people.tsv", include_str!("people.tsv")),
    ("places.tsv", include_str!("places.tsv")),
    ("issues.tsv", include_str!("issues.tsv")),
    ("contexts.tsv", include_str!("contexts.tsv")),
    ("tone-lexicon.tsv", include_str!("tone-lexicon.tsv")),
    ("tone-modifiers.tsv", include_str!("tone-modifiers.tsv")),
    ("tone-markers.tsv", include_str!("tone-markers.tsv")),
    ("verbs.tsv", include_str!("verbs.tsv")),
    ("inflections.tsv", include_str!("inflections.tsv")),
    ("cameo.csv", include_str!("cameo.csv")),
];

/// The 34 PLOVER contexts.
pub const CONTEXTS: &[&str] = &[
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
];

/// Tone marker categories.
pub const MARKER_CATEGORIES: &[&str] = &[
    "hostility",
    "threat",
    "escalation",
    "frankness",
    "concern",
    "constructive",
    "deescalation",
    "solidarity",
    "urgency",
    "metaphor",
];

/// Sector codes that agent nouns may carry.
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "LEG", "JUD", "SPY", "COP", "MED", "CVL", "BUS", "LAB", "EDU", "OPP", "REB",
    "INS", "REF", "HLH", "NGO", "ELI", "PTY", "CRM", "UAF", "AGR", "ENV", "RAD", "SET", "MOD",
    "IGO",
];

/// A problem found in a dictionary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl DictError {
    /// Makes an error.
    pub fn new(file: &str, line: usize, message: String) -> DictError {
        DictError {
            file: file.to_string(),
            line,
            message,
        }
    }
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A state.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO alpha-3.
    pub code: String,
    /// Display name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Adjectives and demonyms.
    pub adjectives: Vec<String>,
    /// Capitals and seats used as metonyms.
    pub capitals: Vec<String>,
}

/// A named body.
#[derive(Debug, Clone)]
pub struct Organisation {
    /// Actor code.
    pub code: String,
    /// Display name.
    pub name: String,
    /// Kind (igo, government, ...).
    pub kind: String,
    /// State, if national.
    pub country: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
}

/// A kind of people or institution.
#[derive(Debug, Clone)]
pub struct Agent {
    /// Sector code (GOV, MIL, ...).
    pub sector: String,
    /// Nouns.
    pub nouns: Vec<String>,
}

/// One role held by a person between two dates.
#[derive(Debug, Clone)]
pub struct PersonRole {
    /// Full name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// The person's state.
    pub country: String,
    /// Actor code while in the role.
    pub code: String,
    /// Office.
    pub role: String,
    /// First day.
    pub from: NaiveDate,
    /// Last day, if the role has ended.
    pub to: Option<NaiveDate>,
}

/// A place that is not an actor, and blocks actor names inside it ("South China Sea").
#[derive(Debug, Clone)]
pub struct Place {
    /// Name.
    pub name: String,
    /// The state it lies in or is most associated with, if any.
    pub country: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
}

/// An issue.
#[derive(Debug, Clone)]
pub struct Issue {
    /// Slug.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// PLOVER context.
    pub context: String,
    /// Phrases that always count.
    pub phrases: Vec<String>,
    /// Phrases that count only with a cue.
    pub weak: Vec<String>,
    /// Cue words.
    pub cues: Vec<String>,
}

/// A tone modifier.
#[derive(Debug, Clone)]
pub struct Modifier {
    /// Word or phrase.
    pub term: String,
    /// negator, intensifier, downtoner, hedge, contrast.
    pub kind: String,
    /// Multiplier.
    pub factor: f64,
}

/// A diplomatic tone marker.
#[derive(Debug, Clone)]
pub struct MarkerEntry {
    /// Phrase.
    pub phrase: String,
    /// Category.
    pub category: String,
    /// Weight, -5 to +5.
    pub weight: f64,
}

/// An event pattern line.
#[derive(Debug, Clone)]
pub struct VerbPattern {
    /// CAMEO code.
    pub code: String,
    /// Pattern text.
    pub pattern: String,
    /// Line in verbs.tsv.
    pub line: usize,
}

/// A CAMEO code with its published values.
#[derive(Debug, Clone)]
pub struct CameoCode {
    /// Code as text.
    pub code: String,
    /// Two-digit root.
    pub root: String,
    /// Name.
    pub name: String,
    /// Goldstein score.
    pub goldstein: f64,
    /// Pentaclass 0-4.
    pub pentaclass: i64,
}

/// Every dictionary, loaded.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    /// States.
    pub countries: Vec<Country>,
    /// Named bodies.
    pub organisations: Vec<Organisation>,
    /// Agent nouns.
    pub agents: Vec<Agent>,
    /// People and roles.
    pub people: Vec<PersonRole>,
    /// Non-actor places.
    pub places: Vec<Place>,
    /// Issues.
    pub issues: Vec<Issue>,
    /// General cue words per PLOVER context: (context, cues).
    pub context_cues: Vec<(String, Vec<String>)>,
    /// Contexts that an issue gives an article only where one of the context's own cues is in
    /// the text too (`contexts.tsv`, column `issues` = `cued`).
    pub cued_contexts: Vec<String>,
    /// General tone words.
    pub tone_lexicon: Vec<(String, f64)>,
    /// Tone modifiers.
    pub tone_modifiers: Vec<Modifier>,
    /// Diplomatic markers.
    pub tone_markers: Vec<MarkerEntry>,
    /// Event patterns.
    pub verbs: Vec<VerbPattern>,
    /// Irregular forms.
    pub inflections: Vec<(String, Vec<String>)>,
    /// CAMEO codebook.
    pub cameo: Vec<CameoCode>,
    /// A short hash of every file's contents: part of the coder version.
    pub fingerprint: String,
    /// Where the files came from ("built-in" or a folder).
    pub origin: String,
}

/// Reads the dictionary files: built-in ones, overridden by any found in `dir`.
pub fn read_sources(dir: Option<&Path>) -> std::io::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for (name, builtin) in FILES {
        let text = match dir {
            Some(d) => {
                let p = d.join(name);
                if p.exists() {
                    std::fs::read_to_string(&p)?
                } else {
                    builtin.to_string()
                }
            }
            None => builtin.to_string(),
        };
        out.push((name.to_string(), text));
    }
    Ok(out)
}

/// Writes the built-in dictionary files into `dir`.
pub fn export(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut out = Vec::new();
    for (name, text) in FILES {
        let p = dir.join(name);
        std::fs::write(&p, text)?;
        out.push(p);
    }
    Ok(out)
}

fn fnv1a(h: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *h ^= *b as u64;
        *h = h.wrapping_mul(0x100000001b3);
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Rows of a key and a list (`agents.tsv`: sector and nouns; `contexts.tsv`: context and cues):
/// the key must be one of `allowed`, and an item may belong to one key only. `key` is (column,
/// allowed values, name in messages), `list` is (column, name of one item in messages).
fn keyed_lists(
    t: &Table,
    errors: &mut Vec<DictError>,
    key: (&str, &[&str], &str),
    list: (&str, &str),
) -> Vec<(String, Vec<String>)> {
    let (key_col, allowed, key_name) = key;
    let (list_col, item_name) = list;
    if !t.require(&[key_col, list_col], errors) {
        return Vec::new();
    }
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut out = Vec::new();
    for r in &t.rows {
        let k = t.get(r, key_col).to_string();
        if !allowed.contains(&k.as_str()) {
            errors.push(DictError::new(
                &t.file,
                r.line,
                format!("unknown {key_name} `{k}`"),
            ));
        }
        let items = t.list(r, list_col);
        for i in &items {
            let lower = i.to_lowercase();
            if let Some(o) = seen.get(&lower).filter(|o| **o != k) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("`{i}` is already a {item_name} of {o}"),
                ));
            }
            seen.insert(lower, k.clone());
        }
        out.push((k, items));
    }
    out
}

impl Dictionaries {
    /// Loads the built-in dictionaries; they are checked by the test suite, so errors here are
    /// programming errors.
    pub fn builtin() -> Dictionaries {
        let sources = read_sources(None).expect("built-in dictionaries");
        match Dictionaries::parse(&sources, "built-in") {
            Ok(d) => d,
            Err(errs) => panic!(
                "built-in dictionaries are invalid:\n{}",
                errs.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }

    /// Loads from `dir` (files it lacks come from the built-in set), or the built-in set.
    pub fn load(dir: Option<&Path>) -> Result<Dictionaries, Vec<DictError>> {
        if let Some(d) = dir
            && !d.is_dir()
        {
            return Err(vec![DictError::new(
                &d.display().to_string(),
                0,
                "no such folder (write one with `tension dict export DIR`)".to_string(),
            )]);
        }
        let sources = read_sources(dir).map_err(|e| {
            vec![DictError::new(
                &dir.map(|d| d.display().to_string()).unwrap_or_default(),
                0,
                e.to_string(),
            )]
        })?;
        let origin = dir.map_or("built-in".to_string(), |d| d.display().to_string());
        Dictionaries::parse(&sources, &origin)
    }

    /// Parses and validates dictionary sources. Returns every problem found.
    pub fn parse(
        sources: &[(String, String)],
        origin: &str,
    ) -> Result<Dictionaries, Vec<DictError>> {
        let mut errors = Vec::new();
        let mut d = Dictionaries {
            origin: origin.to_string(),
            ..Default::default()
        };
        let mut h: u64 = 0xcbf29ce484222325;
        for (name, text) in sources {
            fnv1a(&mut h, name.as_bytes());
            fnv1a(&mut h, text.as_bytes());
            let sep = if name.ends_with(".csv") { ',' } else { '\t' };
            let t = Table::parse(name, text, sep, &mut errors);
            match name.as_str() {
                "countries.tsv" => d.parse_countries(&t, &mut errors),
                "organisations.tsv" => d.parse_organisations(&t, &mut errors),
                "agents.tsv" => d.parse_agents(&t, &mut errors),
                "people.tsv" => d.parse_people(&t, &mut errors),
                "places.tsv" => d.parse_places(&t, &mut errors),
                "issues.tsv" => d.parse_issues(&t, &mut errors),
                "contexts.tsv" => d.parse_context_cues(&t, &mut errors),
                "tone-lexicon.tsv" => d.parse_lexicon(&t, &mut errors),
                "tone-modifiers.tsv" => d.parse_modifiers(&t, &mut errors),
                "tone-markers.tsv" => d.parse_markers(&t, &mut errors),
                "verbs.tsv" if t.require(&["code", "pattern"], &mut errors) => {
                    for r in &t.rows {
                        d.verbs.push(VerbPattern {
                            code: t.get(r, "code").to_string(),
                            pattern: t.get(r, "pattern").to_string(),
                            line: r.line,
                        });
                    }
                }
                "inflections.tsv" if t.require(&["base", "forms"], &mut errors) => {
                    for r in &t.rows {
                        d.inflections
                            .push((t.get(r, "base").to_lowercase(), t.list(r, "forms")));
                    }
                }
                "cameo.csv" => d.parse_cameo(&t, &mut errors),
                _ => {}
            }
        }
        d.fingerprint = format!("{:08x}", (h >> 32) as u32 ^ (h as u32));
        d.cross_check(&mut errors);
        if errors.is_empty() {
            Ok(d)
        } else {
            Err(errors)
        }
    }

    fn parse_countries(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["code", "name"], errors) {
            return;
        }
        let mut seen_codes = HashSet::new();
        let mut seen_names: HashMap<String, String> = HashMap::new();
        for r in &t.rows {
            let code = t.get(r, "code").to_string();
            if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("`{code}` is not an alpha-3 code"),
                ));
            }
            if !seen_codes.insert(code.clone()) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("duplicate country `{code}`"),
                ));
            }
            let c = Country {
                code: code.clone(),
                name: t.get(r, "name").to_string(),
                aliases: t.list(r, "aliases"),
                adjectives: t.list(r, "adjectives"),
                capitals: t.list(r, "capitals"),
            };
            for n in std::iter::once(&c.name)
                .chain(&c.aliases)
                .chain(&c.adjectives)
                .chain(&c.capitals)
            {
                let key = n.to_string();
                if let Some(other) = seen_names.get(&key) {
                    if *other != code {
                        errors.push(DictError::new(
                            &t.file,
                            r.line,
                            format!("`{n}` is already a name of {other}"),
                        ));
                    }
                } else {
                    seen_names.insert(key, code.clone());
                }
            }
            self.countries.push(c);
        }
    }

    fn parse_organisations(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["code", "name"], errors) {
            return;
        }
        for r in &t.rows {
            let code = t.get(r, "code").to_string();
            if code.len() < 3
                || !code
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("`{code}` is not an actor code"),
                ));
            }
            let country = Some(t.get(r, "country").to_string()).filter(|s| !s.is_empty());
            self.organisations.push(Organisation {
                code,
                name: t.get(r, "name").to_string(),
                kind: t.get(r, "kind").to_string(),
                country,
                aliases: t.list(r, "aliases"),
            });
        }
    }

    fn parse_agents(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        for (sector, nouns) in
            keyed_lists(t, errors, ("sector", SECTORS, "sector"), ("nouns", "noun"))
        {
            self.agents.push(Agent { sector, nouns });
        }
    }

    fn parse_people(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["name", "country", "code", "role", "from"], errors) {
            return;
        }
        for r in &t.rows {
            let from_s = t.get(r, "from");
            let to_s = t.get(r, "to");
            let from = parse_date(from_s);
            let to = if to_s.is_empty() {
                None
            } else {
                parse_date(to_s)
            };
            if from.is_none() {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("bad date `{from_s}` in `from`"),
                ));
                continue;
            }
            if !to_s.is_empty() && to.is_none() {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("bad date `{to_s}` in `to`"),
                ));
                continue;
            }
            if let (Some(f), Some(tt)) = (from, to)
                && tt < f
            {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("`to` {tt} is before `from` {f}"),
                ));
            }
            let code = t.get(r, "code").to_string();
            let country = t.get(r, "country").to_string();
            if !code.starts_with(&country) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("code `{code}` does not start with the person's country `{country}`"),
                ));
            }
            self.people.push(PersonRole {
                name: t.get(r, "name").to_string(),
                aliases: t.list(r, "aliases"),
                country,
                code,
                role: t.get(r, "role").to_string(),
                from: from.unwrap(),
                to,
            });
        }
        // overlapping roles of the same person in the same office
        let mut by_key: HashMap<(String, String), Vec<(usize, NaiveDate, Option<NaiveDate>)>> =
            HashMap::new();
        let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
        for (i, p) in self.people.iter().enumerate() {
            let line = lines.get(i).copied().unwrap_or(0);
            by_key
                .entry((p.name.clone(), p.role.clone()))
                .or_default()
                .push((line, p.from, p.to));
        }
        for ((name, role), mut spans) in by_key {
            spans.sort_by_key(|s| s.1);
            for w in spans.windows(2) {
                let end = w[0].2.unwrap_or(NaiveDate::MAX);
                if w[1].1 <= end {
                    errors.push(DictError::new(
                        &t.file,
                        w[1].0,
                        format!("{name} as {role} overlaps the role on line {}", w[0].0),
                    ));
                }
            }
        }
    }

    fn parse_places(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["name"], errors) {
            return;
        }
        for r in &t.rows {
            self.places.push(Place {
                name: t.get(r, "name").to_string(),
                country: Some(t.get(r, "country").to_string()).filter(|s| !s.is_empty()),
                aliases: t.list(r, "aliases"),
            });
        }
    }

    fn parse_context_cues(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        self.context_cues = keyed_lists(
            t,
            errors,
            ("context", CONTEXTS, "PLOVER context"),
            ("cues", "cue"),
        );
        for r in &t.rows {
            match t.get(r, "issues") {
                "" | "alone" => {}
                "cued" => self.cued_contexts.push(t.get(r, "context").to_string()),
                other => errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("`issues` is `alone` or `cued`, not `{other}`"),
                )),
            }
        }
    }

    fn parse_issues(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["slug", "name", "context", "phrases"], errors) {
            return;
        }
        let mut slugs = HashSet::new();
        let mut phrases: HashMap<String, String> = HashMap::new();
        for r in &t.rows {
            let slug = t.get(r, "slug").to_string();
            let ok_slug = !slug.is_empty()
                && slug.split('-').all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                });
            if !ok_slug {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("`{slug}` is not a lower-case hyphenated slug"),
                ));
            }
            if !slugs.insert(slug.clone()) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("duplicate issue `{slug}`"),
                ));
            }
            let context = t.get(r, "context").to_string();
            if !CONTEXTS.contains(&context.as_str()) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("unknown PLOVER context `{context}`"),
                ));
            }
            let issue = Issue {
                slug: slug.clone(),
                name: t.get(r, "name").to_string(),
                context,
                phrases: t.list(r, "phrases"),
                weak: t.list(r, "weak"),
                cues: t.list(r, "cues"),
            };
            if !issue.weak.is_empty() && issue.cues.is_empty() {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    "weak phrases without cues".to_string(),
                ));
            }
            for p in issue.phrases.iter().chain(&issue.weak) {
                let k = p.to_lowercase();
                if let Some(o) = phrases.get(&k) {
                    if *o != slug {
                        errors.push(DictError::new(
                            &t.file,
                            r.line,
                            format!("`{p}` is already a phrase of {o}"),
                        ));
                    }
                } else {
                    phrases.insert(k, slug.clone());
                }
            }
            self.issues.push(issue);
        }
    }

    fn parse_lexicon(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["term", "score"], errors) {
            return;
        }
        let mut seen = HashSet::new();
        for r in &t.rows {
            let term = t.get(r, "term").to_lowercase();
            let s = t.get(r, "score");
            match s.parse::<f64>() {
                Ok(v) if (-3.0..=3.0).contains(&v) && v != 0.0 => {
                    if !seen.insert(term.clone()) {
                        errors.push(DictError::new(
                            &t.file,
                            r.line,
                            format!("duplicate term `{term}`"),
                        ));
                    }
                    self.tone_lexicon.push((term, v));
                }
                _ => errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("score `{s}` is not -3..3 and non-zero"),
                )),
            }
        }
    }

    fn parse_modifiers(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["term", "kind", "factor"], errors) {
            return;
        }
        for r in &t.rows {
            let kind = t.get(r, "kind").to_string();
            if !["negator", "intensifier", "downtoner", "hedge", "contrast"]
                .contains(&kind.as_str())
            {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("unknown modifier kind `{kind}`"),
                ));
            }
            let f = t.get(r, "factor");
            match f.parse::<f64>() {
                Ok(factor) => self.tone_modifiers.push(Modifier {
                    term: t.get(r, "term").to_lowercase(),
                    kind,
                    factor,
                }),
                Err(_) => errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("factor `{f}` is not a number"),
                )),
            }
        }
    }

    fn parse_markers(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["phrase", "category", "weight"], errors) {
            return;
        }
        let mut seen = HashSet::new();
        for r in &t.rows {
            let phrase = t.get(r, "phrase").to_string();
            let category = t.get(r, "category").to_string();
            if !MARKER_CATEGORIES.contains(&category.as_str()) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("unknown marker category `{category}`"),
                ));
            }
            if !seen.insert(phrase.to_lowercase()) {
                errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("duplicate marker `{phrase}`"),
                ));
            }
            let w = t.get(r, "weight");
            match w.parse::<f64>() {
                Ok(weight) if (-5.0..=5.0).contains(&weight) => {
                    self.tone_markers.push(MarkerEntry {
                        phrase,
                        category,
                        weight,
                    })
                }
                _ => errors.push(DictError::new(
                    &t.file,
                    r.line,
                    format!("weight `{w}` is not -5..5"),
                )),
            }
        }
    }

    fn parse_cameo(&mut self, t: &Table, errors: &mut Vec<DictError>) {
        if !t.require(&["code", "root", "name", "goldstein", "pentaclass"], errors) {
            return;
        }
        for r in &t.rows {
            let g = t.get(r, "goldstein").parse::<f64>();
            let p = t.get(r, "pentaclass").parse::<i64>();
            match (g, p) {
                (Ok(goldstein), Ok(pentaclass)) => self.cameo.push(CameoCode {
                    code: t.get(r, "code").to_string(),
                    root: t.get(r, "root").to_string(),
                    name: t.get(r, "name").to_string(),
                    goldstein,
                    pentaclass,
                }),
                _ => errors.push(DictError::new(
                    &t.file,
                    r.line,
                    "bad goldstein or pentaclass".to_string(),
                )),
            }
        }
    }

    /// Checks across files: codes that must exist elsewhere, pattern syntax.
    fn cross_check(&self, errors: &mut Vec<DictError>) {
        let states: HashSet<&str> = self.countries.iter().map(|c| c.code.as_str()).collect();
        for o in &self.organisations {
            if let Some(c) = &o.country
                && !states.is_empty()
                && !states.contains(c.as_str())
            {
                errors.push(DictError::new(
                    "organisations.tsv",
                    0,
                    format!("{}: unknown country `{c}`", o.code),
                ));
            }
        }
        // (an international body's officer has the country `IGO` and the body's code)
        let bodies: HashSet<&str> = self.organisations.iter().map(|o| o.code.as_str()).collect();
        for p in &self.people {
            if p.country == "IGO" {
                if !bodies.is_empty() && !bodies.contains(p.code.as_str()) {
                    errors.push(DictError::new(
                        "people.tsv",
                        0,
                        format!("{}: unknown international body `{}`", p.name, p.code),
                    ));
                }
                continue;
            }
            if !states.is_empty() && !states.contains(p.country.as_str()) {
                errors.push(DictError::new(
                    "people.tsv",
                    0,
                    format!("{}: unknown country `{}`", p.name, p.country),
                ));
            }
        }
        let codes: HashSet<&str> = self.cameo.iter().map(|c| c.code.as_str()).collect();
        for v in &self.verbs {
            if !codes.contains(v.code.as_str()) {
                errors.push(DictError::new(
                    "verbs.tsv",
                    v.line,
                    format!("`{}` is not a CAMEO code", v.code),
                ));
            }
            if let Err(m) = crate::extract::patterns::check_syntax(&v.pattern) {
                errors.push(DictError::new("verbs.tsv", v.line, m));
            }
        }
    }

    /// The irregular verb forms of `inflections.tsv` other than base and third person ("met",
    /// "held", "sent", "meeting"), lower-cased: the actor and event readers tell verbs from
    /// nouns with them.
    pub fn irregular_forms(&self) -> impl Iterator<Item = String> + '_ {
        self.inflections
            .iter()
            .flat_map(|(base, forms)| {
                forms
                    .iter()
                    .filter(move |f| *f != base)
                    .map(|f| f.to_lowercase())
            })
            .filter(|f| !f.ends_with('s'))
    }

    /// The CAMEO entry for a code.
    pub fn cameo_code(&self, code: &str) -> Option<&CameoCode> {
        self.cameo.iter().find(|c| c.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(files: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut s: Vec<(String, String)> = read_sources(None).unwrap();
        for (n, t) in files {
            if let Some(e) = s.iter_mut().find(|(name, _)| name == n) {
                e.1 = t.to_string();
            }
        }
        s
    }

    #[test]
    fn builtin_dictionaries_are_valid() {
        let d = Dictionaries::load(None);
        if let Err(errs) = &d {
            panic!(
                "{}",
                errs.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }

    #[test]
    fn an_officer_of_an_unknown_international_body_is_an_error() {
        let people = "# test\nname\taliases\tcountry\tcode\trole\tfrom\tto\n\
            Ana Ruiz\t\tIGO\tIGOEUR\tEU envoy\t2021-01-20\t\n\
            Lena Berg\t\tIGO\tIGOXYZ\tenvoy\t2021-01-20\t\n";
        let errs = Dictionaries::parse(&src(&[("people.tsv", people)]), "test").unwrap_err();
        let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert!(
            text.iter()
                .any(|e| e.contains("Lena Berg") && e.contains("unknown international body")),
            "{text:?}"
        );
        assert!(!text.iter().any(|e| e.contains("Ana Ruiz")), "{text:?}");
    }

    #[test]
    fn reports_overlapping_roles_and_bad_dates_with_lines() {
        let people = "# test\nname\taliases\tcountry\tcode\trole\tfrom\tto\n\
            Joe Biden\t\tUSA\tUSAGOV\tpresident\t2021-01-20\t2025-01-20\n\
            Joe Biden\t\tUSA\tUSAGOV\tpresident\t2024-01-01\t\n\
            Jane Doe\t\tUSA\tUSAGOV\tpresident\t2021-13-01\t\n";
        let errs = Dictionaries::parse(&src(&[("people.tsv", people)]), "test").unwrap_err();
        let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert!(
            text.iter()
                .any(|e| e.starts_with("people.tsv:4:") && e.contains("overlaps")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|e| e.starts_with("people.tsv:5:") && e.contains("bad date")),
            "{text:?}"
        );
    }

    #[test]
    fn reports_unknown_contexts_and_duplicate_issues() {
        let issues = "slug\tname\tcontext\tphrases\tweak\tcues\n\
            taiwan\tTaiwan\tterritory\tTaiwan Strait\t\t\n\
            taiwan\tTaiwan again\tterritorial\tcross-strait\t\t\n";
        let errs = Dictionaries::parse(&src(&[("issues.tsv", issues)]), "test").unwrap_err();
        let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert!(
            text.iter()
                .any(|e| e == "issues.tsv:3: duplicate issue `taiwan`"),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|e| e == "issues.tsv:3: unknown PLOVER context `territorial`"),
            "{text:?}"
        );
    }

    #[test]
    fn a_context_s_issues_are_alone_or_cued() {
        let cues = "context\tcues\tissues\n\
            legal\tcourt\t\n\
            territory\tsovereignty\tcued\n\
            election\tballot\tsometimes\n";
        let errs = Dictionaries::parse(&src(&[("contexts.tsv", cues)]), "test").unwrap_err();
        let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            text,
            vec!["contexts.tsv:4: `issues` is `alone` or `cued`, not `sometimes`"]
        );
        let ok = "context\tcues\tissues\n\
            legal\tcourt\talone\n\
            territory\tsovereignty\tcued\n";
        let d = Dictionaries::parse(&src(&[("contexts.tsv", ok)]), "test").unwrap();
        assert_eq!(d.cued_contexts, vec!["territory".to_string()]);
    }

    #[test]
    fn a_context_cue_belongs_to_one_context_and_contexts_must_exist() {
        let cues = "context\tcues\n\
            legal\tcourt; verdict\n\
            election\tballot; court\n\
            lawfare\tsubpoena\n";
        let errs = Dictionaries::parse(&src(&[("contexts.tsv", cues)]), "test").unwrap_err();
        let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert!(
            text.iter()
                .any(|e| e == "contexts.tsv:3: `court` is already a cue of legal"),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|e| e == "contexts.tsv:4: unknown PLOVER context `lawfare`"),
            "{text:?}"
        );
    }
}
