//! Plain text articles, optionally opening with a front-matter block:
//!
//! ```text
//! ---
//! id: seed-0001
//! title: Xi hosts Blinken
//! published: 2023-06-19
//! source: AFP
//! url: https://example.org/story
//! ---
//! The article text…
//! ```

use super::{Document, InputError, PubDate, parse_published};

/// Parses a text file's contents.
pub fn parse(s: &str, origin: &str) -> Result<Document, InputError> {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let mut doc = Document {
        doc_id: None,
        title: None,
        source: None,
        url: None,
        published: PubDate::UNKNOWN,
        text: String::new(),
        origin: origin.to_string(),
    };
    let mut body = s;
    let first_line = s.lines().next().unwrap_or("");
    if first_line.trim_end() == "---" {
        let rest = &s[first_line.len()..].trim_start_matches(['\r', '\n']);
        let mut consumed = s.len() - rest.len();
        let mut closed = false;
        for (i, line) in rest.split_inclusive('\n').enumerate() {
            consumed += line.len();
            let l = line.trim_end();
            if l == "---" {
                closed = true;
                break;
            }
            if l.trim().is_empty() || l.trim_start().starts_with('#') {
                continue;
            }
            let Some((k, v)) = l.split_once(':') else {
                return Err(InputError {
                    origin: format!("{origin}:{}", i + 2),
                    message: format!("front matter line `{l}` is not `key: value`"),
                });
            };
            let v = v.trim().trim_matches('"').trim_matches('\'').to_string();
            let v = (!v.is_empty()).then_some(v);
            match k.trim().to_lowercase().as_str() {
                "id" | "doc_id" => doc.doc_id = v,
                "title" => doc.title = v,
                "source" => doc.source = v,
                "url" => doc.url = v,
                "published" | "date" => {
                    if let Some(v) = v {
                        doc.published = parse_published(&v).map_err(|m| InputError {
                            origin: format!("{origin}:{}", i + 2),
                            message: m,
                        })?;
                    }
                }
                _ => {}
            }
        }
        if !closed {
            return Err(InputError {
                origin: format!("{origin}:1"),
                message: "front matter opened with `---` is never closed".to_string(),
            });
        }
        body = &s[consumed..];
    }
    let text = body.trim().to_string();
    if text.is_empty() {
        return Err(InputError {
            origin: origin.to_string(),
            message: "the article has no text".to_string(),
        });
    }
    doc.text = text;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_front_matter() {
        let s = "---\nid: a1\ntitle: \"Talks\"\npublished: 2023-06-19\nsource: AFP\n---\nXi met Blinken.\n";
        let d = parse(s, "a.txt").unwrap();
        assert_eq!(d.doc_id.as_deref(), Some("a1"));
        assert_eq!(d.title.as_deref(), Some("Talks"));
        assert_eq!(d.source.as_deref(), Some("AFP"));
        assert_eq!(d.published.date.unwrap().to_string(), "2023-06-19");
        assert_eq!(d.text, "Xi met Blinken.");
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let e = parse("---\nid: a\npublished: soon\n---\ntext", "a.txt").unwrap_err();
        assert_eq!(e.origin, "a.txt:3");
        let e = parse("---\nid: a\ntitle: b\n", "a.txt").unwrap_err();
        assert!(e.message.contains("never closed"));
    }

    #[test]
    fn text_without_front_matter_has_no_id_or_date() {
        let d = parse("Just text.", "x/b.txt").unwrap();
        assert_eq!(d.doc_id, None);
        assert_eq!(d.published, PubDate::UNKNOWN);
    }
}
