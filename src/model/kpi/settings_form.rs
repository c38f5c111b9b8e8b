//! The KPI settings from what the user typed: the as-at date, the time windows and, when no
//! area is chosen, KPI 2's expected yearly caseload. Every problem is returned at once as a
//! [`FieldError`] (field id = the input's HTML id); an invalid field falls back to the
//! contract's default (windows), to the latest date in the file (as-at date) or to none
//! (expected caseload, so KPI 2 says what is missing).

use std::collections::BTreeMap;

use super::{Date, Kpi, KpiSettings, LONGEST_WINDOW_DAYS};
use crate::model::epidemiology::FractureCounts;
use crate::model::fracture_site::FractureSite;
use crate::model::validation::{FieldError, NumberRule, Unit};

/// Field id of the as-at date.
pub const AS_AT_FIELD: &str = "kpi-as-at";
/// Field id of the typed expected non-spine fractures a year.
pub const EXPECTED_FIELD: &str = "kpi-expected";

/// Field id of a KPI's time window (`kpi-window-4`).
pub fn window_field(kpi: Kpi) -> String {
    format!("kpi-window-{}", kpi.number())
}

/// KPI 2's expected non-spine fragility fractures a year from an area's modelled
/// fractures: `hip + wrist/forearm + other` (every site but clinical vertebral).
pub fn expected_non_spine_per_year(fractures: &FractureCounts) -> f64 {
    [FractureSite::Hip, FractureSite::Wrist, FractureSite::Other].into_iter().map(|s| fractures.site_total(s)).sum()
}

/// Settings from typed text (`typed`: field id → text) and, if an area is chosen, its
/// expected non-spine fractures a year (which then stands instead of a typed number).
pub fn settings_from_text(typed: &BTreeMap<String, String>, area_expected_per_year: Option<f64>) -> (KpiSettings, Vec<FieldError>) {
    let mut settings = KpiSettings::default();
    let mut errors = Vec::new();
    let text = |field: &str| typed.get(field).map(|t| t.trim()).unwrap_or("");

    let as_at = text(AS_AT_FIELD);
    if !as_at.is_empty() {
        match Date::parse(as_at) {
            Some(date) => settings.as_at = Some(date),
            None => errors.push(FieldError {
                field: AS_AT_FIELD.into(),
                message: "Enter the as-at date as dd/mm/yyyy, for example 23/01/2026, or leave it blank to use the latest date in the file".into(),
            }),
        }
    }

    for kpi in Kpi::ALL {
        let Some(default) = kpi.window_days(&settings.windows) else { continue };
        let field = window_field(kpi);
        let rule = NumberRule { name: format!("the window for KPI {}", kpi.number()), unit: Unit::Days, min: 0.0, max: LONGEST_WINDOW_DAYS as f64, whole: true };
        let days = match rule.parse_optional(text(&field)) {
            Ok(days) => days.map_or(default, |d| d as u32),
            Err(message) => {
                errors.push(FieldError { field, message });
                default
            }
        };
        let w = &mut settings.windows;
        match kpi {
            Kpi::AssessmentWithin90Days => w.assessment_days = days,
            Kpi::DxaWithin90Days => w.dxa_days = days,
            Kpi::StrengthBalanceWithin16Weeks => w.strength_balance_days = days,
            Kpi::MonitoringWithin16Weeks => w.monitoring_days = days,
            Kpi::TreatmentStartedWithin16Weeks => w.treatment_days = days,
            _ => w.adherence_days = days,
        }
    }

    settings.expected_non_spine_per_year = match area_expected_per_year {
        Some(per_year) => Some(per_year),
        None => {
            let rule = NumberRule { name: "the expected non-spine fragility fractures a year".into(), unit: Unit::Fractures, min: 1.0, max: 10_000_000.0, whole: false };
            rule.parse_optional(text(EXPECTED_FIELD)).unwrap_or_else(|message| {
                errors.push(FieldError { field: EXPECTED_FIELD.into(), message });
                None
            })
        }
    };
    (settings, errors)
}
