//! CAMEO values of a code: root, GDELT QuadClass, pentaclass, PLOVER category, Goldstein score,
//! and the PLOVER context an event of that kind implies.

use std::collections::HashMap;

use crate::dict::Dictionaries;

/// Values derived for one CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoInfo {
    /// Two-digit root.
    pub root: String,
    /// 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
    /// 4 material conflict (14–20).
    pub quad_class: i64,
    /// 0–4 as in cameo.csv.
    pub pentaclass: i64,
    /// PLOVER event category, where one applies.
    pub plover: Option<String>,
    /// Goldstein score.
    pub goldstein: f64,
    /// Name.
    pub name: String,
}

/// All codes of the codebook.
#[derive(Debug, Clone, Default)]
pub struct CameoTable {
    by_code: HashMap<String, CameoInfo>,
}

/// GDELT's QuadClass of a root.
pub fn quad_class(root: u32) -> i64 {
    match root {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

/// The PLOVER category of a CAMEO code.
pub fn plover(code: &str) -> Option<&'static str> {
    let root: u32 = code.get(..2)?.parse().ok()?;
    Some(match root {
        1 => return None,
        2 => "REQUEST",
        3 => "AGREE",
        4 => "CONSULT",
        5 => "SUPPORT",
        6 => "COOPERATE",
        7 => "AID",
        8 if code.starts_with("087") => "RETREAT",
        8 => "CONCEDE",
        9 => "INVESTIGATE",
        10 => "DEMAND",
        11 if code.starts_with("112") => "ACCUSE",
        11 => "DISAPPROVE",
        12 => "REJECT",
        13 => "THREATEN",
        14 => "PROTEST",
        15 => "MOBILIZE",
        16 => "SANCTION",
        17 => "COERCE",
        18 | 20 => "ASSAULT",
        19 => "FIGHT",
        _ => return None,
    })
}

/// The PLOVER context an event implies by its kind alone (a meeting is diplomatic, a strike is
/// military), or none where the kind says nothing about the subject.
pub fn context_of(code: &str) -> Option<&'static str> {
    let root: u32 = code.get(..2)?.parse().ok()?;
    Some(match root {
        4 | 5 => "diplomatic",
        15 | 18 | 19 | 20 => "military",
        _ => match code {
            c if c.starts_with("062") || c.starts_with("072") || c.starts_with("138") => "military",
            c if c.starts_with("061")
                || c.starts_with("071")
                || c.starts_with("163")
                || c.starts_with("081") =>
            {
                "economic"
            }
            c if c.starts_with("063")
                || c.starts_with("09")
                || c.starts_with("115")
                || c.starts_with("173") =>
            {
                "legal"
            }
            c if c.starts_with("073") => "human_security",
            c if c.starts_with("064") || c.starts_with("1125") => "intelligence",
            c if c.starts_with("16")
                || c.starts_with("036")
                || c.starts_with("046")
                || c.starts_with("057") =>
            {
                "diplomatic"
            }
            _ => return None,
        },
    })
}

impl CameoTable {
    /// Builds the table from the codebook.
    pub fn new(d: &Dictionaries) -> CameoTable {
        let mut by_code = HashMap::new();
        for c in &d.cameo {
            let root_n: u32 = c.root.parse().unwrap_or(0);
            by_code.insert(
                c.code.clone(),
                CameoInfo {
                    root: c.root.clone(),
                    quad_class: quad_class(root_n),
                    pentaclass: c.pentaclass,
                    plover: plover(&c.code).map(|s| s.to_string()),
                    goldstein: c.goldstein,
                    name: c.name.clone(),
                },
            );
        }
        CameoTable { by_code }
    }

    /// The values of a code.
    pub fn get(&self, code: &str) -> Option<&CameoInfo> {
        self.by_code.get(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_classes_follow_gdelt() {
        assert_eq!(quad_class(1), 1);
        assert_eq!(quad_class(5), 1);
        assert_eq!(quad_class(7), 2);
        assert_eq!(quad_class(13), 3);
        assert_eq!(quad_class(16), 4);
        assert_eq!(quad_class(20), 4);
    }

    #[test]
    fn plover_categories() {
        assert_eq!(plover("043"), Some("CONSULT"));
        assert_eq!(plover("0874"), Some("RETREAT"));
        assert_eq!(plover("163"), Some("SANCTION"));
        assert_eq!(plover("010"), None);
    }

    #[test]
    fn codebook_values_are_read() {
        let d = Dictionaries::builtin();
        let t = CameoTable::new(&d);
        let c = t.get("043").unwrap();
        assert_eq!((c.root.as_str(), c.quad_class, c.pentaclass), ("04", 1, 1));
        assert_eq!(t.get("190").unwrap().goldstein, -10.0);
        assert_eq!(t.get("163").unwrap().pentaclass, 3);
    }
}
