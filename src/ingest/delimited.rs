//! Dumps: JSON Lines (one object per line) and CSV (header row), with the fields `id`,
//! `published`, `title`, `source`, `url`, `text`. Other fields are ignored.

use std::io::BufRead;

use serde_json::Value;

use super::{DocStream, Document, InputError, PubDate, parse_published};

/// Reads JSON Lines lazily, one document per non-blank line.
pub struct JsonlReader {
    reader: Box<dyn BufRead + Send>,
    origin: String,
    line: usize,
    buf: String,
}

impl JsonlReader {
    /// Wraps a reader.
    pub fn new(reader: Box<dyn BufRead + Send>, origin: String) -> JsonlReader {
        JsonlReader {
            reader,
            origin,
            line: 0,
            buf: String::new(),
        }
    }
}

impl Iterator for JsonlReader {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            self.line += 1;
            let origin = format!("{}:{}", self.origin, self.line);
            match self.reader.read_line(&mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    return Some(Err(InputError {
                        origin,
                        message: format!("cannot read: {e}"),
                    }));
                }
            }
            let l = self.buf.trim();
            if l.is_empty() {
                continue;
            }
            let v: Value = match serde_json::from_str(l) {
                Ok(v) => v,
                Err(e) => {
                    return Some(Err(InputError {
                        origin,
                        message: format!("not valid JSON: {e}"),
                    }));
                }
            };
            return Some(from_json(&v, origin));
        }
    }
}

fn json_str(v: &Value, keys: &[&str]) -> Option<String> {
    for k in keys {
        match v.get(*k) {
            Some(Value::String(s)) if !s.trim().is_empty() => return Some(s.clone()),
            Some(Value::Number(n)) => return Some(n.to_string()),
            _ => {}
        }
    }
    None
}

fn from_json(v: &Value, origin: String) -> Result<Document, InputError> {
    if !v.is_object() {
        return Err(InputError {
            origin,
            message: "expected a JSON object".to_string(),
        });
    }
    let text = json_str(v, &["text", "body", "content"]).ok_or_else(|| InputError {
        origin: origin.clone(),
        message: "no `text` field".to_string(),
    })?;
    let published = match json_str(v, &["published", "date"]) {
        Some(s) => parse_published(&s).map_err(|m| InputError {
            origin: origin.clone(),
            message: m,
        })?,
        None => PubDate::UNKNOWN,
    };
    Ok(Document {
        doc_id: json_str(v, &["id", "doc_id"]),
        title: json_str(v, &["title"]),
        source: json_str(v, &["source"]),
        url: json_str(v, &["url"]),
        published,
        text,
        origin,
    })
}

/// Reads a CSV dump with a header row.
pub fn read_csv(reader: Box<dyn BufRead + Send>, origin: String) -> DocStream {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim().trim_start_matches('\u{feff}').to_lowercase())
            .collect(),
        Err(e) => {
            let err = InputError {
                origin: format!("{origin}:1"),
                message: format!("cannot read the header: {e}"),
            };
            return Box::new(std::iter::once(Err(err)));
        }
    };
    let col = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| headers.iter().position(|h| h == n))
    };
    let (c_id, c_pub, c_title, c_src, c_url, c_text) = (
        col(&["id", "doc_id"]),
        col(&["published", "date"]),
        col(&["title"]),
        col(&["source"]),
        col(&["url"]),
        col(&["text", "body", "content"]),
    );
    if c_text.is_none() {
        let err = InputError {
            origin: format!("{origin}:1"),
            message: "the header has no `text` column".to_string(),
        };
        return Box::new(std::iter::once(Err(err)));
    }
    Box::new(rdr.into_records().map(move |r| {
        let r = r.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            InputError {
                origin: format!("{origin}:{line}"),
                message: format!("bad CSV row: {e}"),
            }
        })?;
        let line = r.position().map_or(0, |p| p.line());
        let o = format!("{origin}:{line}");
        let get = |c: Option<usize>| {
            c.and_then(|i| r.get(i))
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let text = get(c_text).ok_or_else(|| InputError {
            origin: o.clone(),
            message: "empty `text`".to_string(),
        })?;
        let published = match get(c_pub) {
            Some(s) => parse_published(&s).map_err(|m| InputError {
                origin: o.clone(),
                message: m,
            })?,
            None => PubDate::UNKNOWN,
        };
        Ok(Document {
            doc_id: get(c_id),
            title: get(c_title),
            source: get(c_src),
            url: get(c_url),
            published,
            text,
            origin: o,
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_going() {
        let data = "{\"id\":\"a\",\"published\":\"2023-06-19\",\"text\":\"One.\",\"gold\":{}}\n\nnot json\n{\"id\":2,\"text\":\"Two.\"}\n{\"id\":\"c\"}\n";
        let r: Vec<_> = JsonlReader::new(Box::new(data.as_bytes()), "d.jsonl".into()).collect();
        assert_eq!(r.len(), 4);
        assert_eq!(r[0].as_ref().unwrap().doc_id.as_deref(), Some("a"));
        assert_eq!(r[1].as_ref().unwrap_err().origin, "d.jsonl:3");
        assert_eq!(r[2].as_ref().unwrap().doc_id.as_deref(), Some("2"));
        assert!(r[3].as_ref().unwrap_err().message.contains("text"));
    }

    #[test]
    fn csv_rows_with_quotes_and_newlines() {
        let data = "id,published,title,source,url,text\nx1,2024-01-05,\"A, title\",AFP,,\"Line one.\nLine two.\"\nx2,bad,,,,Text\n";
        let r: Vec<_> = read_csv(Box::new(data.as_bytes()), "f.csv".into()).collect();
        let d = r[0].as_ref().unwrap();
        assert_eq!(d.title.as_deref(), Some("A, title"));
        assert_eq!(d.text, "Line one.\nLine two.");
        assert_eq!(d.url, None);
        assert_eq!(r[1].as_ref().unwrap_err().origin, "f.csv:4");
    }
}
