//! Reading a patient-record CSV file into records, rejected rows and warnings.
//!
//! Implements the contract sections *File*, *Headers*, *Values*, *Dates* and *Row validity*:
//!
//! - UTF-8, optionally with a byte-order mark; LF or CRLF line ends; quoted fields with `""`
//!   for a quote inside. Lines that are entirely empty are skipped and not counted as rows.
//!   Line numbers are physical lines of the file, the header being line 1 (a row whose quoted
//!   cell spans lines is reported at the line it starts on).
//! - A row is **rejected** when `record_id` is empty; when `record_id` (trimmed, case kept)
//!   repeats the id of any earlier row, valid or not (the first stays); when `fracture_date`
//!   is missing or not a valid date; or when `age` is a whole number below 50. Checks are
//!   made in that order and the first failing one is the reason given.
//! - Dates after today (only when the importer is told today's date, see
//!   [`Importer::with_today`]; the contract is silent on them): a `fracture_date` after today
//!   rejects the row (checked with the fracture date's validity); any other date after today
//!   is a warning and treated as missing. The file is an extract made by today, so such a
//!   date is a mistake, and it must not become the default as-at date (the latest date in
//!   the records).
//! - Any other odd value is a **warning** and treated as missing. A date earlier than the
//!   fracture date is a warning but is kept (it never meets a time window, and a `dxa_date`
//!   before the fracture still puts the record in KPI 5's denominator).
//!
//! Beyond the contract: ages above 120 are a warning (implausible), and a row with more
//! cells than the header, the extra ones not blank, gets an `ExtraCells` warning. A quote
//! mark that opens a cell and is never closed would make the rest of the file one cell:
//! reading stops at that row and [`Import::unclosed_quote`] says where (the rows before
//! count); with no row before it, the file is refused ([`ImportError::UnclosedQuote`]).
//!
//! # Whole file or in chunks
//!
//! [`parse`] reads a whole file at once. For a browser, [`Importer`] reads the same file a
//! number of rows at a time so the page can update a progress bar between calls and never
//! freezes:
//!
//! ```ignore
//! // (`ignore`d: a doctest links the whole app, which is slow; tests/kpi/doc_examples.rs runs this.)
//! # use fls_toolkit::model::kpi::Importer;
//! let bytes = b"record_id,fracture_date\nA,01/02/2024\n".to_vec(); // e.g. File.arrayBuffer()
//! let mut importer = Importer::new(bytes);
//! loop {
//!     let progress = importer.read_rows(50_000)?; // then yield to the event loop
//!     if progress.done { break; }
//! }
//! let import = importer.finish()?;
//! assert_eq!(import.records.len(), 1);
//! # Ok::<(), fls_toolkit::model::kpi::ImportError>(())
//! ```
//!
//! The importer owns (or borrows) the file's bytes; it keeps its place between calls, so the
//! result is identical however the rows are split into calls.

use std::io::Cursor;

use serde::{Deserialize, Serialize};

use super::id_index::{FirstRow, IdIndex};
use super::line_counter::LineCounter;
use super::unclosed_quote::{find_unclosed_quote, UnclosedQuote};
use super::values::AgeCell;
use super::{
    Adherence, BoneTherapy, Column, Date, DxaStatus, FallsAssessment, FractureSite, IgnoredBecause,
    IgnoredColumn, ImportError, PatientRecord, RecognisedColumn, RejectedRow, RejectionReason, Sex,
    Warning, WarningCounts, WarningKind,
};

/// The result of reading a file.
#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
pub struct Import {
    /// Rows that were not rejected, in file order.
    pub records: Vec<PatientRecord>,
    /// Rows left out, with line number and reason, in file order.
    pub rejected: Vec<RejectedRow>,
    /// Odd values in the records (rejected rows get no warnings), in file order.
    pub warnings: Vec<Warning>,
    pub warning_counts: WarningCounts,
    /// Template columns found, in file order.
    pub columns_recognised: Vec<RecognisedColumn>,
    /// Columns not used, in file order.
    pub columns_ignored: Vec<IgnoredColumn>,
    /// Data rows read (records + rejected; entirely empty lines are not rows).
    pub rows_read: u64,
    /// A quote mark opened a cell and was never closed: the rest of the file, from that row,
    /// was not read (and is in neither `records` nor `rejected`).
    #[serde(default)]
    pub unclosed_quote: Option<UnclosedQuote>,
}

