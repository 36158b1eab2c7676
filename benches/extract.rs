//! Extraction benchmarks (divan): one realistic wire article (`benches/data/wire-article.txt`,
//! invented copy of about 30 sentences with quotes, dates, a heading, issues and tone markers),
//! the same article sentence by sentence, a ten-times longer article to show that the cost grows
//! with the text and not faster, and the cost of compiling the dictionaries into an `Extractor`.
//! Issue 3 asks for well under a millisecond per sentence in a release build; the counters print
//! sentences per second. Not part of `cargo test`; results go in BENCHMARKS.md.

use std::sync::LazyLock;

use chrono::NaiveDate;
use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};
use tension::dict::Dictionaries;
use tension::extract::Extractor;

fn main() {
    divan::main();
}

const ARTICLE: &str = include_str!("data/wire-article.txt");

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(Dictionaries::builtin()));

fn published() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 1, 17)
}

/// The article's sentences as the extractor splits them.
static SENTENCES: LazyLock<Vec<String>> = LazyLock::new(|| {
    EXTRACTOR
        .extract(ARTICLE, published())
        .sentences
        .into_iter()
        .map(|s| s.text)
        .collect()
});

/// Ten copies of the article, paragraphs in a row: a long feature or a live blog.
static LONG: LazyLock<String> = LazyLock::new(|| [ARTICLE; 10].join("\n"));

/// One whole article: counters show sentences per second and bytes per second.
#[divan::bench]
fn article(b: Bencher) {
    let ex = &*EXTRACTOR;
    let n = SENTENCES.len();
    b.counter(ItemsCount::new(n))
        .counter(BytesCount::of_str(ARTICLE))
        .bench(|| ex.extract(divan::black_box(ARTICLE), published()));
}

/// Each sentence of the article as a document of its own (the `explain --sentence` path): the
/// fixed cost per call shows as the difference with `article`.
#[divan::bench]
fn sentence_by_sentence(b: Bencher) {
    let ex = &*EXTRACTOR;
    let sents = &*SENTENCES;
    b.counter(ItemsCount::new(sents.len())).bench(|| {
        for s in sents {
            divan::black_box(ex.extract(divan::black_box(s), published()));
        }
    });
}

/// Ten times the article in one text: should take about ten times `article`.
#[divan::bench(sample_count = 20)]
fn article_x10(b: Bencher) {
    let ex = &*EXTRACTOR;
    let n = SENTENCES.len() * 10;
    b.counter(ItemsCount::new(n))
        .bench(|| ex.extract(divan::black_box(LONG.as_str()), published()));
}

/// Parsing the embedded dictionary files.
#[divan::bench(sample_count = 10)]
fn parse_dictionaries() -> Dictionaries {
    Dictionaries::builtin()
}

/// Parsing and compiling them (actor, pattern, issue and tone matchers): the start-up cost of
/// every command that reads text.
#[divan::bench(sample_count = 10)]
fn build_extractor() -> Extractor {
    Extractor::new(Dictionaries::builtin())
}
