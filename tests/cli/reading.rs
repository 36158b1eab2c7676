//! Reading an article through the library (issues 3 and 4): word boundaries, agents, people with
//! dated roles, sentences, dates, modality, issues, tone markers, quotes and the common event
//! patterns. Every sentence here is invented for the test; none comes from an evaluation set.
//!
//! The extractor is compiled once for the whole module. Tests marked `#[ignore]` describe what
//! the coder should do and does not yet; the reason says what it returns instead.

use std::sync::LazyLock;

use chrono::NaiveDate;
use tension::dict::Dictionaries;
use tension::extract::dates::Precision;
use tension::extract::events::Modality;
use tension::extract::{DateBasis, Event, Extraction, Extractor, MentionOut, ToneMarker};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(Dictionaries::builtin()));

/// Publication date of most tests: a Wednesday.
const WED: &str = "2023-06-21";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn read(text: &str, published: &str) -> Extraction {
    EXTRACTOR.extract(text, Some(day(published)))
}

fn show_mentions(x: &Extraction) -> String {
    x.mentions
        .iter()
        .map(|m| {
            format!(
                "[{}] {:?} → {}{}",
                m.sentence,
                m.text,
                m.actor,
                if m.locative { " (place)" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn show_events(x: &Extraction) -> String {
    x.events
        .iter()
        .map(|e| {
            format!(
                "[{}] {} {:?} → {:?} {} {:?} ({:?}) sym={} «{}»",
                e.sentence,
                e.code,
                e.source_actor,
                e.target_actor,
                e.modality.as_str(),
                e.date.format(),
                e.date.precision,
                e.symmetric,
                e.evidence[0].text
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts that some event of `x` satisfies `pred`, showing them all if none does.
fn assert_any(x: &Extraction, pred: impl Fn(&Event) -> bool) {
    assert!(x.events.iter().any(pred), "{}", show_events(x));
}

/// Whether each side of `e` is one of the states `a` and `b` (either way round).
fn between(e: &Event, a: &str, b: &str) -> bool {
    [e.source_country.as_deref(), e.target_country.as_deref()]
        .iter()
        .all(|c| *c == Some(a) || *c == Some(b))
}

/// Asserts that no event of `x` satisfies `pred`, showing them all if one does.
/// Whether an event goes from state `a` to state `b` (in that direction).
fn directed(e: &Event, a: &str, b: &str) -> bool {
    e.source_country.as_deref() == Some(a) && e.target_country.as_deref() == Some(b)
}

fn assert_none(x: &Extraction, pred: impl Fn(&Event) -> bool) {
    assert!(!x.events.iter().any(pred), "{}", show_events(x));
}

/// The mention whose words are exactly `words`.
fn mention<'a>(x: &'a Extraction, words: &str) -> &'a MentionOut {
    x.mentions
        .iter()
        .find(|m| m.text == words)
        .unwrap_or_else(|| panic!("no mention {words:?} among:\n{}", show_mentions(x)))
}

/// The first event whose CAMEO code starts with `prefix`.
fn event<'a>(x: &'a Extraction, prefix: &str) -> &'a Event {
    x.events
        .iter()
        .find(|e| e.code.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix}* event among:\n{}", show_events(x)))
}

/// The marker whose words are `phrase` (compared case-insensitively).
fn marker<'a>(x: &'a Extraction, phrase: &str) -> &'a ToneMarker {
    x.markers
        .iter()
        .find(|m| m.phrase.eq_ignore_ascii_case(phrase))
        .unwrap_or_else(|| {
            panic!(
                "no marker {phrase:?} among {:?}",
                x.markers.iter().map(|m| &m.phrase).collect::<Vec<_>>()
            )
        })
}

fn has_country(x: &Extraction, code: &str) -> bool {
    x.mentions
        .iter()
        .any(|m| m.country.as_deref() == Some(code))
        || x.countries.iter().any(|c| c == code)
}

fn sentences(x: &Extraction) -> Vec<&str> {
    x.sentences.iter().map(|s| s.text.as_str()).collect()
}

/// Each event's code and the states on its two sides, for failure messages.
fn brief(x: &Extraction) -> Vec<(&str, Option<&str>, Option<&str>)> {
    x.events
        .iter()
        .map(|e| {
            (
                e.code.as_str(),
                e.source_country.as_deref(),
                e.target_country.as_deref(),
            )
        })
        .collect()
}

fn has_issue(x: &Extraction, slug: &str) -> bool {
    x.issues.iter().any(|i| i.slug == slug)
}

// ---------------------------------------------------------------------------------------------
// Actors: whole words, longest names, agents and bodies

#[test]
fn adjective_iranian_is_iran_through_its_own_entry() {
    let x = read("An Iranian drone crashed near the border.", WED);
    let m = mention(&x, "Iranian");
    assert_eq!(m.actor, "IRN");
    assert!(
        !x.mentions.iter().any(|m| m.text == "Iran"),
        "the name must not fire inside the adjective:\n{}",
        show_mentions(&x)
    );
}

#[test]
fn a_state_name_inside_a_longer_word_is_not_that_state() {
    let x = read(
        "Farmers from Indiana sold soybeans to buyers from Nigeria.",
        WED,
    );
    assert!(
        !has_country(&x, "IND"),
        "India inside Indiana:\n{}",
        show_mentions(&x)
    );
    assert!(
        !has_country(&x, "NER"),
        "Niger inside Nigeria:\n{}",
        show_mentions(&x)
    );
    assert_eq!(mention(&x, "Nigeria").actor, "NGA");
}

#[test]
fn the_longest_state_name_wins() {
    let x = read(
        "South Sudan thanked Papua New Guinea and the Dominican Republic.",
        WED,
    );
    assert_eq!(mention(&x, "South Sudan").actor, "SSD");
    assert_eq!(mention(&x, "Papua New Guinea").actor, "PNG");
    assert_eq!(mention(&x, "Dominican Republic").actor, "DOM");
    for wrong in ["SDN", "GIN", "DMA"] {
        assert!(!has_country(&x, wrong), "{wrong}:\n{}", show_mentions(&x));
    }
}

#[test]
fn south_china_sea_is_a_sea_not_china() {
    let x = read(
        "Fishing boats from Vietnam sheltered in the South China Sea.",
        WED,
    );
    assert!(!has_country(&x, "CHN"), "{}", show_mentions(&x));
    assert!(has_issue(&x, "south-china-sea"));
    assert_eq!(x.countries, ["VNM"]);
}

#[test]
fn provinces_named_with_a_state_adjective_are_places_of_their_own_state() {
    let x = read(
        "Ana Ruiz flew from British Columbia to Western Australia, then crossed the English Channel.",
        WED,
    );
    for wrong in ["GBR", "FRA"] {
        assert!(!has_country(&x, wrong), "{wrong}:\n{}", show_mentions(&x));
    }
    assert_eq!(mention(&x, "British Columbia").actor, "CAN");
}

#[test]
fn lower_case_us_is_a_pronoun_not_the_united_states() {
    let x = read("Give us time, the negotiators told reporters.", WED);
    assert!(!has_country(&x, "USA"), "{}", show_mentions(&x));
}

#[test]
fn us_officials_are_the_us_government() {
    let x = read("US officials said the visit would go ahead.", WED);
    assert_eq!(mention(&x, "US officials").actor, "USAGOV");
}

#[test]
fn us_lawmakers_are_the_us_legislature() {
    let x = read("US lawmakers criticised the arms deal on Tuesday.", WED);
    assert_eq!(mention(&x, "US lawmakers").actor, "USALEG");
    assert_eq!(event(&x, "11").source_actor.as_deref(), Some("USALEG"));
}

#[test]
fn chinese_state_media_are_chinese_media() {
    let x = read("Chinese state media reported the visit.", WED);
    assert_eq!(mention(&x, "Chinese state media").actor, "CHNMED");
}

#[test]
fn the_kremlin_is_the_russian_government() {
    let x = read("The Kremlin rejected the proposal.", WED);
    let m = mention(&x, "Kremlin");
    assert_eq!(m.actor, "RUSGOV");
    assert!(!m.locative);
}

#[test]
fn the_state_department_is_the_us_government() {
    let x = read("The State Department summoned the envoy.", WED);
    assert_eq!(mention(&x, "State Department").actor, "USAGOV");
}

#[test]
fn pla_is_the_chinese_military() {
    let x = read("The PLA staged drills near Kinmen.", WED);
    assert_eq!(mention(&x, "PLA").actor, "CHNMIL");
    assert_eq!(event(&x, "15").source_actor.as_deref(), Some("CHNMIL"));
}

#[test]
fn nato_is_an_international_organisation_of_no_state() {
    let x = read("NATO condemned the missile test.", WED);
    let m = mention(&x, "NATO");
    assert_eq!(m.actor, "IGONATO");
    assert_eq!(m.country, None);
}

#[test]
fn a_capital_acts_for_its_government_but_after_in_is_a_place() {
    let x = read(
        "Canberra lodged a protest. Talks were later held in Canberra.",
        WED,
    );
    let first = &x
        .mentions
        .iter()
        .filter(|m| m.text == "Canberra")
        .collect::<Vec<_>>();
    assert_eq!(first.len(), 2, "{}", show_mentions(&x));
    assert_eq!(
        (first[0].actor.as_str(), first[0].locative),
        ("AUSGOV", false)
    );
    assert_eq!(first[1].country.as_deref(), Some("AUS"));
    assert!(first[1].locative, "“in Canberra” is a place");
}

// ---------------------------------------------------------------------------------------------
// People with dated roles

#[test]
fn blinken_in_office_is_the_us_government() {
    let x = read("Antony Blinken landed in Beijing.", "2023-06-19");
    let m = mention(&x, "Antony Blinken");
    assert_eq!(m.actor, "USAGOV");
    assert_eq!(m.person.as_deref(), Some("Antony Blinken"));
}

#[test]
fn blinken_after_leaving_office_is_the_united_states() {
    let x = read("Antony Blinken landed in Beijing.", "2026-01-01");
    let m = mention(&x, "Antony Blinken");
    assert_eq!(m.actor, "USA");
    assert_eq!(m.country.as_deref(), Some("USA"));
}

#[test]
fn biden_as_president_is_the_us_government() {
    let x = read("Joe Biden signed the bill.", "2022-08-09");
    assert_eq!(mention(&x, "Joe Biden").actor, "USAGOV");
}

#[test]
fn biden_between_offices_is_the_united_states() {
    let x = read("Joe Biden visited Kyiv.", "2019-05-01");
    assert_eq!(mention(&x, "Joe Biden").actor, "USA");
    assert_eq!(event(&x, "042").source_actor.as_deref(), Some("USA"));
}

#[test]
fn a_surname_after_the_full_name_is_the_same_person() {
    let x = read(
        "Antony Blinken arrived in Tokyo on Sunday. Blinken then met Japanese officials.",
        "2023-06-19",
    );
    let m = mention(&x, "Blinken");
    assert_eq!(m.sentence, 1);
    assert_eq!(m.person.as_deref(), Some("Antony Blinken"));
    assert_eq!(m.actor, "USAGOV");
    let met = event(&x, "040");
    assert_eq!(met.source_actor.as_deref(), Some("USAGOV"));
    assert_eq!(met.target_actor.as_deref(), Some("JPNGOV"));
}

#[test]
fn a_title_and_a_name_are_one_actor() {
    let x = read(
        "Japanese Prime Minister Fumio Kishida opened the summit.",
        "2023-05-19",
    );
    let m = mention(&x, "Japanese Prime Minister Fumio Kishida");
    assert_eq!(m.actor, "JPNGOV");
    assert_eq!(m.person.as_deref(), Some("Fumio Kishida"));
    assert_eq!(x.mentions.len(), 1, "{}", show_mentions(&x));
}

// ---------------------------------------------------------------------------------------------
// Sentences

#[test]
fn titles_and_times_of_day_do_not_end_sentences() {
    let x = read(
        "Mr. Kovacs met Gen. Tanaka at 9 a.m. on Friday. They spoke for an hour.",
        WED,
    );
    assert_eq!(
        sentences(&x),
        [
            "Mr. Kovacs met Gen. Tanaka at 9 a.m. on Friday.",
            "They spoke for an hour."
        ]
    );
}

#[test]
fn dotted_us_inside_a_sentence_does_not_end_it() {
    let x = read(
        "The U.S. envoy arrived in Manila on Monday. Talks began.",
        WED,
    );
    assert_eq!(
        sentences(&x),
        [
            "The U.S. envoy arrived in Manila on Monday.",
            "Talks began."
        ]
    );
    assert_eq!(mention(&x, "U.S. envoy").actor, "USAGOV");
}

#[test]
fn dotted_us_at_the_end_of_a_sentence_ends_it() {
    let x = read("Cuba blamed the U.S. The White House said nothing.", WED);
    assert_eq!(
        sentences(&x),
        ["Cuba blamed the U.S.", "The White House said nothing."]
    );
    assert_eq!(mention(&x, "U.S.").actor, "USA");
    assert_eq!(mention(&x, "White House").sentence, 1);
}

#[test]
fn initials_do_not_end_sentences() {
    let x = read(
        "Officials said J. K. Osei would attend. The meeting was brief.",
        WED,
    );
    assert_eq!(
        sentences(&x),
        [
            "Officials said J. K. Osei would attend.",
            "The meeting was brief."
        ]
    );
}

#[test]
fn decimals_and_clock_times_do_not_end_sentences() {
    let x = read(
        "Exports fell 4.7 percent in May. Talks began at 4:30 pm (0830 GMT) and ended late.",
        WED,
    );
    assert_eq!(
        sentences(&x),
        [
            "Exports fell 4.7 percent in May.",
            "Talks began at 4:30 pm (0830 GMT) and ended late."
        ]
    );
}

#[test]
fn a_heading_between_dashes_is_its_own_sentence() {
    let x = read(
        "Turkey hosted the talks.\n– ‘A fragile truce’ –\nBoth sides claimed progress.",
        WED,
    );
    assert_eq!(
        sentences(&x),
        [
            "Turkey hosted the talks.",
            "– ‘A fragile truce’ –",
            "Both sides claimed progress."
        ]
    );
}

#[test]
fn an_em_dash_aside_stays_in_its_sentence() {
    let x = read(
        "The envoy — a veteran of earlier rounds — left Doha on Monday. He did not return.",
        WED,
    );
    assert_eq!(x.sentences.len(), 2, "{:?}", sentences(&x));
}

#[test]
fn offsets_count_characters_of_the_original_text() {
    let text = "“Calm is needed,” said Zoë Müller. Ankara’s envoy met Greek officials in Athens.";
    let x = read(text, WED);
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: i64, e: i64| chars[s as usize..e as usize].iter().collect::<String>();
    assert_eq!(x.sentences.len(), 2);
    for s in &x.sentences {
        assert_eq!(slice(s.start, s.end), s.text);
    }
    for m in &x.mentions {
        assert_eq!(slice(m.start, m.end), m.text);
    }
    // the curly apostrophe is read as a possessive and kept as written
    assert_eq!(mention(&x, "Ankara’s envoy").actor, "TURGOV");
    let greek = mention(&x, "Greek officials");
    let expected = text[..text.find("Greek").unwrap()].chars().count();
    assert_eq!(greek.start as usize, expected, "characters, not bytes");
}

// ---------------------------------------------------------------------------------------------
// Dates, resolved against publication on Wednesday 2023-06-21

#[test]
fn on_monday_is_the_monday_before_publication() {
    let x = read("Egypt hosted Jordan on Monday.", WED);
    let e = event(&x, "043");
    assert_eq!(e.date.date, Some(day("2023-06-19")));
    assert_eq!(e.date.precision, Precision::Day);
    assert_eq!(e.date_basis, DateBasis::Phrase);
    assert_eq!(e.date_phrase.as_deref(), Some("on monday"));
}

#[test]
fn the_weekday_of_publication_is_the_publication_day() {
    let x = read("Egypt hosted Jordan on Wednesday.", WED);
    assert_eq!(event(&x, "043").date.date, Some(day("2023-06-21")));
}

#[test]
fn a_month_without_a_year_looks_back() {
    let x = read("Egypt hosted Jordan in November.", WED);
    let e = event(&x, "043");
    assert_eq!(e.date.date, Some(day("2022-11-01")));
    assert_eq!(e.date.precision, Precision::Month);
    assert_eq!(e.date.format().as_deref(), Some("2022-11"));
}

#[test]
fn a_day_counted_in_the_story_follows_the_story() {
    let x = read(
        "Egypt hosted Jordan on June 2. Two days later Egypt accused Jordan of smuggling.",
        WED,
    );
    let e = event(&x, "112");
    assert_eq!(e.date.date, Some(day("2023-06-04")));
    assert_eq!(e.date_phrase.as_deref(), Some("two days later"));
    // counted from nothing, a past act's day is not known: not the day after publication, nor a
    // year before it
    let x = read("A day later Egypt accused Jordan of smuggling.", WED);
    let e = event(&x, "112");
    assert_eq!(e.date.date, None);
    assert_eq!(e.date.precision, Precision::Unknown);
}

#[test]
fn sentences_without_a_date_tell_of_the_day_the_lead_names() {
    let x = read(
        "Egypt hosted Jordan for talks on Monday. The Jordanian king praised Egypt.",
        WED,
    );
    let e = event(&x, "051");
    assert_eq!(e.date.date, Some(day("2023-06-19")));
    assert_eq!(e.date_basis, DateBasis::Phrase);
    // a lead dated long before publication is background, not the news day
    let x = read(
        "Egypt hosted Jordan for talks in 2019. The Jordanian king praised Egypt.",
        WED,
    );
    assert_eq!(event(&x, "051").date.date, Some(day("2023-06-21")));
}

#[test]
fn the_time_of_what_is_said_is_not_the_time_of_saying() {
    // "tomorrow" in a past report is when the flotilla sails, not a day ahead of publication,
    // nor a year back
    let x = read(
        "An Egyptian spokesman said the ships would sail to Jordan tomorrow.",
        WED,
    );
    let e = event(&x, "01");
    assert_eq!(e.date.date, Some(day("2023-06-21")));
    assert_eq!(e.date_basis, DateBasis::Publication);
}

#[test]
fn spans_and_things_dated_do_not_date_the_act() {
    // the bounds of a span
    let x = read("Egypt, silent since 2019, hosted Jordan for talks.", WED);
    assert_eq!(event(&x, "043").date.date, Some(day("2023-06-21")));
    let x = read(
        "Egypt accused Jordan of smuggling, which went on until March 3.",
        WED,
    );
    assert_eq!(event(&x, "112").date.date, Some(day("2023-06-21")));
    // a thing dated by a possessive
    let x = read(
        "Egypt accused Jordan of ignoring last year's smuggling.",
        WED,
    );
    assert_eq!(event(&x, "112").date.date, Some(day("2023-06-21")));
    // a year told after a month names its year
    let x = read("Egypt hosted Jordan in May last year.", WED);
    assert_eq!(event(&x, "043").date.format().as_deref(), Some("2022-05"));
}

#[test]
fn a_verbal_act_with_no_other_side_is_addressed_to_the_articles_counterpart() {
    let text = "Jordan closed its border with Egypt on Monday. \
                Jordan blamed smugglers. \
                The Egyptian spokesman denied the report on Tuesday.";
    let x = read(text, WED);
    let denial = x
        .events
        .iter()
        .find(|e| e.code.starts_with("01") && e.source_country.as_deref() == Some("EGY"))
        .unwrap_or_else(|| panic!("no statement by Egypt:\n{}", show_events(&x)));
    assert_eq!(denial.target_country.as_deref(), Some("JOR"));
    // with two states as likely as each other, no guess (and a comment with no other side is
    // no event between states)
    let text = "Jordan closed its border on Monday. \
                Syria closed its border too. \
                Jordan and Syria blamed smugglers. \
                The Egyptian spokesman denied the report on Tuesday.";
    let x = read(text, WED);
    assert_none(&x, |e| {
        e.code.starts_with("01")
            && e.source_country.as_deref() == Some("EGY")
            && e.target_country.is_some()
    });
}

#[test]
fn a_month_with_future_wording_looks_ahead() {
    let x = read("Xi Jinping is expected to visit India in September.", WED);
    let e = event(&x, "042");
    assert_eq!(e.modality, Modality::Future);
    assert_eq!(e.date.format().as_deref(), Some("2023-09"));
    assert_eq!(e.source_actor.as_deref(), Some("CHNGOV"));
    assert_eq!(e.target_country.as_deref(), Some("IND"));
}

#[test]
fn a_date_in_another_clause_after_the_act_is_not_its_date() {
    // a participle clause after a comma dates its own verb
    let x = read(
        "Egypt hosted Jordan for talks, scheduled to end on Friday.",
        WED,
    );
    assert_eq!(event(&x, "043").date.date, Some(day("2023-06-21")));
    // an aside that closes before the date leaves it to the act
    let x = read(
        "Egypt cancelled the visit, which was agreed in Cairo, in February.",
        WED,
    );
    assert_eq!(event(&x, "16").date.format().as_deref(), Some("2023-02"));
    // nor does a date in what is said before a trailing report clause, unless it opens the
    // sentence
    let x = read(
        "Exports fell sharply in March 2022, the Egyptian ministry said.",
        WED,
    );
    assert_eq!(event(&x, "01").date.date, Some(day("2023-06-21")));
    let x = read("On Monday, the Egyptian ministry said exports fell.", WED);
    assert_eq!(event(&x, "01").date.date, Some(day("2023-06-19")));
    // words quoted do not date the report around them
    let x = read(
        "\"We hope trade will grow this year,\" the Egyptian spokesman said.",
        WED,
    );
    assert_eq!(event(&x, "01").date.date, Some(day("2023-06-21")));
    // and the date of the report after the act dates the act too
    let x = read("Egypt hosted Jordan, officials said on Monday.", WED);
    assert_eq!(event(&x, "043").date.date, Some(day("2023-06-19")));
}

#[test]
fn yesterday_is_the_day_before_publication() {
    let x = read("Egypt hosted Jordan yesterday.", WED);
    assert_eq!(event(&x, "043").date.date, Some(day("2023-06-20")));
}

#[test]
fn last_week_is_the_previous_week() {
    let x = read("Egypt hosted Jordan last week.", WED);
    let e = event(&x, "043");
    assert_eq!(e.date.precision, Precision::Week);
    assert_eq!(
        e.date.date,
        Some(day("2023-06-12")),
        "the Monday of the week before"
    );
}

#[test]
fn an_explicit_date_wins_over_publication() {
    let x = read("Egypt hosted Jordan on March 3, 2021.", WED);
    assert_eq!(event(&x, "043").date.date, Some(day("2021-03-03")));
}

#[test]
fn without_a_time_phrase_the_publication_date_is_used_and_marked() {
    let x = read("Egypt hosted Jordan.", WED);
    let e = event(&x, "043");
    assert_eq!(e.date.date, Some(day(WED)));
    assert_eq!(e.date_basis, DateBasis::Publication);
    assert_eq!(e.date_phrase, None);
}

// ---------------------------------------------------------------------------------------------
// Modality

#[test]
fn will_meet_is_not_an_asserted_meeting() {
    let x = read("India will meet Pakistan next week.", WED);
    assert_none(&x, |e| e.root == "04" && e.modality == Modality::Asserted);
    // CAMEO reads an actor's commitment as an intent to meet (036); a future 04x would do too
    assert_any(&x, |e| {
        e.source_actor.as_deref() == Some("IND")
            && e.target_actor.as_deref() == Some("PAK")
            && (e.code == "036" || e.modality == Modality::Future)
    });
}

#[test]
fn scheduled_to_host_is_future() {
    let x = read("Brazil is scheduled to host Argentina next month.", WED);
    let e = event(&x, "043");
    assert_eq!(e.modality, Modality::Future);
    assert_eq!(e.date.format().as_deref(), Some("2023-07"));
}

#[test]
fn did_not_meet_is_negated() {
    let x = read("India did not meet Pakistan.", WED);
    assert_eq!(event(&x, "04").modality, Modality::Negated);
}

#[test]
fn refused_to_meet_is_a_rejection_not_a_meeting() {
    let x = read("India refused to meet Pakistan.", WED);
    assert_none(&x, |e| e.root == "04" && e.modality == Modality::Asserted);
    let e = event(&x, "12");
    assert_eq!(e.source_actor.as_deref(), Some("IND"));
    assert_eq!(e.target_actor.as_deref(), Some("PAK"));
}

#[test]
fn could_attack_is_hypothetical() {
    let x = read("Analysts said Russia could attack Moldova.", WED);
    let e = event(&x, "19");
    assert_eq!(e.modality, Modality::Hypothetical);
    assert_eq!(e.source_actor.as_deref(), Some("RUS"));
    assert_eq!(e.target_actor.as_deref(), Some("MDA"));
}

// ---------------------------------------------------------------------------------------------
// Issues

#[test]
fn a_balloon_alone_is_not_espionage() {
    let x = read("A weather balloon drifted over Alaska on Sunday.", WED);
    assert!(!has_issue(&x, "espionage"), "{:?}", x.issues);
    assert!(!x.contexts.iter().any(|c| c == "intelligence"));
}

#[test]
fn a_spy_balloon_is_espionage() {
    let x = read("Spy balloons were spotted over Japan.", WED);
    assert!(has_issue(&x, "espionage"), "{:?}", x.issues);
    assert!(
        x.contexts.iter().any(|c| c == "intelligence"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn taiwan_is_a_territorial_issue() {
    let x = read(
        "Beijing renewed its claim of sovereignty over Taiwan on Tuesday.",
        WED,
    );
    assert!(has_issue(&x, "taiwan"), "{:?}", x.issues);
    assert!(
        x.contexts.iter().any(|c| c == "territory"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn a_disputed_place_named_in_passing_is_not_about_territory() {
    // the issue is named, but the text is about a visit, not the dispute over the island
    let x = read(
        "Beijing warned against any visit to Taiwan by US lawmakers.",
        WED,
    );
    assert!(has_issue(&x, "taiwan"), "{:?}", x.issues);
    assert!(
        !x.contexts.iter().any(|c| c == "territory"),
        "{:?}",
        x.contexts
    );
    // named in two sentences, the place is what the text is about
    let y = read(
        "Beijing warned against any visit to Taiwan by US lawmakers. \
         Officials in Taiwan said the trip would go ahead.",
        WED,
    );
    assert!(
        y.contexts.iter().any(|c| c == "territory"),
        "{:?}",
        y.contexts
    );
}

#[test]
fn event_kinds_give_contexts_by_their_specific_code() {
    // lifting a curfew is a legal measure, not an economic one
    let x = read(
        "The government of Gabon lifted the curfew in Libreville.",
        WED,
    );
    assert!(x.contexts.iter().any(|c| c == "legal"), "{:?}", x.contexts);
    assert!(
        !x.contexts.iter().any(|c| c == "economic"),
        "{:?}",
        x.contexts
    );
    // a kidnapping is not military by itself
    let y = read("Gunmen kidnapped two Italian engineers in Nigeria.", WED);
    assert!(
        !y.contexts.iter().any(|c| c == "military"),
        "{:?}",
        y.contexts
    );
}

#[test]
fn one_act_of_a_kind_in_a_long_story_does_not_name_its_subject() {
    let story = |extra: &str| {
        format!(
            "Peru cut diplomatic ties with Bolivia on Monday. The foreign ministry in Lima said \
             the decision was final. Bolivia called the move a mistake. Officials in La Paz \
             said talks had failed. The two states have quarrelled for years. Peru also \
             shelled a Bolivian border post. {extra}"
        )
    };
    let x = read(&story(""), WED);
    assert!(
        !x.contexts.iter().any(|c| c == "military"),
        "{:?}",
        x.contexts
    );
    // a second act of the kind does
    let y = read(&story("Bolivia shelled two Peruvian villages."), WED);
    assert!(
        y.contexts.iter().any(|c| c == "military"),
        "{:?}",
        y.contexts
    );
}

#[test]
fn a_demand_of_one_state_on_another_is_diplomatic() {
    let x = read("Peru demanded that Chile return the fishing boats.", WED);
    assert!(
        x.contexts.iter().any(|c| c == "diplomatic"),
        "{:?}",
        x.contexts
    );
    // an armed group threatening a state is no diplomacy
    let x = read("Hamas threatened to resume attacks in Israel.", WED);
    assert!(
        !x.contexts.iter().any(|c| c == "diplomatic"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn a_labour_strike_is_economic() {
    let x = read(
        "Dock workers in Antwerp went on strike over wages on Monday.",
        WED,
    );
    assert!(
        x.contexts.iter().any(|c| c == "economic"),
        "{:?}",
        x.contexts
    );
    assert!(
        !x.contexts.iter().any(|c| c == "inequality"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn export_controls_are_a_technology_issue() {
    let x = read(
        "The Commerce Department tightened export controls on advanced chips.",
        WED,
    );
    assert!(has_issue(&x, "export-controls"), "{:?}", x.issues);
    assert!(
        x.contexts.iter().any(|c| c == "technology"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn an_issue_attaches_to_the_events_of_its_sentence_only() {
    let x = read(
        "Australia imposed sanctions on Myanmar. Thailand hosted Laos.",
        WED,
    );
    assert!(event(&x, "163").issues.iter().any(|i| i == "sanctions"));
    assert!(event(&x, "043").issues.is_empty(), "{}", show_events(&x));
    let s = x.issues.iter().find(|i| i.slug == "sanctions").unwrap();
    assert_eq!(s.count, 1);
    assert_eq!(s.salience, 0.5, "one sentence of two");
}

// ---------------------------------------------------------------------------------------------
// Tone

#[test]
fn not_welcome_is_negative_where_welcome_is_positive() {
    let neg = read("The proposal was not welcome in Seoul.", WED);
    let pos = read("The proposal was welcome in Seoul.", WED);
    assert!(neg.tone.tone < 0.0, "{:?}", neg.tone);
    assert!(pos.tone.tone > 0.0, "{:?}", pos.tone);
}

#[test]
fn ending_a_bad_thing_reads_well_and_ending_a_good_one_badly() {
    let eased = read("The envoys eased the crisis in Seoul.", WED);
    let halted = read("The envoys halted the cooperation in Seoul.", WED);
    assert!(eased.tone.tone > 0.0, "{:?}", eased.tone);
    assert!(halted.tone.tone < 0.0, "{:?}", halted.tone);
}

#[test]
fn a_negated_marker_flips_its_weight() {
    let x = read("The talks were not productive, officials said.", WED);
    let m = marker(&x, "productive");
    assert!(m.base_weight > 0.0 && m.weight < 0.0, "{m:?}");
    assert!(m.modifier.as_deref().is_some_and(|s| s.contains("negated")));
}

#[test]
fn candid_and_productive_is_one_frankness_marker_of_its_speaker() {
    let x = read(
        "A State Department spokesman described the talks as candid and productive.",
        WED,
    );
    let m = marker(&x, "candid and productive");
    assert_eq!(m.category, "frankness");
    assert!(m.weight < 0.0, "candid concedes disagreement: {m:?}");
    assert_eq!(m.speaker_actor.as_deref(), Some("USAGOV"));
    assert!(
        !x.markers
            .iter()
            .any(|m| m.phrase.eq_ignore_ascii_case("productive")),
        "the pair is weighed as one phrase"
    );
}

#[test]
fn downward_spiral_is_escalation() {
    let x = read(
        "Analysts fear a downward spiral between Tokyo and Beijing.",
        WED,
    );
    let m = marker(&x, "downward spiral");
    assert_eq!(m.category, "escalation");
    assert!(m.weight < 0.0);
}

#[test]
fn reversing_the_downward_spiral_is_one_deescalation_marker() {
    let x = read(
        "Both sides pledged to reverse the downward spiral in their relations.",
        WED,
    );
    let m = marker(&x, "reverse the downward spiral");
    assert_eq!(m.category, "deescalation");
    assert!(m.weight > 0.0);
    assert!(
        !x.markers.iter().any(|m| m.category == "escalation"),
        "{:?}",
        x.markers
    );
}

#[test]
fn cautious_hopes_are_a_hedged_constructive_marker() {
    let x = read("The meeting raised cautious hopes in Hanoi.", WED);
    let m = marker(&x, "cautious hopes");
    assert_eq!(m.category, "constructive");
    assert!(m.weight > 0.0 && m.weight <= 1.0, "hedged, so weak: {m:?}");
}

#[test]
fn cautious_hopes_for_a_thaw_weigh_the_thaw_at_half() {
    let x = read("The visit raised cautious hopes for a thaw.", WED);
    let m = marker(&x, "thaw");
    assert!(m.weight < m.base_weight, "{m:?}");
}

#[test]
fn a_marker_inside_a_quote_records_the_quote_speaker() {
    let x = read(
        "Wang Yi arrived in Jakarta. “Taiwan is a red line,” Wang said.",
        WED,
    );
    let m = marker(&x, "red line");
    assert_eq!(m.category, "threat");
    assert_eq!(m.speaker_actor.as_deref(), Some("CHNGOV"));
    assert_eq!(m.speaker_country.as_deref(), Some("CHN"));
}

#[test]
fn a_marker_in_the_reporters_words_has_no_speaker() {
    let x = read("Relations entered a downward spiral last year.", WED);
    assert_eq!(marker(&x, "downward spiral").speaker_actor, None);
}

// ---------------------------------------------------------------------------------------------
// Quotes

#[test]
fn a_direct_quote_is_attributed_to_the_name_after_it() {
    let x = read(
        "Wang Yi arrived in Jakarta. “We are ready to talk,” Wang said.",
        WED,
    );
    assert_eq!(x.quotes.len(), 1, "{:?}", x.quotes);
    let q = &x.quotes[0];
    assert_eq!(q.kind, "direct");
    assert_eq!(q.speaker_actor.as_deref(), Some("CHNGOV"));
    assert_eq!(q.speaker_text.as_deref(), Some("Wang"));
    assert!(q.text.contains("We are ready to talk"));
}

#[test]
fn he_said_is_the_last_named_speaker() {
    let x = read(
        "Wang Yi said ties had reached a critical juncture. “We must not let them slide,” he said.",
        WED,
    );
    let q = x
        .quotes
        .iter()
        .find(|q| q.kind == "direct")
        .expect("the direct quote");
    assert_eq!(q.sentence, 1);
    assert_eq!(q.speaker_actor.as_deref(), Some("CHNGOV"));
}

#[test]
fn according_to_an_outlet_is_not_the_speaker_when_a_person_is_named() {
    let x = read(
        "“Stability matters most,” Wang Yi said, according to CCTV.",
        WED,
    );
    assert_eq!(x.quotes[0].speaker_actor.as_deref(), Some("CHNGOV"));
    let x = read(
        "Foreign Minister Wang Yi told his guest the talks were useful, according to Xinhua.",
        WED,
    );
    assert_eq!(x.quotes.len(), 1, "{:?}", x.quotes);
    assert_eq!(x.quotes[0].speaker_actor.as_deref(), Some("CHNGOV"));
}

#[test]
fn according_to_an_outlet_alone_is_the_outlet() {
    let x = read("The talks were useful, according to Xinhua.", WED);
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(x.quotes[0].speaker_actor.as_deref(), Some("CHNMED"));
    assert_eq!(x.quotes[0].text, "The talks were useful");
}

#[test]
fn united_states_is_a_name_not_a_speech_verb() {
    let x = read("The United States called the talks productive.", WED);
    assert_eq!(
        marker(&x, "productive").speaker_actor.as_deref(),
        Some("USA")
    );
    let x = read("The United States imposed sanctions on Iran.", WED);
    assert!(x.quotes.is_empty(), "{:?}", x.quotes);
}

#[test]
fn the_subject_of_said_is_the_speaker_even_when_unknown() {
    let x = read("Experts said that Russia would be productive.", WED);
    assert_ne!(
        marker(&x, "productive").speaker_actor.as_deref(),
        Some("RUS")
    );
    let x = read("Analysts said Russia could attack Moldova.", WED);
    assert!(
        x.quotes
            .iter()
            .all(|q| q.speaker_actor.as_deref() != Some("RUS")),
        "{:?}",
        x.quotes
    );
}

#[test]
fn reported_words_stop_before_the_speakers_article() {
    let x = read("Tell us what happened, the villagers said.", WED);
    assert_eq!(x.quotes[0].text, "Tell us what happened");
}

// ---------------------------------------------------------------------------------------------
// Events: the common patterns

#[test]
fn x_hosted_y_is_043() {
    let x = read("Qatar hosted Iranian negotiators.", WED);
    let e = event(&x, "043");
    assert_eq!(e.source_actor.as_deref(), Some("QAT"));
    assert_eq!(e.target_actor.as_deref(), Some("IRNGOV"));
    assert_eq!(e.quad_class, 1);
    assert!(e.goldstein > 0.0);
}

#[test]
fn x_met_y_is_04x() {
    let x = read("Kenya's president met Ethiopia's prime minister.", WED);
    let e = event(&x, "04");
    assert_eq!(e.source_actor.as_deref(), Some("KENGOV"));
    assert_eq!(e.target_actor.as_deref(), Some("ETHGOV"));
    assert_eq!(e.modality, Modality::Asserted);
    assert!(!e.domestic);
}

#[test]
fn x_accused_y_of_spying_is_an_accusation_of_espionage() {
    let x = read("South Korea accused North Korea of spying.", WED);
    let e = event(&x, "11");
    assert_eq!(e.code, "1125");
    assert_eq!(e.source_country.as_deref(), Some("KOR"));
    assert_eq!(e.target_country.as_deref(), Some("PRK"));
    assert_eq!(e.quad_class, 3);
    assert!(e.issues.iter().any(|i| i == "espionage"));
}

#[test]
fn x_imposed_sanctions_on_y_is_16x() {
    let x = read("Australia imposed sanctions on Myanmar.", WED);
    let e = event(&x, "16");
    assert_eq!(e.source_actor.as_deref(), Some("AUS"));
    assert_eq!(e.target_actor.as_deref(), Some("MMR"));
    assert_eq!(e.pentaclass, 3);
}

#[test]
fn x_launched_air_strikes_on_y_is_19x() {
    let x = read("Israel launched air strikes on Syria.", WED);
    let e = event(&x, "19");
    assert_eq!(e.source_actor.as_deref(), Some("ISR"));
    assert_eq!(e.target_actor.as_deref(), Some("SYR"));
    assert_eq!(e.quad_class, 4);
    assert!(e.goldstein <= -9.0);
}

#[test]
fn x_and_y_held_talks_is_a_symmetric_04x() {
    let x = read("Armenia and Azerbaijan held talks in Brussels.", WED);
    let e = event(&x, "04");
    assert!(e.symmetric);
    let mut pair = [
        e.source_country.clone().unwrap(),
        e.target_country.clone().unwrap(),
    ];
    pair.sort();
    assert_eq!(pair, ["ARM", "AZE"]);
}

#[test]
fn talks_between_x_and_y_is_a_noun_event_with_its_date() {
    let x = read(
        "Talks between Vietnam and the Philippines ended on Friday.",
        WED,
    );
    let e = event(&x, "04");
    assert_eq!(e.source_country.as_deref(), Some("VNM"));
    assert_eq!(e.target_country.as_deref(), Some("PHL"));
    assert_eq!(e.date.date, Some(day("2023-06-16")));
}

#[test]
fn a_possessive_visit_to_y_is_042() {
    let x = read("Modi's visit to Egypt drew praise.", WED);
    let e = event(&x, "042");
    assert_eq!(e.source_actor.as_deref(), Some("INDGOV"));
    assert_eq!(e.target_actor.as_deref(), Some("EGY"));
}

#[test]
fn a_passive_with_by_gives_the_agent_as_source() {
    let x = read("Armenia was attacked by Azerbaijan.", WED);
    let e = event(&x, "19");
    assert_eq!(e.source_actor.as_deref(), Some("AZE"));
    assert_eq!(e.target_actor.as_deref(), Some("ARM"));
}

#[test]
fn a_passive_with_by_and_a_weekday_keeps_its_target() {
    let x = read("Armenia was attacked by Azerbaijan on Tuesday.", WED);
    let e = event(&x, "19");
    assert_eq!(e.source_actor.as_deref(), Some("AZE"));
    assert_eq!(e.target_actor.as_deref(), Some("ARM"));
    assert_eq!(e.date.date, Some(day("2023-06-20")));
}

#[test]
fn x_shot_down_a_y_drone_is_19x_against_y() {
    let x = read("Poland shot down a Belarusian drone.", WED);
    let e = event(&x, "19");
    assert_eq!(e.source_country.as_deref(), Some("POL"));
    assert_eq!(e.target_country.as_deref(), Some("BLR"));
}

#[test]
fn an_irregular_verb_does_not_join_a_state_to_an_agent() {
    let x = read("Russia sent troops to Belarus.", WED);
    assert_eq!(mention(&x, "Russia").actor, "RUS");
    assert!(
        x.mentions.iter().all(|m| !m.text.contains("sent")),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn a_hope_inside_a_quote_does_not_make_the_saying_hypothetical() {
    let x = read(
        "Wang Yi met Antony Blinken. “We hope the talks succeed,” he said.",
        WED,
    );
    let e = x
        .events
        .iter()
        .find(|e| e.sentence == 1 && e.root == "01")
        .unwrap_or_else(|| panic!("{}", show_events(&x)));
    assert_eq!(e.modality, Modality::Asserted, "{}", show_events(&x));
}

#[test]
fn a_summoned_ambassador_is_not_of_the_summoning_state() {
    let x = read("Canberra summoned the ambassador.", WED);
    let e = event(&x, "11");
    assert_eq!(e.source_country.as_deref(), Some("AUS"));
    assert_ne!(
        e.target_country.as_deref(),
        Some("AUS"),
        "{}",
        show_events(&x)
    );
}

#[test]
fn artillery_shells_are_a_noun_not_shelling() {
    let x = read(
        "Kyiv has accused North Korea of supplying artillery shells to Russian forces.",
        WED,
    );
    assert_eq!(event(&x, "11").target_country.as_deref(), Some("PRK"));
    assert_none(&x, |e| e.root == "19");
}

#[test]
fn a_title_and_a_known_surname_are_that_person() {
    // neither surname is an alias of its own in the dictionary: the title makes it a name
    let x = read(
        "Chancellor Scholz met Prime Minister Kishida in Berlin.",
        "2023-05-02",
    );
    assert_eq!(mention(&x, "Chancellor Scholz").actor, "DEUGOV");
    assert_eq!(mention(&x, "Prime Minister Kishida").actor, "JPNGOV");
    let e = event(&x, "04");
    assert_eq!(e.source_country.as_deref(), Some("DEU"));
    assert_eq!(e.target_country.as_deref(), Some("JPN"));
}

#[test]
fn a_title_and_an_unknown_surname_stay_unknown() {
    let x = read(
        "President Zorbanu met Prime Minister Kishida.",
        "2023-05-02",
    );
    assert!(
        x.mentions
            .iter()
            .all(|m| m.text != "President Zorbanu" || m.country.is_none()),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn what_a_demand_asks_for_is_not_an_event() {
    let x = read(
        "Georgia demanded the withdrawal of Russian troops from its territory.",
        WED,
    );
    assert_eq!(event(&x, "10").source_country.as_deref(), Some("GEO"));
    assert_none(&x, |e| e.root == "08");
}

#[test]
fn a_second_finite_verb_after_a_demand_is_its_own_event() {
    let x = read(
        "France demanded that Russia withdraw its troops and expelled two Russian diplomats.",
        WED,
    );
    assert_eq!(event(&x, "10").source_country.as_deref(), Some("FRA"));
    let e = event(&x, "16");
    assert_eq!(e.source_country.as_deref(), Some("FRA"));
    assert_eq!(e.target_country.as_deref(), Some("RUS"));
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn a_purpose_is_not_yet_an_act() {
    let x = read(
        "The council passed a resolution that aims to tighten sanctions on Iran.",
        WED,
    );
    assert_none(&x, |e| e.root == "16" && e.modality == Modality::Asserted);
}

#[test]
fn an_act_keeps_its_place_beside_an_unrelated_act_of_the_same_root() {
    // the ceasefire (087) is no target-less copy of the delisting (081), though both are 08
    let x = read(
        "The Kurdish rebels declared a unilateral ceasefire after parliament removed them from a list of banned groups.",
        WED,
    );
    assert_any(&x, |e| e.code.starts_with("087"));
}

#[test]
fn an_unknown_named_subject_keeps_its_act() {
    let x = read("Ana Quibel declined to comment on the bill.", WED);
    let e = event(&x, "011");
    assert_eq!(e.source_actor, None);
    assert_eq!(e.target_actor, None);
    // a headline with no subject at all codes nothing
    let y = read("Hopes for new summit.", WED);
    assert!(y.events.is_empty(), "{}", show_events(&y));
}

#[test]
fn a_cue_word_gives_a_short_text_its_context() {
    let x = read(
        "A court in Lisbon sentenced the former mayor to six years.",
        WED,
    );
    assert!(x.contexts.iter().any(|c| c == "legal"), "{:?}", x.contexts);
    let y = read("Farmers in Lisbon sold apples at the market.", WED);
    assert!(!y.contexts.iter().any(|c| c == "legal"), "{:?}", y.contexts);
}

#[test]
fn a_passing_cue_in_a_long_article_is_not_its_context() {
    let mut text = String::from("A court in Lisbon heard the case on Monday. ");
    for i in 0..20 {
        text.push_str(&format!(
            "Farmers sold {i} crates of apples at the market. "
        ));
    }
    let x = read(&text, WED);
    assert!(!x.contexts.iter().any(|c| c == "legal"), "{:?}", x.contexts);
    text.push_str("The judge adjourned the trial. The verdict is due in July.");
    let y = read(&text, WED);
    assert!(y.contexts.iter().any(|c| c == "legal"), "{:?}", y.contexts);
}

#[test]
fn a_threat_is_addressed_to_the_party_of_its_condition() {
    let y = read(
        "Russia threatened to halt the talks if the United States deploys new missiles.",
        WED,
    );
    let e = event(&y, "13");
    assert_eq!(e.source_country.as_deref(), Some("RUS"));
    assert_eq!(e.target_country.as_deref(), Some("USA"));
}

#[test]
fn an_arrest_with_no_agent_is_the_act_of_the_state_where_it_happens() {
    let x = read("A British trader was arrested in Iran on Monday.", WED);
    let e = event(&x, "17");
    assert_eq!(e.source_country.as_deref(), Some("IRN"));
    assert_eq!(e.target_country.as_deref(), Some("GBR"));
}

#[test]
fn a_verb_inside_a_capitalised_name_is_no_trigger() {
    // "Free" starts the name of a group, it does not free anyone
    let x = read(
        "The Free Aceh Movement accused Indonesia of torturing prisoners.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("084"));
    // a headline in title case still has its verbs
    let y = read("Japan Frees Chinese Fishermen After Talks", WED);
    assert_any(&y, |e| e.code.starts_with("084"));
}

#[test]
fn a_hyphenated_modifier_is_not_a_verb_of_the_clause() {
    let x = read(
        "Turkey launched its long-threatened offensive against Syria on Sunday.",
        WED,
    );
    let e = event(&x, "19");
    assert_eq!(e.modality, Modality::Asserted);
    assert_none(&x, |e| e.root == "13");
}

#[test]
fn an_amount_of_money_is_one_word_of_a_gap_and_us_dollars_are_no_state() {
    let x = read(
        "Norway has contributed close to US$141 million to the relief effort in Sudan.",
        WED,
    );
    assert!(!has_country(&x, "USA"), "{}", show_mentions(&x));
    let e = event(&x, "07");
    assert_eq!(e.source_country.as_deref(), Some("NOR"));
    assert_eq!(e.target_country.as_deref(), Some("SDN"));
}

#[test]
fn one_meeting_named_from_both_sides_is_one_event() {
    let x = read(
        "Indian officials met Australian officials in Delhi on Monday. \
         The Australian officials held talks with Indian officials on Monday.",
        WED,
    );
    let meetings: Vec<_> = x.events.iter().filter(|e| e.code == "040").collect();
    assert_eq!(meetings.len(), 1, "{}", show_events(&x));
    assert_eq!(meetings[0].evidence.len(), 2, "{}", show_events(&x));
}

#[test]
fn first_before_a_past_verb_is_an_adverb() {
    let x = read("Kenya first met Sudan in 2019.", WED);
    let e = event(&x, "04");
    assert_eq!(e.source_country.as_deref(), Some("KEN"));
    assert_eq!(e.target_country.as_deref(), Some("SDN"));
}

#[test]
fn cannot_negates() {
    let x = read("Analysts said Iran cannot attack Iraq.", WED);
    assert_none(&x, |e| e.modality == Modality::Asserted && e.root == "19");
}

#[test]
fn a_pattern_may_open_with_the_head_noun_of_an_agent() {
    let x = read("Nigerian peacekeepers arrived in Liberia on Monday.", WED);
    let e = event(&x, "074");
    assert_eq!(e.source_country.as_deref(), Some("NGA"));
    assert_eq!(e.target_country.as_deref(), Some("LBR"));
}

#[test]
fn refusing_to_yield_is_a_refusal_to_yield() {
    let x = read("France said it will not lift the embargo on Iran.", WED);
    let e = event(&x, "124");
    assert_eq!(e.source_country.as_deref(), Some("FRA"));
    assert_eq!(e.target_country.as_deref(), Some("IRN"));
    assert_eq!(e.modality, Modality::Asserted);
    let y = read("The rebels will not release the hostages.", WED);
    assert_any(&y, |e| e.code == "1243");
}

#[test]
fn its_ambassador_from_a_capital_is_its_own_ambassador() {
    let x = read("Georgia recalled its ambassador from Moscow.", WED);
    let e = event(&x, "16");
    assert_eq!(e.source_country.as_deref(), Some("GEO"));
    assert_eq!(e.target_country.as_deref(), Some("RUS"));
}

#[test]
fn the_main_clause_event_leads_its_sentence() {
    let x = read(
        "After Russia shelled Ukrainian border towns, Georgia recalled its ambassador from Moscow.",
        WED,
    );
    assert!(x.events.len() >= 2, "{}", show_events(&x));
    assert!(x.events[0].code.starts_with("16"), "{}", show_events(&x));
}

#[test]
fn a_state_and_an_agent_across_a_subordinator_are_two_actors() {
    let x = read(
        "The party will boycott Algeria's elections unless the president resigns.",
        WED,
    );
    assert!(
        x.mentions.iter().all(|m| !m.text.contains("unless")),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn an_attempt_made_is_an_act_an_attempt_to_come_is_not() {
    let x = read(
        "North Korea tried to hack into South Korean army computers.",
        WED,
    );
    assert_eq!(event(&x, "17").modality, Modality::Asserted);
    let y = read(
        "Analysts say North Korea is trying to hack into South Korean army computers.",
        WED,
    );
    assert_none(&y, |e| e.root == "17" && e.modality == Modality::Asserted);
}

#[test]
fn an_unknown_party_committing_to_an_act_expresses_an_intent() {
    let x = read("The Umma Party said it will boycott the elections.", WED);
    let e = x
        .events
        .iter()
        .find(|e| e.modality == Modality::Asserted)
        .unwrap_or_else(|| panic!("{}", show_events(&x)));
    assert!(e.code.starts_with("13"), "{}", show_events(&x));
}

#[test]
fn the_people_counted_before_of_are_the_subject() {
    let x = read(
        "Tens of thousands of Indonesian students staged mass demonstrations on Saturday.",
        WED,
    );
    assert_eq!(event(&x, "14").source_country.as_deref(), Some("IDN"));
    let y = read(
        "A group of Moroccan diplomats held talks with Spanish officials in Madrid.",
        WED,
    );
    let e = event(&y, "04");
    assert_eq!(e.source_country.as_deref(), Some("MAR"));
    assert_eq!(e.target_country.as_deref(), Some("ESP"));
}

#[test]
fn an_adjective_and_the_name_of_a_people_are_one_actor() {
    let x = read(
        "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.",
        WED,
    );
    assert_eq!(mention(&x, "Iraqi Kurds").country.as_deref(), Some("IRQ"));
    assert_eq!(event(&x, "14").source_country.as_deref(), Some("IRQ"));
    // an adjective before a common noun stays an adjective
    let y = read("Palestinian riots against Israeli policies continued.", WED);
    assert!(
        y.mentions.iter().all(|m| m.text != "Palestinian riots"),
        "{}",
        show_mentions(&y)
    );
}

#[test]
fn a_leaders_surname_before_administration_is_that_government() {
    let x = read(
        "The Scholz government demanded that Russia release the journalist.",
        "2023-05-02",
    );
    assert_eq!(mention(&x, "Scholz government").actor, "DEUGOV");
    assert_eq!(event(&x, "10").source_country.as_deref(), Some("DEU"));
}

#[test]
fn ethnic_albanians_belong_where_they_live() {
    let x = read(
        "About 300 ethnic Albanians demonstrated on Tuesday in Serbia.",
        WED,
    );
    assert!(!has_country(&x, "ALB"), "{}", show_mentions(&x));
    assert_eq!(event(&x, "14").source_country.as_deref(), Some("SRB"));
}

#[test]
fn an_agent_of_no_state_gives_way_to_the_party_of_the_condition() {
    let x = read(
        "Iran threatened to launch a new military offensive unless Baghdad accepted its terms.",
        WED,
    );
    let e = event(&x, "13");
    assert_eq!(e.source_country.as_deref(), Some("IRN"));
    assert_eq!(e.target_country.as_deref(), Some("IRQ"));
}

#[test]
fn a_bombing_by_no_one_named_is_laid_to_the_place_where_it_happens() {
    let x = read(
        "Three US soldiers were killed by a roadside bomb in Afghanistan on Sunday.",
        WED,
    );
    let e = event(&x, "18");
    assert_eq!(e.source_country.as_deref(), Some("AFG"));
    assert_eq!(e.target_country.as_deref(), Some("USA"));
}

#[test]
fn a_statement_is_not_addressed_to_the_adjective_of_a_thing() {
    let x = read(
        "The Norwegian minister said exports of Canadian wheat would rise.",
        WED,
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.root != "01" || e.target_country.as_deref() != Some("CAN")),
        "{}",
        show_events(&x)
    );
    // an actor the statement speaks of still is its target
    let y = read(
        "The Norwegian minister said Canadian officials had broken their word.",
        WED,
    );
    assert_any(&y, |e| {
        e.root == "01" && e.target_country.as_deref() == Some("CAN")
    });
}

#[test]
fn a_capitalised_verb_after_a_dotted_state_is_still_a_verb() {
    let x = read(
        "In the talks, the U.S. Criticised Japan's fiscal policy.",
        WED,
    );
    let e = event(&x, "11");
    assert_eq!(e.source_country.as_deref(), Some("USA"));
    assert_eq!(e.target_country.as_deref(), Some("JPN"));
}

#[test]
fn a_trailing_report_verb_takes_its_speaker_not_the_reported_actor() {
    let x = read(
        "Egypt bought 200,000 tonnes of wheat, the Agriculture Department said.",
        WED,
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.root != "01" || e.source_country.as_deref() != Some("EGY")),
        "{}",
        show_events(&x)
    );
    let y = read("Egypt will buy more wheat, said Egyptian officials.", WED);
    assert_any(&y, |e| {
        e.root == "01" && e.source_actor.as_deref() == Some("EGYGOV")
    });
}

#[test]
fn each_of_two_coordinated_subjects_acts() {
    let x = read(
        "The United States and Japan criticised China's exchange rate policy.",
        WED,
    );
    for s in ["USA", "JPN"] {
        assert!(
            x.events.iter().any(|e| e.root == "11"
                && e.source_country.as_deref() == Some(s)
                && e.target_country.as_deref() == Some("CHN")),
            "{s}: {}",
            show_events(&x)
        );
    }
}

#[test]
fn the_subject_of_a_passive_verb_of_giving_receives() {
    let x = read(
        "Syrian rebels were given anti-tank missiles last month.",
        WED,
    );
    let e = event(&x, "07");
    assert_eq!(e.source_country, None, "{}", show_events(&x));
    assert_eq!(e.target_country.as_deref(), Some("SYR"));
}

#[test]
fn a_noun_after_a_modifier_is_not_the_clause_subjects_act() {
    // the condolences are Saudi Arabia's, the assault is not
    let x = read(
        "The Saudi king sent condolences to Afghanistan after Wednesday's terrorist assault in Kabul.",
        WED,
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.root != "18" || e.source_country.as_deref() != Some("SAU")),
        "{}",
        show_events(&x)
    );
    // an actor right before the noun is its agent
    let y = read("Ukraine condemned the Russian attack on Kyiv.", WED);
    assert_any(&y, |e| {
        e.root == "19" && e.source_country.as_deref() == Some("RUS")
    });
}

#[test]
fn a_recommended_act_is_not_done() {
    let x = read(
        "A Senate committee issued a report recommending sanctions against Panama.",
        WED,
    );
    assert_none(&x, |e| e.root == "16" && e.modality == Modality::Asserted);
}

#[test]
fn he_is_one_person_not_the_officials_quoted_before() {
    let x = read(
        "Japanese officials said on Monday that rice imports would stay closed. \
         He said the season had been a good one.",
        WED,
    );
    assert!(
        x.events
            .iter()
            .filter(|e| e.sentence == 1)
            .all(|e| e.source_actor.as_deref() != Some("JPNGOV")),
        "{}",
        show_events(&x)
    );
}

#[test]
fn a_statement_is_not_addressed_to_a_company_it_mentions() {
    let x = read(
        "The German minister said the results of Boeing were disappointing.",
        WED,
    );
    assert_none(&x, |e| {
        e.root == "01" && e.target_country.as_deref() == Some("USA")
    });
}

#[test]
fn a_trailing_report_clause_names_its_own_speaker() {
    // the sources are no dictionary actor; the state visited is not the speaker
    let x = read(
        "Kenyan traders will visit Uganda this month, the sources said.",
        WED,
    );
    let q = x
        .quotes
        .first()
        .unwrap_or_else(|| panic!("no quote: {:?}", x.quotes));
    assert_eq!(q.speaker_actor, None, "{q:?}");
}

#[test]
fn a_second_verb_of_the_subject_keeps_its_speaker() {
    let x = read(
        "President Volodymyr Zelensky accused Moscow of targeting civilians and urged allies to send more air defences.",
        WED,
    );
    let q = x
        .quotes
        .iter()
        .find(|q| q.text.contains("allies"))
        .unwrap_or_else(|| panic!("no quote: {:?}", x.quotes));
    assert_eq!(q.speaker_country.as_deref(), Some("UKR"), "{q:?}");
}

#[test]
fn a_past_act_in_a_month_named_without_a_year_is_last_years() {
    let x = read("Egypt hosted Jordan in July.", WED);
    assert_eq!(event(&x, "043").date.format().as_deref(), Some("2022-07"));
    // the coming month for what is still to come: the visit of July, promised now
    let x = read("Egypt will host Jordan in July.", WED);
    assert_eq!(event(&x, "043").date.format().as_deref(), Some("2023-07"));
    assert_eq!(event(&x, "043").modality.as_str(), "future");
    assert_eq!(event(&x, "03").date.format().as_deref(), Some("2023-06-21"));
    assert_eq!(event(&x, "03").modality.as_str(), "asserted");
}

#[test]
fn an_unnamed_speaker_speaks_for_the_one_state_acting() {
    let x = read(
        "Officials met in Cairo. Israel launched air strikes on the Gaza Strip on Saturday, the army said.",
        WED,
    );
    assert_eq!(mention(&x, "army").actor, "ISRMIL", "{}", show_mentions(&x));
}

#[test]
fn a_known_surname_with_another_first_name_is_someone_else() {
    // John Howard led Australia from 1996; Michael Howard is another man
    let text = "Britain warned Japan on Monday. \
                Trade Minister Michael Howard said on his return from Japan that talks failed. \
                Howard denied that his trip had been wasted.";
    let x = read(text, "2000-06-07");
    assert!(
        x.events
            .iter()
            .all(|e| e.source_country.as_deref() != Some("AUS")),
        "{}",
        show_events(&x)
    );
    // the unnamed official of a wire story is of the state it opens with, not of a place the
    // sentence names
    assert!(
        x.events
            .iter()
            .any(|e| e.source_country.as_deref() == Some("GBR") && e.sentence == 1),
        "{}",
        show_events(&x)
    );
}

#[test]
fn a_first_name_and_surname_without_the_middle_initial_are_still_the_person() {
    let x = read(
        "Saudi Arabia's Crown Prince Abdullah met Vice President George Bush on Monday.",
        "1987-10-19",
    );
    assert!(
        x.events.iter().any(|e| e.code.starts_with("04")
            && [e.source_country.as_deref(), e.target_country.as_deref()].contains(&Some("USA"))),
        "{}",
        show_events(&x)
    );
}

#[test]
fn an_issue_named_once_in_passing_in_a_long_article_gives_no_context() {
    let talks = "Egypt hosted Jordan for talks on Monday. The two sides discussed trade. \
                 Jordan praised Egypt. Egypt thanked Jordan. The talks lasted two hours. ";
    let x = read(&format!("{talks}The countries also discussed energy."), WED);
    assert!(
        !x.contexts.iter().any(|c| c == "natural_resource"),
        "{:?}",
        x.contexts
    );
    // named in two sentences it is a subject of the article
    let x = read(
        &format!("{talks}The countries also discussed energy. Energy prices rose."),
        WED,
    );
    assert!(
        x.contexts.iter().any(|c| c == "natural_resource"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn only_states_and_their_officials_get_the_articles_counterpart() {
    // traders and companies speak for no state
    let text = "Jordan closed its border with Egypt on Monday. \
                Jordan blamed smugglers. \
                Egyptian traders said prices would rise.";
    let x = read(text, WED);
    assert!(
        x.events
            .iter()
            .filter(|e| e.source_actor.as_deref() == Some("EGYBUS"))
            .all(|e| e.target_country.is_none()),
        "{}",
        show_events(&x)
    );
}

#[test]
fn a_material_act_with_one_side_named_takes_the_articles_counterpart() {
    let text = "Azerbaijan accused Armenia of shelling on Monday. \
                Armenia blamed Azerbaijan. \
                Two Armenian soldiers were killed.";
    let x = read(text, WED);
    assert!(
        x.events.iter().any(|e| e.code.starts_with("18")
            || e.code.starts_with("19")
            || e.code.starts_with("20"))
            && x.events
                .iter()
                .filter(|e| e.code.starts_with("18")
                    || e.code.starts_with("19")
                    || e.code.starts_with("20"))
                .all(|e| e.source_country.as_deref() == Some("AZE")),
        "{}",
        show_events(&x)
    );
}

#[test]
fn a_surname_the_article_gave_someone_stays_theirs_after_a_title() {
    // John Howard led Australia in 2001; this Howard is a British minister
    let x = read(
        "British trade minister Peter Howard warned Japan over the dispute. Howard said he was \
         concerned. After talks with the ministers Howard said he expected action.",
        "2001-05-09",
    );
    let howards: Vec<Option<&str>> = x
        .mentions
        .iter()
        .filter(|m| m.text.ends_with("Howard"))
        .map(|m| m.country.as_deref())
        .collect();
    assert_eq!(howards, [Some("GBR"); 3], "{:?}", x.mentions);
}

#[test]
fn a_comment_by_no_state_about_no_state_is_no_event_but_stays_a_quote() {
    let x = read(
        "Peru and Chile signed a fishing accord on Monday. The accord covers six species. \
         \"It is a sensible deal,\" a Western diplomat said.",
        WED,
    );
    assert!(
        !x.events.iter().any(|e| e.code.starts_with("01")
            && e.source_country.is_none()
            && e.target_country.is_none()),
        "{:?}",
        brief(&x)
    );
    assert!(
        x.quotes.iter().any(|q| q.text.contains("sensible deal")),
        "{:?}",
        x.quotes
    );
}

#[test]
fn a_time_before_the_report_verb_dates_the_report_not_the_act_told() {
    let x = read(
        "Peru earlier today said its troops launched fresh attacks near the border last night.",
        WED,
    );
    assert_eq!(event(&x, "19").date.format().as_deref(), Some("2023-06-20"));
    // with nothing else to date it, the act takes the report's time
    let y = read(
        "Peru said on Monday its troops attacked the border post.",
        WED,
    );
    assert_eq!(event(&y, "19").date.format().as_deref(), Some("2023-06-19"));
}

#[test]
fn an_official_of_unknown_state_who_meets_the_lead_states_official_is_the_other_sides() {
    let x = read(
        "Trump cancelled his trip to Denmark on Tuesday. The Danish government called the move \
         regrettable. Foreign Minister Lars Dalby held a telephone conversation with U.S. \
         Secretary of State Mike Pompeo later in the day. Dalby said the talks were useful.",
        "2019-08-21",
    );
    let dalby: Vec<Option<&str>> = x
        .mentions
        .iter()
        .filter(|m| m.text.contains("Dalby"))
        .map(|m| m.country.as_deref())
        .collect();
    assert_eq!(dalby, [Some("DNK"), Some("DNK")], "{:?}", x.mentions);
}

#[test]
fn a_plain_statement_addressed_to_no_one_is_no_event() {
    let x = read(
        "Peru held a general election on Sunday. Turnout was high across the country. The \
         Peruvian foreign ministry said the vote had been calm.",
        WED,
    );
    assert!(!x.events.iter().any(|e| e.code == "010"), "{:?}", brief(&x));
    assert!(
        x.quotes.iter().any(|q| q.text.contains("calm")),
        "{:?}",
        x.quotes
    );
}

#[test]
fn a_commodity_naming_what_a_ship_or_platform_carries_is_no_issue() {
    let x = read(
        "Iranian gunboats attacked an oil platform and two gas tankers.",
        WED,
    );
    assert!(!has_issue(&x, "oil-gas"), "{:?}", x.issues);
    let y = read("Iran raised its oil exports to China.", WED);
    assert!(has_issue(&y, "oil-gas"), "{:?}", y.issues);
}

#[test]
fn a_body_of_a_governed_territory_is_the_governing_states() {
    let x = read(
        "Greenland's premier said the island was not for sale. Gaza's health ministry said \
         twelve people were killed.",
        WED,
    );
    let of = |t: &str| {
        x.mentions
            .iter()
            .find(|m| m.text.contains(t))
            .and_then(|m| m.country.clone())
    };
    assert_eq!(of("premier").as_deref(), Some("DNK"), "{:?}", x.mentions);
    assert_eq!(of("ministry").as_deref(), Some("PSE"), "{:?}", x.mentions);
}

#[test]
fn a_state_named_as_the_subject_starts_no_carried_over_exchange() {
    let x = read(
        "Trump will travel to Warsaw on Sunday. The United States offered to buy Greenland in \
         1946.",
        WED,
    );
    assert!(
        !x.events
            .iter()
            .any(|e| e.sentence == 1 && e.target_country.as_deref() == Some("POL")),
        "{:?}",
        brief(&x)
    );
}

#[test]
fn he_is_not_a_queen() {
    let x = read(
        "Trump had been due in Copenhagen at the invitation of Queen Margrethe, but he wrote \
         that he would postpone the trip.",
        WED,
    );
    assert!(
        x.events
            .iter()
            .filter(|e| e.code.starts_with("16") || e.code.starts_with("13"))
            .all(|e| e.source_country.as_deref() == Some("USA")),
        "{:?}",
        brief(&x)
    );
    assert!(
        x.events
            .iter()
            .any(|e| e.code.starts_with("16") || e.code.starts_with("13")),
        "{:?}",
        x.events
            .iter()
            .map(|e| (&e.code, &e.source_country))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_body_a_state_leads_acts_for_it_one_it_backs_does_not() {
    let x = read(
        "The Saudi-led coalition declared a two-week ceasefire. Iran-backed rebels attacked the port.",
        WED,
    );
    let of = |t: &str| {
        x.mentions
            .iter()
            .find(|m| m.text.contains(t))
            .map(|m| (m.actor.clone(), m.country.clone()))
    };
    assert_eq!(
        of("coalition"),
        Some(("SAUMIL".to_string(), Some("SAU".to_string()))),
        "{:?}",
        x.mentions
    );
    assert!(
        x.mentions
            .iter()
            .all(|m| m.actor != "IRN" || !m.text.contains("rebels")),
        "{:?}",
        x.mentions
    );
}

#[test]
fn a_ban_on_another_states_people_is_a_sanction_a_ban_at_home_is_not() {
    let x = read(
        "Canada banned Venezuelan airlines from its airspace on Tuesday.",
        WED,
    );
    assert_any(&x, |e| {
        e.code == "163" && e.target_country.as_deref() == Some("VEN")
    });
    assert_none(&x, |e| e.code == "172");
    let x = read(
        "Venezuela banned its opposition leaders from travelling.",
        WED,
    );
    assert_none(&x, |e| e.code == "163");
}

#[test]
fn unnamed_sources_speak_for_no_state() {
    let x = read(
        "Peruvian troops crossed into the border zone overnight. Military and diplomatic sources said the move was unexpected.",
        WED,
    );
    assert!(
        x.mentions
            .iter()
            .filter(|m| m.text.eq_ignore_ascii_case("military"))
            .all(|m| m.country.is_none()),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn a_plural_noun_before_a_modal_is_no_verb() {
    let x = read(
        "Bolivian troops were leaving, but heavy storms could be delaying their retreat from Chile.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
}

#[test]
fn a_state_joined_to_a_participle_of_origin_is_no_actor() {
    let x = read(
        "Cuba fired a Soviet-made missile at the island on Monday.",
        WED,
    );
    assert_none(&x, |e| e.target_country.as_deref() == Some("RUS"));
    assert!(
        x.mentions
            .iter()
            .all(|m| m.country.as_deref() != Some("RUS")),
        "{}",
        show_mentions(&x)
    );
    // an owner still is the side
    let x = read("Iraq attacked a Kuwaiti-owned tanker on Monday.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.target_country.as_deref() == Some("KWT")
    });
}

#[test]
fn keen_to_negotiate_is_an_intent() {
    let x = read(
        "Chile is keen to negotiate with Peru over fishing rights.",
        WED,
    );
    assert_any(&x, |e| {
        e.code == "036" && e.target_country.as_deref() == Some("PER")
    });
    assert_none(&x, |e| e.code == "046");
}

#[test]
fn talking_to_the_press_is_no_consultation() {
    let x = read(
        "The Kenyan minister was talking to Ugandan journalists after the summit.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("04"));
}

#[test]
fn each_capitalised_word_of_a_name_must_be_capitalised() {
    let x = read(
        "Japan's trade minister arrived in Russia today for talks.",
        WED,
    );
    assert!(
        x.mentions.iter().all(|m| !m.actor.ends_with("MED")),
        "{}",
        show_mentions(&x)
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && e.target_country.as_deref() == Some("RUS")
    });
}

#[test]
fn a_verb_after_a_states_adjective_is_its_noun() {
    let x = read(
        "The plan protects Saudi tankers from Iranian attack, Biden said.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
    // the adjective as subject still acts: "a Kenyan call for talks"
    let x = read("A Kenyan call for talks with Somalia went unanswered.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("02") && e.source_country.as_deref() == Some("KEN")
    });
}

#[test]
fn a_city_places_the_act_in_its_state() {
    let x = read("Iranian jets bombed Basra on Monday.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("19") && directed(e, "IRN", "IRQ")
    });
    // a city is a place, never an actor, and adds no country by itself
    assert!(
        x.mentions
            .iter()
            .filter(|m| m.text == "Basra")
            .all(|m| m.locative),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn an_act_a_statement_is_about_comes_after_it_and_is_not_the_speakers() {
    let x = read(
        "The Afghan government voiced concern about the terrorist attack in Pakistan.",
        WED,
    );
    assert!(
        x.events.first().is_some_and(|e| e.code.starts_with("01")),
        "{}",
        show_events(&x)
    );
    assert_none(&x, |e| {
        e.code.starts_with("18") && e.source_country.as_deref() == Some("AFG")
    });
}

#[test]
fn a_state_backing_a_group_is_not_the_target_of_an_attack_on_it() {
    let x = read("Saudi jets struck Iran-backed rebels near the port.", WED);
    assert_any(&x, |e| e.code.starts_with("19"));
    assert_none(&x, |e| e.target_country.as_deref() == Some("IRN"));
}

#[test]
fn a_surname_after_the_modifies_the_noun_after_it() {
    let x = read(
        "Opposition lawmakers killed the Erdogan pension plan on Tuesday.",
        WED,
    );
    assert_none(&x, |e| e.target_actor.as_deref() == Some("TURGOV"));
    // a body or a delegation of theirs still is theirs
    let x = read("Japan welcomed the Biden administration's decision.", WED);
    assert_any(&x, |e| e.target_country.as_deref() == Some("USA"));
}

#[test]
fn a_place_after_a_first_name_is_a_surname() {
    let x = read(
        "Trade Minister Alan Birmingham said Canberra would appeal to the WTO.",
        WED,
    );
    assert!(
        x.mentions.iter().all(|m| m.text != "Birmingham"),
        "{}",
        show_mentions(&x)
    );
    // a state's adjective before the place leaves it a place
    let x = read("Iranian jets bombed Basra on Monday.", WED);
    assert!(
        x.mentions.iter().any(|m| m.text == "Basra" && m.locative),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn a_document_released_by_an_actor_is_no_release_of_people() {
    let x = read(
        "Analysts pointed to a video released by the Iranian navy on Friday.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("084"));
}

#[test]
fn workers_on_strike_protest_they_do_not_attack() {
    let x = read(
        "Spanish dockers began a nine-day strike on Monday against the government's port plan.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
    let x = read(
        "Chilean miners have been on strike in Santiago since May.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
}

#[test]
fn an_economy_hard_hit_is_not_attacked() {
    let x = read(
        "Peru, hardest hit by the fall in copper prices, asked for new loans.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
    let x = read(
        "Chilean exporters were hit by lower copper prices last year.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
    // "was hit by" an actor is a passive attack by it
    let x = read(
        "A Kuwaiti tanker was hit by Iranian gunboats on Monday.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("IRN")
    });
}

#[test]
fn a_battle_with_no_arms_in_sight_is_a_contest() {
    let x = read(
        "Japan and South Korea are waging a quiet battle over chip subsidies.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
    let x = read(
        "Ethiopian troops battled Eritrean forces near the border on Monday.",
        WED,
    );
    assert_any(&x, |e| e.code.starts_with("19"));
}

#[test]
fn livestock_slaughter_is_no_massacre() {
    let x = read(
        "Argentine cattle slaughter rose four percent in May, the ministry said.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("20"));
}

#[test]
fn trade_figures_are_no_acts_of_trade() {
    let x = read("Kenyan exports to Uganda rose nine percent in May.", WED);
    assert_none(&x, |e| e.code.starts_with("06"));
    let x = read(
        "The report saw slow growth in trade with Uganda over the decade, Kenya said.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("06"));
    let x = read("Ghana said financing talks with Nigeria would resume.", WED);
    assert_none(&x, |e| e.code.starts_with("07"));
    // a sale told as an act still is one
    let x = read(
        "Kenya sold 20,000 tonnes of tea to Pakistan last month.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("06") && e.target_country.as_deref() == Some("PAK")
    });
}

#[test]
fn will_not_allow_another_state_to_act_is_a_warning() {
    let x = read(
        "Egypt said it will not allow Ethiopia to fill the dam without a deal.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "EGY", "ETH")
    });
}

#[test]
fn what_a_thing_would_do_is_no_act() {
    let x = read(
        "Washington handed Havana a draft treaty which would eliminate all medium-range missiles on the island and slash its warheads elsewhere.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("087") && e.modality == Modality::Asserted
    });
}

#[test]
fn words_that_only_look_like_the_verb() {
    // an adjective
    let x = read(
        "The U.S. had long sought free access to the Korean market.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("08"));
    // help to do something
    let x = read(
        "Seoul cut the duties to help reduce its trade surplus with the United States.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("07"));
    // naming, not a telephone call
    let x = read(
        "Tokyo will retaliate for what it calls Seoul's breach of the accord.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("041"));
    // the verbs themselves still code
    let x = read("The rebels freed two Kenyan hostages on Monday.", WED);
    assert_any(&x, |e| e.code.starts_with("084"));
}

#[test]
fn cutting_import_taxes_eases_a_barrier() {
    let x = read(
        "South Korea cut import taxes on 50 American goods on Monday.",
        WED,
    );
    assert_any(&x, |e| e.code.starts_with("08"));
}

#[test]
fn a_states_envoy_to_an_international_body_is_the_states() {
    let x = read(
        "Iran's U.N. envoy Amir Saeid Iravani accused Israel of aggression.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "IRN", "ISR")
    });
}

#[test]
fn a_national_security_council_is_no_un_body() {
    let x = read(
        "In Paris, a National Security Council spokesman condemned the strike on Niger.",
        WED,
    );
    assert!(
        x.mentions.iter().all(|m| m.actor != "IGOUNSC"),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn a_house_of_commons_is_the_speakers_own() {
    let x = read(
        "Canada's trade minister told the House of Commons that Ottawa would appeal the ruling.",
        WED,
    );
    assert!(
        x.mentions
            .iter()
            .all(|m| m.country.as_deref() != Some("GBR")),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn a_state_does_not_reject_itself() {
    let x = read(
        "Russia and Ukraine traded accusations on Monday over the shelling of the dam. \
         Ukraine's foreign minister said Kyiv wanted a summit. \
         Kremlin spokesman Dmitry Peskov said on Tuesday it would be wrong to expect quick results \
         and ruled out a meeting between President Vladimir Putin and Volodymyr Zelensky.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("12") && directed(e, "RUS", "RUS")
    });
    assert_any(&x, |e| {
        e.code.starts_with("12") && e.target_country.as_deref() == Some("UKR")
    });
}

#[test]
fn a_third_states_appeal_to_no_one_named_goes_to_both_sides() {
    let x = read(
        "Thailand and Cambodia clashed on the border on Monday. \
         Thai troops shelled Cambodian positions near the temple. \
         China also urged restraint.",
        WED,
    );
    for side in ["THA", "KHM"] {
        assert_any(&x, |e| {
            e.code.starts_with("02")
                && e.source_country.as_deref() == Some("CHN")
                && e.target_country.as_deref() == Some(side)
        });
    }
}

#[test]
fn a_state_does_not_threaten_itself() {
    let x = read(
        "American warships shelled an Iranian oil platform in the Gulf on Monday. \
         The Pentagon said the strike answered a missile attack on a tanker. \
         Following the raid, a spokesman for Iran's war council vowed to avenge the attack.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("13") && directed(e, "IRN", "IRN")
    });
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "IRN", "USA")
    });
}

#[test]
fn an_unknown_persons_name_is_kept_as_spelt() {
    let x = read(
        "Kenyan Foreign Minister Alfred Mutua met Ugandan officials in Kampala.",
        WED,
    );
    assert!(
        x.mentions
            .iter()
            .any(|m| m.person.as_deref() == Some("Alfred Mutua")),
        "{:?}",
        x.mentions
            .iter()
            .map(|m| (&m.text, &m.person))
            .collect::<Vec<_>>()
    );
}

#[test]
fn asking_for_help_with_no_one_else_named_is_an_appeal() {
    let x = read(
        "Kenya asked the African Union to help patrol its border.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("053"));
    assert_any(&x, |e| e.code.starts_with("02"));
    // a third party named after the verb is the one supported
    let x = read("Kenya urged the African Union to support Somalia.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("053") && e.target_country.as_deref() == Some("SOM")
    });
}

#[test]
fn cannot_accept_is_a_refusal() {
    let x = read(
        "Kenya said it cannot accept any more refugees from Somalia.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("12")
            && e.modality == Modality::Asserted
            && e.source_country.as_deref() == Some("KEN")
    });
}

#[test]
fn a_bombing_condemned_is_not_the_condemners() {
    let x = read(
        "Kenya strongly condemned the deadly bombing in Somalia.",
        WED,
    );
    assert!(
        x.events.first().is_some_and(|e| e.code.starts_with("11")),
        "{}",
        show_events(&x)
    );
    assert_any(&x, |e| {
        e.code.starts_with("18")
            && e.target_country.as_deref() == Some("SOM")
            && e.source_country.is_none()
    });
}

#[test]
fn warships_sent_and_jets_of_a_state() {
    let x = read("Italy sent three frigates and two minesweepers.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("15") && e.source_country.as_deref() == Some("ITA")
    });
    let x = read("Russian jets flew near the Estonian border.", WED);
    assert!(
        x.mentions.iter().any(|m| m.actor == "RUSMIL"),
        "{}",
        show_mentions(&x)
    );
    // a company delivering jets gives no military aid
    let x = read("Boeing delivered 20 jets to Japan Airlines.", WED);
    assert_none(&x, |e| e.code.starts_with("07"));
}

#[test]
fn a_states_gunboats_are_its_military() {
    let x = read("Iranian gunboats attacked a Kuwaiti tanker on Monday.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("19")
            && e.source_actor.as_deref() == Some("IRNMIL")
            && e.target_country.as_deref() == Some("KWT")
    });
}

#[test]
fn help_and_other_verbs_after_to_are_infinitives() {
    // "help" before a verb of its own pattern still codes
    let x = read("Britain will help defend Estonia.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("074") && e.target_country.as_deref() == Some("EST")
    });
    // a pattern's noun right after "to" is a verb: no aid was cut
    let x = read(
        "Seoul cut the duties to help reduce its trade surplus with the United States.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("16"));
    // money given "to help fund" is aid, whatever the currency
    let x = read(
        "Norway will provide 30 mln crowns to help fund schools in Malawi.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("07") && e.target_country.as_deref() == Some("MWI")
    });
}

#[test]
fn a_bodys_seat_after_at_is_a_place_not_the_other_side() {
    let x = read(
        "Britain's prime minister held talks at Downing Street with the Irish premier on Monday.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && e.target_country.as_deref() == Some("IRL")
    });
    assert!(
        mention(&x, "Downing Street").locative,
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn a_threat_with_no_addressee_goes_to_the_other_state_named() {
    let x = read(
        "The American president gave Russian President Vladimir Putin a stern warning on Monday.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "USA", "RUS")
    });
    assert_none(&x, |e| e.target_country.as_deref() == Some("USA"));
}

#[test]
fn a_clause_without_that_after_an_addressee_is_no_instruction() {
    let x = read(
        "The spokeswoman told reporters the United States expects to reach an accord with Saudi Arabia.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("10"));
    // the instruction itself still codes
    let x = read("The minister told Japan to open its markets.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("10") && e.target_country.as_deref() == Some("JPN")
    });
}

#[test]
fn talks_in_a_phrase_before_the_clause_are_its_subjects() {
    for s in [
        "After talks with Chinese leaders, the Japanese foreign minister said ties were good.",
        "Following his meeting with Chinese leaders, the Japanese foreign minister said ties were good.",
        "After meeting Chinese leaders, the Japanese foreign minister said ties were good.",
        "The Japanese foreign minister said after speaking by telephone with Chinese leaders that ties were good.",
    ] {
        let x = read(s, WED);
        assert_any(&x, |e| {
            e.code.starts_with("04") && directed(e, "JPN", "CHN")
        });
    }
    // an attack before the clause is not its subject's
    let x = read(
        "After an attack on its embassy, Britain expelled two Libyan diplomats.",
        WED,
    );
    assert_none(&x, |e| {
        (e.root == "18" || e.root == "19") && e.source_country.as_deref() == Some("GBR")
    });
}

#[test]
fn a_that_clause_after_a_hope_without_that_is_said_not_hoped() {
    let x = read(
        "Morrison said he hoped the incident would not inflame tensions and that Australia remained open to dialogue with Beijing.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("03")
            && e.modality == Modality::Asserted
            && e.target_country.as_deref() == Some("CHN")
    });
    // what is hoped with "that" stays hoped
    let x = read(
        "Morrison said he hoped that the incident would pass and that Australia would resume dialogue with Beijing.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("03") && e.modality == Modality::Asserted
    });
}

#[test]
fn as_much_as_is_part_of_an_amount_and_a_gap_stops_at_a_modal() {
    let x = read(
        "Washington announced plans to put as much as 300 mln dlrs in tariffs on Japanese electronic goods.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("16") && e.target_country.as_deref() == Some("JPN")
    });
    // what is announced to come is not imposed
    let x = read(
        "Washington announced it would put tariffs on Japanese electronic goods.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("16") && e.modality == Modality::Asserted
    });
    assert_any(&x, |e| {
        e.code.starts_with("16") && e.modality == Modality::Future
    });
}

#[test]
fn a_past_verb_coordinated_after_a_modal_phrase_is_asserted() {
    let x = read(
        "Tehran denied it would threaten shipping and warned the U.S. against interference.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("13")
            && e.modality == Modality::Asserted
            && e.target_country.as_deref() == Some("USA")
    });
    // a participle sharing "would be" stays under the modal
    let x = read("Iran said the spies would be tried and expelled.", WED);
    assert_none(&x, |e| {
        e.modality == Modality::Asserted && e.code.starts_with("17")
    });
}

#[test]
fn it_opening_a_sentence_is_the_last_sentences_subject() {
    let x = read(
        "Japan accused China of dumping steel on Monday. It called on Beijing to stop the exports.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && e.source_country.as_deref() == Some("JPN")
    });
    assert_none(&x, |e| {
        e.code.starts_with("02") && e.source_country.as_deref() == Some("CHN")
    });
    // and so is "it" saying the words before it
    let x = read(
        "Iran warned Kuwait on Monday. \"Any help to the United States will meet a strong response,\" it said.",
        WED,
    );
    assert_none(&x, |e| e.source_country.as_deref() == Some("USA"));
}

#[test]
fn i_and_we_in_a_direct_quote_are_its_speaker() {
    let x = read(
        "\"But I promise to lower the tariffs on American beef,\" the Japanese prime minister told U.S. senators.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("03") && e.source_country.as_deref() == Some("JPN")
    });
    assert_none(&x, |e| {
        e.code.starts_with("03") && e.source_country.as_deref() == Some("USA")
    });
}

#[test]
fn a_place_captured_a_few_words_back_is_territory_taken() {
    let x = read(
        "The boats were seen off Iraq's Faw peninsula at the head of the Gulf, captured by Iran last year.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("IRN")
    });
    assert_none(&x, |e| e.code.starts_with("17"));
}

#[test]
fn a_state_expecting_to_conclude_an_arrangement_intends_to() {
    let x = read(
        "The United States expects to conclude very soon a favorable arrangement with Saudi Arabia on security.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("03")
            && e.modality == Modality::Asserted
            && e.target_country.as_deref() == Some("SAU")
    });
    assert_any(&x, |e| {
        e.code.starts_with("057") && e.modality == Modality::Future
    });
}

#[test]
fn a_passive_subject_owned_through_its_is_that_states() {
    let x = read(
        "Diplomats said China's prospects are good, with its application supported by the United States and Japan.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("05") && directed(e, "USA", "CHN")
    });
}

#[test]
fn a_passive_subject_a_state_owns_and_a_list_of_agents() {
    let x = read(
        "China's application was supported by the United States, Japan and the European Community.",
        WED,
    );
    for s in ["USA", "JPN"] {
        assert_any(&x, |e| {
            e.code.starts_with("05")
                && e.source_country.as_deref() == Some(s)
                && e.target_country.as_deref() == Some("CHN")
        });
    }
}

#[test]
fn a_whose_clause_before_the_verb_holds_no_subject() {
    let x = read(
        "Russian President Vladimir Putin, whose country has military bases in Kyrgyzstan, urged Tajikistan on Friday to avoid further escalation.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && directed(e, "RUS", "TJK")
    });
    assert_none(&x, |e| e.source_country.as_deref() == Some("KGZ"));
}

#[test]
fn threatening_a_thing_endangers_it() {
    let x = read(
        "The ambassador told the assembly that Russia's actions threatened the principle that protects every member state.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("13"));
    let x = read("The crisis threatens regional peace, Japan said.", WED);
    assert_none(&x, |e| e.code.starts_with("13"));
    let x = read("China threatened Taiwan on Monday.", WED);
    assert_any(&x, |e| {
        e.code.starts_with("13") && e.target_country.as_deref() == Some("TWN")
    });
}

#[test]
fn an_official_by_title_welcoming_the_lead_states_leader_is_the_hosts() {
    let x = read(
        "Indian Prime Minister Narendra Modi arrived in Abuja on Saturday for a two-day visit to Nigeria. \
         He was welcomed at the airport by the minister, who presented him with the key to the city. \
         Modi held talks with Nigerian President Bola Tinubu on Sunday.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("043") && directed(e, "NGA", "IND")
    });
    assert_none(&x, |e| {
        e.source_country.is_some() && e.source_country == e.target_country
    });
    // an opposition agreeing with its own government stays at home
    let x = read(
        "Japanese Prime Minister Yasuhiro Nakasone faces a trade row with the United States. \
         Nakasone and his party last week reached an accord with opposition parties over a sales tax plan. \
         U.S. officials welcomed the accord.",
        WED,
    );
    assert_none(&x, |e| directed(e, "JPN", "USA"));
}

#[test]
fn a_body_of_a_named_person_is_that_persons_states() {
    let x = read(
        "Rescuers from Greece arrived in Turkey on Tuesday. In Syria, the government of President Bashar al-Assad asked the European Union for help. Turkey thanked Greece.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && e.source_country.as_deref() == Some("SYR")
    });
    assert_none(&x, |e| {
        e.code.starts_with("02") && e.source_country.as_deref() == Some("GRC")
    });
}

#[test]
fn telling_someone_in_a_call_is_a_call_and_declining_a_request_rejects_it() {
    let x = read(
        "India's foreign minister told his Chinese counterpart Wang Yi in a telephone call on Wednesday that China was responsible.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("041") && e.target_country.as_deref() == Some("CHN")
    });
    let x = read(
        "Mexico last week declined a US request to land a military flight.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("12") && directed(e, "MEX", "USA")
    });
}

#[test]
fn a_state_joined_to_aligned_or_linked_is_no_actor() {
    let x = read(
        "A Saudi-led military coalition has fought the Iran-aligned Houthis in Yemen since 2015.",
        WED,
    );
    assert_none(&x, |e| e.target_country.as_deref() == Some("IRN"));
    let x = read("Gunmen attacked a Russia-linked oil depot in Libya.", WED);
    assert_none(&x, |e| e.target_country.as_deref() == Some("RUS"));
}

#[test]
fn each_other_is_both_ways_and_opposing_sides_opposes_no_one() {
    let x = read(
        "Armenia and Azerbaijan blamed each other for the clashes.",
        WED,
    );
    for (s, t) in [("ARM", "AZE"), ("AZE", "ARM")] {
        assert_any(&x, |e| {
            e.code.starts_with("11")
                && e.source_country.as_deref() == Some(s)
                && e.target_country.as_deref() == Some(t)
        });
    }
    let x = read(
        "The two powers have backed opposing sides in conflicts from Yemen to Syria.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("11"));
    // the sanctions a state opposes are not its own
    let x = read("China is opposing sanctions on Iran.", WED);
    assert_none(&x, |e| {
        e.code.starts_with("16") && e.source_country.as_deref() == Some("CHN")
    });
}

#[test]
fn a_verb_coordinated_in_reported_words_is_the_reported_subjects() {
    let x = read(
        "China's foreign ministry spokesman said on Tuesday that Indian troops had twice crossed the border and attacked Chinese personnel.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && directed(e, "IND", "CHN")
    });
    assert_none(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("CHN")
    });
}

#[test]
fn the_object_of_a_verb_of_causing_did_the_act() {
    let x = read(
        "Iran's Revolutionary Guards fired missiles at targets in Iraq on Monday, prompting Baghdad to recall its ambassador from Tehran.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("161") && e.modality == Modality::Asserted && directed(e, "IRQ", "IRN")
    });
    // what someone is urged to do is not done
    let x = read(
        "Iran urged Baghdad on Monday to recall its ambassador from Washington.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("161") && e.modality == Modality::Asserted
    });
}

#[test]
fn sanctions_ordered_and_huthi_spelt_the_other_way() {
    let x = read(
        "President Donald Trump ordered sweeping tariffs against Colombia on Sunday.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("16") && directed(e, "USA", "COL")
    });
    let x = read("Saudi jets struck Huthi rebels in Yemen.", WED);
    assert_any(&x, |e| e.target_actor.as_deref() == Some("YEMREB"));
}

#[test]
fn governments_in_general_are_no_state() {
    let x = read(
        "West Germany has said governments should not be obliged to take economic steps.",
        WED,
    );
    assert_none(&x, |e| e.target_country.as_deref() == Some("DEU"));
    assert!(
        mention(&x, "governments").country.is_none(),
        "{}",
        show_mentions(&x)
    );
}

#[test]
fn a_clause_after_a_preposition_and_which_has_its_own_subject() {
    let x = read(
        "These are items on which Washington has asked Seoul to lower tariffs.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && directed(e, "USA", "KOR")
    });
    // an indirect question is no clause of events
    let x = read(
        "Japan called for an inquiry into who attacked the Chinese embassy.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("19"));
}

#[test]
fn a_capital_heading_a_named_agreement_is_no_actor() {
    let x = read(
        "Turkey accused Greece of breaching the 1976 Berne Agreement under which both sides agreed to preserve the status quo.",
        WED,
    );
    assert_none(&x, |e| {
        e.source_country.as_deref() == Some("CHE") || e.target_country.as_deref() == Some("CHE")
    });
    assert!(!has_country(&x, "CHE"), "{}", show_mentions(&x));
}

#[test]
fn a_renewed_request_and_the_visit_of_an_official() {
    let x = read(
        "Brazil asked Japan for new loans on Monday. Brazil's finance minister renewed the request today.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("02")
            && e.source_country.as_deref() == Some("BRA")
            && e.evidence[0].text.contains("renewed")
    });
    let x = read(
        "A Chinese newspaper published the demands to coincide with the visit of U.S. Secretary of State George Shultz.",
        "1987-03-03",
    );
    assert_any(&x, |e| {
        e.code.starts_with("042") && e.source_country.as_deref() == Some("USA")
    });
}

#[test]
fn a_date_after_a_participle_of_the_object_dates_that_participle() {
    let x = read(
        "Japan said it would lift restrictions imposed in 2019 on exports to South Korea.",
        WED,
    );
    let e = event(&x, "03");
    assert_ne!(
        e.date.format().as_deref(),
        Some("2019"),
        "{}",
        show_events(&x)
    );
}

#[test]
fn a_list_ends_with_its_and_and_a_fronted_phrase_at_its_comma() {
    let x = read(
        "After talks with France, Italy and Spain, Brazil's finance minister flew to Tokyo.",
        "1987-03-06",
    );
    for t in ["FRA", "ITA", "ESP"] {
        assert_any(&x, |e| {
            e.code.starts_with("04")
                && e.source_country.as_deref() == Some("BRA")
                && e.target_country.as_deref() == Some(t)
        });
    }
    // a list whose last member follows "and the" is still whole
    let x = read(
        "South Korea, Japan and the United States held a three-way summit on Monday.",
        "1987-03-06",
    );
    for (a, b) in [("KOR", "JPN"), ("KOR", "USA"), ("JPN", "USA")] {
        assert_any(&x, |e| {
            e.code.starts_with("04")
                && ((e.source_country.as_deref() == Some(a)
                    && e.target_country.as_deref() == Some(b))
                    || (e.source_country.as_deref() == Some(b)
                        && e.target_country.as_deref() == Some(a)))
        });
    }
    // none of the three flew to Tokyo
    assert_none(&x, |e| {
        e.code.starts_with("042")
            && e.target_country.as_deref() == Some("JPN")
            && e.source_country.as_deref() != Some("BRA")
    });
}

#[test]
fn readiness_for_a_hostile_act_the_dictionaries_do_not_code_is_a_threat() {
    let x = read(
        "Officials said Washington was prepared to impose retaliatory trade action against Norway.",
        "2021-05-04",
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "USA", "NOR")
    });
    let x = read(
        "Egypt said it was ready to continue and even intensify the war against Libya's militias.",
        "2021-05-04",
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && e.source_country.as_deref() == Some("EGY")
    });
    assert_none(&x, |e| e.code.starts_with("03"));
    // readiness to end a war stays an intent to cooperate
    let x = read(
        "Egypt said it was ready to end the war with Libya.",
        "2021-05-04",
    );
    assert_none(&x, |e| e.code.starts_with("13"));
}

#[test]
fn a_report_that_charges_another_state_is_an_accusation() {
    let x = read(
        "Seoul said on Tuesday that Tokyo had failed to honour the 2015 agreement.",
        "2021-05-04",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "KOR", "JPN")
    });
    // the act charged is kept beside the accusation
    let x = read(
        "Ecuador said Peruvian troops shelled a border post on Sunday.",
        "2021-05-04",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "ECU", "PER")
    });
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("PER")
    });
    // a state telling of its own act, or of another's cooperation, accuses no one
    let x = read(
        "Ecuador said its troops shelled a Peruvian border post on Sunday.",
        "2021-05-04",
    );
    assert_none(&x, |e| e.code.starts_with("11"));
    let x = read("Seoul said Tokyo had agreed to resume talks.", "2021-05-04");
    assert_none(&x, |e| e.code.starts_with("11"));
    // nor does a show of force told of another state
    let x = read(
        "A British naval source said last week Iran had fired one test missile.",
        "2021-05-04",
    );
    assert_none(&x, |e| e.code.starts_with("11"));
}

#[test]
fn a_label_that_carries_a_charge_is_a_criticism_of_its_owner() {
    let x = read(
        "Chile's foreign minister described the Bolivian claims as \"absurd and unfounded\".",
        "2021-05-04",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "CHL", "BOL")
    });
    let x = read(
        "Chile's government has called the Bolivian demand \"an act of provocation\".",
        "2021-05-04",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "CHL", "BOL")
    });
    // a label with no charge is no criticism, and a call for or on is another verb
    let x = read(
        "Chile's foreign minister called the Bolivian proposal \"a useful start\".",
        "2021-05-04",
    );
    assert_none(&x, |e| e.code.starts_with("11"));
    let x = read(
        "Chile called on Bolivia to end its illegal blockade.",
        "2021-05-04",
    );
    assert_none(&x, |e| e.code.starts_with("111"));
}

#[test]
fn a_call_with_a_counterpart_is_a_consultation_of_the_clause_subject() {
    let x = read(
        "In a call with Chilean President Gabriel Boric, the Argentine foreign minister urged calm on the border.",
        "2023-06-21",
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && directed(e, "ARG", "CHL")
    });
    let x = read(
        "The Argentine foreign minister stressed in a call with his Chilean counterpart that the border was calm.",
        "2023-06-21",
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && directed(e, "ARG", "CHL")
    });
}

