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
///
/// A code is looked up from its most specific prefix: the sub-codes name the subject ("provide
/// military aid" is military, "ease curfew" legal) where their parent does not ("express intent
/// to cooperate", "physically assault"). Assaults (18x) are left to the text: a kidnapping, a
/// beating or an assassination is not military by itself; bombings (1831-1833) are terrorism.
/// Police shows of force (150, 151, 153) are not military; troops on alert (152, 154) are.
pub fn context_of(code: &str) -> Option<&'static str> {
    // (prefix, context); the longest prefix that matches wins
    const BY_PREFIX: &[(&str, &str)] = &[
        // 03 intent to cooperate: only the specific kinds name a subject
        ("0311", "economic"),
        ("0312", "military"),
        ("0313", "legal"),
        ("0314", "intelligence"),
        ("0331", "economic"),
        ("0332", "military"),
        ("0333", "human_security"),
        ("0334", "military"),
        ("0354", "economic"),
        ("0356", "military"),
        ("036", "diplomatic"),
        ("037", "diplomatic"),
        ("038", "diplomatic"),
        ("039", "diplomatic"),
        // 04 consult, 05 diplomatic cooperation
        ("04", "diplomatic"),
        ("05", "diplomatic"),
        // 06 material cooperation, 07 aid
        ("061", "economic"),
        ("062", "military"),
        ("063", "legal"),
        ("064", "intelligence"),
        ("071", "economic"),
        ("072", "military"),
        ("073", "human_security"),
        ("074", "military"),
        // 08 yield: administrative sanctions (curfew, emergency) are legal measures
        ("081", "legal"),
        ("0812", "political_institutions"),
        ("085", "economic"),
        ("0861", "military"),
        ("0863", "human_security"),
        ("087", "military"),
        // 09 investigate
        ("091", "legal"),
        ("092", "human_rights"),
        ("093", "military"),
        ("094", "legal"),
        // 10 demand
        ("1011", "economic"),
        ("1012", "military"),
        ("1013", "legal"),
        ("1014", "intelligence"),
        ("1031", "economic"),
        ("1032", "military"),
        ("1033", "human_security"),
        ("1034", "military"),
        ("1043", "rights_freedoms"),
        ("1044", "political_institutions"),
        ("1054", "economic"),
        ("1056", "military"),
        ("106", "diplomatic"),
        ("107", "diplomatic"),
        ("108", "diplomatic"),
        // 11 disapprove
        ("1122", "human_rights"),
        ("1123", "military"),
        ("1124", "legal"),
        ("1125", "intelligence"),
        ("115", "legal"),
        ("116", "legal"),
        // 12 reject
        ("1211", "economic"),
        ("1212", "military"),
        ("1221", "economic"),
        ("1222", "military"),
        ("1223", "human_security"),
        ("1224", "military"),
        ("1244", "economic"),
        ("1246", "military"),
        ("125", "diplomatic"),
        ("126", "diplomatic"),
        ("127", "diplomatic"),
        ("129", "diplomatic"),
        // 13 threaten
        ("1312", "economic"),
        ("1313", "diplomatic"),
        ("1323", "legal"),
        ("1324", "legal"),
        ("134", "diplomatic"),
        ("135", "diplomatic"),
        ("136", "diplomatic"),
        ("138", "military"),
        ("1385", "cbrn"),
        ("139", "diplomatic"),
        // 15 force posture: troops, not police
        ("152", "military"),
        ("154", "military"),
        ("155", "cyber"),
        // 16 reduce relations
        ("161", "diplomatic"),
        ("1621", "economic"),
        ("1622", "military"),
        ("1623", "human_security"),
        ("163", "economic"),
        ("164", "diplomatic"),
        ("165", "diplomatic"),
        ("166", "diplomatic"),
        ("1661", "military"),
        // 17 coerce
        ("1723", "legal"),
        ("1724", "legal"),
        // (an arrest tells of no legal subject by itself: spies, sailors and nationals are
        // arrested in texts about espionage, the sea or a dispute)
        ("174", "migration"),
        ("176", "cyber"),
        // 18 assault: only bombings say what the violence is
        ("1831", "terrorism"),
        ("1832", "terrorism"),
        ("1833", "terrorism"),
        // 19 fight, 20 mass violence
        ("19", "military"),
        ("20", "military"),
        ("204", "cbrn"),
    ];
    BY_PREFIX
        .iter()
        .filter(|(p, _)| code.starts_with(p))
        .max_by_key(|(p, _)| p.len())
        .map(|&(_, c)| c)
}

/// Whether an event of this code between two different states makes a text diplomatic: the
/// verbal exchanges of states (appeals, demands, criticism, rejections, threats) are diplomacy
/// whatever their subject ("Greece demanded that its partners refuse to recognise ...").
pub fn interstate_diplomatic(code: &str) -> bool {
    matches!(code.get(..2), Some("02" | "10" | "11" | "12" | "13"))
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
    fn contexts_follow_the_most_specific_code() {
        assert_eq!(context_of("043"), Some("diplomatic"));
        assert_eq!(context_of("0332"), Some("military"));
        assert_eq!(context_of("033"), None);
        assert_eq!(context_of("0813"), Some("legal"));
        assert_eq!(context_of("0812"), Some("political_institutions"));
        assert_eq!(context_of("1385"), Some("cbrn"));
        assert_eq!(context_of("138"), Some("military"));
        assert_eq!(context_of("182"), None);
        assert_eq!(context_of("1832"), Some("terrorism"));
        assert_eq!(context_of("153"), None);
        assert_eq!(context_of("2041"), Some("cbrn"));
        assert_eq!(context_of("010"), None);
        assert!(interstate_diplomatic("112") && !interstate_diplomatic("190"));
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
