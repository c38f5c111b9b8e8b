//! What the user chooses before KPIs are computed: the as-at date, the time windows and the
//! expected caseload for KPI 2.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Date;

/// Time windows in days, counted from the fracture date (same day = 0).
///
/// Contract defaults: KPI 4 and 5: 90 days; KPI 8, 9 and 10: 112 days (16 weeks); KPI 11:
/// 364 days (52 weeks). A record is *pending* for a KPI while
/// `fracture_date + window > as_at`, and an event meets the KPI when it falls within
/// 0–window days.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Windows {
    /// KPI 4, FLS assessment.
    pub assessment_days: u32,
    /// KPI 5, DXA scan.
    pub dxa_days: u32,
    /// KPI 8, strength and balance training started.
    pub strength_balance_days: u32,
    /// KPI 9, first monitoring contact.
    pub monitoring_days: u32,
    /// KPI 10, treatment started.
    pub treatment_days: u32,
    /// KPI 11, adherence checked at 52 weeks.
    pub adherence_days: u32,
}

impl Default for Windows {
    fn default() -> Windows {
        Windows {
            assessment_days: 90,
            dxa_days: 90,
            strength_balance_days: 112,
            monitoring_days: 112,
            treatment_days: 112,
            adherence_days: 364,
        }
    }
}

/// Longest window accepted (ten years).
pub const LONGEST_WINDOW_DAYS: u32 = 3650;

/// Settings for computing the KPIs.
#[derive(Clone, Copy, PartialEq, Debug, Default, Serialize, Deserialize)]
pub struct KpiSettings {
    /// The date the data were extracted. `None`: the latest valid date in any date column of
    /// the records.
    pub as_at: Option<Date>,
    pub windows: Windows,
    /// Expected non-spine fragility fractures (hip + wrist + other sites) per year for the
    /// area the service covers; KPI 2 is "n/a" without it.
    pub expected_non_spine_per_year: Option<f64>,
}

/// A setting the user must correct.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum SettingsError {
    /// The expected yearly caseload is not a number above 0.
    ExpectedCaseloadNotPositive,
    /// A window is longer than [`LONGEST_WINDOW_DAYS`]; `kpi` is the KPI number.
    WindowTooLong { kpi: u8, days: u32 },
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::ExpectedCaseloadNotPositive => f.write_str(
                "Enter the expected number of non-spine fragility fractures a year as a number \
                 greater than 0, or leave it blank.",
            ),
            SettingsError::WindowTooLong { kpi, days } => write!(
                f,
                "Enter a window for KPI {kpi} between 0 and {LONGEST_WINDOW_DAYS} days (it is \
                 {days})."
            ),
        }
    }
}

impl std::error::Error for SettingsError {}

impl KpiSettings {
    /// Every problem with the settings at once (for an error summary), or `Ok`.
    /// [`compute`](super::compute) accepts any settings: an invalid expected caseload makes
    /// KPI 2 "n/a".
    pub fn validate(&self) -> Result<(), Vec<SettingsError>> {
        let mut errors = Vec::new();
        if let Some(expected) = self.expected_non_spine_per_year {
            if !(expected.is_finite() && expected > 0.0) {
                errors.push(SettingsError::ExpectedCaseloadNotPositive);
            }
        }
        let w = &self.windows;
        for (kpi, days) in [
            (4, w.assessment_days),
            (5, w.dxa_days),
            (8, w.strength_balance_days),
            (9, w.monitoring_days),
            (10, w.treatment_days),
            (11, w.adherence_days),
        ] {
            if days > LONGEST_WINDOW_DAYS {
                errors.push(SettingsError::WindowTooLong { kpi, days });
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}