#[test]
fn a_mediation_told_by_its_by_is_between_the_clause_subjects_and_happened() {
    let x = read(
        "Peru and Ecuador agreed to a truce brokered by Brazil.",
        "2023-06-21",
    );
    for t in ["PER", "ECU"] {
        assert_any(&x, |e| {
            e.code.starts_with("045")
                && e.modality == Modality::Asserted
                && e.source_country.as_deref() == Some("BRA")
                && e.target_country.as_deref() == Some(t)
        });
    }
    // with no parties named, no mediation between states
    let x = read(
        "The truce, brokered by Brazil, held on Tuesday.",
        "2023-06-21",
    );
    assert_none(&x, |e| e.code.starts_with("045"));
}

#[test]
fn closing_ports_or_skies_to_a_state_is_an_embargo() {
    let x = read(
        "Peru announced it was shutting its airspace and ports to all Chilean transport.",
        "2023-06-21",
    );
    assert_any(&x, |e| e.code == "163" && directed(e, "PER", "CHL"));
    let x = read(
        "Lima barred Chilean aircraft, including cargo flights, from its airspace.",
        "2023-06-21",
    );
    assert_any(&x, |e| e.code == "163" && directed(e, "PER", "CHL"));
}

#[test]
fn an_envoy_of_no_state_named_again_by_name_is_still_the_other_sides() {
    let x = read(
        "Bolivia's government on Monday declared ambassador Tomas Rendel persona non grata. \
         The Bolivian foreign ministry said Chile had interfered in its affairs. \
         Officials said the government ordered Rendel to leave within 72 hours. \
         Chile called the decision regrettable.",
        "2023-06-21",
    );
    assert_any(&x, |e| {
        e.code.starts_with("17") && directed(e, "BOL", "CHL")
    });
    assert_none(&x, |e| directed(e, "BOL", "BOL"));
}

