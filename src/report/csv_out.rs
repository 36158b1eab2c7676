//! CSV that survives a spreadsheet: RFC 4180, UTF-8, a header row, and text cells that a
//! spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
//! return) neutralised with a leading apostrophe. Numbers stay plain numbers.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::store::Cell;

/// Neutralises a text cell a spreadsheet would evaluate.
pub fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => std::borrow::Cow::Owned(format!("'{s}")),
        _ => std::borrow::Cow::Borrowed(s),
    }
}

/// A CSV writer to a file or stdout.
pub struct CsvOut {
    w: csv::Writer<Box<dyn Write>>,
    rows: usize,
}

impl CsvOut {
    /// Opens `path` (`-` or `None`: stdout), creating parent folders.
    pub fn create(path: Option<&Path>) -> io::Result<CsvOut> {
        let sink: Box<dyn Write> = match path {
            None => Box::new(BufWriter::new(io::stdout().lock())),
            Some(p) if p.as_os_str() == "-" => Box::new(BufWriter::new(io::stdout().lock())),
            Some(p) => {
                if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir)?;
                }
                Box::new(BufWriter::new(File::create(p)?))
            }
        };
        Ok(CsvOut {
            w: csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(sink),
            rows: 0,
        })
    }

    /// Writes the header.
    pub fn header<S: AsRef<str>>(&mut self, names: &[S]) -> io::Result<()> {
        self.w
            .write_record(names.iter().map(|s| s.as_ref()))
            .map_err(io::Error::other)
    }

    /// Writes a row of typed cells.
    pub fn cells(&mut self, cells: &[Cell]) -> io::Result<()> {
        let rec: Vec<String> = cells
            .iter()
            .map(|c| match c {
                Cell::Text(s) => neutralise(s).into_owned(),
                other => other.to_text(),
            })
            .collect();
        self.rows += 1;
        self.w.write_record(&rec).map_err(csv_io)
    }

    /// Writes a row of text cells (each neutralised).
    pub fn texts<S: AsRef<str>>(&mut self, cells: &[S]) -> io::Result<()> {
        self.rows += 1;
        self.w
            .write_record(cells.iter().map(|s| neutralise(s.as_ref()).into_owned()))
            .map_err(csv_io)
    }

    /// Rows written so far.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Flushes.
    pub fn finish(mut self) -> io::Result<()> {
        self.w.flush()
    }
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        k => io::Error::other(format!("{k:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_not_plain_text() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tcmd"), "'\tcmd");
        assert_eq!(neutralise("Xi met Blinken"), "Xi met Blinken");
    }
}
