//! CSV downloads of the KPI page: the rejected rows here, the worklist and aggregates in
//! their own files. All go through the app's [`format::csv_text`](crate::model::format::csv_text):
//! Excel-safe cells (an id such as `=HYPERLINK(…)` is never run as a formula), a byte-order
//! mark and CRLF line ends. Dates are written dd/mm/yyyy for UK readers.

use super::RejectedRow;
use crate::model::format;

/// CSV text from a header and rows of cells.
pub(crate) fn csv_text<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let header = header.iter().map(|h| h.to_string()).collect::<Vec<_>>();
    format::csv_text(std::iter::once(header).chain(rows.into_iter().map(|row| row.into_iter().collect())))
}

/// Rejected rows as CSV: `line,record_id,reason`.
pub fn rejected_rows_csv(rejected: &[RejectedRow]) -> String {
    csv_text(&["line", "record_id", "reason"], rejected.iter().map(|r| [r.line.to_string(), r.record_id.clone(), r.reason.to_string()]))
}
