//! A quote mark that opens a cell and is never closed (contract: File — "fields may be
//! quoted (with `""` for a quote inside)").
//!
//! A cell that starts with `"` runs to the next `"` not doubled, across commas and line ends.
//! When there is none, the CSV reader takes everything to the end of the file as that one
//! cell: the row would be reported as "fracture_date is blank" with a record id full of
//! commas and line ends, and the rows after it silently lost. Instead the import stops at
//! that row and says where the quote is; the rows before it count as usual.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Where an unclosed quote mark made the rest of a file unreadable.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct UnclosedQuote {
    /// The line the row holding the quote starts on: from here to the end was not read.
    pub row_line: u64,
    /// The line of the quote mark that opens the cell.
    pub quote_line: u64,
    /// The last line of the file that is not empty.
    pub last_line: u64,
}

impl fmt::Display for UnclosedQuote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let UnclosedQuote { row_line, quote_line, last_line } = *self;
        write!(f, "Line {quote_line}: a quote mark (\") opens a cell but is never closed, so ")?;
        if row_line == last_line {
            write!(f, "line {row_line}, the last line of the file, could not be read.")?;
        } else if row_line == quote_line {
            write!(f, "the rest of the file, lines {row_line} to {last_line}, could not be read.")?;
        } else {
            write!(
                f,
                "the rest of the file from the row that starts on line {row_line}, lines \
                 {row_line} to {last_line}, could not be read."
            )?;
        }
        write!(
            f,
            " The rows before line {row_line} are counted. Remove the quote mark or add the \
             closing one, then choose the file again."
        )
    }
}

/// The offset in `record` of a quote mark that opens a cell and is never closed, if any.
///
/// `record` starts at a record (line ends before it are skipped) and runs to the end of the
/// file. Follows the csv reader's rules: a quote opens a quoted cell only as a cell's first
/// byte; inside, `""` is a quote and a single `"` closes the cell; a line end outside quotes
/// ends the record (and then `None`: the record is complete). Costs the length of the record,
/// or of the rest of the file when the quote is unclosed.
pub(crate) fn find_unclosed_quote(record: &[u8]) -> Option<usize> {
    let mut i = record.iter().position(|b| !matches!(b, b'\r' | b'\n'))?;
    let mut cell_start = true;
    while let Some(&byte) = record.get(i) {
        if cell_start && byte == b'"' {
            let open = i;
            i += 1;
            loop {
                let Some(close) = record[i..].iter().position(|&b| b == b'"') else {
                    return Some(open);
                };
                i += close + 1;
                if record.get(i) != Some(&b'"') {
                    break;
                }
                i += 1;
            }
            cell_start = false;
            continue;
        }
        match byte {
            b',' => cell_start = true,
            b'\r' | b'\n' => return None,
            _ => cell_start = false,
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find_unclosed_quote;

    #[test]
    fn quotes_open_only_at_a_cells_start_and_double_inside() {
        assert_eq!(find_unclosed_quote(b"a,\"b\nc"), Some(2));
        assert_eq!(find_unclosed_quote(b"\r\n\"abc"), Some(2));
        assert_eq!(find_unclosed_quote(b"a,\"b\"\"\nc"), Some(2));
        assert_eq!(find_unclosed_quote(b"a,\"b\"\"\"\nc,\"d"), None, "the record ends at the line end");
        assert_eq!(find_unclosed_quote(b"a,b\"c\nd"), None, "a quote inside an unquoted cell");
        assert_eq!(find_unclosed_quote(b"a,\"b\"x,\"c"), Some(7));
        assert_eq!(find_unclosed_quote(b"a,\"b\nc\"\n\"d"), None);
        assert_eq!(find_unclosed_quote(b""), None);
        assert_eq!(find_unclosed_quote(b"\""), Some(0));
    }
}
