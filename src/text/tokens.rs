//! Tokens over the folded view: words, numbers, punctuation, the possessive `'s` and the
//! negation `n't`, each with its byte span in [`super::Folded::lower`].

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits mixed with letters); "u.s." style abbreviations are one word.
    Word,
    /// Digits, with inner `.`, `,` or `:` ("4:30", "1,000", "3.5").
    Number,
    /// The possessive `'s` or a bare trailing `'`.
    Possessive,
    /// The clitic `n't`.
    Negation,
    /// Any other single character.
    Punct,
}

/// One token of the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset in the folded text.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
    /// Whether the original text starts this token with a capital letter.
    pub cap: bool,
}

impl Token {
    /// The token's text in the folded view.
    pub fn text<'a>(&self, lower: &'a str) -> &'a str {
        &lower[self.start..self.end]
    }

    /// Whether this is a word or number (not punctuation).
    pub fn is_wordlike(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Negation
        )
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits the folded text into tokens. `original` and `to_orig` are used only to note
/// capitalisation.
pub fn tokenize(lower: &str, original: &str, to_orig: impl Fn(usize) -> usize) -> Vec<Token> {
    let b = lower.as_bytes();
    let mut out = Vec::with_capacity(lower.len() / 5);
    let mut i = 0;
    let cap_at = |i: usize| {
        original[to_orig(i).min(original.len())..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    };
    while i < b.len() {
        let c = lower[i..].chars().next().unwrap();
        let clen = c.len_utf8();
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            let mut j = i;
            loop {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                if j + 1 < b.len()
                    && matches!(b[j], b'.' | b',' | b':')
                    && b[j + 1].is_ascii_digit()
                {
                    j += 1;
                    continue;
                }
                break;
            }
            // digits followed by letters ("26-year-old" stays split by the hyphen; "1980s", "g20")
            let mut kind = TokenKind::Number;
            while j < b.len() {
                let cj = lower[j..].chars().next().unwrap();
                if is_word_char(cj) {
                    kind = TokenKind::Word;
                    j += cj.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Token {
                start,
                end: j,
                kind,
                cap: false,
            });
            i = j;
            continue;
        }
        if is_word_char(c) {
            // abbreviation with dots: u.s., u.k., a.m., e.g.
            if let Some(end) = dotted_abbreviation(b, i) {
                out.push(Token {
                    start,
                    end,
                    kind: TokenKind::Word,
                    cap: cap_at(start),
                });
                i = end;
                continue;
            }
            let mut j = i;
            while j < b.len() {
                let cj = lower[j..].chars().next().unwrap();
                if is_word_char(cj) {
                    j += cj.len_utf8();
                } else {
                    break;
                }
            }
            // n't: "didn't" -> "did" + "n't"
            if j + 1 < b.len()
                && b[j] == b'\''
                && b[j + 1] == b't'
                && j - i >= 2
                && b[j - 1] == b'n'
            {
                let after = j + 2;
                if after >= b.len() || !is_word_char(lower[after..].chars().next().unwrap()) {
                    out.push(Token {
                        start,
                        end: j - 1,
                        kind: TokenKind::Word,
                        cap: cap_at(start),
                    });
                    out.push(Token {
                        start: j - 1,
                        end: after,
                        kind: TokenKind::Negation,
                        cap: false,
                    });
                    i = after;
                    continue;
                }
            }
            out.push(Token {
                start,
                end: j,
                kind: TokenKind::Word,
                cap: cap_at(start),
            });
            i = j;
            continue;
        }
        if c == '\'' {
            // possessive 's or plural possessive '
            let prev_word = out
                .last()
                .is_some_and(|t: &Token| t.end == i && t.kind == TokenKind::Word);
            if prev_word {
                if i + 1 < b.len() && b[i + 1] == b's' {
                    let after = i + 2;
                    if after >= b.len() || !is_word_char(lower[after..].chars().next().unwrap()) {
                        out.push(Token {
                            start,
                            end: after,
                            kind: TokenKind::Possessive,
                            cap: false,
                        });
                        i = after;
                        continue;
                    }
                } else if i + 1 >= b.len() || !is_word_char(lower[i + 1..].chars().next().unwrap())
                {
                    out.push(Token {
                        start,
                        end: i + 1,
                        kind: TokenKind::Possessive,
                        cap: false,
                    });
                    i += 1;
                    continue;
                }
            }
        }
        out.push(Token {
            start,
            end: i + clen,
            kind: TokenKind::Punct,
            cap: false,
        });
        i += clen;
    }
    out
}

/// Recognises "u.s.", "u.k.", "a.m.", "e.g." at `i`: single letters each followed by a dot,
/// at least two of them. Returns the end offset.
fn dotted_abbreviation(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    let mut n = 0;
    while j + 1 < b.len() && b[j].is_ascii_alphabetic() && b[j + 1] == b'.' {
        if j > i && b[j - 1] != b'.' {
            break;
        }
        n += 1;
        j += 2;
        if j < b.len() && b[j].is_ascii_alphabetic() && (j + 1 >= b.len() || b[j + 1] != b'.') {
            // "u.s.a" without final dot, or a word running on: stop before it
            break;
        }
    }
    if n >= 2 && (j >= b.len() || !b[j].is_ascii_alphanumeric()) {
        Some(j)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let lower = s.to_lowercase();
        tokenize(&lower, s, |i| i)
            .iter()
            .map(|t| t.text(&lower).to_string())
            .collect()
    }

    #[test]
    fn splits_words_possessives_and_negation() {
        assert_eq!(
            toks("China's drills didn't stop"),
            ["china", "'s", "drills", "did", "n't", "stop"]
        );
        assert_eq!(
            toks("the U.S. and the U.K."),
            ["the", "u.s.", "and", "the", "u.k."]
        );
        assert_eq!(
            toks("4:30 pm (0830 GMT)"),
            ["4:30", "pm", "(", "0830", "gmt", ")"]
        );
        assert_eq!(toks("China-US ties"), ["china", "-", "us", "ties"]);
        assert_eq!(
            toks("G20 summit, 3.5 percent"),
            ["g20", "summit", ",", "3.5", "percent"]
        );
        assert_eq!(toks("allies' concerns"), ["allies", "'", "concerns"]);
    }

    #[test]
    fn notes_capitals_from_the_original() {
        let s = "Xi met biden";
        let lower = s.to_lowercase();
        let t = tokenize(&lower, s, |i| i);
        assert!(t[0].cap);
        assert!(!t[2].cap);
    }
}
