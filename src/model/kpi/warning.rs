//! Warnings: odd values in records, treated as missing (contract: Row validity — "Any other
//! odd value is a warning on that row"; a date earlier than the fracture date is a warning).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::values::accepted_spellings;
use super::Column;

/// Kinds of warning (the value is treated as missing unless said otherwise).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A coded cell that is not one of the accepted spellings.
    UnrecognisedValue,
    /// A date cell that is not a valid date in an accepted format.
    InvalidDate,
    /// A date before the fracture date (kept, but never within a time window).
    DateBeforeFracture,
    /// A date after today (only checked when the importer knows today's date): it cannot
    /// have happened yet, so it is treated as missing.
    DateAfterToday,
    /// An age that is not a whole number, or above 120.
    InvalidAge,
    /// More cells than the header, not all blank (ignored).
    ExtraCells,
}

impl WarningKind {
    pub const ALL: [WarningKind; 6] = [
        WarningKind::UnrecognisedValue,
        WarningKind::InvalidDate,
        WarningKind::DateBeforeFracture,
        WarningKind::DateAfterToday,
        WarningKind::InvalidAge,
        WarningKind::ExtraCells,
    ];

    pub fn label(self) -> &'static str {
        match self {
            WarningKind::UnrecognisedValue => "Value not recognised",
            WarningKind::InvalidDate => "Not a valid date",
            WarningKind::DateBeforeFracture => "Date before the fracture",
            WarningKind::DateAfterToday => "Date after today",
            WarningKind::InvalidAge => "Age not valid",
            WarningKind::ExtraCells => "Extra cells",
        }
    }
}

/// An odd value in a record.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Warning {
    /// Physical line of the file (header = line 1).
    pub line: u64,
    /// The column (`None` for [`WarningKind::ExtraCells`]).
    pub column: Option<Column>,
    pub kind: WarningKind,
    /// The cell as written (trimmed); for extra cells, how many.
    pub value: String,
}

impl Warning {
    /// The message shown to the user (same as `Display`).
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let column = self.column.map_or("", |c| c.name());
        match self.kind {
            WarningKind::UnrecognisedValue | WarningKind::InvalidAge => write!(
                f,
                "Line {}, {column}: \"{}\" is not one of {}; treated as missing.",
                self.line,
                self.value,
                self.column.map_or("", accepted_spellings)
            ),
            WarningKind::InvalidDate => write!(
                f,
                "Line {}, {column}: \"{}\" is not a valid date (use dd/mm/yyyy or yyyy-mm-dd); \
                 treated as missing.",
                self.line, self.value
            ),
            WarningKind::DateBeforeFracture => write!(
                f,
                "Line {}, {column}: {} is before the fracture date; check it. It never counts as \
                 within a time window.",
                self.line, self.value
            ),
            WarningKind::DateAfterToday => write!(
                f,
                "Line {}, {column}: {} is after today, so it cannot have happened yet; treated \
                 as missing. Check it.",
                self.line, self.value
            ),
            WarningKind::ExtraCells if self.value == "1" => write!(
                f,
                "Line {}: the row has 1 more cell than the header; it was ignored.",
                self.line
            ),
            WarningKind::ExtraCells => write!(
                f,
                "Line {}: the row has {} more cells than the header; they were ignored.",
                self.line, self.value
            ),
        }
    }
}

/// How many warnings of each kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct WarningCounts {
    pub unrecognised_value: u64,
    pub invalid_date: u64,
    pub date_before_fracture: u64,
    #[serde(default)]
    pub date_after_today: u64,
    pub invalid_age: u64,
    pub extra_cells: u64,
}

impl WarningCounts {
    pub fn get(&self, kind: WarningKind) -> u64 {
        match kind {
            WarningKind::UnrecognisedValue => self.unrecognised_value,
            WarningKind::InvalidDate => self.invalid_date,
            WarningKind::DateBeforeFracture => self.date_before_fracture,
            WarningKind::DateAfterToday => self.date_after_today,
            WarningKind::InvalidAge => self.invalid_age,
            WarningKind::ExtraCells => self.extra_cells,
        }
    }

    /// The counter for `kind`.
    pub(crate) fn slot(&mut self, kind: WarningKind) -> &mut u64 {
        match kind {
            WarningKind::UnrecognisedValue => &mut self.unrecognised_value,
            WarningKind::InvalidDate => &mut self.invalid_date,
            WarningKind::DateBeforeFracture => &mut self.date_before_fracture,
            WarningKind::DateAfterToday => &mut self.date_after_today,
            WarningKind::InvalidAge => &mut self.invalid_age,
            WarningKind::ExtraCells => &mut self.extra_cells,
        }
    }

    pub fn total(&self) -> u64 {
        WarningKind::ALL.into_iter().map(|k| self.get(k)).sum()
    }
}