#[test]
fn deaths_a_flood_or_a_quake_caused_are_no_ones_act() {
    let x = read(
        "The floods, fed by weeks of heavy rain, swept through the valley, killing more than 300 people.",
        "2023-01-10",
    );
    assert_none(&x, |e| e.code.starts_with("18") || e.code.starts_with("19"));
    // an armed group's killing in the rain is still its act
    let x = read(
        "Serbian troops killed 12 Kosovar police officers during a storm.",
        "2023-01-10",
    );
    assert_any(&x, |e| {
        (e.code.starts_with("18") || e.code.starts_with("19"))
            && e.source_country.as_deref() == Some("SRB")
    });
}

#[test]
fn a_partitive_of_is_part_of_the_quantity_in_a_gap() {
    let x = read(
        "Russia launched one of its biggest aerial assaults of the war on Monday.",
        "2024-01-10",
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("RUS")
    });
}

#[test]
fn in_an_article_a_meeting_announced_with_will_is_the_meeting_to_come() {
    let article = "Chile and Peru have agreed to reopen their border crossings, officials said on Monday. \
                   The Chilean foreign minister will meet his Peruvian counterpart in Lima next week.";
    let x = read(article, "2023-06-21");
    assert_any(&x, |e| {
        e.code.starts_with("04") && e.modality == Modality::Future && directed(e, "CHL", "PER")
    });
    assert_none(&x, |e| {
        e.code.starts_with("036") && e.modality == Modality::Asserted
    });
    // a one-sentence text keeps the intent said now beside it
    let x = read(
        "The Chilean foreign minister will meet his Peruvian counterpart in Lima next week.",
        "2023-06-21",
    );
    assert_any(&x, |e| {
        e.code.starts_with("036") && e.modality == Modality::Asserted
    });
    // and a verb of commitment is an intent in an article too
    let article = "Chile and Peru have agreed to reopen their border crossings, officials said on Monday. \
                   The Chilean foreign minister agreed to meet his Peruvian counterpart in Lima next week.";
    let x = read(article, "2023-06-21");
    assert_any(&x, |e| {
        e.code.starts_with("036") && e.modality == Modality::Asserted
    });
}

