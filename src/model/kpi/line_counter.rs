//! Physical line numbers for messages (contract: "Line numbers in messages are physical
//! lines of the file, the header being line 1").

/// Physical line numbers of records (the csv crate's own line numbers drift with CRLF
/// ends and skipped empty lines, so lines are counted here).
///
/// A record's position from the csv reader is a byte at or before its first byte, with
/// only line-end bytes (`\r`, `\n`: the previous terminator and empty lines) in between;
/// a record never starts with one. So its line is 1 + the number of `\n` bytes before its
/// first byte. Counting resumes from the previous record, so a whole file costs one pass.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineCounter {
    /// A byte offset in the file, and the line that byte is on.
    pub(crate) byte: usize,
    pub(crate) line: u64,
}

impl LineCounter {
    /// The line the record starts on (records must come in file order).
    pub(crate) fn line_of(&mut self, bytes: &[u8], bom_bytes: u64, row: &csv::StringRecord) -> u64 {
        let start = row
            .position()
            .map_or(self.byte, |p| bom_bytes as usize + p.byte() as usize);
        self.line_at(bytes, start)
    }

    /// The line of the first byte at or after `start` that is not a line end.
    pub(crate) fn line_at(&mut self, bytes: &[u8], start: usize) -> u64 {
        let mut start = start.max(self.byte).min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        self.line += bytes[self.byte..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.byte = start;
        self.line
    }
}
