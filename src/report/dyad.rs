//! A pair of states as the user names it: `USA:CHN` (unordered), `USA>CHN` (what the United
//! States does and says towards China), with ISO codes or names, aliases and adjectives from
//! the dictionaries ("china:usa", "Chinese>American").

use crate::dict::Dictionaries;

/// A pair of states, stored in alphabetical order, with an optional direction.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Dyad {
    /// The alphabetically first state.
    pub a: String,
    /// The other state.
    pub b: String,
    /// For a directed pair, the state that acts and speaks.
    pub from: Option<String>,
}

/// Which part of a pair's relations a reading covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Both ways (the unordered pair).
    Both,
    /// What `a` does and says towards `b`.
    FromA,
    /// What `b` does and says towards `a`.
    FromB,
}

impl Dyad {
    /// An unordered pair.
    pub fn new(x: &str, y: &str) -> Dyad {
        let (a, b) = if x <= y { (x, y) } else { (y, x) };
        Dyad {
            a: a.to_string(),
            b: b.to_string(),
            from: None,
        }
    }

    /// The pair's direction.
    pub fn direction(&self) -> Direction {
        match &self.from {
            None => Direction::Both,
            Some(f) if *f == self.a => Direction::FromA,
            Some(_) => Direction::FromB,
        }
    }

    /// `CHN:USA`, or `USA>CHN` for a directed pair; the label of files and headers.
    pub fn label(&self) -> String {
        match &self.from {
            None => format!("{}:{}", self.a, self.b),
            Some(f) => {
                let to = if *f == self.a { &self.b } else { &self.a };
                format!("{f}>{to}")
            }
        }
    }

    /// A lower-case label for file names (`chn-usa`, `usa-to-chn`).
    pub fn slug(&self) -> String {
        match &self.from {
            None => format!("{}-{}", self.a, self.b).to_lowercase(),
            Some(f) => {
                let to = if *f == self.a { &self.b } else { &self.a };
                format!("{f}-to-{to}").to_lowercase()
            }
        }
    }

    /// Parses `X:Y` or `X>Y`, resolving each side to an ISO code.
    pub fn parse(s: &str, dict: Option<&Dictionaries>) -> Result<Dyad, String> {
        let (x, y, directed) = if let Some((x, y)) = s.split_once("->") {
            (x, y, true)
        } else if let Some((x, y)) = s.split_once('>') {
            (x, y, true)
        } else if let Some((x, y)) = s.split_once(':') {
            (x, y, false)
        } else {
            return Err(format!(
                "`{s}` is not a pair: write two states as A:B (e.g. USA:CHN or china:usa), or A>B for what A does towards B"
            ));
        };
        let x = resolve_state(x, dict)?;
        let y = resolve_state(y, dict)?;
        if x == y {
            return Err(format!(
                "`{s}` names the same state twice ({x}); a pair needs two states"
            ));
        }
        let mut d = Dyad::new(&x, &y);
        if directed {
            d.from = Some(x);
        }
        Ok(d)
    }
}

/// Resolves a state given as an ISO code, name, alias, adjective or capital (case-insensitive).
pub fn resolve_state(s: &str, dict: Option<&Dictionaries>) -> Result<String, String> {
    let s = s.trim();
    let norm = |t: &str| {
        t.chars()
            .filter(|c| !matches!(c, '.' | '\''))
            .collect::<String>()
            .to_lowercase()
    };
    let want = norm(s);
    if want.is_empty() {
        return Err("a side of the pair is empty: write A:B".to_string());
    }
    let Some(dict) = dict else {
        if s.len() == 3 && s.chars().all(|c| c.is_ascii_alphabetic()) {
            return Ok(s.to_ascii_uppercase());
        }
        return Err(format!(
            "`{s}`: name states by ISO code (USA, CHN) when the dictionaries are not loaded"
        ));
    };
    if let Some(c) = dict.countries.iter().find(|c| norm(&c.code) == want) {
        return Ok(c.code.clone());
    }
    let names = |c: &crate::dict::Country| -> Vec<String> {
        std::iter::once(&c.name)
            .chain(&c.aliases)
            .chain(&c.adjectives)
            .chain(&c.capitals)
            .map(|n| norm(n))
            .collect()
    };
    if let Some(c) = dict.countries.iter().find(|c| names(c).contains(&want)) {
        return Ok(c.code.clone());
    }
    let close: Vec<String> = dict
        .countries
        .iter()
        .filter(|c| names(c).iter().any(|n| n.starts_with(&want)))
        .take(5)
        .map(|c| format!("{} ({})", c.code, c.name))
        .collect();
    Err(if close.is_empty() {
        format!("`{s}` is not a state the dictionaries know: use an ISO code such as USA or CHN")
    } else {
        format!(
            "`{s}` is not a state the dictionaries know; did you mean {}?",
            close.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Country;

    fn dict() -> Dictionaries {
        let mut d = Dictionaries::default();
        for (code, name, aliases, adjectives, capitals) in [
            (
                "USA",
                "United States",
                vec!["US", "U.S.", "America"],
                vec!["American"],
                vec!["Washington"],
            ),
            (
                "CHN",
                "China",
                vec!["PRC"],
                vec!["Chinese"],
                vec!["Beijing"],
            ),
            (
                "KOR",
                "South Korea",
                vec!["Republic of Korea"],
                vec!["South Korean"],
                vec!["Seoul"],
            ),
        ] {
            d.countries.push(Country {
                code: code.into(),
                name: name.into(),
                aliases: aliases.into_iter().map(String::from).collect(),
                adjectives: adjectives.into_iter().map(String::from).collect(),
                capitals: capitals.into_iter().map(String::from).collect(),
            });
        }
        d
    }

    #[test]
    fn names_aliases_and_adjectives_resolve_to_codes() {
        let d = dict();
        assert_eq!(
            Dyad::parse("china:usa", Some(&d)).unwrap(),
            Dyad::new("USA", "CHN")
        );
        assert_eq!(
            Dyad::parse("U.S.:Chinese", Some(&d)).unwrap().label(),
            "CHN:USA"
        );
        assert_eq!(
            Dyad::parse("south korea : chn", Some(&d)).unwrap().label(),
            "CHN:KOR"
        );
        assert_eq!(Dyad::parse("usa:chn", None).unwrap().label(), "CHN:USA");
    }

    #[test]
    fn a_directed_pair_keeps_its_source() {
        let d = Dyad::parse("USA>China", Some(&dict())).unwrap();
        assert_eq!((d.a.as_str(), d.b.as_str()), ("CHN", "USA"));
        assert_eq!(d.direction(), Direction::FromB);
        assert_eq!(d.label(), "USA>CHN");
        assert_eq!(d.slug(), "usa-to-chn");
    }

    #[test]
    fn unknown_and_degenerate_pairs_are_refused_with_a_hint() {
        let d = dict();
        let e = Dyad::parse("Chin:USA", Some(&d)).unwrap_err();
        assert!(e.contains("CHN (China)"), "{e}");
        assert!(Dyad::parse("USA:America", Some(&d)).is_err());
        assert!(Dyad::parse("USA", Some(&d)).is_err());
        assert!(Dyad::parse("Atlantis:USA", Some(&d)).is_err());
    }
}
