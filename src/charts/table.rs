//! A table of figures: shown under its chart for screen-reader users and anyone who wants
//! the numbers, and downloadable as CSV that opens cleanly in Excel.

/// Rows of cells under headers. Cells hold display text; `csv_rows` hold plain numbers
/// (no separators or £) so spreadsheets read them as numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub csv_rows: Vec<Vec<String>>,
}

fn csv_cell(cell: &str) -> String {
    // A leading =, +, - or @ would be read by Excel as a formula; numbers are safe.
    let risky = cell.starts_with(['=', '+', '@']) || (cell.starts_with('-') && cell.parse::<f64>().is_err());
    let cell = if risky { format!("'{cell}") } else { cell.to_string() };
    if cell.contains([',', '"', '\n', '\r']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell }
}

impl Table {
    /// CSV text: UTF-8 byte-order mark (so Excel reads £ and accents), CRLF line ends,
    /// fields quoted when they hold commas, quotes or line breaks.
    pub fn to_csv(&self) -> String {
        let mut out = String::from('\u{feff}');
        for row in std::iter::once(&self.headers).chain(self.csv_rows.iter()) {
            out.push_str(&row.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        out
    }
}