#[test]
fn taking_countermeasures_against_a_state_is_a_sanction_and_promising_them_a_threat() {
    let x = read(
        "Lima said it would take \"firm countermeasures\" against Chile.",
        "2021-04-19",
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && e.modality == Modality::Asserted && directed(e, "PER", "CHL")
    });
    let x = read(
        "Peru took countermeasures against Chile on Monday.",
        "2021-04-19",
    );
    assert_any(&x, |e| {
        e.code.starts_with("16")
            && e.modality == Modality::Asserted
            && e.target_country.as_deref() == Some("CHL")
    });
}

#[test]
fn him_or_her_as_the_object_is_the_other_side_named_before() {
    let x = read(
        "The Chilean foreign minister spoke with Peru's prime minister on Monday and urged him to reopen the border.",
        "2021-04-19",
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && directed(e, "CHL", "PER")
    });
}

#[test]
fn an_if_does_not_reach_across_a_coordinated_main_clause() {
    let x = read(
        "Analysts said the dispute could hurt trade if it drags on, and Brazilian officials have urged Argentina to resolve it through dialogue.",
        "2019-07-04",
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && e.modality == Modality::Asserted && directed(e, "BRA", "ARG")
    });
}

#[test]
fn a_deal_signed_with_and_a_summit_welcomed_between_two_states() {
    let x = read(
        "Turkey denounced a deal Greece signed with Egypt last year.",
        "2023-01-23",
    );
    assert_any(&x, |e| {
        e.code.starts_with("05") && directed(e, "GRC", "EGY")
    });
    let x = read(
        "Canada welcomed the summit between Peru and Chile.",
        "2023-01-23",
    );
    for t in ["PER", "CHL"] {
        assert_any(&x, |e| {
            e.code.starts_with("05")
                && e.source_country.as_deref() == Some("CAN")
                && e.target_country.as_deref() == Some(t)
        });
    }
}

