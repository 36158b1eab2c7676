//! Readers: turn files, folders, dumps and stdin into [`Document`]s. Each reader yields one
//! `Result` per article so that one bad line is reported (with its file and line) and the rest of
//! the batch still goes in. Readers know nothing about extraction or the database.

mod date;
mod delimited;
mod feed;
mod html;
mod text;

use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use date::{PubDate, parse_published};

/// An article as read from its source, before any analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The source's own identifier, if it has one.
    pub doc_id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Source (agency, outlet).
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date.
    pub published: PubDate,
    /// The text, as given.
    pub text: String,
    /// Where it came from: `path`, `path:line` or `stdin`.
    pub origin: String,
}

/// A problem with one input record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// `path:line`, `path` or `stdin`.
    pub origin: String,
    /// What is wrong and, where possible, what to do.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

impl std::error::Error for InputError {}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Decide by extension.
    Auto,
    /// Plain text with optional front matter.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// An HTML page.
    Html,
    /// An RSS or Atom feed.
    Feed,
}

impl Format {
    /// Parses a format name.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "auto" => Format::Auto,
            "text" | "txt" => Format::Text,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            "html" | "htm" => Format::Html,
            "feed" | "rss" | "atom" | "xml" => Format::Feed,
            _ => return None,
        })
    }

    /// The format of a path by its extension (a `.gz` suffix is looked through); `None` for an
    /// extension no reader handles.
    pub fn of_path(p: &Path) -> Option<Format> {
        let name = p.file_name()?.to_string_lossy().to_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        Some(match ext {
            "txt" | "text" | "md" | "markdown" => Format::Text,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            "html" | "htm" | "xhtml" => Format::Html,
            "rss" | "atom" | "xml" => Format::Feed,
            _ => return None,
        })
    }
}

/// Metadata given on the command line; it overrides what the input says.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--id`.
    pub doc_id: Option<String>,
    /// `--title`.
    pub title: Option<String>,
    /// `--source`.
    pub source: Option<String>,
    /// `--url`.
    pub url: Option<String>,
    /// `--date`.
    pub published: Option<PubDate>,
}

impl Overrides {
    /// Applies the overrides to a document.
    pub fn apply(&self, d: &mut Document) {
        if let Some(v) = &self.doc_id {
            d.doc_id = Some(v.clone());
        }
        if let Some(v) = &self.title {
            d.title = Some(v.clone());
        }
        if let Some(v) = &self.source {
            d.source = Some(v.clone());
        }
        if let Some(v) = &self.url {
            d.url = Some(v.clone());
        }
        if let Some(v) = &self.published {
            d.published = *v;
        }
    }
}

/// Expands the inputs: folders are walked recursively (sorted, hidden entries skipped, only files
/// with a known extension); `-` is stdin.
pub fn expand_inputs(inputs: &[PathBuf], format: Format) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            files.push(p.clone());
            continue;
        }
        match std::fs::metadata(p) {
            Err(e) => errors.push(InputError {
                origin: p.display().to_string(),
                message: format!("cannot read: {e}"),
            }),
            Ok(m) if m.is_dir() => walk(p, format, &mut files, &mut errors),
            Ok(_) => files.push(p.clone()),
        }
    }
    (files, errors)
}

fn walk(dir: &Path, format: Format, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            errors.push(InputError {
                origin: dir.display().to_string(),
                message: format!("cannot read folder: {e}"),
            });
            return;
        }
    };
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, format, files, errors);
        } else if format != Format::Auto || Format::of_path(&p).is_some() {
            let is_readme = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().eq_ignore_ascii_case("readme.md"));
            if !is_readme {
                files.push(p);
            }
        }
    }
}

/// Opens a path (or stdin for `-`), decompressing `.gz`.
pub fn open(path: &Path) -> std::io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path)?)
    };
    let gz = path.extension().is_some_and(|e| e == "gz");
    if gz {
        Ok(Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(raw),
        )))
    } else {
        Ok(Box::new(BufReader::with_capacity(1 << 16, raw)))
    }
}

/// A stream of documents from one input.
pub type DocStream = Box<dyn Iterator<Item = Result<Document, InputError>> + Send>;

/// Reads one input file (or stdin) in the given format.
pub fn read_path(path: &Path, format: Format) -> DocStream {
    let origin = if path.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let format = match format {
        Format::Auto => Format::of_path(path).unwrap_or(Format::Text),
        f => f,
    };
    let reader = match open(path) {
        Ok(r) => r,
        Err(e) => {
            let err = InputError {
                origin,
                message: format!("cannot open: {e}"),
            };
            return Box::new(std::iter::once(Err(err)));
        }
    };
    match format {
        Format::Jsonl => Box::new(delimited::JsonlReader::new(reader, origin)),
        Format::Csv => delimited::read_csv(reader, origin),
        Format::Html => Box::new(std::iter::once(
            read_all(reader, &origin).and_then(|s| html::parse(&s, &origin)),
        )),
        Format::Feed => match read_all(reader, &origin) {
            Ok(s) => feed::parse(&s, &origin),
            Err(e) => Box::new(std::iter::once(Err(e))),
        },
        Format::Text | Format::Auto => Box::new(std::iter::once(
            read_all(reader, &origin).and_then(|s| text::parse(&s, &origin)),
        )),
    }
}

fn read_all(mut r: Box<dyn BufRead + Send>, origin: &str) -> Result<String, InputError> {
    let mut buf = Vec::new();
    r.read_to_end(&mut buf).map_err(|e| InputError {
        origin: origin.to_string(),
        message: format!("cannot read: {e}"),
    })?;
    String::from_utf8(buf).map_err(|e| InputError {
        origin: origin.to_string(),
        message: format!(
            "not UTF-8 text (byte {}): convert it to UTF-8 first",
            e.utf8_error().valid_up_to()
        ),
    })
}
