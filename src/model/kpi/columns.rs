//! The template's columns and how file headers are matched to them.
//!
//! Contract rule (Headers): headers match ignoring case and surrounding spaces, with runs of
//! spaces equal to `_` (`Fracture Date` = `fracture_date`); columns may come in any order;
//! unknown columns are ignored and listed. A file without a `record_id` or `fracture_date`
//! column is refused as a whole.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One column of the patient-record template.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    RecordId,
    Sex,
    Age,
    FractureDate,
    FractureSite,
    FlsAssessmentDate,
    DxaStatus,
    DxaDate,
    FallsAssessment,
    BoneTherapyRecommended,
    StrengthBalanceDate,
    FollowupDate,
    TreatmentStartDate,
    Adherent52Weeks,
}

impl Column {
    /// Every column, in template order.
    pub const ALL: [Column; 14] = [
        Column::RecordId,
        Column::Sex,
        Column::Age,
        Column::FractureDate,
        Column::FractureSite,
        Column::FlsAssessmentDate,
        Column::DxaStatus,
        Column::DxaDate,
        Column::FallsAssessment,
        Column::BoneTherapyRecommended,
        Column::StrengthBalanceDate,
        Column::FollowupDate,
        Column::TreatmentStartDate,
        Column::Adherent52Weeks,
    ];

    /// The columns a file must have.
    pub const REQUIRED: [Column; 2] = [Column::RecordId, Column::FractureDate];

    /// The header as written in the template (`fracture_date`).
    pub fn name(self) -> &'static str {
        match self {
            Column::RecordId => "record_id",
            Column::Sex => "sex",
            Column::Age => "age",
            Column::FractureDate => "fracture_date",
            Column::FractureSite => "fracture_site",
            Column::FlsAssessmentDate => "fls_assessment_date",
            Column::DxaStatus => "dxa_status",
            Column::DxaDate => "dxa_date",
            Column::FallsAssessment => "falls_assessment",
            Column::BoneTherapyRecommended => "bone_therapy_recommended",
            Column::StrengthBalanceDate => "strength_balance_date",
            Column::FollowupDate => "followup_date",
            Column::TreatmentStartDate => "treatment_start_date",
            Column::Adherent52Weeks => "adherent_52_weeks",
        }
    }

    /// Whether the column holds a date.
    pub fn is_date(self) -> bool {
        matches!(
            self,
            Column::FractureDate
                | Column::FlsAssessmentDate
                | Column::DxaDate
                | Column::StrengthBalanceDate
                | Column::FollowupDate
                | Column::TreatmentStartDate
        )
    }

    /// Position of the column in [`Column::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The column a file header means, if any: the header is trimmed, lower-cased, and each
    /// run of spaces becomes one `_`, then compared with the template names.
    pub fn from_header(header: &str) -> Option<Column> {
        let key = normalise_header(header);
        Column::ALL.into_iter().find(|c| c.name() == key)
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The header with surrounding spaces removed, lower-cased, and runs of spaces replaced by
/// one `_` (`"  Fracture   Date "` → `"fracture_date"`).
pub fn normalise_header(header: &str) -> String {
    let mut key = String::with_capacity(header.len());
    let mut in_spaces = false;
    for ch in header.trim().chars() {
        if ch == ' ' {
            if !in_spaces {
                key.push('_');
            }
            in_spaces = true;
        } else {
            key.extend(ch.to_lowercase());
            in_spaces = false;
        }
    }
    key
}

/// A template column found in the file.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct RecognisedColumn {
    pub column: Column,
    /// The header as written in the file.
    pub header: String,
    /// Position in the file, the first column being 1.
    pub position: usize,
}

/// Why a column of the file is not used.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IgnoredBecause {
    /// The header is not one of the template's columns.
    Unknown,
    /// An earlier column has the same meaning; the first one is used.
    Repeated,
}

/// A column of the file that is not used.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct IgnoredColumn {
    /// The header as written in the file.
    pub header: String,
    /// Position in the file, the first column being 1.
    pub position: usize,
    pub because: IgnoredBecause,
}

impl fmt::Display for IgnoredColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.because {
            IgnoredBecause::Unknown => write!(
                f,
                "Column {} (\"{}\") is not in the template and was ignored.",
                self.position, self.header
            ),
            IgnoredBecause::Repeated => write!(
                f,
                "Column {} (\"{}\") repeats an earlier column and was ignored; the first one is used.",
                self.position, self.header
            ),
        }
    }
}