impl Import {
    /// The template columns the file lacks (optional ones; required ones refuse the file).
    pub fn columns_missing(&self) -> Vec<Column> {
        Column::ALL
            .into_iter()
            .filter(|c| !self.columns_recognised.iter().any(|r| r.column == *c))
            .collect()
    }
}

/// How far an [`Importer`] has got.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ImportProgress {
    /// Data rows read so far.
    pub rows_read: u64,
    /// Bytes of the file read so far.
    pub bytes_read: u64,
    pub total_bytes: u64,
    /// Whether the whole file has been read.
    pub done: bool,
}

impl ImportProgress {
    /// Share of the file read, 0–1 (1 for an empty file).
    pub fn fraction_done(&self) -> f64 {
        if self.done || self.total_bytes == 0 {
            1.0
        } else {
            self.bytes_read as f64 / self.total_bytes as f64
        }
    }
}

/// Reads a whole file (see the module documentation for the rules). No date is checked
/// against today: the engine has no clock (see [`parse_with_today`]).
pub fn parse(bytes: &[u8]) -> Result<Import, ImportError> {
    Importer::new(bytes).finish()
}

/// Reads a whole file, rejecting a fracture date after `today` and treating any other date
/// after `today` as missing, with a warning (see [`Importer::with_today`]).
pub fn parse_with_today(bytes: &[u8], today: Date) -> Result<Import, ImportError> {
    Importer::new(bytes).with_today(today).finish()
}

/// Rows read before estimating how many are left (see `Importer::reserve_for_the_rest`).
const ROWS_BEFORE_RESERVING: u64 = 1000;

/// Where each template column is in the file.
#[derive(Clone, Copy, Debug)]
struct Layout {
    position: [Option<usize>; 14],
    header_cells: usize,
    /// No date can be later than this (see [`Importer::with_today`]).
    today: Option<Date>,
}

impl Layout {
    fn cell<'r>(&self, row: &'r csv::StringRecord, column: Column) -> &'r str {
        trim(
            self.position[column.index()]
                .and_then(|i| row.get(i))
                .unwrap_or(""),
        )
    }
}

/// Removes surrounding white space (Unicode `White_Space`, as `str::trim`), with a fast
/// path for the usual all-ASCII ends.
fn trim(cell: &str) -> &str {
    let trimmed = cell.trim_ascii();
    match (trimmed.as_bytes().first(), trimmed.as_bytes().last()) {
        (Some(first), Some(last)) if !first.is_ascii() || !last.is_ascii() => trimmed.trim(),
        _ => trimmed,
    }
}

/// Reads a file a number of rows at a time (see the module documentation).
///
/// `B` is anything holding the file's bytes: `Vec<u8>` (owned, e.g. from a browser
/// `ArrayBuffer`) or `&[u8]`.
pub struct Importer<B: AsRef<[u8]>> {
    reader: csv::Reader<Cursor<B>>,
    row: csv::StringRecord,
    bom_bytes: u64,
    total_bytes: u64,
    layout: Option<Layout>,
    lines: LineCounter,
    ids: IdIndex,
    import: Import,
    today: Option<Date>,
    done: bool,
    failed: Option<ImportError>,
}

impl<B: AsRef<[u8]>> Importer<B> {
    /// An importer for the whole file `bytes`. Nothing is read until [`Importer::read_rows`]
    /// or [`Importer::finish`].
    pub fn new(bytes: B) -> Importer<B> {
        let total_bytes = bytes.as_ref().len() as u64;
        let bom_bytes = if bytes.as_ref().starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let mut cursor = Cursor::new(bytes);
        cursor.set_position(bom_bytes);
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(64 * 1024)
            .from_reader(cursor);
        Importer {
            reader,
            row: csv::StringRecord::new(),
            bom_bytes,
            total_bytes,
            layout: None,
            lines: LineCounter {
                byte: bom_bytes as usize,
                line: 1,
            },
            ids: IdIndex::default(),
            import: Import::default(),
            today: None,
            done: false,
            failed: None,
        }
    }

