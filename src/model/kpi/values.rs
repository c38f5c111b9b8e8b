//! The coded values of the template and their accepted spellings.
//!
//! Contract rule (Values): surrounding spaces are ignored; coded values match ignoring case;
//! blank cells are missing values. Only the spellings listed in the contract are accepted
//! (for example `neck of femur` with single spaces); anything else is a warning and the
//! value is treated as missing.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The accepted spellings of a coded value: `(spelling, value)`; matching ignores ASCII case.
fn lookup<T: Copy>(text: &str, table: &[(&str, T)]) -> Option<T> {
    table
        .iter()
        .find(|(spelling, _)| spelling.eq_ignore_ascii_case(text))
        .map(|&(_, v)| v)
}

pub use crate::model::population::Sex;

/// The template's spellings of sex: `F` or `M` (also `Female`, `Male`). The type is the
/// population model's, so a breakdown says "Women" and "Men" as every other page does.
impl Sex {
    pub const SPELLINGS: [(&'static str, Sex); 4] = [
        ("f", Sex::Female),
        ("m", Sex::Male),
        ("female", Sex::Female),
        ("male", Sex::Male),
    ];

    /// The value a trimmed cell means, if it is one of the accepted spellings.
    pub fn parse(text: &str) -> Option<Sex> {
        lookup(text, &Self::SPELLINGS)
    }
}

/// Site of the index fracture.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FractureSite {
    Hip,
    Spine,
    Wrist,
    Humerus,
    Pelvis,
    Other,
}

impl FractureSite {
    /// Every site, in template order.
    pub const ALL: [FractureSite; 6] = [
        FractureSite::Hip,
        FractureSite::Spine,
        FractureSite::Wrist,
        FractureSite::Humerus,
        FractureSite::Pelvis,
        FractureSite::Other,
    ];

    /// `hip`, `spine`, `wrist`, `humerus`, `pelvis`, `other`; also `vertebral`→spine,
    /// `forearm`/`radius`→wrist, `femur`/`neck of femur`→hip.
    pub const SPELLINGS: [(&'static str, FractureSite); 11] = [
        ("hip", FractureSite::Hip),
        ("spine", FractureSite::Spine),
        ("wrist", FractureSite::Wrist),
        ("humerus", FractureSite::Humerus),
        ("pelvis", FractureSite::Pelvis),
        ("other", FractureSite::Other),
        ("vertebral", FractureSite::Spine),
        ("forearm", FractureSite::Wrist),
        ("radius", FractureSite::Wrist),
        ("femur", FractureSite::Hip),
        ("neck of femur", FractureSite::Hip),
    ];

    pub fn parse(text: &str) -> Option<FractureSite> {
        lookup(text, &Self::SPELLINGS)
    }

    pub fn label(self) -> &'static str {
        match self {
            FractureSite::Hip => "Hip",
            FractureSite::Spine => "Spine",
            FractureSite::Wrist => "Wrist",
            FractureSite::Humerus => "Humerus",
            FractureSite::Pelvis => "Pelvis",
            FractureSite::Other => "Other",
        }
    }
}

/// DXA (bone density scan) status.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DxaStatus {
    Done,
    Recommended,
    NotIndicated,
    Declined,
}

impl DxaStatus {
    pub const SPELLINGS: [(&'static str, DxaStatus); 4] = [
        ("done", DxaStatus::Done),
        ("recommended", DxaStatus::Recommended),
        ("not_indicated", DxaStatus::NotIndicated),
        ("declined", DxaStatus::Declined),
    ];

    pub fn parse(text: &str) -> Option<DxaStatus> {
        lookup(text, &Self::SPELLINGS)
    }
}

/// Falls assessment: `done`, `referred`, `recommended`, `not_done` (also `yes`→done,
/// `no`→not_done).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FallsAssessment {
    Done,
    Referred,
    Recommended,
    NotDone,
}

impl FallsAssessment {
    pub const SPELLINGS: [(&'static str, FallsAssessment); 6] = [
        ("done", FallsAssessment::Done),
        ("referred", FallsAssessment::Referred),
        ("recommended", FallsAssessment::Recommended),
        ("not_done", FallsAssessment::NotDone),
        ("yes", FallsAssessment::Done),
        ("no", FallsAssessment::NotDone),
    ];

    pub fn parse(text: &str) -> Option<FallsAssessment> {
        lookup(text, &Self::SPELLINGS)
    }
}

/// Bone therapy recommended: `yes`, `no`, `already_on`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoneTherapy {
    Yes,
    No,
    AlreadyOn,
}

