//! One patient record: a row of the file that was not rejected, with typed values.
//!
//! Missing and odd values are `None` (odd values were reported as warnings on import).

use serde::{Deserialize, Serialize};

use super::{Adherence, BoneTherapy, Date, DxaStatus, FallsAssessment, FractureSite, Sex};

/// A patient with an index fragility fracture (one valid row of the file).
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct PatientRecord {
    /// Physical line of the file the row started on (the header is line 1).
    pub line: u64,
    /// Local pseudonymous id, surrounding spaces removed.
    pub record_id: String,
    pub sex: Option<Sex>,
    /// Whole years at fracture (50–120).
    pub age: Option<u8>,
    pub fracture_date: Date,
    pub fracture_site: Option<FractureSite>,
    pub fls_assessment_date: Option<Date>,
    pub dxa_status: Option<DxaStatus>,
    pub dxa_date: Option<Date>,
    pub falls_assessment: Option<FallsAssessment>,
    pub bone_therapy_recommended: Option<BoneTherapy>,
    pub strength_balance_date: Option<Date>,
    pub followup_date: Option<Date>,
    pub treatment_start_date: Option<Date>,
    pub adherent_52_weeks: Option<Adherence>,
}

impl PatientRecord {
    /// A record with only the required values, every other value missing.
    pub fn new(line: u64, record_id: impl Into<String>, fracture_date: Date) -> PatientRecord {
        PatientRecord {
            line,
            record_id: record_id.into(),
            sex: None,
            age: None,
            fracture_date,
            fracture_site: None,
            fls_assessment_date: None,
            dxa_status: None,
            dxa_date: None,
            falls_assessment: None,
            bone_therapy_recommended: None,
            strength_balance_date: None,
            followup_date: None,
            treatment_start_date: None,
            adherent_52_weeks: None,
        }
    }

    /// Days from the fracture to `date` (same day = 0; negative if before the fracture).
    pub fn days_from_fracture(&self, date: Date) -> i32 {
        date.days_since(self.fracture_date)
    }

    /// Contract: "`date` within 0–`window` days" — present, on or after the fracture date
    /// and at most `window_days` days after it (both ends included). A date before the
    /// fracture never meets a window.
    pub fn within(&self, date: Option<Date>, window_days: u32) -> bool {
        date.is_some_and(|d| {
            let days = i64::from(self.days_from_fracture(d));
            days >= 0 && days <= i64::from(window_days)
        })
    }

    /// Contract: a record is pending for a KPI with a time window when
    /// `fracture_date + window > as_at`, i.e. the window has not ended by the as-at date.
    pub fn is_pending(&self, window_days: u32, as_at: Date) -> bool {
        i64::from(as_at.days_since(self.fracture_date)) < i64::from(window_days)
    }

    /// Contract: "Recommended" means `bone_therapy_recommended` is `yes` or `already_on`.
    pub fn is_recommended(&self) -> bool {
        matches!(
            self.bone_therapy_recommended,
            Some(BoneTherapy::Yes | BoneTherapy::AlreadyOn)
        )
    }

    /// Contract: "Started" means `already_on`, or a valid `treatment_start_date` on or
    /// after the fracture date.
    pub fn has_started_treatment(&self) -> bool {
        self.bone_therapy_recommended == Some(BoneTherapy::AlreadyOn)
            || self
                .treatment_start_date
                .is_some_and(|d| d >= self.fracture_date)
    }

    /// A known site other than spine (contract KPI 2).
    pub fn is_non_spine(&self) -> bool {
        self.fracture_site.is_some_and(|s| s != FractureSite::Spine)
    }

    /// The latest of the record's dates (every date column), used for the default as-at
    /// date.
    pub fn latest_date(&self) -> Date {
        [
            self.fls_assessment_date,
            self.dxa_date,
            self.strength_balance_date,
            self.followup_date,
            self.treatment_start_date,
        ]
        .into_iter()
        .flatten()
        .fold(self.fracture_date, Date::max)
    }
}
