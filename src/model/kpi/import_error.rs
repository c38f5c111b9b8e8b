//! Why a file cannot be read at all (contract: File and Headers — a file without a
//! `record_id` or `fracture_date` column is refused as a whole).

use std::fmt;

use super::Column;

/// Why a file cannot be read at all.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ImportError {
    /// No bytes, only a byte-order mark, or only empty lines.
    EmptyFile,
    /// The file is an Excel workbook (.xlsx is a zip archive, .xls an OLE2 file), not CSV.
    Spreadsheet,
    /// A line holds bytes that are not UTF-8 text (typically a spreadsheet's "CSV" rather
    /// than "CSV UTF-8").
    NotUtf8 { line: u64 },
    /// The header line lacks required columns (named, in template order).
    MissingRequiredColumns(Vec<Column>),
    /// A header line but no patient rows.
    NoDataRows,
    /// A quote mark on `line` opens a cell (in the header or the first row) and is never
    /// closed, so no row could be read.
    UnclosedQuote { line: u64 },
    /// The CSV reader failed (should not happen for in-memory bytes).
    Unreadable { line: u64, detail: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::EmptyFile => f.write_str(
                "The file is empty. Choose a CSV file whose first line holds the column headers, \
                 with one row per patient below it.",
            ),
            ImportError::Spreadsheet => f.write_str(
                "This is an Excel workbook, not a CSV file. In Excel choose File, Save As, \
                 \"CSV UTF-8 (Comma delimited)\", then choose the saved CSV file here.",
            ),
            ImportError::NotUtf8 { line } => write!(
                f,
                "Line {line} is not UTF-8 text. In your spreadsheet, save the file as \
                 \"CSV UTF-8\" and choose it again."
            ),
            ImportError::MissingRequiredColumns(missing) => {
                let names: Vec<&str> = missing.iter().map(|c| c.name()).collect();
                let (noun, list, add) = match names.as_slice() {
                    [one] => ("column", one.to_string(), "a column"),
                    _ => ("columns", names.join(" or "), "columns"),
                };
                write!(
                    f,
                    "The file has no {list} {noun}. Add {add} headed {} to the first line of \
                     the file (see the template), then choose the file again. If those headings \
                     are there, check that the file is separated by commas, not semicolons or tabs.",
                    names.join(" and ")
                )
            }
            ImportError::NoDataRows => f.write_str(
                "The file has a header line but no patient rows. Add one row per patient below \
                 the header, then choose the file again.",
            ),
            ImportError::UnclosedQuote { line } => write!(
                f,
                "A quote mark (\") on line {line} opens a cell but is never closed, so the file \
                 could not be read from line {line} on and no patient row could be read. Remove \
                 the quote mark or add the closing one, then choose the file again."
            ),
            ImportError::Unreadable { line, detail } => write!(
                f,
                "The file could not be read as CSV at line {line} ({detail}). Check that it opens \
                 in a spreadsheet, save it again as \"CSV UTF-8\" and choose it again."
            ),
        }
    }
}

impl std::error::Error for ImportError {}