impl BoneTherapy {
    pub const SPELLINGS: [(&'static str, BoneTherapy); 3] = [
        ("yes", BoneTherapy::Yes),
        ("no", BoneTherapy::No),
        ("already_on", BoneTherapy::AlreadyOn),
    ];

    pub fn parse(text: &str) -> Option<BoneTherapy> {
        lookup(text, &Self::SPELLINGS)
    }
}

/// Adherent to treatment at 52 weeks: `yes`, `no`, `unknown`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Adherence {
    Yes,
    No,
    Unknown,
}

impl Adherence {
    pub const SPELLINGS: [(&'static str, Adherence); 3] = [
        ("yes", Adherence::Yes),
        ("no", Adherence::No),
        ("unknown", Adherence::Unknown),
    ];

    pub fn parse(text: &str) -> Option<Adherence> {
        lookup(text, &Self::SPELLINGS)
    }
}

/// Oldest age accepted; a larger whole number is a warning (treated as missing).
pub const OLDEST_AGE: u32 = 120;
/// Youngest age accepted; a whole number below it rejects the row (the FLS audit covers
/// people aged 50 and over).
pub const YOUNGEST_AGE: u32 = 50;

/// What an `age` cell says.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AgeCell {
    Blank,
    /// A whole number from [`YOUNGEST_AGE`] to [`OLDEST_AGE`].
    Age(u8),
    /// A whole number below [`YOUNGEST_AGE`]: the row is rejected.
    BelowFifty(u32),
    /// Anything else (not digits only, or above [`OLDEST_AGE`]): a warning.
    Odd,
}

impl AgeCell {
    /// Reads a trimmed `age` cell. A whole number is digits only (`72`; not `72.0`, `-3`,
    /// `+72` or `72 years`).
    pub fn parse(text: &str) -> AgeCell {
        if text.is_empty() {
            return AgeCell::Blank;
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return AgeCell::Odd;
        }
        let significant = text.trim_start_matches('0');
        if significant.len() > 3 {
            return AgeCell::Odd;
        }
        let age: u32 = significant.parse().unwrap_or(0);
        if age < YOUNGEST_AGE {
            AgeCell::BelowFifty(age)
        } else if age > OLDEST_AGE {
            AgeCell::Odd
        } else {
            AgeCell::Age(age as u8)
        }
    }
}

/// Age band used in breakdowns: 50–64, 65–74, 75–84, 85+, or unknown.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    From50To64,
    From65To74,
    From75To84,
    From85,
    Unknown,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] = [
        AgeBand::From50To64,
        AgeBand::From65To74,
        AgeBand::From75To84,
        AgeBand::From85,
        AgeBand::Unknown,
    ];

    /// The band of an age in whole years (ages under 50 never reach the records).
    pub fn of(age: Option<u8>) -> AgeBand {
        match age {
            None => AgeBand::Unknown,
            Some(a) if a < 65 => AgeBand::From50To64,
            Some(a) if a < 75 => AgeBand::From65To74,
            Some(a) if a < 85 => AgeBand::From75To84,
            Some(_) => AgeBand::From85,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgeBand::From50To64 => "50–64",
            AgeBand::From65To74 => "65–74",
            AgeBand::From75To84 => "75–84",
            AgeBand::From85 => "85+",
            AgeBand::Unknown => "Unknown",
        }
    }
}

impl fmt::Display for AgeBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The accepted spellings of a coded column, for messages (`done, recommended, ...`).
pub fn accepted_spellings(column: super::Column) -> &'static str {
    use super::Column as C;
    match column {
        C::Sex => "F, M, Female, Male",
        C::FractureSite => {
            "hip, spine, wrist, humerus, pelvis, other (or vertebral, forearm, radius, femur, neck of femur)"
        }
        C::DxaStatus => "done, recommended, not_indicated, declined",
        C::FallsAssessment => "done, referred, recommended, not_done (or yes, no)",
        C::BoneTherapyRecommended => "yes, no, already_on",
        C::Adherent52Weeks => "yes, no, unknown",
        C::Age => "a whole number of years from 50 to 120",
        _ => "a date as dd/mm/yyyy or yyyy-mm-dd",
    }
}
