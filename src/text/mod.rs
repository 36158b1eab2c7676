//! Text: the normalised view that matching runs on, tokens, and sentences, all carrying offsets
//! into the original article text. Nothing here knows about actors or events.
//!
//! The stored text is never changed. Matching runs over [`Folded::lower`], a lower-cased view in
//! which compatibility forms (NFKC), curly quotes and dashes are folded to plain ASCII; every byte
//! of it maps back to a byte of the original, so a match always points at the words it came from.

pub mod phrases;
mod sentences;
mod tokens;
pub mod words;

pub use sentences::{Sentence, split_sentences};
pub use tokens::{Token, TokenKind, tokenize};

use unicode_normalization::UnicodeNormalization;

/// The lower-cased, folded view of a text with a map back to the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// Folded, lower-cased text.
    pub lower: String,
    /// For each byte of `lower`, the byte offset of the original character it came from.
    map: Vec<u32>,
    /// Length of the original text in bytes.
    orig_len: usize,
}

/// Folds one character to its plain form for matching (quotes, dashes, spaces).
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' => " ",
        '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => "",
        _ => return None,
    })
}

/// Folds a whole string the same way [`Folded::new`] does, without the offset map. Dictionary
/// phrases go through this so that they meet the text on equal terms.
pub fn fold(s: &str) -> String {
    Folded::new(s).lower
}

impl Folded {
    /// Builds the folded view of `text`.
    pub fn new(text: &str) -> Folded {
        let mut lower = String::with_capacity(text.len());
        let mut map = Vec::with_capacity(text.len());
        let mut buf = [0u8; 4];
        for (i, c) in text.char_indices() {
            let before = lower.len();
            if let Some(f) = fold_char(c) {
                lower.push_str(f);
            } else if c.is_ascii() {
                lower.push(c.to_ascii_lowercase());
            } else {
                for n in c.encode_utf8(&mut buf).nfkc() {
                    if let Some(f) = fold_char(n) {
                        lower.push_str(f);
                    } else {
                        for l in n.to_lowercase() {
                            lower.push(l);
                        }
                    }
                }
            }
            for _ in before..lower.len() {
                map.push(i as u32);
            }
        }
        Folded {
            lower,
            map,
            orig_len: text.len(),
        }
    }

    /// Maps a byte offset in `lower` to the byte offset in the original text.
    pub fn to_orig(&self, i: usize) -> usize {
        if i >= self.map.len() {
            self.orig_len
        } else {
            self.map[i] as usize
        }
    }

    /// Maps a half-open span of `lower` to the original text.
    pub fn span_to_orig(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_orig(start);
        let e = if end == 0 {
            0
        } else if end >= self.map.len() {
            self.orig_len
        } else {
            // the end of the original character that the last folded byte came from
            let last = self.map[end - 1] as usize;
            let mut e = self.map[end] as usize;
            if e <= last {
                e = last + 1;
            }
            e
        };
        (s, e.max(s))
    }
}

/// Converts byte offsets of `text` to character offsets, for storage (SQLite counts characters).
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of each character boundary where the character count changes in steps;
    /// for ASCII-only text this is empty and the byte offset is the character offset.
    starts: Vec<u32>,
    ascii: bool,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                starts: Vec::new(),
                ascii: true,
            };
        }
        let starts = text.char_indices().map(|(i, _)| i as u32).collect();
        CharIndex {
            starts,
            ascii: false,
        }
    }

    /// The character offset of byte offset `b` (which must be a char boundary or the end).
    pub fn chars(&self, b: usize) -> i64 {
        if self.ascii {
            return b as i64;
        }
        match self.starts.binary_search(&(b as u32)) {
            Ok(i) => i as i64,
            Err(i) => i as i64,
        }
    }
}

/// Counts words the way tone shares are computed: runs of letters or digits.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_quotes_dashes_and_case_with_offsets() {
        let t = "Blinken’s trip — “Taiwan”";
        let f = Folded::new(t);
        assert_eq!(f.lower, "blinken's trip - \"taiwan\"");
        let i = f.lower.find("taiwan").unwrap();
        let (s, e) = f.span_to_orig(i, i + 6);
        assert_eq!(&t[s..e], "Taiwan");
        let j = f.lower.find("'s").unwrap();
        let (s, e) = f.span_to_orig(j, j + 2);
        assert_eq!(&t[s..e], "’s");
    }

    #[test]
    fn nfkc_expansion_maps_back_to_one_character() {
        let t = "ﬁrm stance";
        let f = Folded::new(t);
        assert_eq!(f.lower, "firm stance");
        let (s, e) = f.span_to_orig(0, 4);
        assert_eq!(&t[s..e], "ﬁrm");
    }

    #[test]
    fn char_index_counts_characters() {
        let t = "Wang’s “warning”";
        let ci = CharIndex::new(t);
        let b = t.find("warning").unwrap();
        assert_eq!(ci.chars(b), 8);
        assert_eq!(t.chars().skip(8).take(7).collect::<String>(), "warning");
    }
}
