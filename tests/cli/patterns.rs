//! Event patterns of `verbs.tsv` for common news constructions, one table row per construction:
//! an invented sentence, the CAMEO code (or prefix) it must yield, and the states of source and
//! target where the sentence names them. None of the sentences comes from an evaluation set.

use std::sync::LazyLock;

use chrono::NaiveDate;
use tension::dict::Dictionaries;
use tension::extract::{Extraction, Extractor};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(Dictionaries::builtin()));

fn read(text: &str) -> Extraction {
    let date = NaiveDate::from_ymd_opt(2023, 6, 21).unwrap();
    EXTRACTOR.extract(text, Some(date))
}

fn show(x: &Extraction) -> String {
    x.events
        .iter()
        .map(|e| {
            format!(
                "{} {:?}→{:?} {} [{}]",
                e.code,
                e.source_country,
                e.target_country,
                e.modality.as_str(),
                e.pattern
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A row: sentence, code prefix, source state, target state (`None`: not checked).
type Case = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

/// Checks every row and reports all failures at once.
fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for &(text, code, source, target) in cases {
        let x = read(text);
        let hit = x.events.iter().any(|e| {
            e.code.starts_with(code)
                && source.is_none_or(|s| e.source_country.as_deref() == Some(s))
                && target.is_none_or(|t| e.target_country.as_deref() == Some(t))
        });
        if !hit {
            failures.push(format!(
                "{text:?}: want {code} {source:?}→{target:?}, got [{}]",
                show(&x)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn statements_01x() {
    check(&[
        (
            "Ana Ruiz suggested that the plan was flawed.",
            "010",
            None,
            None,
        ),
        (
            "Lena Berg claimed that the vote was rigged.",
            "010",
            None,
            None,
        ),
        (
            "Norway expressed surprise at the decision.",
            "010",
            Some("NOR"),
            None,
        ),
        (
            "Iran expressed pessimism over holding negotiations with Peru.",
            "012",
            Some("IRN"),
            Some("PER"),
        ),
        (
            "Canada has doubts about the plan.",
            "012",
            Some("CAN"),
            None,
        ),
        (
            "Mexico voiced optimism about the talks with Chile.",
            "013",
            Some("MEX"),
            Some("CHL"),
        ),
        (
            "Italy shares the view of Spain.",
            "019",
            Some("ITA"),
            Some("ESP"),
        ),
        (
            "Austria shares the view that the treaty is outdated.",
            "019",
            Some("AUT"),
            None,
        ),
    ]);
}

#[test]
fn statements_01x_are_not_the_act_they_comment_on() {
    // pessimism about negotiations is a comment, not a negotiation
    let x = read("Iran expressed pessimism over holding negotiations with Peru.");
    assert!(
        x.events.iter().all(|e| !e.code.starts_with("04")),
        "{}",
        show(&x)
    );
}

#[test]
fn appeals_02x() {
    check(&[
        (
            "Sudan appealed for international aid.",
            "023",
            Some("SDN"),
            None,
        ),
        ("Greece appealed for funds.", "0231", Some("GRC"), None),
        (
            "Haiti pleaded for emergency aid.",
            "0233",
            Some("HTI"),
            None,
        ),
        (
            "The Red Cross launched an appeal for $5 million.",
            "023",
            None,
            None,
        ),
        (
            "The United Nations launched a humanitarian appeal for Yemen.",
            "0233",
            None,
            Some("YEM"),
        ),
    ]);
}

#[test]
fn material_cooperation_and_aid_06x_07x() {
    check(&[
        (
            "Turkey dispatched food aid to Syria.",
            "073",
            Some("TUR"),
            Some("SYR"),
        ),
        (
            "Qatar flew relief supplies to Sudan.",
            "073",
            Some("QAT"),
            Some("SDN"),
        ),
        (
            "Japan handed over medical equipment to Laos.",
            "073",
            Some("JPN"),
            Some("LAO"),
        ),
        (
            "Oman rushed tents to Yemen.",
            "073",
            Some("OMN"),
            Some("YEM"),
        ),
        (
            "China sent a team of medical experts to Peru.",
            "073",
            Some("CHN"),
            Some("PER"),
        ),
        (
            "Turkey sent rescue teams to Syria.",
            "073",
            Some("TUR"),
            Some("SYR"),
        ),
        (
            "Canada deployed search-and-rescue teams to Haiti.",
            "073",
            Some("CAN"),
            Some("HTI"),
        ),
        (
            "Somalia received food aid from Turkey.",
            "073",
            Some("TUR"),
            Some("SOM"),
        ),
        (
            "Saudi Arabia contributed $10 million to Yemen.",
            "071",
            Some("SAU"),
            Some("YEM"),
        ),
        (
            "The OSCE sent observers to Georgia.",
            "060",
            None,
            Some("GEO"),
        ),
        (
            "The European Union deployed election observers in Kenya.",
            "060",
            None,
            Some("KEN"),
        ),
        (
            "The Security Council approved the deployment of peacekeepers to Mali.",
            "074",
            None,
            None,
        ),
    ]);
}

#[test]
fn yielding_08x() {
    check(&[
        (
            "Italy lifted the pre-existing trade and travel restrictions.",
            "081",
            Some("ITA"),
            None,
        ),
        (
            "Yemen let free dozens of activists.",
            "0841",
            Some("YEM"),
            None,
        ),
        ("Mali let go of the hostages.", "0841", Some("MLI"), None),
        (
            "Spain agreed to the extradition of Ana Ruiz.",
            "0313",
            Some("ESP"),
            None,
        ),
    ]);
}

#[test]
fn dissent_called_off_and_deaths_under_torture() {
    check(&[
        (
            "The Peruvian teachers' strike has been called off.",
            "082",
            None,
            None,
        ),
        (
            "A Syrian activist died under torture.",
            "1822",
            None,
            Some("SYR"),
        ),
        (
            "An Iranian political prisoner died after torture.",
            "1822",
            None,
            Some("IRN"),
        ),
        (
            "A Chilean student died as a result of torture while in Peruvian police custody.",
            "1822",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
}

#[test]
fn food_in_a_name_is_no_aid() {
    let x = read("Pfizer received Food and Drug Administration approval for the drug.");
    assert!(
        x.events.iter().all(|e| !e.code.starts_with("07")),
        "{}",
        show(&x)
    );
}