    /// Checks dates against `today` (the date the file is read, from the caller's clock): a
    /// `fracture_date` after it rejects the row ([`RejectionReason::FractureDateAfterToday`]),
    /// any other date after it is a warning ([`WarningKind::DateAfterToday`]) and treated as
    /// missing. Call before reading.
    pub fn with_today(mut self, today: Date) -> Importer<B> {
        self.today = Some(today);
        self
    }

    /// Reads the header (on the first call) and then up to `max_rows` data rows.
    /// Errors are final: every later call returns the same error.
    pub fn read_rows(&mut self, max_rows: usize) -> Result<ImportProgress, ImportError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        if let Err(error) = self.read_some(max_rows) {
            self.failed = Some(error.clone());
            return Err(error);
        }
        Ok(self.progress())
    }

    /// How far reading has got.
    pub fn progress(&self) -> ImportProgress {
        ImportProgress {
            rows_read: self.import.rows_read,
            bytes_read: if self.done {
                self.total_bytes
            } else {
                self.bom_bytes + self.reader.position().byte()
            },
            total_bytes: self.total_bytes,
            done: self.done,
        }
    }

    /// Reads whatever is left and returns the result.
    pub fn finish(mut self) -> Result<Import, ImportError> {
        self.read_rows(usize::MAX)?;
        if self.import.rows_read == 0 {
            return Err(match self.import.unclosed_quote {
                Some(quote) => ImportError::UnclosedQuote { line: quote.quote_line },
                None => ImportError::NoDataRows,
            });
        }
        Ok(self.import)
    }

    fn read_some(&mut self, max_rows: usize) -> Result<(), ImportError> {
        if self.layout.is_none() {
            self.read_header()?;
        }
        let Some(layout) = self.layout else {
            unreachable!("header read above")
        };
        let mut rows = 0;
        while rows < max_rows && !self.done {
            match self.reader.read_record(&mut self.row) {
                Ok(true) => {
                    if self.import.rows_read == ROWS_BEFORE_RESERVING {
                        self.reserve_for_the_rest();
                    }
                    let line = self.lines.line_of(
                        self.reader.get_ref().get_ref().as_ref(),
                        self.bom_bytes,
                        &self.row,
                    );
                    if let Some(quote) = self.unclosed_quote(line) {
                        self.import.unclosed_quote = Some(quote);
                        self.done = true;
                        break;
                    }
                    take_row(&self.row, line, &layout, &mut self.ids, &mut self.import);
                    rows += 1;
                }
                Ok(false) => self.done = true,
                // Bytes that are not UTF-8 after an unclosed quote are part of the unread rest.
                Err(error) => match self.unclosed_quote_after(&error) {
                    Some(quote) => {
                        self.import.unclosed_quote = Some(quote);
                        self.done = true;
                    }
                    None => return Err(self.csv_error(error)),
                },
            }
        }
        Ok(())
    }

    /// Once some rows are read, makes room for the rows still to come (estimated from the
    /// bytes per row so far, plus 5%) so the record list and id table grow once rather than
    /// by repeated doubling.
    fn reserve_for_the_rest(&mut self) {
        let read = self.bom_bytes + self.reader.position().byte();
        if read == 0 {
            return;
        }
        let bytes_per_row = read as f64 / (self.import.rows_read + 1) as f64;
        let rest = ((self.total_bytes - read.min(self.total_bytes)) as f64 / bytes_per_row * 1.05)
            as usize;
        self.import.records.reserve(rest);
        self.ids.reserve(rest);
    }

    fn read_header(&mut self) -> Result<(), ImportError> {
        let bytes = self.reader.get_ref().get_ref().as_ref();
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
            return Err(ImportError::Spreadsheet);
        }
        match self.reader.read_record(&mut self.row) {
            Ok(true) => {}
            Ok(false) => return Err(ImportError::EmptyFile),
            Err(error) => {
                return Err(match self.unclosed_quote_after(&error) {
                    Some(quote) => ImportError::UnclosedQuote { line: quote.quote_line },
                    None => self.csv_error(error),
                })
            }
        }
        let line = self.lines.line_of(
            self.reader.get_ref().get_ref().as_ref(),
            self.bom_bytes,
            &self.row,
        );
        if let Some(quote) = self.unclosed_quote(line) {
            return Err(ImportError::UnclosedQuote { line: quote.quote_line });
        }
        let mut position = [None; 14];
        for (i, header) in self.row.iter().enumerate() {
            match Column::from_header(header) {
                Some(column) if position[column.index()].is_none() => {
                    position[column.index()] = Some(i);
                    self.import.columns_recognised.push(RecognisedColumn {
                        column,
                        header: header.to_string(),
                        position: i + 1,
                    });
                }
                found => self.import.columns_ignored.push(IgnoredColumn {
                    header: header.to_string(),
                    position: i + 1,
                    because: if found.is_some() {
                        IgnoredBecause::Repeated
                    } else {
                        IgnoredBecause::Unknown
                    },
                }),
            }
        }
        let missing: Vec<Column> = Column::REQUIRED
            .into_iter()
            .filter(|c| position[c.index()].is_none())
            .collect();
        if !missing.is_empty() {
            return Err(ImportError::MissingRequiredColumns(missing));
        }
        self.layout = Some(Layout {
            position,
            header_cells: self.row.len(),
            today: self.today,
        });
        Ok(())
    }
}