#[test]
fn a_quotation_that_charges_another_state_is_an_accusation_of_its_speaker() {
    let x = read(
        "\"Peru, with its foreign backers, is trying to destabilise our border,\" the Chilean president told reporters.",
        "2022-12-27",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "CHL", "PER")
    });
    let x = read(
        "\"Peru is a good neighbour,\" the Chilean president told reporters.",
        "2022-12-27",
    );
    assert_none(&x, |e| e.code.starts_with("11"));
}

#[test]
fn visiting_after_a_preposition_is_a_visit_by_the_clause_subject() {
    let x = read(
        "After visiting Chile, England and Peru, Brazil's finance minister flew to Tokyo.",
        "1987-03-06",
    );
    for t in ["CHL", "GBR", "PER"] {
        assert_any(&x, |e| {
            e.code.starts_with("042")
                && e.source_country.as_deref() == Some("BRA")
                && e.target_country.as_deref() == Some(t)
        });
    }
    // the visiting premier is the visitor
    let x = read(
        "The visiting Chilean premier met Brazil's president.",
        "1987-03-06",
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && e.source_country.as_deref() == Some("CHL")
    });
}

#[test]
fn goods_described_by_their_origin_are_no_trade_between_states() {
    let x = read(
        "Chile has imposed higher duties on copper wire imported from Peru.",
        "1987-03-06",
    );
    assert_none(&x, |e| e.code.starts_with("06"));
    assert_any(&x, |e| {
        e.code.starts_with("16") && directed(e, "CHL", "PER")
    });
    // a state importing is trade
    let x = read("Chile imported copper wire from Peru.", "1987-03-06");
    assert_any(&x, |e| {
        e.code.starts_with("06") && e.target_country.as_deref() == Some("PER")
    });
}

