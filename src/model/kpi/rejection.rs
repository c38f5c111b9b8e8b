//! Rejected rows (contract: Row validity): reported with line number and reason, never
//! counted.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Date;

/// A row left out of the KPIs.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct RejectedRow {
    /// Physical line of the file (header = line 1).
    pub line: u64,
    /// The row's `record_id`, surrounding spaces removed (may be empty).
    pub record_id: String,
    pub reason: RejectionReason,
}

impl fmt::Display for RejectedRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Line {}: {}", self.line, self.reason)
    }
}

/// Why a row was rejected (contract: Row validity).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RejectionReason {
    EmptyRecordId,
    /// The id was already used by the row starting on `first_line`.
    DuplicateRecordId {
        first_line: u64,
    },
    MissingFractureDate,
    InvalidFractureDate {
        value: String,
    },
    /// The fracture date is after the date the file was read (beyond the contract, which is
    /// silent on future dates: see the import module).
    FractureDateAfterToday {
        value: String,
        today: Date,
    },
    AgeBelow50 {
        age: u32,
    },
}

impl fmt::Display for RejectionReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RejectionReason::EmptyRecordId => {
                f.write_str("record_id is blank. Give every row the patient's local record id.")
            }
            RejectionReason::DuplicateRecordId { first_line } => write!(
                f,
                "record_id repeats the id on line {first_line}; only the first row with an id is \
                 used. Give each patient one row with a unique id."
            ),
            RejectionReason::MissingFractureDate => f.write_str(
                "fracture_date is blank. Enter the date of the index fracture as dd/mm/yyyy.",
            ),
            RejectionReason::InvalidFractureDate { value } => write!(
                f,
                "fracture_date \"{value}\" is not a valid date. Enter it as dd/mm/yyyy or \
                 yyyy-mm-dd."
            ),
            RejectionReason::FractureDateAfterToday { value, today } => write!(
                f,
                "fracture_date {value} is after today ({}); a fracture cannot be in the future. \
                 Check the date and correct it.",
                today.uk()
            ),
            RejectionReason::AgeBelow50 { age } => write!(
                f,
                "age {age} is below 50; the FLS KPIs cover people aged 50 and over."
            ),
        }
    }
}
