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
/// Whether an event of code `prefix…` goes from state `src` to state `tgt`.
fn has_event(x: &Extraction, prefix: &str, src: &str, tgt: &str) -> bool {
    x.events.iter().any(|e| {
        e.code.starts_with(prefix)
            && e.source_country.as_deref() == Some(src)
            && e.target_country.as_deref() == Some(tgt)
    })
}

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
        // the particle after the object
        (
            "Mali pulled its troops and armour back from the line.",
            "087",
            Some("MLI"),
            None,
        ),
    ]);
}

#[test]
fn exercising_with_another_states_forces_is_cooperation() {
    check(&[(
        "Peruvian warships held naval drills with the Chilean navy off Arica.",
        "062",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn speaking_over_a_hotline_is_a_call() {
    check(&[(
        "Peru's army chief spoke over the hotline with Chile's army chief on Friday.",
        "041",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn an_invitation_handed_to_someone_invites_them() {
    check(&[(
        "The Peruvian minister handed Chile's president an invitation to visit Lima.",
        "036",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn raising_a_matter_with_someone_consults_them() {
    check(&[(
        "Peru raised the fate of the fishermen with Chile.",
        "04",
        Some("PER"),
        Some("CHL"),
    )]);
    // raising money with someone's help is no consultation
    check_none(&[("Peru has raised funds with Chile's help.", "04")]);
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

/// Reads `text` as published on `date` (YYYY-MM-DD).
fn read_on(text: &str, date: &str) -> Extraction {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    EXTRACTOR.extract(text, Some(date))
}

/// Rows that must yield no event with the given code prefix.
fn check_none(cases: &[(&'static str, &'static str)]) {
    let mut failures = Vec::new();
    for &(text, code) in cases {
        let x = read(text);
        if x.events.iter().any(|e| e.code.starts_with(code)) {
            failures.push(format!("{text:?}: want no {code}, got [{}]", show(&x)));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Which side of an event to read.
enum Side {
    Source,
    Target,
}

/// The states on one side of the events that `keep` selects, sorted.
fn sides(
    x: &Extraction,
    keep: impl Fn(&tension::extract::Event) -> bool,
    side: Side,
) -> Vec<String> {
    let mut out: Vec<String> = x
        .events
        .iter()
        .filter(|e| keep(e))
        .filter_map(|e| match side {
            Side::Source => e.source_country.clone(),
            Side::Target => e.target_country.clone(),
        })
        .collect();
    out.sort();
    out
}

/// The unordered pairs of states of the events that `keep` selects, sorted, each once.
fn pairs(
    x: &Extraction,
    keep: impl Fn(&tension::extract::Event) -> bool,
) -> Vec<[Option<String>; 2]> {
    let mut out: Vec<[Option<String>; 2]> = x
        .events
        .iter()
        .filter(|e| keep(e))
        .map(|e| {
            let mut p = [e.source_country.clone(), e.target_country.clone()];
            p.sort();
            p
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn former_states_are_their_continuing_states() {
    check(&[
        (
            "The Soviet Union signed a trade agreement with Finland.",
            "057",
            Some("RUS"),
            Some("FIN"),
        ),
        (
            "Bonn criticised Washington over its interest rate policy.",
            "111",
            Some("DEU"),
            Some("USA"),
        ),
        (
            "Yugoslav officials held talks with Greece on the border dispute.",
            "04",
            Some("SRB"),
            Some("GRC"),
        ),
        (
            "The Paris Club agreed to reschedule Zaire's debt.",
            "03",
            None,
            Some("COD"),
        ),
        (
            "Egypt bought 200,000 tonnes of French wheat.",
            "061",
            Some("EGY"),
            Some("FRA"),
        ),
        (
            "Xi is meeting Biden in Bali.",
            "040",
            Some("CHN"),
            Some("USA"),
        ),
        (
            "The deal followed a visit to Oslo last month by Kenya's trade minister.",
            "042",
            Some("KEN"),
            Some("NOR"),
        ),
        (
            "The Chilean president prepares to visit Lima next week.",
            "036",
            Some("CHL"),
            Some("PER"),
        ),
        (
            "Japan raised the issue with the Fed last week.",
            "114",
            Some("JPN"),
            Some("USA"),
        ),
        (
            "China demands Japan withdraw its ships.",
            "10",
            Some("CHN"),
            Some("JPN"),
        ),
        (
            "Kenya will host a meeting of the African Union next month.",
            "0",
            Some("KEN"),
            None,
        ),
    ]);
    // the Paris Club is the creditors together, not France
    let x = read("The Paris Club agreed to reschedule Zaire's debt.");
    assert!(
        x.events
            .iter()
            .all(|e| e.source_country.as_deref() != Some("FRA")),
        "{}",
        show(&x)
    );
    // a former Soviet republic is not Russia
    let x = read("Former Soviet republics refused to lift sanctions on Georgia.");
    assert!(
        x.events
            .iter()
            .all(|e| e.source_country.as_deref() != Some("RUS")),
        "{}",
        show(&x)
    );
}

#[test]
fn economic_nouns_are_no_events() {
    check_none(&[
        (
            "Domestic demand in Japan rose sharply, a trader said.",
            "100",
        ),
        (
            "Pressure on the French franc eased after Germany cut rates.",
            "100",
        ),
        (
            "A board meeting of the Swedish carrier was held in Oslo.",
            "04",
        ),
        (
            "The company said it received an order from a Saudi refiner.",
            "043",
        ),
        (
            "The bid was a better offer than the Japanese one, he said.",
            "030",
        ),
        ("Ministers will discuss Kenya's request for a loan.", "040"),
        ("Ministers will discuss Kenya's request for a loan.", "036"),
        ("Ministers discussed Kenya's request for a loan.", "040"),
    ]);
}

#[test]
fn companies_and_markets_are_not_states() {
    let cases = [
        "The Japanese subsidiary said the yen rose against the dollar.",
        "The Canadian subsidiary said it would sell its stake to a British buyer.",
        "Air Canada said it agreed to buy 10 aircraft from a U.S. maker.",
        "British and Commonwealth said it would sell its shipping arm to a Dutch group.",
        "Trading on the Tokyo Stock Exchange was halted after the Bank of Tokyo said it would raise rates.",
    ];
    let mut failures = Vec::new();
    for text in cases {
        let x = read(text);
        // the speaker is a company or a market, never the state itself or its government
        let bad = x.events.iter().any(|e| {
            e.source_actor
                .as_deref()
                .is_some_and(|a| a.len() == 3 || a.ends_with("GOV"))
        });
        if bad {
            failures.push(format!("{text:?}: got [{}]", show(&x)));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn people_of_the_1980s_in_their_dated_roles() {
    let x = read_on(
        "Gerhard Stoltenberg criticised Washington for its budget deficit.",
        "1987-04-01",
    );
    assert!(
        x.events.iter().any(|e| e.code.starts_with("111")
            && e.source_actor.as_deref() == Some("DEUGOV")
            && e.target_country.as_deref() == Some("USA")),
        "{}",
        show(&x)
    );
    let x = read_on(
        "Kiichi Miyazawa met James Baker in Washington.",
        "1987-04-01",
    );
    assert!(
        x.events.iter().any(|e| e.code.starts_with("04")
            && e.source_actor.as_deref() == Some("JPNGOV")
            && e.target_actor.as_deref() == Some("USAGOV")),
        "{}",
        show(&x)
    );
}

#[test]
fn receiving_frames_make_the_giver_the_source() {
    check(&[
        (
            "Chad received 40 tanks from France.",
            "072",
            Some("FRA"),
            Some("TCD"),
        ),
        (
            "Laos obtained a loan from China.",
            "071",
            Some("CHN"),
            Some("LAO"),
        ),
        (
            "Zambia secured a loan of 800 million dollars from China.",
            "071",
            Some("CHN"),
            Some("ZMB"),
        ),
        (
            "Bolivia received 15 million dollars from Spain.",
            "071",
            Some("ESP"),
            Some("BOL"),
        ),
        ("Ecuador secured an IMF loan.", "071", None, Some("ECU")),
        (
            "Yemen accepted aid from Oman.",
            "070",
            Some("OMN"),
            Some("YEM"),
        ),
        (
            "Malawi has not received any request from Zambia.",
            "020",
            Some("ZMB"),
            Some("MWI"),
        ),
        (
            "Moldova won backing from Romania for its bid.",
            "051",
            Some("ROU"),
            Some("MDA"),
        ),
        (
            "Albania won the support of Italy.",
            "051",
            Some("ITA"),
            Some("ALB"),
        ),
        ("Estonia won US backing.", "051", Some("USA"), Some("EST")),
        (
            "Fiji got a message of support from Samoa.",
            "051",
            Some("WSM"),
            Some("FJI"),
        ),
        (
            "Uruguay secured a pledge from Paraguay to reopen the bridge.",
            "030",
            Some("PRY"),
            Some("URY"),
        ),
        (
            "Latvia got assurances from Sweden that the cable was safe.",
            "030",
            Some("SWE"),
            Some("LVA"),
        ),
        (
            "Cuba accepted an offer of help from Venezuela.",
            "033",
            Some("VEN"),
            Some("CUB"),
        ),
        (
            "Qatar received an invitation from Oman.",
            "036",
            Some("OMN"),
            Some("QAT"),
        ),
        (
            "Slovenia received an apology from Austria.",
            "055",
            Some("AUT"),
            Some("SVN"),
        ),
        (
            "Kosovo won recognition from Togo.",
            "054",
            Some("TGO"),
            Some("XKX"),
        ),
        (
            "Finland received a warning from Russia.",
            "130",
            Some("RUS"),
            Some("FIN"),
        ),
        (
            "Belgium received a demand from Congo.",
            "100",
            Some("COD"),
            Some("BEL"),
        ),
        (
            "Niger received criticism from Mali over the raid.",
            "111",
            Some("MLI"),
            Some("NER"),
        ),
        (
            "Haiti received condolences from Jamaica.",
            "018",
            Some("JAM"),
            Some("HTI"),
        ),
        (
            "Ghana drew praise from Canada for the reforms.",
            "051",
            Some("CAN"),
            Some("GHA"),
        ),
        (
            "Sri Lanka received a pledge of 2 billion dollars from India.",
            "0331",
            Some("IND"),
            Some("LKA"),
        ),
        (
            "Togo received an invitation to visit Paris from France.",
            "036",
            Some("FRA"),
            Some("TGO"),
        ),
    ]);
}

#[test]
fn passives_of_giving_take_the_agent_as_source() {
    check(&[
        (
            "Tunisia was granted a loan of 2 billion dollars by the World Bank.",
            "071",
            None,
            Some("TUN"),
        ),
        (
            "Armenia was awarded 5 million euros by France.",
            "071",
            Some("FRA"),
            Some("ARM"),
        ),
        (
            "Libya was given weapons by Egypt.",
            "072",
            Some("EGY"),
            Some("LBY"),
        ),
        (
            "Djibouti was handed food aid by Kuwait.",
            "073",
            Some("KWT"),
            Some("DJI"),
        ),
        (
            "Cyprus was offered talks by Turkey.",
            "036",
            Some("TUR"),
            Some("CYP"),
        ),
        (
            "Georgia was offered a loan by Japan.",
            "0331",
            Some("JPN"),
            Some("GEO"),
        ),
        (
            "Belarus was handed a list of demands by Lithuania.",
            "100",
            Some("LTU"),
            Some("BLR"),
        ),
        (
            "Serbia was given assurances by Hungary that the pipeline would open.",
            "030",
            Some("HUN"),
            Some("SRB"),
        ),
    ]);
}

#[test]
fn passives_and_nouns_that_agentless_patterns_misread() {
    check(&[
        (
            "Bhutan was warned by India against the deal.",
            "130",
            Some("IND"),
            Some("BTN"),
        ),
        (
            "Oman was snubbed by Bahrain.",
            "120",
            Some("BHR"),
            Some("OMN"),
        ),
        (
            "Qatar was boycotted by the United Arab Emirates.",
            "163",
            Some("ARE"),
            Some("QAT"),
        ),
        (
            "Syria was hit with sanctions by Canada.",
            "163",
            Some("CAN"),
            Some("SYR"),
        ),
        (
            "Eritrea remains the target of US sanctions.",
            "163",
            Some("USA"),
            Some("ERI"),
        ),
        (
            "Nepal benefited from Indian aid.",
            "070",
            Some("IND"),
            Some("NPL"),
        ),
        (
            "Aid from Norway arrived in Sudan.",
            "070",
            Some("NOR"),
            Some("SDN"),
        ),
        (
            "Armenia faced demands from Azerbaijan to withdraw.",
            "100",
            Some("AZE"),
            Some("ARM"),
        ),
    ]);
}

#[test]
fn meeting_a_target_or_a_payment_is_no_meeting() {
    check_none(&[
        (
            "Poland said it would not be able to meet interest payments due this year.",
            "04",
        ),
        (
            "Poland said it would not be able to meet interest payments due this year.",
            "120",
        ),
        (
            "Kenya has struggled to meet its export quota for years.",
            "04",
        ),
        (
            "Brazil must import more crude to meet its needs until the pipeline is repaired.",
            "04",
        ),
    ]);
    check(&[
        ("Iran and Iraq met today.", "040", Some("IRN"), Some("IRQ")),
        (
            "Egyptian and Israeli officials met in Geneva on Monday.",
            "040",
            Some("EGY"),
            None,
        ),
        (
            "Egyptian and Israeli officials met.",
            "040",
            Some("EGY"),
            None,
        ),
        (
            "Egyptian and Israeli officials will meet to discuss the border.",
            "036",
            Some("EGY"),
            None,
        ),
    ]);
}

#[test]
fn pounds_of_weight_are_no_attack() {
    check_none(&[(
        "The Chinese plant will have a capacity of 200 mln pounds of fibre a year, it said.",
        "19",
    )]);
    check(&[(
        "Iraq pounded Iran overnight.",
        "190",
        Some("IRQ"),
        Some("IRN"),
    )]);
}

#[test]
fn currencies_and_accords_name_no_state() {
    let cases = [
        (
            "Taiwan said its reserves lost 3.4 billion U.S. dollars last year.",
            "USA",
        ),
        (
            "The central bank of Taiwan said it would buy fewer forward U.S. Dollars.",
            "USA",
        ),
        (
            "Japan said the Taiwan dollar should rise further against the U.S. currency.",
            "TWN",
        ),
        ("Canada said the Paris agreement was still holding.", "FRA"),
    ];
    let mut failures = Vec::new();
    for (text, state) in cases {
        let x = read(text);
        if x.events
            .iter()
            .any(|e| e.target_country.as_deref() == Some(state))
        {
            failures.push(format!(
                "{text:?}: want no target {state}, got [{}]",
                show(&x)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_modifier_or_a_purpose_is_no_party() {
    check_none(&[
        // an adjective or an indefinite body before a thing is no addressee
        ("Kenya welcomed Chinese investment in its ports.", "043"),
        (
            "The carmaker is to receive a government cash infusion of 200 million euros.",
            "043",
        ),
        // a ticker's exchange suffix names no body
        ("Shares of Alpha Holdings <ALPH.PA> rose two percent.", "0"),
    ]);
    check(&[
        (
            "Tokyo welcomed the Iranians to the talks.",
            "043",
            Some("JPN"),
            Some("IRN"),
        ),
        (
            "Erdogan will meet his counterpart Italian President Sergio Mattarella in Rome.",
            "036",
            Some("TUR"),
            Some("ITA"),
        ),
    ]);
    // what a meeting is about is not whom it is held with
    let x =
        read("NATO envoys met in emergency session to discuss the rift between Greece and Turkey.");
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("04"))
            .all(|e| e.target_country.is_none()),
        "{}",
        show(&x)
    );
}

#[test]
fn what_a_reported_clause_says_belongs_to_its_own_subject() {
    // the speakers did not agree: the institutes named in what they said did
    let x = read(
        "Chirac and Reagan said the Pasteur Institute and the Cancer Research Fund agreed to share the royalties.",
    );
    assert!(
        x.events
            .iter()
            .all(|e| !e.code.starts_with("03") || e.source_country.is_none()),
        "{}",
        show(&x)
    );
    // a pronoun or a common noun in the reported clause still points back to the speaker
    check(&[(
        "Kenyan officials said the fighters will lay down their arms on Sunday.",
        "03",
        Some("KEN"),
        None,
    )]);
}

#[test]
fn a_decision_stands_for_the_act_and_a_plan_is_an_intent() {
    let x = read("The bank will not change its decision to admit China as a member.");
    let e = x.events.iter().find(|e| e.code.starts_with("1"));
    assert!(e.is_none(), "{}", show(&x));
    let x = read("Japan's plans to impose tariffs on Chinese steel worry traders.");
    assert!(
        x.events.iter().any(|e| e.code.starts_with("13")
            && e.source_country.as_deref() == Some("JPN")
            && e.modality.as_str() == "asserted"),
        "{}",
        show(&x)
    );
}

#[test]
fn someone_who_served_two_states_acts_for_the_one_of_the_day() {
    let met = |date: &str| {
        let x = read_on("Shevardnadze met Japanese officials in Tokyo.", date);
        x.events
            .iter()
            .find(|e| e.code.starts_with("04"))
            .and_then(|e| e.source_country.clone())
            .unwrap_or_else(|| panic!("no meeting on {date}: {}", show(&x)))
    };
    // Soviet foreign minister in 1987, Georgia's head of state in 1994, and after his last
    // office still the state he served last
    assert_eq!(met("1987-04-01"), "RUS");
    assert_eq!(met("1994-04-01"), "GEO");
    assert_eq!(met("2010-04-01"), "GEO");
}

#[test]
fn a_state_named_before_a_name_decides_whose_it_is() {
    // "Saudi Arabian" is Saudi even where "Saudi Arabia" is also a phrase, and the state
    // before a title and a name decides which Abdullah is meant
    check(&[(
        "Saudi Arabian Crown Prince Abdullah met Egyptian officials in Cairo.",
        "04",
        Some("SAU"),
        Some("EGY"),
    )]);
}

#[test]
fn risks_causes_and_participles_are_not_the_act_or_its_target() {
    // a risk of an act is not the act
    let x = read("The naval build-up runs little risk of sparking a clash with Iran.");
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("19"))
            .all(|e| e.modality.as_str() != "asserted"),
        "{}",
        show(&x)
    );
    // the cause named after an act is not where it landed
    check(&[(
        "Iran fired shells at an oil camp in northern Kuwait in retaliation for U.S. raids.",
        "19",
        Some("IRN"),
        Some("KWT"),
    )]);
    // a participle after a determiner and an adverb describes the noun after it
    check_none(&[(
        "The Iranians, seeing these heavily protected U.S. tankers, will look elsewhere.",
        "07",
    )]);
    // two states attacking a third that names no actor are not fighting each other
    let x = read("Attacks on merchant shipping by Iran and Iraq rose in May.");
    assert!(
        x.events
            .iter()
            .all(|e| !(e.source_country.as_deref() == Some("IRQ")
                && e.target_country.as_deref() == Some("IRN"))
                && !(e.source_country.as_deref() == Some("IRN")
                    && e.target_country.as_deref() == Some("IRQ"))),
        "{}",
        show(&x)
    );
    // but two states fighting with no object fight each other
    check(&[(
        "Syria and Israel have fired across the ceasefire line.",
        "19",
        Some("SYR"),
        Some("ISR"),
    )]);
}

#[test]
fn with_nothing_in_the_main_clause_the_subordinate_act_is_the_news() {
    check(&[
        (
            "Six people died when Sudanese troops shelled a market in Darfur.",
            "19",
            Some("SDN"),
            Some("SDN"),
        ),
        // British usage: a deal agreed is a deal concluded
        (
            "Norway agreed a new fisheries deal with Iceland on Friday.",
            "057",
            Some("NOR"),
            Some("ISL"),
        ),
    ]);
    // a main event still leads, and a same-state act in the background is dropped
    let x = read("Kenya recalled its ambassador after Kenyan police clashed with protesters.");
    assert_eq!(
        x.events.first().map(|e| e.code.as_str()),
        Some("161"),
        "{}",
        show(&x)
    );
}

#[test]
fn nouns_in_a_subject_and_pronouns_in_a_complement() {
    // a plural after a preposition is a noun: the speaker does not import anything
    check_none(&[(
        "The spokesman said the increase in imports from Brazil was welcome.",
        "061",
    )]);
    // a noun trigger heading the subject does not take an actor from the predicate
    let x = read("A sharp cut in the import tariff should help boost Brazilian exports.");
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("08"))
            .all(|e| e.target_country.is_none()),
        "{}",
        show(&x)
    );
    // "he" in a clause after a named person is that person, not the last speaker
    let x = read_on(
        "George Shultz said the talks were useful. The decision followed an announcement by Mikhail Gorbachev that he was willing to meet.",
        "1987-03-09",
    );
    assert!(
        x.events
            .iter()
            .any(|e| e.code.starts_with("03") && e.source_country.as_deref() == Some("RUS")),
        "{}",
        show(&x)
    );
}

#[test]
fn easing_a_measure_is_no_new_measure() {
    check_none(&[(
        "Chile announced the easing of import curbs on some farm products.",
        "16",
    )]);
    check(&[
        (
            "Chile announced the easing of import curbs on some farm products.",
            "085",
            Some("CHL"),
            None,
        ),
        (
            "Chile relaxed import controls on 400 items.",
            "085",
            Some("CHL"),
            None,
        ),
        // a state's capital after its adjective is the state's ground
        (
            "Putin held talks in the Turkish capital for a summit.",
            "04",
            Some("RUS"),
            Some("TUR"),
        ),
    ]);
}

#[test]
fn a_state_at_the_head_of_a_company_name_is_the_company() {
    for text in [
        "China Steel Corp said its exports will drop.",
        "Korea Electric Power Corp. signed a supply deal.",
    ] {
        let x = read(text);
        assert!(
            x.events
                .iter()
                .all(|e| e.source_actor.as_deref().is_none_or(|a| a.ends_with("BUS"))),
            "{text}: {}",
            show(&x)
        );
    }
    // a hyphenated word after a state is no company designator
    let x = read("China Co-operation Minister Li Wei met Japanese officials.");
    assert!(
        x.mentions.iter().all(|m| !m.actor.ends_with("BUS")),
        "{:?}",
        x.mentions
    );
}

#[test]
fn places_by_direction_and_things_met_or_modified() {
    // a distance away from a state is not in it; "north of" a city is
    let x = read("Two destroyers of the U.S. Navy attacked a platform 120 miles east of Bahrain.");
    assert!(
        x.events
            .iter()
            .all(|e| e.target_country.as_deref() != Some("BHR")),
        "{}",
        show(&x)
    );
    check(&[
        (
            "Israeli jets struck targets north of Beirut.",
            "19",
            Some("ISR"),
            Some("LBN"),
        ),
        // the chiefs of a state's military are its military
        (
            "Egypt hosted the military chiefs of Jordan.",
            "043",
            Some("EGY"),
            Some("JOR"),
        ),
    ]);
    // meeting an escalation or a demand is no meeting
    check_none(&[
        (
            "Egypt is prepared to meet any escalation with force.",
            "036",
        ),
        ("Egypt is ready to meet the demand for wheat.", "036"),
    ]);
    // "not only … but" denies nothing
    let x = read("Iraq not only shelled Kuwait but also mined its ports.");
    assert!(
        x.events
            .iter()
            .any(|e| e.code.starts_with("19") && e.modality.as_str() == "asserted"),
        "{}",
        show(&x)
    );
}

#[test]
fn giving_with_the_receiver_first_returns_deployments_and_investigations() {
    check(&[
        // the receiver before the goods
        (
            "Russia gave to Armenia some of the military equipment last year.",
            "072",
            Some("RUS"),
            Some("ARM"),
        ),
        (
            "France gave to Mali several armoured vehicles.",
            "07",
            Some("FRA"),
            Some("MLI"),
        ),
        (
            "Japan provided Vietnam with a dozen new patrol boats.",
            "072",
            Some("JPN"),
            Some("VNM"),
        ),
        (
            "Spain provided Morocco with ambulances and generators.",
            "070",
            Some("ESP"),
            Some("MAR"),
        ),
        (
            "Denmark has provided its annual donation to the Palestinians.",
            "070",
            Some("DNK"),
            Some("PSE"),
        ),
        (
            "Japan gave three patrol vessels to the Philippines.",
            "072",
            Some("JPN"),
            Some("PHL"),
        ),
        // troops sent to a state
        (
            "Estonia is sending a military platoon to Mali.",
            "074",
            Some("EST"),
            Some("MLI"),
        ),
        (
            "Ghana completed the deployment of 300 troops to Liberia.",
            "074",
            Some("GHA"),
            Some("LBR"),
        ),
        // asylum seekers in two words
        (
            "Germany accepted 500 asylum seekers from Syria.",
            "075",
            Some("DEU"),
            None,
        ),
        // property handed back, the receiver first or a passive with the agent
        (
            "Police returned to Peru twenty rare turtles seized at the airport.",
            "0842",
            None,
            Some("PER"),
        ),
        (
            "A bronze statue was returned by the United States to Cambodia.",
            "084",
            Some("USA"),
            Some("KHM"),
        ),
        // expelling aid workers
        (
            "The junta forced humanitarian aid workers out of the region.",
            "1663",
            None,
            None,
        ),
        // pressing an offensive is fighting
        (
            "The rebels pushed their advance into the capital.",
            "190",
            None,
            None,
        ),
        // investigations, active and passive
        (
            "Prosecutors placed the former Malian minister under formal investigation.",
            "090",
            Some("MLI"),
            Some("MLI"),
        ),
        (
            "Three Russian diplomats were placed under investigation by French prosecutors.",
            "090",
            Some("FRA"),
            Some("RUS"),
        ),
    ]);
    check_none(&[
        // travel, not returning property
        (
            "The envoy returned to Moscow with a letter from the president.",
            "084",
        ),
        (
            "The officials returned to Brazil on Monday after the talks.",
            "084",
        ),
        (
            "The refugees returned to Syria to reclaim their land.",
            "084",
        ),
        // no goods named: no aid
        (
            "Britain provided Russia with a pretext for the invasion.",
            "07",
        ),
        ("The charity gave to the fund last year.", "07"),
        // "patrol" as a noun is no show of force
        ("Canada has sent armoured patrol vehicles to Jordan.", "150"),
    ]);
}

#[test]
fn reported_acts_are_acts_and_alleged_ones_allegations() {
    let modality = |text: &str| {
        let x = read(text);
        x.events
            .iter()
            .find(|e| e.code.starts_with("19"))
            .map(|e| e.modality.as_str().to_string())
            .unwrap_or_else(|| panic!("no attack: {}", show(&x)))
    };
    assert_eq!(
        modality("Sudanese troops reportedly attacked Chad on Friday."),
        "asserted"
    );
    assert_eq!(
        modality("Sudanese troops allegedly attacked Chad on Friday."),
        "hypothetical"
    );
}

#[test]
fn a_participle_after_its_actor_describes_it() {
    let x = read("The Egyptian army fighting Islamist rebels in Sinai has declared a truce.");
    assert_eq!(
        x.events.first().map(|e| e.code.as_str()),
        Some("0871"),
        "{}",
        show(&x)
    );
}

#[test]
fn a_participle_set_off_after_its_noun_is_passive() {
    let x = read("Twelve Thai fishermen, held captive in Somalia for months, have been freed.");
    assert_eq!(
        x.events.first().map(|e| e.code.as_str()),
        Some("0841"),
        "{}",
        show(&x)
    );
    // the captives are not the captors
    assert!(
        x.events
            .iter()
            .all(|e| !(e.code.starts_with("18") && e.source_country.as_deref() == Some("THA"))),
        "{}",
        show(&x)
    );
}

#[test]
fn two_states_exercising_together_cooperate() {
    check(&[(
        "Greek and Cypriot warships staged naval drills off Crete.",
        "062",
        Some("GRC"),
        Some("CYP"),
    )]);
    // one state's drills near another are a show of force
    check(&[(
        "Chinese warships staged naval drills near Taiwan.",
        "15",
        Some("CHN"),
        Some("TWN"),
    )]);
}

#[test]
fn a_pronoun_for_a_name_said_before_keeps_the_act() {
    // the speaker is no dictionary actor, but the refusal is kept with its code
    check(&[(
        "Ana Ruiz said that she will not lift the curfew until the riots end.",
        "12",
        None,
        None,
    )]);
}

#[test]
fn insulting_labels_and_awaited_conditions() {
    check(&[
        (
            "The president called Norway's prime minister nasty.",
            "111",
            None,
            Some("NOR"),
        ),
        (
            "The president called Sweden's ambassador a very foolish man.",
            "111",
            None,
            Some("SWE"),
        ),
        // a call with no label is a phone call
        (
            "Emmanuel Macron called Olaf Scholz on Tuesday.",
            "041",
            Some("FRA"),
            Some("DEU"),
        ),
    ]);
    // what a refusal waits for has not happened
    let x = read("Kenya will not lift the ban until Uganda signs the border treaty.");
    assert!(
        x.events
            .iter()
            .filter(|e| e.source_country.as_deref() == Some("UGA"))
            .all(|e| e.modality.as_str() != "asserted"),
        "{}",
        show(&x)
    );
}

#[test]
fn an_adjective_before_a_place_noun_is_a_place() {
    check(&[
        // a bombing by no one named is laid to the place it happened
        (
            "Two soldiers were killed by a roadside bomb outside the Afghan city of Kandahar.",
            "18",
            Some("AFG"),
            None,
        ),
        // a threat lands where the act threatened would
        (
            "Somali militants threatened to resume attacks in Kenya.",
            "13",
            Some("SOM"),
            Some("KEN"),
        ),
    ]);
    // a state's border is the frontier, not the state
    let x = read("Burmese troops captured a rebel stronghold on the Thai border.");
    assert!(
        x.events
            .iter()
            .all(|e| e.target_country.as_deref() != Some("THA")),
        "{}",
        show(&x)
    );
    // but a warning on a topic is not addressed to the topic
    let x = read("Beijing issued a warning on Taiwan.");
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("13"))
            .all(|e| e.target_country.as_deref() != Some("TWN")),
        "{}",
        show(&x)
    );
}

#[test]
fn verbs_inside_an_object_and_things_after_an_adjective() {
    check_none(&[
        // "the reserves were likely to": no instruction to the news agency
        (
            "The Kenyan official told Reuters the reserves were likely to rise.",
            "10",
        ),
        // a record is reached, not struck
        ("Kenya's trade surplus hit a record in May.", "19"),
        // ships after a state's adjective are ships, not shipping
        ("Soviet ships are known to sail to Kuwait.", "061"),
    ]);
    // "none of" denies
    let x = read("None of the Soviet ships were attacked by Iran.");
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("19"))
            .all(|e| e.modality.as_str() == "negated"),
        "{}",
        show(&x)
    );
    // "they" after a report verb is its speaker, not the last state named
    let x = read(
        "Iraq shelled the port. Kenyan diplomats said they expect Soviet tankers to support Kuwait's fleet.",
    );
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("05"))
            .all(|e| e.source_country.as_deref() != Some("IRQ")),
        "{}",
        show(&x)
    );
}

#[test]
fn figures_of_speech_particles_and_standards_are_no_acts() {
    check_none(&[
        (
            "Cheap U.S. corn imports injure Canadian farmers, the agency ruled.",
            "18",
        ),
        (
            "Kenya held back a number of Ugandan trucks at the border.",
            "05",
        ),
        (
            "Japan's capital rules are easier to meet, bankers said.",
            "04",
        ),
    ]);
    // a refusal to act denies the act
    let x = read("Kenyan banks' refusal to make concessions to Uganda angered officials.");
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("08"))
            .all(|e| e.modality.as_str() != "asserted"),
        "{}",
        show(&x)
    );
    // two states pledging to a third party the dictionaries do not know pledge to it, not to
    // each other
    let x = read("Brazil and China pledged to cooperate with the cocoa producers' association.");
    assert!(
        x.events
            .iter()
            .all(|e| !(e.source_country.as_deref() == Some("BRA")
                && e.target_country.as_deref() == Some("CHN"))),
        "{}",
        show(&x)
    );
}

#[test]
fn traded_accusations_bodies_before_titles_and_kinds_of_aid() {
    // each side accuses the other
    let x = read("Armenia and Azerbaijan traded accusations over the shelling on Tuesday.");
    assert!(has_event(&x, "112", "ARM", "AZE"), "{}", show(&x));
    // an international body before a title and a name: the person speaks for it
    let x = read_on(
        "NATO Secretary General Jens Stoltenberg praised Kyiv.",
        "2023-06-20",
    );
    assert!(
        x.events
            .iter()
            .any(|e| e.source_actor.as_deref() == Some("IGONATO")),
        "{}",
        show(&x)
    );
    // "military aid" is a kind of aid, not a party to it
    let x = read(
        "Poland said Russia was to blame. Germany announced a new package of military aid worth 1.2 billion euros.",
    );
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("07"))
            .all(|e| e.target_country.as_deref() != Some("POL")
                && e.target_country.as_deref() != Some("RUS")),
        "{}",
        show(&x)
    );
}

#[test]
fn a_state_protesting_protests_diplomatically() {
    check(&[(
        "China summoned the Japanese ambassador to protest against Tokyo's decision.",
        "114",
        Some("CHN"),
        Some("JPN"),
    )]);
    check_none(&[(
        "China summoned the Japanese ambassador to protest against Tokyo's decision.",
        "141",
    )]);
    // people protesting still demonstrate
    check(&[(
        "Thousands of Kenyan students protested against the tax increase in Nairobi.",
        "14",
        Some("KEN"),
        None,
    )]);
}

#[test]
fn an_apposition_between_the_actor_and_its_verb_keeps_the_actor() {
    check(&[
        (
            "Peru's foreign minister, Ana Ruiz, condemned Chile.",
            "111",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Peru's foreign minister, a veteran diplomat, condemned Chile.",
            "111",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Ana Ruiz, the Peruvian foreign minister, condemned Chile.",
            "111",
            Some("PER"),
            Some("CHL"),
        ),
        // a report verb after the apposition is the actor's, not that of the state reported on
        (
            "Peru's foreign minister, Ana Ruiz, said Chile had closed the border.",
            "01",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Ana Ruiz, the Peruvian foreign minister, said Chile had closed the border.",
            "01",
            Some("PER"),
            Some("CHL"),
        ),
        // an undersecretary and a high commissioner are officials of their state
        (
            "Peruvian Undersecretary Ana Ruiz condemned Chile.",
            "111",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Indian High Commissioner Ana Ruiz condemned Chile.",
            "111",
            Some("IND"),
            Some("CHL"),
        ),
    ]);
}

#[test]
fn the_two_sides_are_the_two_states_named_last() {
    let x = read("Peru hosted Chile's president on Monday. The two countries signed a trade pact.");
    let talks = x.events.iter().find(|e| e.code.starts_with("057"));
    assert!(
        talks.is_some_and(|e| {
            let mut sides = [e.source_country.clone(), e.target_country.clone()];
            sides.sort();
            sides == [Some("CHL".into()), Some("PER".into())]
        }),
        "{}",
        show(&x)
    );
    // the two sides acted on are each acted on, and the actor is not one of them
    let x = read("Peru and Chile clashed on Tuesday. Bolivia urged both sides to show restraint.");
    let urged = sides(&x, |e| e.code.starts_with("02"), Side::Target);
    assert_eq!(urged, ["CHL", "PER"], "{}", show(&x));
    // with only one state named before, "both sides" names no pair (in a text about one state
    // an act with no other party is that state's own)
    let x = read("Peru said on Monday that both sides agreed to talk.");
    assert!(
        !x.events
            .iter()
            .any(|e| e.target_country.is_some() && e.target_country != e.source_country),
        "{}",
        show(&x)
    );
}

#[test]
fn an_act_wanted_or_owed_is_not_done() {
    // the object of an appeal, of a purpose, and an obligation
    for text in [
        "Peru urged the two sides to restore diplomatic relations.",
        "Peru met Chile. Issues were raised by the two sides to improve relations.",
        "Peru said Chile must restore diplomatic relations with Bolivia.",
    ] {
        let x = read(text);
        assert!(
            !x.events
                .iter()
                .any(|e| e.code.starts_with("05") && e.modality.as_str() == "asserted"),
            "{text:?}: {}",
            show(&x)
        );
    }
}

#[test]
fn each_state_of_a_list_acts() {
    let x = read("Peru, Chile and Bolivia imposed sanctions on Ecuador.");
    let sources = sides(
        &x,
        |e| e.code.starts_with("16") && e.target_country.as_deref() == Some("ECU"),
        Side::Source,
    );
    assert_eq!(sources, ["BOL", "CHL", "PER"], "{}", show(&x));
    // two subjects acting together with no other party are two acts, not a pair
    let x = read("Peru and Chile called for lower tariffs.");
    let sources = sides(&x, |e| e.code.starts_with("02"), Side::Source);
    assert_eq!(sources, ["CHL", "PER"], "{}", show(&x));
    // of three or more pledging, none is the others' counterpart
    let x = read("Peru, Chile and Bolivia pledged to send aid.");
    assert!(
        x.events.iter().all(|e| e.target_country.is_none()),
        "{}",
        show(&x)
    );
}

#[test]
fn a_statement_to_ones_own_body_is_about_the_other_side() {
    check(&[(
        "The Peruvian prime minister told parliament that Chile had no right to the islands.",
        "01",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn lists_with_articles_appositions_and_three_way_meetings() {
    // "the" before a name in a list
    let x = read("Peru, the United States, Bolivia and Chile cut diplomatic ties with Ecuador.");
    let sources = sides(&x, |e| e.code.starts_with("16"), Side::Source);
    assert_eq!(sources, ["BOL", "CHL", "PER", "USA"], "{}", show(&x));
    // a name set off after "his counterpart" (a hyphenated one too) is that counterpart
    check(&[(
        "Peru's foreign minister and his Chilean counterpart, Ana Ruiz-Tagle, met in Quito.",
        "04",
        Some("PER"),
        Some("CHL"),
    )]);
    // three meeting: each two of them
    let x = read("The leaders of Peru, Chile and Bolivia will hold a summit next month.");
    let pairs = pairs(&x, |e| {
        e.code.starts_with("04") || e.code.starts_with("036")
    });
    let p = |a: &str, b: &str| [Some(a.to_string()), Some(b.to_string())];
    assert_eq!(
        pairs,
        [p("BOL", "CHL"), p("BOL", "PER"), p("CHL", "PER")],
        "{}",
        show(&x)
    );
}

#[test]
fn each_listed_party_is_acted_on_and_two_clashing_fight_each_other() {
    let x = read("Peru imposed sanctions on Chile, Bolivia and Ecuador.");
    let targets = sides(&x, |e| e.code.starts_with("16"), Side::Target);
    assert_eq!(targets, ["BOL", "CHL", "ECU"], "{}", show(&x));
    // a list of actors that names an international body still lists its states
    let x = read("Canada, the African Union and Brazil urged Chile to show restraint.");
    let sources = sides(&x, |e| e.code.starts_with("02"), Side::Source);
    assert_eq!(sources, ["BRA", "CAN"], "{}", show(&x));
    check(&[
        (
            "Peru and Chile clashed on Tuesday.",
            "19",
            Some("PER"),
            Some("CHL"),
        ),
        // a one-word title after a first name is the surname
        (
            "Peruvian Defence Secretary Tom King pledged military aid to war-torn Chile.",
            "03",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
}

#[test]
fn relative_clauses_refusals_and_places_of_intents() {
    // an act between two states in a relative clause is kept, after the main one
    let x =
        read("Peru's president, who met Chile's president on Monday, expelled Bolivia's envoy.");
    assert!(has_event(&x, "04", "PER", "CHL"), "{}", show(&x));
    assert!(x.events[0].code.starts_with("16"), "{}", show(&x));
    // "who" after a preposition stands for no actor named
    check_none(&[(
        "Peru vetoed an inquiry into who is to blame for attacks in Chile.",
        "19",
    )]);
    check(&[
        // a commitment not to yield is a refusal
        (
            "Peru has vowed not to return the islands to Chile.",
            "12",
            Some("PER"),
            Some("CHL"),
        ),
        // an intent to yield lands where its place phrase says
        (
            "Peru will evacuate all its settlements in Chile.",
            "03",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
}

#[test]
fn own_state_in_a_warning_and_pronouns_after_an_addressee() {
    // the actor's own state named in its warning is not the one warned: the article's other
    // side is
    let x = read(
        "Peru and Chile clashed on the border on Monday. Chile blamed Peru. \
         The Peruvian premier warned that Peru would respond to any attack.",
    );
    assert!(has_event(&x, "13", "PER", "CHL"), "{}", show(&x));
    // "told X he intended to …" is a statement, not a demand
    check_none(&[(
        "Peru's president told Chile's president he intended to designate Chile as an ally.",
        "10",
    )]);
}

#[test]
fn dismissals_representations_and_a_move_denounced() {
    check(&[
        (
            "Peru's president dismissed the Chilean plan as a ploy.",
            "11",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Peru lodged stern representations with Chile over its remarks.",
            "114",
            Some("PER"),
            Some("CHL"),
        ),
        // the noun that sums up the main act makes its actor the one acted on
        (
            "Chile sent a warship into disputed waters, a move Peru denounced as illegal.",
            "111",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
}

#[test]
fn a_state_named_by_what_it_is_after_a_hyphenated_adjective() {
    check(&[(
        "Egypt cut diplomatic ties with Qatar on Monday, accusing the gas-rich emirate of supporting extremists.",
        "112",
        Some("EGY"),
        Some("QAT"),
    )]);
}

#[test]
fn talks_among_a_list_and_an_opening_phrase_as_background() {
    let x = read("Talks between Peru, Chile and Bolivia ended without agreement on Tuesday.");
    let pairs = pairs(&x, |e| e.code.starts_with("04"));
    let p = |a: &str, b: &str| [Some(a.to_string()), Some(b.to_string())];
    assert_eq!(
        pairs,
        [p("BOL", "CHL"), p("BOL", "PER"), p("CHL", "PER")],
        "{}",
        show(&x)
    );
    // the act of the main clause leads, not the meeting of the opening phrase
    let x = read(
        "At a summit between Peru, Chile and Bolivia on Friday, Peru's president rejected Chile's call for a truce.",
    );
    assert!(x.events[0].code.starts_with("12"), "{}", show(&x));
}

#[test]
fn staying_away_pulling_out_and_reimposing() {
    check(&[
        (
            "Peru skipped the final round of talks with Chile.",
            "16",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Peru's president pulled out of the summit in Chile.",
            "16",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Peru was pulling out of the deal and reimposing sanctions on Chile.",
            "163",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
}

#[test]
fn retaliation_foretold_is_a_threat() {
    check(&[
        (
            "A spokesman said Peru would respond in an appropriate way to any further steps by Chile.",
            "13",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Peru will retaliate against Chile.",
            "13",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
    // answering a question is no threat
    check_none(&[(
        "Peru will respond to the letter from Chile next week.",
        "13",
    )]);
}

#[test]
fn standing_by_a_state_supports_it() {
    check(&[(
        "Peru said it stood firmly behind Chile's territorial integrity.",
        "051",
        Some("PER"),
        Some("CHL"),
    )]);
    check_none(&[("Peru stands by its decision.", "05")]);
}

#[test]
fn a_verb_with_an_object_after_an_apposition_keeps_its_subject() {
    let x =
        read("The speaker of the Peruvian parliament, Ana Ruiz, warned Chile not to intervene.");
    assert!(
        x.events.iter().any(|e| e.code.starts_with("13"))
            && x.events
                .iter()
                .all(|e| e.source_country.as_deref() != Some("CHL")),
        "{}",
        show(&x)
    );
    // a bare report verb after a comma still takes its speaker after it
    check(&[(
        "Chile had closed the border, said the Peruvian ministry.",
        "01",
        Some("PER"),
        None,
    )]);
}

#[test]
fn an_object_relative_clause_acts_on_what_it_describes() {
    check(&[(
        "A Chilean ship which Peru had threatened to seize returned to port.",
        "13",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn hitting_back_in_words_is_no_attack() {
    let x =
        read("Peru cut ties with Chile. Santiago hit back, saying the measures were unjustified.");
    assert!(
        x.events.iter().any(|e| e.code.starts_with("11"))
            && !x.events.iter().any(|e| e.code.starts_with("19")),
        "{}",
        show(&x)
    );
}

#[test]
fn followers_do_what_the_last_act_did() {
    // a list that opens its sentence: each state in it does what the sentence before told
    let x = read(
        "Peru expelled the Bolivian ambassador on Monday. Chile, Ecuador and Paraguay \
         followed suit later in the day.",
    );
    assert_eq!(
        sides(&x, |e| e.code.starts_with("16"), Side::Source),
        ["CHL", "ECU", "PER", "PRY"],
        "{}",
        show(&x)
    );
    assert_eq!(
        sides(&x, |e| e.code.starts_with("16"), Side::Target),
        ["BOL", "BOL", "BOL", "BOL"],
        "{}",
        show(&x)
    );
    // after a clause of its own: only the state after "and" follows, and it is no target
    let y = read("Peru cut diplomatic ties with Bolivia, and Chile did the same.");
    assert_eq!(
        pairs(&y, |e| e.code.starts_with("16")),
        [
            [Some("BOL".to_string()), Some("CHL".to_string())],
            [Some("BOL".to_string()), Some("PER".to_string())]
        ],
        "{}",
        show(&y)
    );
    // "will follow suit": the copy is not yet done
    let z = read("Peru recalled its envoy from Bolivia. Chile is expected to follow suit.");
    assert!(
        z.events
            .iter()
            .any(|e| e.source_country.as_deref() == Some("CHL") && e.modality.as_str() == "future"),
        "{}",
        show(&z)
    );
}

#[test]
fn a_term_in_quotation_marks_is_read_through() {
    check(&[
        (
            "Hanoi lodged \"stern representations\" with Manila.",
            "114",
            Some("VNM"),
            Some("PHL"),
        ),
        (
            "Oslo said it stood \"firmly\" with its Danish ally.",
            "05",
            Some("NOR"),
            Some("DNK"),
        ),
    ]);
}

#[test]
fn a_state_before_its_own_possessed_forces_is_no_agent_phrase() {
    // "Lima put its army" is Lima, then its army: the act is Lima's
    let text = "Lima put its army on high alert along the border with Ecuador.";
    check(&[(text, "15", Some("PER"), Some("ECU"))]);
    let x = read(text);
    let named: Vec<&str> = x.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(
        named.contains(&"Lima") && named.contains(&"army"),
        "{named:?}"
    );
}

#[test]
fn what_a_demand_asks_for_has_not_happened() {
    let x = read("Quito repeated its demand that Lima withdraw its troops from the border.");
    assert!(
        !x.events
            .iter()
            .any(|e| e.code.starts_with("087") && e.modality.as_str() == "asserted"),
        "{}",
        show(&x)
    );
    // withdrawing a request gives way to the side it was made to
    check(&[(
        "Quito withdrew its request to Lima to close the consulate.",
        "08",
        Some("ECU"),
        Some("PER"),
    )]);
}

#[test]
fn readiness_exercises_measures_and_deadlines() {
    check(&[
        (
            "Rabat said it was ready for dialogue with Algiers without preconditions.",
            "036",
            Some("MAR"),
            Some("DZA"),
        ),
        (
            "Chile held naval exercises with Peru's navy last week.",
            "062",
            Some("CHL"),
            Some("PER"),
        ),
        (
            "Lithuania announced new measures against Belarus on Monday.",
            "163",
            Some("LTU"),
            Some("BLR"),
        ),
        (
            "Beijing suspended timber imports from New Zealand.",
            "163",
            Some("CHN"),
            Some("NZL"),
        ),
        (
            "Kuwait gave Iraqi nationals ten days to leave the country.",
            "174",
            Some("KWT"),
            Some("IRQ"),
        ),
    ]);
}

#[test]
fn a_promise_is_an_intent_now_and_the_act_to_come() {
    // said now: the intent; to come: the meeting itself, on the day it is planned for (a bare
    // "will meet" in an article is the meeting to come only: see reading.rs)
    let x = read(
        "Chile and Peru restored ties on Monday. Boric said the Chilean foreign minister promised to visit Lima next week.",
    );
    let intent = x.events.iter().find(|e| e.code.starts_with("036"));
    let meeting = x
        .events
        .iter()
        .find(|e| e.code.starts_with("04") && e.modality.as_str() == "future");
    assert!(
        intent.is_some_and(|e| e.modality.as_str() == "asserted"),
        "{}",
        show(&x)
    );
    assert!(meeting.is_some(), "{}", show(&x));
    assert!(
        meeting.unwrap().date.format() > intent.unwrap().date.format(),
        "{}",
        show(&x)
    );
    // a threat and the sanctions it announces
    let y = read("Washington will impose sanctions on Caracas next week.");
    assert!(
        y.events
            .iter()
            .any(|e| e.code.starts_with("13") && e.modality.as_str() == "asserted")
            && y.events
                .iter()
                .any(|e| e.code.starts_with("16") && e.modality.as_str() == "future"),
        "{}",
        show(&y)
    );
}

#[test]
fn a_state_moving_its_own_forces_does_not_act_on_them() {
    check(&[(
        "Belarus deployed troops to the border with Ukraine.",
        "15",
        Some("BLR"),
        Some("UKR"),
    )]);
    let x = read("Peru withdrew troops from the border.");
    assert!(
        x.events
            .iter()
            .all(|e| e.target_country.as_deref() != Some("PER")),
        "{}",
        show(&x)
    );
}

#[test]
fn judgements_and_blame_laid_on_another_side() {
    check(&[
        (
            "Lima called the Bolivian measures \"unacceptable.\"",
            "111",
            Some("PER"),
            Some("BOL"),
        ),
        (
            "The bombing was blamed by Ankara on Damascus.",
            "112",
            Some("TUR"),
            Some("SYR"),
        ),
        (
            "The bombing was blamed on Damascus by Ankara.",
            "112",
            Some("TUR"),
            Some("SYR"),
        ),
        (
            "Yerevan said Azerbaijani forces had started the fighting.",
            "112",
            Some("ARM"),
            Some("AZE"),
        ),
    ]);
    check_none(&[("Quito called for an end to unacceptable violence.", "111")]);
}

#[test]
fn each_side_and_the_two_speak_for_both() {
    // reciprocal: each accuses the other
    let x =
        read("Peru and Ecuador clashed on Monday. Each side accused the other of firing first.");
    assert_eq!(
        sides(&x, |e| e.code.starts_with("112"), Side::Target),
        ["ECU", "PER"],
        "{}",
        show(&x)
    );
    assert_eq!(
        sides(&x, |e| e.code.starts_with("112"), Side::Source),
        ["ECU", "PER"],
        "{}",
        show(&x)
    );
    // words of both about a third party: both speak, neither at the other
    let y = read("Lula met Petro in Brasilia. The two denounced Western sanctions.");
    assert_eq!(
        sides(&y, |e| e.code.starts_with("111"), Side::Source),
        ["BRA", "COL"],
        "{}",
        show(&y)
    );
    assert!(
        !y.events.iter().any(|e| e.code.starts_with("11")
            && e.target_country.is_some()
            && e.target_country != Some("VEN".to_string())),
        "{}",
        show(&y)
    );
    // "sanctions" after an adjective is a noun, not the verb
    assert!(
        !y.events.iter().any(|e| e.code.starts_with("163")),
        "{}",
        show(&y)
    );
}

#[test]
fn bodies_of_other_states_are_not_the_speakers_own() {
    let x = read(
        "Hanoi held talks with Vientiane. Hanoi hit back, accusing Western governments of \
         spreading lies.",
    );
    let governments = x.mentions.iter().find(|m| m.text == "governments");
    assert!(
        governments.is_some_and(|m| m.country.is_none()),
        "{:?}",
        x.mentions
    );
    // a foreign minister is one of the text's own
    let y = read(
        "Hanoi held talks with Vientiane. Foreign Undersecretary Le Van Anh said the talks went well.",
    );
    assert!(
        y.mentions
            .iter()
            .any(|m| m.text.contains("Undersecretary") && m.country.is_some()),
        "{:?}",
        y.mentions
    );
}

#[test]
fn reporters_told_are_no_party() {
    let x = read(
        "Greece sent a frigate to the Aegean on Monday. A Turkish foreign ministry spokesman \
         told reporters the move was regrettable.",
    );
    assert!(
        !x.events
            .iter()
            .any(|e| e.source_country.as_deref() == Some("TUR")
                && e.target_actor
                    .as_deref()
                    .is_some_and(|a| a.ends_with("MED"))),
        "{}",
        show(&x)
    );
}

#[test]
fn a_cause_named_after_an_act_is_not_the_subjects_act() {
    let x = read(
        "Peruvian warships shelled the platform in response to a missile strike on a Peruvian \
         tanker.",
    );
    assert!(
        !x.events
            .iter()
            .any(|e| e.code.starts_with("19") && e.source_country == e.target_country),
        "{}",
        show(&x)
    );
}

#[test]
fn questions_and_infinitives_are_no_requests() {
    check_none(&[
        (
            "Asked how Chile would respond, the Peruvian minister smiled.",
            "02",
        ),
        (
            "Reporters asked the Peruvian minister whether Chile would retaliate.",
            "02",
        ),
        ("Peru wanted to sell fishing boats to Chile.", "02"),
    ]);
    check(&[
        (
            "Peru asked Chile to release the fishermen.",
            "02",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Peru wanted to sell fishing boats to Chile.",
            "061",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
}

#[test]
fn trade_bans_ideas_dismissed_and_nouns_after_modifiers() {
    check(&[
        (
            "Norway approved an extensive trade ban against Namibia.",
            "163",
            Some("NOR"),
            Some("NAM"),
        ),
        (
            "A Peruvian official dismissed a Chilean idea to sell cheap copper to Bolivia.",
            "12",
            Some("PER"),
            Some("CHL"),
        ),
    ]);
    check_none(&[
        (
            "A Peruvian official dismissed a Chilean idea to sell cheap copper to Bolivia.",
            "061",
        ),
        (
            "Peru will not link approval of military aid for Bolivia to the budget.",
            "07",
        ),
    ]);
}

#[test]
fn acts_stopped_short_of_or_refrained_from_are_not_done() {
    for text in [
        "Chile stopped short of imposing sanctions on Bolivia.",
        "Chile refrained from imposing sanctions on Bolivia.",
    ] {
        let x = read(text);
        assert!(
            x.events.iter().any(|e| e.code.starts_with("16"))
                && x.events
                    .iter()
                    .all(|e| !e.code.starts_with("16") || e.modality.as_str() == "negated"),
            "{text}: {}",
            show(&x)
        );
    }
    // a campaign against a thing is no fight with a state
    check_none(&[(
        "Colombia, a Peruvian partner in the fight against drug trafficking, said so.",
        "19",
    )]);
}

#[test]
fn refuge_withdrawal_joint_games_and_amounts_of_aid() {
    check(&[
        (
            "Sweden accepted 1,500 refugees from Greece.",
            "075",
            Some("SWE"),
            None,
        ),
        (
            "Canadian troops have begun leaving Mali.",
            "087",
            Some("CAN"),
            Some("MLI"),
        ),
        (
            "The war game was staged by French marines and Moroccan armed forces.",
            "062",
            None,
            None,
        ),
        (
            "Washington authorized the release of $1.2 billion in military assistance to Jordan.",
            "07",
            Some("USA"),
            Some("JOR"),
        ),
    ]);
}

#[test]
fn peacekeepers_arriving_and_support_given_in_kind() {
    check(&[
        (
            "Kenyan peacekeepers began deploying on Tuesday.",
            "074",
            Some("KEN"),
            None,
        ),
        (
            "Norway is mobilising additional funds to support reconstruction in Haiti.",
            "07",
            Some("NOR"),
            None,
        ),
        (
            "Japan supported Laos with food aid last year.",
            "07",
            Some("JPN"),
            Some("LAO"),
        ),
    ]);
    // support for a bid is still endorsement
    check(&[(
        "Japan supported Laos's bid to join the council.",
        "05",
        Some("JPN"),
        Some("LAO"),
    )]);
}

#[test]
fn in_a_text_about_one_state_an_act_with_no_other_party_is_domestic() {
    check(&[
        (
            "The Azerbaijani opposition coalition agreed to take part in the election.",
            "03",
            Some("AZE"),
            Some("AZE"),
        ),
        (
            "Nigerian teachers called off their four-day strike on Thursday.",
            "08",
            Some("NGA"),
            Some("NGA"),
        ),
    ]);
    // not a use of force: who was shelled is not known
    let x = read("Peruvian warships shelled the coast on Monday.");
    assert!(
        x.events.iter().all(|e| e.target_country.is_none()),
        "{}",
        show(&x)
    );
}

#[test]
fn installations_struck_courtesy_calls_and_closed_ports() {
    check(&[
        (
            "Chilean warships destroyed a Peruvian oil platform on Monday.",
            "19",
            Some("CHL"),
            Some("PER"),
        ),
        (
            "The Peruvian foreign minister paid a courtesy call on President Boric of Chile.",
            "042",
            Some("PER"),
            Some("CHL"),
        ),
        (
            "Canada declared its ports off limits to French fishing vessels.",
            "163",
            Some("CAN"),
            Some("FRA"),
        ),
    ]);
}

#[test]
fn the_act_an_act_answers_is_kept_with_its_side() {
    let x = read(
        "Chilean warships shelled a Peruvian platform in response to a missile strike on a \
         Chilean tanker.",
    );
    assert!(
        x.events.iter().any(|e| e.code.starts_with("19")
            && e.source_country.is_none()
            && e.target_country.as_deref() == Some("CHL")),
        "{}",
        show(&x)
    );
    assert!(has_event(&x, "19", "CHL", "PER"), "{}", show(&x));
}

#[test]
fn a_blow_to_an_industry_is_a_figure_of_speech() {
    check_none(&[
        (
            "Canadian potash shipments were injuring the U.S. industry, the commission said.",
            "18",
        ),
        (
            "Chilean copper exports are hurting the Peruvian economy.",
            "18",
        ),
    ]);
    check(&[(
        "Chilean shelling injured ten Peruvian farmers near the border.",
        "18",
        Some("CHL"),
        Some("PER"),
    )]);
}

#[test]
fn taking_control_of_a_company_is_no_occupation() {
    check_none(&[(
        "Athens said it was taking control of a Canadian-led oil consortium.",
        "19",
    )]);
    check(&[(
        "Russian troops took control of the Ukrainian town of Izium.",
        "19",
        Some("RUS"),
        Some("UKR"),
    )]);
}

#[test]
fn orders_to_own_forces_and_places_captured() {
    check(&[
        (
            "Sri Lanka ordered its armed forces to defend the island's waters.",
            "15",
            Some("LKA"),
            None,
        ),
        (
            "Iran captured Iraq's Faw peninsula.",
            "19",
            Some("IRN"),
            Some("IRQ"),
        ),
        (
            "The Faw peninsula, captured by Iran last year, lies near Kuwait.",
            "19",
            Some("IRN"),
            None,
        ),
    ]);
    check_none(&[(
        "Sri Lanka ordered its armed forces to defend the island's waters.",
        "10",
    )]);
    // an order to another state is still a demand
    check(&[(
        "Peru ordered Chile to withdraw its troops.",
        "10",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn a_name_before_an_article_ends_the_slot_of_tell_to() {
    let x = read(
        "A Chilean official told Reuters the ruling allowed Peru to close its ports to imports.",
    );
    assert!(
        !x.events.iter().any(|e| e.code.starts_with("10")),
        "{:?}",
        x.events
    );
}

#[test]
fn a_word_after_had_and_a_modifier_is_a_noun() {
    let x = read("Peru may impose quotas where it had domestic support from Chile.");
    assert!(
        !x.events.iter().any(|e| e.code.starts_with("05")),
        "{:?}",
        x.events
    );
    let x = read("Chile has begun withdrawing its troops from Peru.");
    assert!(
        x.events.iter().any(|e| e.code.starts_with("08")),
        "{:?}",
        x.events
    );
}

#[test]
fn a_minister_in_a_state_to_discuss_is_visiting_it() {
    let x = read(
        "Chile's foreign minister is in the Plurinational State of Bolivia (BOL) to discuss gas prices.",
    );
    assert!(has_event(&x, "042", "CHL", "BOL"), "{}", show(&x));
    let x = read("Chilean troops are in Peru to fight the rebels.");
    assert!(
        !x.events.iter().any(|e| e.code.starts_with("042")),
        "{}",
        show(&x)
    );
}

#[test]
fn failing_to_persuade_is_an_appeal_made() {
    let x = read("Peru has failed to persuade Chile to reduce its tariffs.");
    assert!(
        x.events.iter().any(|e| e.code.starts_with("02")
            && e.modality == tension::extract::events::Modality::Asserted
            && e.target_country.as_deref() == Some("CHL")),
        "{}",
        show(&x)
    );
}

#[test]
fn halting_sales_to_a_state_is_an_embargo() {
    let x = read("Chile halted exports of farm produce to Bolivia in February.");
    assert!(has_event(&x, "163", "CHL", "BOL"), "{}", show(&x));
}

#[test]
fn a_protest_drawn_from_a_state_is_that_states() {
    let x =
        read("Peru's president met the Dalai Lama in May, drawing an angry protest from Beijing.");
    assert!(has_event(&x, "114", "CHN", "PER"), "{}", show(&x));
}

#[test]
fn attributing_hacking_operations_accuses() {
    let x = read("Chile attributed the hacking operations to Peruvian military intelligence.");
    assert!(has_event(&x, "112", "CHL", "PER"), "{}", show(&x));
}

#[test]
fn a_fact_reported_after_a_noun_of_news_is_no_complement() {
    check(&[(
        "The minister declined to answer questions about reports that Peru had asked Chile to extradite the suspect.",
        "02",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn considering_weighs_an_option_not_a_judgement() {
    check(&[(
        "Peru is considering retaliatory measures against Chile.",
        "014",
        Some("PER"),
        None,
    )]);
    check_none(&[
        ("Peru considers the meeting with Chile a success.", "014"),
        (
            "We would consider that an illegal action, Chile said.",
            "014",
        ),
        (
            "The Chilean offer had been carefully considered, Peru said.",
            "014",
        ),
    ]);
}

#[test]
fn a_passive_left_undone_is_no_refusal() {
    check_none(&[(
        "Chile will not be notified of the plan until October, Peruvian officials said.",
        "12",
    )]);
}

#[test]
fn efforts_named_after_a_preposition_and_praise_as_a_description() {
    // what efforts aim at is not done, and a negation of the main verb is not its refusal
    check_none(&[
        (
            "Peru said it would not remain indifferent to efforts to arm Chile.",
            "12",
        ),
        (
            "Iraq celebrated what Baghdad hailed as Iran's failure to win the war.",
            "05",
        ),
    ]);
    // the act an effort is continued for is going on
    check(&[(
        "Peru continued its effort to arm Chile.",
        "07",
        Some("PER"),
        Some("CHL"),
    )]);
}

#[test]
fn to_between_two_numbers_is_a_range() {
    check_none(&[(
        "Copper exports account for 95 to 98 pct of Zambia's earnings, Peru said.",
        "06",
    )]);
}