#[test]
fn telling_another_state_what_it_should_do_is_a_demand() {
    let x = read(
        "Chile's foreign minister told his Peruvian counterpart Ana Cecilia Gervasi that Peru should withdraw its troops from the border.",
        "2023-01-10",
    );
    assert_any(&x, |e| {
        e.code.starts_with("10") && e.modality == Modality::Asserted && directed(e, "CHL", "PER")
    });
    // what it should do is no act, and no accusation
    assert_none(&x, |e| e.code.starts_with("11"));
}

#[test]
fn a_report_that_charges_a_person_of_another_state_after_a_time_phrase() {
    let x = read(
        "Former Peruvian Marine Tomas Ruiz was detained in Santiago on Friday. \
         Chile's intelligence service said on Monday he had been \"caught in the act\" of spying.",
        "2019-01-03",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11")
            && directed(e, "CHL", "PER")
            && e.date.format().as_deref() == Some("2018-12-31")
    });
}

#[test]
fn a_participle_of_arrest_after_its_noun_is_a_reduced_passive() {
    let x = read(
        "Lima dismissed talk of an exchange for Ana Ruiz, a Peruvian activist jailed in Chile.",
        "2019-01-03",
    );
    assert_any(&x, |e| {
        e.code.starts_with("17") && directed(e, "CHL", "PER")
    });
    assert_none(&x, |e| {
        e.code.starts_with("17") && e.source_country.as_deref() == Some("PER")
    });
    // a force capturing things is active, whatever follows
    let x = read(
        "Lima said the Peruvian forces captured large amounts of munitions in the latest fighting.",
        "2019-01-03",
    );
    assert_none(&x, |e| {
        e.code.starts_with("17") && e.target_country.as_deref() == Some("PER")
    });
}