impl<B: AsRef<[u8]>> Importer<B> {
    /// Whether the record just read, starting at the line counter's byte on `row_line`, opens
    /// a quoted cell that is never closed (it then runs to the end of the file, so only a
    /// record that reached the end is checked: the whole file costs one extra pass at most).
    fn unclosed_quote(&self, row_line: u64) -> Option<UnclosedQuote> {
        if self.bom_bytes + self.reader.position().byte() < self.total_bytes {
            return None;
        }
        let bytes = self.reader.get_ref().get_ref().as_ref();
        let first = self.lines.byte;
        let offset = find_unclosed_quote(&bytes[first..])?;
        let last = bytes
            .iter()
            .rposition(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(first, |last| last.max(first));
        let line_of = |at: usize| {
            row_line + bytes[first..at].iter().filter(|&&b| b == b'\n').count() as u64
        };
        Some(UnclosedQuote {
            row_line,
            quote_line: line_of(first + offset),
            last_line: line_of(last),
        })
    }

    /// [`Importer::unclosed_quote`] for a record the reader could not take (its position is
    /// in the error).
    fn unclosed_quote_after(&mut self, error: &csv::Error) -> Option<UnclosedQuote> {
        let start = self.bom_bytes as usize + error.position()?.byte() as usize;
        let line = self
            .lines
            .line_at(self.reader.get_ref().get_ref().as_ref(), start);
        self.unclosed_quote(line)
    }

    fn csv_error(&self, error: csv::Error) -> ImportError {
        let bytes = self.reader.get_ref().get_ref().as_ref();
        let line = error.position().map_or(0, |p| {
            let mut counter = LineCounter {
                byte: self.bom_bytes as usize,
                line: 1,
            };
            counter.line_at(bytes, self.bom_bytes as usize + p.byte() as usize)
        });
        match error.kind() {
            csv::ErrorKind::Utf8 { .. } => ImportError::NotUtf8 { line },
            _ => ImportError::Unreadable {
                line,
                detail: error.to_string(),
            },
        }
    }
}

/// Applies the row-validity rules to one data row, adding a record or a rejected row.
fn take_row(
    row: &csv::StringRecord,
    line: u64,
    layout: &Layout,
    ids: &mut IdIndex,
    import: &mut Import,
) {
    import.rows_read += 1;
    let record_id = layout.cell(row, Column::RecordId);
    let reject = |import: &mut Import, reason: RejectionReason| {
        import.rejected.push(RejectedRow {
            line,
            record_id: record_id.to_string(),
            reason,
        });
    };
    if record_id.is_empty() {
        return reject(import, RejectionReason::EmptyRecordId);
    }
    let hash = IdIndex::hash(record_id);
    if let Some(first_line) = ids.first_line(record_id, hash, import) {
        return reject(import, RejectionReason::DuplicateRecordId { first_line });
    }
    match read_record(row, line, record_id, layout, import) {
        Ok(record) => {
            ids.insert(
                record_id,
                hash,
                line,
                FirstRow::Record(import.records.len() as u32),
            );
            import.records.push(record);
        }
        Err(reason) => {
            ids.insert(
                record_id,
                hash,
                line,
                FirstRow::Rejected(import.rejected.len() as u32),
            );
            reject(import, reason);
        }
    }
}

/// The record of a row with a new, non-empty id, or why the row is rejected. Warnings go
/// straight into `import` (a row with warnings is never rejected: the rejection checks come
/// first).
fn read_record(
    row: &csv::StringRecord,
    line: u64,
    record_id: &str,
    layout: &Layout,
    import: &mut Import,
) -> Result<PatientRecord, RejectionReason> {
    let fracture_text = layout.cell(row, Column::FractureDate);
    if fracture_text.is_empty() {
        return Err(RejectionReason::MissingFractureDate);
    }
    let Some(fracture_date) = Date::parse(fracture_text) else {
        return Err(RejectionReason::InvalidFractureDate {
            value: fracture_text.to_string(),
        });
    };
    if let Some(today) = layout.today.filter(|today| fracture_date > *today) {
        return Err(RejectionReason::FractureDateAfterToday {
            value: fracture_text.to_string(),
            today,
        });
    }
    let age_text = layout.cell(row, Column::Age);
    let age_cell = AgeCell::parse(age_text);
    if let AgeCell::BelowFifty(age) = age_cell {
        return Err(RejectionReason::AgeBelow50 { age });
    }

    let mut warn = |column: Option<Column>, kind: WarningKind, value: &str| {
        *import.warning_counts.slot(kind) += 1;
        import.warnings.push(Warning {
            line,
            column,
            kind,
            value: value.to_string(),
        });
    };
    let mut record = PatientRecord::new(line, record_id, fracture_date);
    record.age = match age_cell {
        AgeCell::Age(age) => Some(age),
        AgeCell::Odd => {
            warn(Some(Column::Age), WarningKind::InvalidAge, age_text);
            None
        }
        AgeCell::Blank | AgeCell::BelowFifty(_) => None,
    };

    let mut coded = |column: Column, ok: bool| {
        let text = layout.cell(row, column);
        if !ok && !text.is_empty() {
            warn(Some(column), WarningKind::UnrecognisedValue, text);
        }
    };
    macro_rules! code {
        ($field:ident, $column:expr, $parse:path) => {{
            let value = $parse(layout.cell(row, $column));
            coded($column, value.is_some());
            record.$field = value;
        }};
    }
    code!(sex, Column::Sex, Sex::parse);
    code!(fracture_site, Column::FractureSite, FractureSite::parse);
    code!(dxa_status, Column::DxaStatus, DxaStatus::parse);
    code!(
        falls_assessment,
        Column::FallsAssessment,
        FallsAssessment::parse
    );
    code!(
        bone_therapy_recommended,
        Column::BoneTherapyRecommended,
        BoneTherapy::parse
    );
    code!(adherent_52_weeks, Column::Adherent52Weeks, Adherence::parse);

    let mut date = |column: Column| -> Option<Date> {
        let text = layout.cell(row, column);
        if text.is_empty() {
            return None;
        }
        match Date::parse(text) {
            None => {
                warn(Some(column), WarningKind::InvalidDate, text);
                None
            }
            Some(d) if layout.today.is_some_and(|today| d > today) => {
                warn(Some(column), WarningKind::DateAfterToday, text);
                None
            }
            Some(d) => {
                if d < fracture_date {
                    warn(Some(column), WarningKind::DateBeforeFracture, text);
                }
                Some(d)
            }
        }
    };
    record.fls_assessment_date = date(Column::FlsAssessmentDate);
    record.dxa_date = date(Column::DxaDate);
    record.strength_balance_date = date(Column::StrengthBalanceDate);
    record.followup_date = date(Column::FollowupDate);
    record.treatment_start_date = date(Column::TreatmentStartDate);

    if row.len() > layout.header_cells {
        let extra = row
            .iter()
            .skip(layout.header_cells)
            .filter(|c| !c.trim().is_empty())
            .count();
        if extra > 0 {
            warn(None, WarningKind::ExtraCells, &extra.to_string());
        }
    }
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_handles_unicode_ends() {
        assert_eq!(trim("  a b \t"), "a b");
        assert_eq!(trim("\u{a0}a\u{a0}"), "a");
        assert_eq!(trim("é "), "é");
        assert_eq!(trim(""), "");
    }
}
