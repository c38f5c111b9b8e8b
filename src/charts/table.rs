//! A table of figures: shown under its chart for screen-reader users and anyone who wants
//! the numbers, and downloadable as CSV that opens cleanly in Excel.

use crate::model::format::csv_text;

/// Rows of cells under headers. Cells hold display text; `csv_rows` hold plain numbers
/// (no separators or £) so spreadsheets read them as numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub csv_rows: Vec<Vec<String>>,
}

impl Table {
    /// CSV text that opens cleanly in Excel ([`csv_text`]): the headers, then `csv_rows`.
    pub fn to_csv(&self) -> String {
        csv_text(std::iter::once(&self.headers).chain(&self.csv_rows))
    }
}