#[test]
fn two_days_after_a_clause_dates_that_clause_back_from_its_sentence() {
    // published on a Thursday
    let x = read(
        "Peru carried out strikes on rebel camps inside Chile early on Thursday, two days after the Chilean army launched drone attacks on Peruvian territory.",
        "2024-01-18",
    );
    assert_any(&x, |e| {
        e.code.starts_with("19")
            && e.source_country.as_deref() == Some("PER")
            && e.date.format().as_deref() == Some("2024-01-18")
    });
    assert_any(&x, |e| {
        e.code.starts_with("19")
            && e.source_country.as_deref() == Some("CHL")
            && e.date.format().as_deref() == Some("2024-01-16")
    });
    // opening the sentence, it dates nothing: the main clause is not two days before anything
    let x = read(
        "Two days after the attack, Chile recalled its ambassador from Lima.",
        "2024-01-18",
    );
    assert_none(&x, |e| e.date.format().as_deref() == Some("2024-01-16"));
}

#[test]
fn a_meeting_opening_the_sentence_is_held_between_the_clause_actor_and_addressee() {
    let x = read(
        "In a 30-minute meeting, Chile's finance minister told Peruvian Finance Minister Alex Contreras that Santiago would consider the request.",
        "2023-03-09",
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && directed(e, "CHL", "PER")
    });
    // a statement is no meeting
    let x = read("In a statement, Chile criticised Peru.", "2023-03-09");
    assert_none(&x, |e| e.code.starts_with("04"));
}

#[test]
fn agreeing_on_anything_is_agreement_and_being_unable_to_is_not() {
    let x = read(
        "Chile and Argentina agreed in principle on a common approach to the fisheries.",
        "2023-03-09",
    );
    assert_any(&x, |e| {
        e.code.starts_with("03") && directed(e, "CHL", "ARG")
    });
    let x = read(
        "Chile and Argentina were unable to agree on quotas for the fisheries.",
        "2023-03-09",
    );
    assert_none(&x, |e| e.code.starts_with("03"));
    assert_any(&x, |e| e.code.starts_with("12"));
}

#[test]
fn talks_named_after_a_cooperative_act_are_held_between_its_two_sides() {
    let x = read(
        "Officials said the Chilean and Argentine ministers had agreed on new quotas during talks in Santiago on Friday.",
        "2023-03-12",
    );
    assert_any(&x, |e| e.code.starts_with("04") && between(e, "CHL", "ARG"));
    // a meeting of a body gathers more than the two
    let x = read(
        "Chile agreed with Argentina on new quotas at a meeting of Pacific fisheries ministers.",
        "2023-03-12",
    );
    assert_none(&x, |e| e.code == "040");
}

#[test]
fn the_people_named_in_an_apposition_are_the_actors_not_its_head_noun() {
    let x = read(
        "The deal came a week after the two foreign ministers, Santiago Cafiero and Mauro Vieira, met on the sidelines of a summit in Lima.",
        "2023-03-12",
    );
    assert_any(&x, |e| e.code.starts_with("04") && between(e, "BRA", "ARG"));
    assert_none(&x, |e| {
        e.source_country.as_deref() == Some("PER") || e.target_country.as_deref() == Some("PER")
    });
}

#[test]
fn a_relative_clause_set_off_by_commas_holds_no_subject_of_the_main_verb() {
    let x = read(
        "Bolivia, which denies arming the rebels, accused Paraguay of shelling the border town.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("112") && directed(e, "BOL", "PRY")
    });
    let x = read(
        "Bolivia, which said 12 of its own soldiers died, blamed Paraguay for the clash.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "BOL", "PRY")
    });
}

#[test]
fn a_sentence_opening_in_a_capital_places_its_unnamed_officials_there() {
    let x = read(
        "Paraguay tested a new missile on Tuesday. Bolivia protested. In Lima, a foreign ministry spokeswoman condemned the test.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && e.source_country.as_deref() == Some("PER")
    });
}

#[test]
fn the_object_right_after_an_ing_trigger_after_by_is_its_target() {
    let x = read(
        "Bolivia responded by expelling Paraguayan diplomats.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("161") && directed(e, "BOL", "PRY")
    });
}

#[test]
fn a_response_foretold_with_no_object_is_a_threat_a_reply_to_someone_is_not() {
    let x = read(
        "Paraguay expelled two Bolivian diplomats on Monday. Bolivia said it would respond. A spokesman gave no details.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "BOL", "PRY")
    });
    let x = read(
        "Bolivia said it would respond to the letter from Paraguay.",
        "2023-03-12",
    );
    assert_none(&x, |e| e.code.starts_with("13"));
}

#[test]
fn an_article_keeps_acts_between_states_not_acts_at_home_or_by_no_state() {
    let x = read(
        "Bolivia recalled its ambassador from Paraguay on Monday. The president also ordered the state oil company to cut output. A regional council was unable to agree on a statement. Paraguay said it regretted the decision.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("161") && directed(e, "BOL", "PRY")
    });
    // the order at home and the council's failure are no events between states
    assert_none(&x, |e| {
        e.source_country.is_some() && e.source_country == e.target_country
    });
    assert_none(&x, |e| {
        e.source_country.is_none() && e.target_country.is_none()
    });
}

#[test]
fn escorting_ships_or_aircraft_is_no_hosting() {
    let x = read(
        "Bolivia sent a fighter jet to escort a Paraguayan airliner out of its airspace.",
        "2023-03-12",
    );
    assert_none(&x, |e| e.code.starts_with("043"));
    let x = read(
        "Bolivian officials escorted the Paraguayan foreign minister to the palace.",
        "2023-03-12",
    );
    assert_any(&x, |e| e.code.starts_with("043"));
}

#[test]
fn in_an_article_a_comment_needs_a_state_on_both_sides() {
    let x = read(
        "Bolivia recalled its ambassador from Paraguay on Monday. Bolivia's foreign minister told the U.N. Security Council on Tuesday that the border was calm. Paraguay said it regretted the decision. Bolivia gave no details.",
        "2023-03-12",
    );
    assert_any(&x, |e| e.code.starts_with("161"));
    assert_none(&x, |e| {
        e.code.starts_with("01") && (e.source_country.is_none() || e.target_country.is_none())
    });
}

#[test]
fn an_issue_named_once_as_what_a_dispute_is_about_gives_its_context() {
    let rest = " Bolivia recalled its ambassador from Paraguay on Monday. Paraguay said it regretted the decision. Bolivia gave no details. The two sides last met in January. Officials in both capitals declined to comment further.";
    let text = format!(
        "Bolivia and Paraguay were locked in a bitter dispute over energy exploration in March.{rest}"
    );
    let x = read(&text, "2023-03-12");
    assert!(
        x.contexts.iter().any(|c| c == "natural_resource"),
        "{:?}",
        x.contexts
    );
    // named once in passing, it does not
    let text = format!(
        "Bolivia and Paraguay held a joint seminar over energy exploration in March.{rest}"
    );
    let x = read(&text, "2023-03-12");
    assert!(
        !x.contexts.iter().any(|c| c == "natural_resource"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn a_summit_named_with_its_place_or_time_before_between_is_a_meeting() {
    let x = read(
        "The quarrel will come up at a summit in Lima next month between the presidents of Bolivia and Paraguay.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && e.modality == Modality::Future && between(e, "BOL", "PRY")
    });
}

#[test]
fn taking_a_state_off_a_list_of_trusted_partners_is_a_sanction_off_a_blacklist_a_concession() {
    let x = read(
        "Bolivia removed Paraguay from its list of trusted trading partners.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("163") && directed(e, "BOL", "PRY")
    });
    let x = read(
        "Bolivia removed Paraguay from its blacklist of tax havens.",
        "2023-03-12",
    );
    assert_none(&x, |e| e.code.starts_with("16"));
}

#[test]
fn his_government_is_the_persons_not_the_last_state_named() {
    let x = read(
        "Paraguay tightened its export controls on Monday. Bolivia's president, Luis Arce, said his country would not yield to Paraguay, and his government said it would remove Paraguay from its list of preferred trading partners. Paraguay did not comment.",
        "2023-03-12",
    );
    assert_any(&x, |e| {
        e.code.starts_with("16") && directed(e, "BOL", "PRY")
    });
}

#[test]
fn a_second_past_verb_after_and_is_out_of_the_first_ones_modal_scope() {
    let x = read(
        "Bolivia on Sunday denied reports that it intended to close the border and warned Paraguay that any incursion would meet a strong response.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "BOL", "PRY") && e.modality == Modality::Asserted
    });
    // a bare form stays in the modal's scope
    let x = read(
        "Bolivia said it would close the border and attack Paraguayan ships.",
        "2023-03-13",
    );
    assert_none(&x, |e| {
        e.code.starts_with("19") && e.modality == Modality::Asserted
    });
}

#[test]
fn a_passive_read_past_a_report_participle_and_a_place_phrase() {
    let x = read(
        "Several freighters have been confirmed hit in the river by Paraguay since January.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("PRY")
    });
    assert_none(&x, |e| e.target_country.as_deref() == Some("PRY"));
}

#[test]
fn calling_an_actors_act_a_name_is_no_phone_call() {
    let x = read(
        "Bolivia's foreign minister on Tuesday called the Paraguay raids on two of its border posts an escalation.",
        "2023-03-13",
    );
    assert_none(&x, |e| e.code.starts_with("041"));
    let x = read(
        "Bolivia's foreign minister called Paraguay's president on Tuesday.",
        "2023-03-13",
    );
    assert_any(&x, |e| e.code.starts_with("041"));
}

#[test]
fn an_ing_clause_after_a_comma_tells_of_the_sentence_subject() {
    let x = read(
        "Paraguay fired a rocket that Bolivia's navy tracked for an hour, drawing swift condemnation from Argentina.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "ARG", "PRY")
    });
    assert_none(&x, |e| {
        e.code.starts_with("11") && e.target_country.as_deref() == Some("BOL")
    });
}

#[test]
fn a_comment_is_not_addressed_to_a_state_in_a_with_clause_of_its_own() {
    let x = read(
        "Chile voiced concern over the incident, with the Argentine foreign ministry saying the shots were a provocation.",
        "2023-03-13",
    );
    assert_none(&x, |e| {
        e.code.starts_with("01") && directed(e, "CHL", "ARG")
    });
}

#[test]
fn satisfaction_with_what_another_state_did_is_approval() {
    let x = read(
        "Chile's finance minister expressed satisfaction at the rescheduling of Peru's debt.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("05") && directed(e, "CHL", "PER")
    });
    let x = read(
        "Chile's finance minister expressed dissatisfaction at the rescheduling of Peru's debt.",
        "2023-03-13",
    );
    assert_none(&x, |e| e.code.starts_with("05"));
}

#[test]
fn agreeing_in_principle_to_an_act_is_the_intent_to_do_it() {
    let x = read(
        "Chile agreed in principle on Saturday to provide aid to Peru.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("033") && directed(e, "CHL", "PER")
    });
}

#[test]
fn a_visit_named_in_a_time_phrase_is_the_clause_subjects() {
    let x = read(
        "During a visit to Peru last week, Chile's foreign minister said relations were strong.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("042") && directed(e, "CHL", "PER")
    });
}

#[test]
fn later_this_month_is_still_to_come() {
    let x = read(
        "Chile's trade minister, during a visit to Peru later this month, will press for lower tariffs.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("042") && e.modality == Modality::Future
    });
    assert_none(&x, |e| {
        e.code.starts_with("042") && e.modality == Modality::Asserted
    });
}

#[test]
fn a_call_named_with_its_time_before_between_is_a_call() {
    let x = read(
        "The visit followed a telephone call earlier this month between the foreign ministers of Chile and Peru.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("041") && between(e, "CHL", "PER")
    });
}

#[test]
fn an_agreement_to_meet_is_a_meeting_to_come_an_offer_is_not() {
    let x = read(
        "Chile's president and Peru's president spoke by phone and agreed to meet in Lima next month.",
        "2023-03-13",
    );
    assert_any(&x, |e| {
        e.code.starts_with("036") && e.modality == Modality::Asserted
    });
    assert_any(&x, |e| {
        e.code.starts_with("04") && e.modality == Modality::Future
    });
    let x = read("Chile offered to meet Peru.", "2023-03-13");
    assert_none(&x, |e| {
        e.code.starts_with("04") && e.modality == Modality::Future
    });
}

#[test]
fn the_government_in_reported_words_is_the_speakers() {
    let x = read(
        "Peru raised tariffs on Chilean copper on Monday. Chilean Trade Minister Ana Ruiz said on Tuesday that the government rejected the tariffs. Peru gave no comment.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("12") && directed(e, "CHL", "PER")
    });
}

#[test]
fn a_commitment_not_to_attack_is_no_threat() {
    let x = read(
        "Russia agreed not to attack merchant ships bound for Ukrainian ports.",
        "2023-03-15",
    );
    assert_none(&x, |e| e.code.starts_with("13"));
    assert_any(&x, |e| e.code.starts_with("03"));
}

#[test]
fn a_known_actor_opening_the_sentence_is_described_by_its_apposition_not_replaced() {
    let x = read(
        "Washington, a close partner of Chile, urged Peru to cooperate with the inquiry.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && directed(e, "USA", "PER")
    });
    assert_none(&x, |e| e.source_country.as_deref() == Some("CHL"));
}

#[test]
fn an_act_named_as_what_a_dispute_is_about_is_not_the_clause_subjects() {
    let x = read(
        "Chile expelled Peru's ambassador on Monday in an escalation of their dispute over the killing of a Peruvian fisherman.",
        "2023-03-15",
    );
    assert_any(&x, |e| e.code.starts_with("161"));
    assert_none(&x, |e| e.code.starts_with("18") || e.code.starts_with("19"));
}

#[test]
fn a_group_led_by_a_state_acts_as_that_state_and_a_message_carried_goes_to_its_addressee() {
    let x = read(
        "Western governments, led by the United States, have pressed Peru to expel the envoy.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && directed(e, "USA", "PER")
    });
    let x = read(
        "Brazil's president conveyed a message from Peru's president to the Chilean leader.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && directed(e, "BRA", "CHL")
    });
}

#[test]
fn a_sum_of_money_given_to_a_state_is_economic_aid() {
    let x = read(
        "Chile gave $20 million to Peru for flood relief.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("071") && directed(e, "CHL", "PER")
    });
    // a sum promised is an intent, with the aid to come
    let x = read(
        "Chile said it would provide $20 million to Peru.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("03") && e.modality == Modality::Asserted
    });
    assert_none(&x, |e| {
        e.code.starts_with("07") && e.modality == Modality::Asserted
    });
}

#[test]
fn talks_hosted_between_two_sides_are_talks_they_held_a_mediation_mission_is_not() {
    let x = read(
        "Brazilian mediators hosted months of secret talks between Chilean and Peruvian officials in Brasilia.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("040") && between(e, "CHL", "PER")
    });
    let x = read(
        "Brazil's president launched a mediation effort on Saturday between Chile and Peru.",
        "2023-03-15",
    );
    assert_none(&x, |e| e.code.starts_with("040"));
    let x = read(
        "Chile and Peru signed a strategic partnership in Lima.",
        "2023-03-15",
    );
    assert_any(&x, |e| e.code.starts_with("057"));
}

#[test]
fn an_act_named_as_a_cause_keeps_its_own_agent_before_the_noun() {
    let x = read(
        "Chile destroyed the radar in response to a Peruvian missile strike on a Chilean frigate.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && directed(e, "PER", "CHL")
    });
}

#[test]
fn he_opening_reported_words_is_the_reporter() {
    let x = read(
        "Brazilian President Luiz Inacio Lula da Silva told reporters that he had carried a message from Javier Milei to Gabriel Boric, and that he had offered to help Chile.",
        "2024-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("03") && e.source_country.as_deref() == Some("BRA")
    });
    assert_none(&x, |e| {
        e.code.starts_with("03") && e.source_country.as_deref() != Some("BRA")
    });
}

#[test]
fn a_hyphen_inside_a_word_does_not_end_a_relative_clause() {
    let x = read(
        "Bolivia, which says the 3.2-billion-dollar pipeline will lift thousands of its farmers out of poverty, has rejected the Chilean proposal.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("12") && e.source_actor.as_deref().is_some_and(|s| s == "BOL")
    });
    assert_none(&x, |e| {
        e.source_actor
            .as_deref()
            .is_some_and(|s| s.ends_with("CVL"))
    });
}

