//! The common TSV/CSV reader for dictionary files: comments, a header naming the columns,
//! `;`-separated lists, and a line number on every row for error messages.

use super::DictError;

/// One data row of a dictionary file.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line number in the file.
    pub line: usize,
    cells: Vec<String>,
}

/// A parsed dictionary file.
#[derive(Debug, Clone)]
pub struct Table {
    /// File name, for messages.
    pub file: String,
    header: Vec<String>,
    /// Data rows in file order.
    pub rows: Vec<Row>,
}

impl Table {
    /// Parses TSV text (`sep` = `\t`) or CSV (`sep` = `,`, one record per line).
    pub fn parse(file: &str, text: &str, sep: char, errors: &mut Vec<DictError>) -> Table {
        let mut header: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let l = raw.trim_end_matches('\r');
            if l.trim().is_empty() || l.trim_start().starts_with('#') {
                continue;
            }
            let cells: Vec<String> = if sep == ',' {
                // CSV with quoted fields (one record per line)
                let mut r = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(l.as_bytes());
                match r.records().next() {
                    Some(Ok(rec)) => rec.iter().map(|c| c.trim().to_string()).collect(),
                    _ => {
                        errors.push(DictError::new(file, line, "not a CSV record".to_string()));
                        continue;
                    }
                }
            } else {
                l.split(sep).map(|c| c.trim().to_string()).collect()
            };
            match &header {
                None => header = Some(cells.iter().map(|c| c.to_lowercase()).collect()),
                Some(h) => {
                    if cells.len() > h.len() {
                        errors.push(DictError::new(
                            file,
                            line,
                            format!("{} columns, the header has {}", cells.len(), h.len()),
                        ));
                    }
                    rows.push(Row { line, cells });
                }
            }
        }
        if header.is_none() && !text.trim().is_empty() {
            errors.push(DictError::new(file, 1, "no header line".to_string()));
        }
        Table {
            file: file.to_string(),
            header: header.unwrap_or_default(),
            rows,
        }
    }

    /// Checks that the named columns exist.
    pub fn require(&self, cols: &[&str], errors: &mut Vec<DictError>) -> bool {
        let mut ok = true;
        for c in cols {
            if !self.header.iter().any(|h| h == c) {
                errors.push(DictError::new(
                    &self.file,
                    1,
                    format!("missing column `{c}`"),
                ));
                ok = false;
            }
        }
        ok
    }

    /// The cell of `row` in column `col` ("" when absent).
    pub fn get<'a>(&self, row: &'a Row, col: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| h == col)
            .and_then(|i| row.cells.get(i))
            .map_or("", |s| s.as_str())
    }

    /// The `;`-separated values of a cell.
    pub fn list(&self, row: &Row, col: &str) -> Vec<String> {
        split_list(self.get(row, col))
    }
}

/// Splits a `;`-separated cell.
pub fn split_list(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| s.to_string())
        .collect()
}