#[test]
fn in_an_article_an_act_addressed_to_no_one_is_not_made_domestic() {
    let x = read(
        "Bolivia and Chile met in Lima on Monday to discuss the water dispute. \
         Peru offered to mediate between them. \
         Bolivia has rejected the mediation proposal.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("12") && e.source_country.as_deref() == Some("BOL")
    });
    assert_none(&x, |e| e.domestic);
    // a single sentence keeps its own state as the one addressed, as sentence coding does
    let x = read("Bolivia has rejected the mediation proposal.", "2023-03-15");
    assert_any(&x, |e| e.code.starts_with("12") && e.domestic);
}

#[test]
fn what_an_act_was_done_in_anger_over_is_not_its_target() {
    let x = read(
        "Peru has held naval drills twice near the border in anger over talks between Chilean ministers and Bolivian leaders.",
        "2023-03-15",
    );
    assert_none(&x, |e| {
        e.code.starts_with("15") && e.target_country.as_deref() == Some("CHL")
    });
}

#[test]
fn a_state_adjective_before_an_act_noun_names_its_agent() {
    let x = read(
        "Chile has lost two frigates to Peruvian air attacks.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("PER")
    });
    assert_none(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("CHL")
    });
}

#[test]
fn an_act_something_is_protected_from_is_not_done() {
    let x = read(
        "Chile is building a pipeline to protect its copper exports from Peruvian naval attacks, Bolivian officials said.",
        "2023-03-15",
    );
    assert_none(&x, |e| e.code.starts_with("19"));
    let x = read(
        "Peruvian naval attacks hit two Chilean ports.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("19") && e.source_country.as_deref() == Some("PER")
    });
}

#[test]
fn an_act_a_state_can_do_is_not_done() {
    let x = read(
        "Bolivia said it was sure it can reach an understanding with Chile.",
        "2023-03-15",
    );
    assert_none(&x, |e| {
        e.code.starts_with("05") && e.modality == Modality::Asserted
    });
}

#[test]
fn can_not_accept_is_a_refusal_and_we_is_the_speaker_named_after() {
    let x = read(
        "We can not accept the Chilean proposal, Bolivia said.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("12") && e.modality == Modality::Asserted && directed(e, "BOL", "CHL")
    });
}

#[test]
fn a_hope_said_now_is_not_dated_by_what_it_hopes_for() {
    let x = read(
        "\"We hope trade with Chile will grow next year,\" the Bolivian spokesman said.",
        "2023-03-15",
    );
    let hope = event(&x, "013");
    assert_eq!(hope.source_country.as_deref(), Some("BOL"));
    assert_eq!(hope.date.date, Some(day("2023-03-15")));
}

#[test]
fn a_pronoun_glossed_in_brackets_is_what_the_brackets_name() {
    let x = read(
        "Peru criticised Bolivia on Monday. \"They (the Chileans) have also asked Argentina to lease tankers,\" an official said. Peru declined to comment.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && directed(e, "CHL", "ARG")
    });
}

#[test]
fn a_group_named_by_its_members_is_each_of_them() {
    let x = read(
        "Chile has asked at least three countries, including Peru, Bolivia and Argentina, for the use of their ports.",
        "2023-03-15",
    );
    for c in ["PER", "BOL", "ARG"] {
        assert_any(&x, |e| {
            e.code.starts_with("02")
                && e.source_country.as_deref() == Some("CHL")
                && e.target_country.as_deref() == Some(c)
        });
    }
}

#[test]
fn a_second_verb_after_a_relative_clause_keeps_the_sentence_subject() {
    let x = read(
        "Chilean President Gabriel Boric, who has favoured engagement with the north, said the drills were purely defensive and called on Bolivia to stop its provocations.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("02") && directed(e, "CHL", "BOL")
    });
}

#[test]
fn a_second_verb_of_saying_is_the_speakers_own() {
    let x = read(
        "Bolivia's foreign ministry said Chile was trying to undermine the talks, and insisted that Peru should stay out of the dispute.",
        "2023-03-15",
    );
    assert_any(&x, |e| directed(e, "BOL", "PER"));
    assert_none(&x, |e| e.source_country.as_deref() == Some("CHL"));
}

#[test]
fn an_invitation_accepted_is_an_intent_and_the_visit_to_come() {
    let x = read(
        "Boric accepted an invitation to visit Bolivia later this year, the Chilean foreign ministry said.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("036") && e.modality == Modality::Asserted && between(e, "CHL", "BOL")
    });
    assert_any(&x, |e| {
        e.code.starts_with("042") && e.modality == Modality::Future && between(e, "CHL", "BOL")
    });
}

#[test]
fn a_third_state_welcoming_the_two_sides_accord_supports_both() {
    let x = read(
        "Chile and Bolivia agreed on Friday to reopen their border. \
         Chilean and Bolivian officials signed the deal in Arica. \
         Chile said the border would reopen in May, and Bolivia said trade would resume. \
         Peru welcomed the agreement.",
        "2023-03-15",
    );
    for c in ["CHL", "BOL"] {
        assert_any(&x, |e| {
            e.code.starts_with("05")
                && e.source_country.as_deref() == Some("PER")
                && e.target_country.as_deref() == Some(c)
        });
    }
}

#[test]
fn he_after_a_named_official_is_that_official() {
    let x = read(
        "Chile's foreign minister said refugees were being trained in Bolivia, and he demanded that La Paz extradite the leaders of the plot.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("10") && directed(e, "CHL", "BOL")
    });
}

#[test]
fn the_north_and_the_south_are_the_koreas_in_a_korean_story() {
    let x = read(
        "North Korea fired two missiles on Monday. A spokesman for the North's army said the United States would pay a dear price for the drills.",
        "2023-03-15",
    );
    assert!(
        x.mentions
            .iter()
            .any(|m| m.text == "the North" && m.actor == "PRK")
    );
    // elsewhere "the North" names no state
    let x = read(
        "Sudan's army said fighting had spread to the North on Monday.",
        "2023-03-15",
    );
    assert!(!x.mentions.iter().any(|m| m.actor == "PRK"));
}

#[test]
fn a_time_inside_a_relative_clause_does_not_date_the_main_verb() {
    let x = read(
        "Boric, who was chief guest at the Bolivian parade on Sunday, held talks with Bolivian President Luis Arce on Saturday.",
        "2023-03-15",
    );
    assert_eq!(event(&x, "04").date.date, Some(day("2023-03-11")));
}

#[test]
fn a_month_and_day_after_a_name_are_part_of_the_name() {
    let x = read(
        "Peru seized the Chilean trawler Unaiza May 4 near the reef.",
        "2024-03-25",
    );
    assert_eq!(event(&x, "17").date.date, Some(day("2024-03-25")));
}

#[test]
fn two_guests_hosted_together_meet_and_he_after_said_is_the_speaker() {
    let x = read(
        "Chilean President Gabriel Boric and Bolivian President Luis Arce met in March. \
         Brazilian President Luiz Inacio Lula da Silva, who hosted Boric and Arce in Brasilia in May, said he had spoken to both leaders. \
         Chile and Bolivia have no diplomatic relations.",
        "2023-09-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("04")
            && between(e, "CHL", "BOL")
            && e.date.format().as_deref() == Some("2023-05")
    });
    // "he" is the host who says it, speaking to each guest
    assert_any(&x, |e| {
        e.code.starts_with("04")
            && between(e, "BRA", "BOL")
            && e.date.date == Some(day("2023-09-15"))
    });
    assert_any(&x, |e| {
        e.code.starts_with("043") && e.source_country.as_deref() == Some("BRA")
    });
}

#[test]
fn an_answer_to_an_offer_named_before_answers_its_maker() {
    let x = read(
        "Chile accused Bolivia on Monday of backing smugglers. \
         Peru offered on Tuesday to host talks between the two governments. \
         Bolivia welcomed the offer.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("05") && directed(e, "BOL", "PER")
    });
    assert_none(&x, |e| {
        e.code.starts_with("05") && directed(e, "BOL", "CHL")
    });
}

#[test]
fn an_agreement_that_others_will_meet_is_a_meeting_to_come() {
    let x = read(
        "Chile and Bolivia agreed that a joint border committee would meet in Arica next week.",
        "2023-03-15",
    );
    assert_any(&x, |e| {
        e.code.starts_with("03") && e.modality == Modality::Asserted && between(e, "CHL", "BOL")
    });
    assert_any(&x, |e| {
        e.code.starts_with("040") && e.modality == Modality::Future && between(e, "CHL", "BOL")
    });
}

#[test]
fn grain_trade_is_economic_and_oil_tankers_name_no_resource() {
    let x = read(
        "Peru accused Chile of dumping subsidised grain on world markets. Chile denied the charge. Grain exports are vital to both economies.",
        "2023-03-15",
    );
    assert!(
        x.contexts.iter().any(|c| c == "economic"),
        "{:?}",
        x.contexts
    );
    assert!(
        !x.contexts.iter().any(|c| c == "natural_resource"),
        "{:?}",
        x.contexts
    );
    let x = read(
        "Peruvian gunboats attacked two oil tankers off the Chilean coast. Chile protested. Peru said its navy had acted in self-defence.",
        "2023-03-15",
    );
    assert!(
        !x.contexts.iter().any(|c| c == "natural_resource"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn a_minister_telling_parliament_is_not_about_political_institutions() {
    let x = read(
        "Chile's foreign minister told parliament on Monday that Peru had violated the maritime border. Peru rejected the charge. Parliament will debate the issue next week.",
        "2023-03-15",
    );
    assert!(
        !x.contexts.iter().any(|c| c == "political_institutions"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn an_arrest_alone_does_not_make_a_text_about_the_law() {
    let x = read(
        "Bolivia detained two Chilean officers near the border on Monday. Chile demanded their release. Bolivia said the officers had strayed across the frontier.",
        "2023-03-15",
    );
    assert!(
        x.events.iter().any(|e| e.code.starts_with("17")),
        "{}",
        show_events(&x)
    );
    assert!(!x.contexts.iter().any(|c| c == "legal"), "{:?}", x.contexts);
}

#[test]
fn a_disputed_border_makes_a_text_about_territory() {
    let x = read(
        "Peru and Chile agreed on Monday to resume talks on the demarcation of their disputed border. Troops from both sides clashed there last month. Chile said the talks would start in May.",
        "2023-03-15",
    );
    assert!(
        x.contexts.iter().any(|c| c == "territory"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn a_second_main_clause_after_comma_and_tells_news_of_its_own() {
    // "…, and officials are due to meet …": a meeting to come, between the two sides
    let x = read(
        "Peru and Chile restored diplomatic ties on Monday. The Peruvian foreign minister met his Chilean counterpart in Lima. The two governments agreed to ease visa rules, and officials are due to meet in Santiago next month.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("04") && e.modality == Modality::Future && between(e, "PER", "CHL")
    });
    // the subject of that clause is not one more party acted on by the first
    let x = read(
        "Peru imposed sanctions on Chile, and Bolivia condemned the decision.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("16") && directed(e, "PER", "BOL")
    });
    assert_any(&x, |e| {
        e.code.starts_with("11") && e.source_country.as_deref() == Some("BOL")
    });
    // a pronoun or a verb after the conjunction leaves the clause to the main act
    let x = read("Peru urged Chile to lift the ban, but it refused.", WED);
    assert_none(&x, |e| {
        e.code.starts_with("12") && directed(e, "PER", "CHL")
    });
}

#[test]
fn an_attack_condemned_by_its_noun_is_the_attackers() {
    let x = read(
        "Chilean forces shelled Peruvian border posts on Monday, killing two soldiers. Peru recalled its ambassador from Santiago. Peru's president called the shelling a crime. Bolivia and Ecuador also condemned the attack.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("11") && directed(e, "BOL", "CHL")
    });
    assert_none(&x, |e| {
        e.code.starts_with("11") && directed(e, "BOL", "PER")
    });
}

#[test]
fn food_oils_and_what_pumps_oil_are_no_natural_resource() {
    for text in [
        "Malaysia protested on Monday against a Peruvian duty on palm oil imports.",
        "Peruvian jets attacked two Chilean offshore oil drilling platforms on Monday.",
        "A missile struck a tanker near Chile's main oil export terminal on Monday.",
    ] {
        let x = read(text, WED);
        assert!(
            !x.contexts.iter().any(|c| c == "natural_resource"),
            "{text}: {:?}",
            x.contexts
        );
    }
    let x = read(
        "Chile said on Monday it would cut its oil exports to Peru.",
        WED,
    );
    assert!(
        x.contexts.iter().any(|c| c == "natural_resource"),
        "{:?}",
        x.contexts
    );
}

#[test]
fn fighting_over_territory_or_a_frontier_makes_a_text_about_territory() {
    for text in [
        "Chilean troops pushed ten kilometres into Peruvian territory on Monday. Peru said it had repelled the attack. Both sides reported casualties.",
        "Peru moved tanks to its frontier with Chile on Monday. Chile called the move a provocation. The two armies have clashed before.",
    ] {
        let x = read(text, WED);
        assert!(
            x.contexts.iter().any(|c| c == "territory"),
            "{text}: {:?}",
            x.contexts
        );
    }
}

#[test]
fn the_minister_is_the_one_named_before_with_that_noun() {
    let x = read(
        "Indonesia summoned Peru's ambassador on Monday over remarks by a Peruvian minister. Jakarta called the remarks offensive. The minister refused to apologise.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("12") && directed(e, "PER", "IDN")
    });
    assert_none(&x, |e| {
        e.code.starts_with("12") && e.source_country.as_deref() == Some("IDN")
    });
}

#[test]
fn an_act_promised_under_a_condition_is_a_threat_now_and_hypothetical() {
    // the condition after the act
    let x = read(
        "Peru would impose tariffs on Chilean wine if the talks failed.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "PER", "CHL") && e.modality == Modality::Asserted
    });
    assert_any(&x, |e| {
        e.code.starts_with("16") && e.modality == Modality::Hypothetical
    });
    assert_none(&x, |e| {
        e.code.starts_with("16") && e.modality == Modality::Future
    });
    // weighing the act under a condition is that threat, not one more statement
    let x = read(
        "Peru would consider imposing tariffs on Chilean wine if the talks failed.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("13") && directed(e, "PER", "CHL")
    });
    assert_none(&x, |e| e.code == "014");
    // a passive under a condition commits no one
    let x = read(
        "Chilean diplomats could be expelled from Lima if the charges were confirmed.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("13"));
}

#[test]
fn a_time_across_and_or_but_dates_its_own_clause_first() {
    let x = read(
        "Peru recalled its ambassador from Chile last year, but Chile expelled two Peruvian diplomats in February 2020.",
        "2023-09-24",
    );
    let expel = x
        .events
        .iter()
        .find(|e| directed(e, "CHL", "PER"))
        .unwrap_or_else(|| panic!("{}", show_events(&x)));
    assert_eq!(
        expel.date.date,
        Some(day("2020-02-01")),
        "{}",
        show_events(&x)
    );
    // a contrast with a subject of its own is not dated by the other clause's time
    let x = read(
        "Chile expelled two Peruvian diplomats in late August, but Peru refused to recall its ambassador from Santiago.",
        "2023-09-24",
    );
    assert_ne!(
        event(&x, "12").date.date,
        Some(day("2023-08-01")),
        "{}",
        show_events(&x)
    );
    // one without shares it
    let x = read(
        "Peru and Chile agreed on Monday to exchange prisoners, but made no progress at talks in Lima.",
        "2023-09-24",
    );
    assert_eq!(
        event(&x, "04").date.date,
        Some(day("2023-09-18")),
        "{}",
        show_events(&x)
    );
}

#[test]
fn talks_between_the_two_countries_are_between_the_two_sides() {
    let x = read(
        "Peru wants to build a Chilean tank. Peruvian officials visited Santiago in March. Officials said on Monday that talks were going on between the two countries.",
        WED,
    );
    assert_any(&x, |e| {
        e.code.starts_with("04")
            && between(e, "PER", "CHL")
            && e.date.date == Some(day("2023-06-19"))
    });
    // "between" one state alone is no meeting
    let x = read(
        "Officials said talks were going on between Peru and its creditors.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("04"));
}

#[test]
fn an_act_proposed_is_not_done() {
    let x = read(
        "Peru proposed allowing Chilean goods to be imported from Bolivia.",
        WED,
    );
    assert_none(&x, |e| {
        e.code.starts_with("06") && e.modality == Modality::Asserted
    });
}

#[test]
fn a_journey_of_people_who_hold_no_office_is_no_visit() {
    let x = read(
        "Peru and Chile agreed on Monday to return children separated by the war. Ten Chilean children flew to Lima on Tuesday. Chile said more would follow.",
        WED,
    );
    assert_none(&x, |e| e.code.starts_with("042"));
}

#[test]
fn foreign_ministers_of_smaller_states_are_known_in_their_dates() {
    let x = read(
        "Margus Tsahkna said on Monday that Estonia would raise the case with Latvia.",
        "2023-08-09",
    );
    assert_eq!(mention(&x, "Margus Tsahkna").actor, "ESTGOV");
    let x = read(
        "Nasser Bourita received his Portuguese counterpart in Rabat.",
        "2019-05-14",
    );
    assert_eq!(mention(&x, "Nasser Bourita").actor, "MARGOV");
}

#[test]
fn an_officer_of_an_international_body_speaks_for_it_in_that_office() {
    let x = read(
        "Josep Borrell urged Serbia to show restraint.",
        "2021-09-30",
    );
    let m = mention(&x, "Josep Borrell");
    assert_eq!(m.actor, "IGOEUR");
    assert_eq!(m.country, None);
    // the same person as a minister of his state, in that office's dates
    let x = read(
        "Josep Borrell urged Serbia to show restraint.",
        "2019-01-15",
    );
    assert_eq!(mention(&x, "Josep Borrell").actor, "ESPGOV");
}
