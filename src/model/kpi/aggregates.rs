//! Aggregates that may be saved: counts per KPI per month of fracture date, with no record
//! ids, dates of birth or any other patient-level detail.
//!
//! Each row is one KPI in one month: numerator, denominator (pending left out) and pending,
//! as at the as-at date. For KPI 2 the numerator is the month's non-spine records and the
//! denominator is the month's records (the expected caseload is a setting, saved alongside,
//! not a count). Months with no records are included (all counts 0) so the series has no
//! gaps.

use serde::{Deserialize, Serialize};

use super::export::csv_text;
use super::run_chart::tallies_by_period;
use super::{as_at_date, Date, Kpi, KpiSettings, PatientRecord, Period, PeriodLength, Windows};

/// One KPI in one month.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct AggregateRow {
    /// Month of fracture date, serialised `"2024-01"`.
    pub month: Period,
    /// KPI number, 1–11.
    pub kpi: u8,
    pub numerator: u64,
    pub denominator: u64,
    pub pending: u64,
}

/// Counts per KPI per month, with the settings they were computed with.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Aggregates {
    pub as_at: Option<Date>,
    pub windows: Windows,
    pub expected_non_spine_per_year: Option<f64>,
    /// By month, then KPI number.
    pub rows: Vec<AggregateRow>,
}

impl Aggregates {
    /// CSV text: `month,kpi,numerator,denominator,pending`.
    pub fn to_csv(&self) -> String {
        csv_text(
            &["month", "kpi", "numerator", "denominator", "pending"],
            self.rows.iter().map(|r| {
                [
                    r.month.key(),
                    r.kpi.to_string(),
                    r.numerator.to_string(),
                    r.denominator.to_string(),
                    r.pending.to_string(),
                ]
            }),
        )
    }
}

/// Counts per KPI per month for `records` (see the module documentation).
pub fn aggregates(records: &[PatientRecord], settings: &KpiSettings) -> Aggregates {
    let rows = tallies_by_period(records, settings, PeriodLength::Month)
        .into_iter()
        .flat_map(|(month, tally)| {
            Kpi::ALL.into_iter().map(move |kpi| {
                let c = tally.get(kpi);
                AggregateRow {
                    month,
                    kpi: kpi.number(),
                    numerator: c.numerator,
                    denominator: c.denominator,
                    pending: c.pending,
                }
            })
        })
        .collect();
    Aggregates {
        as_at: as_at_date(records, settings),
        windows: settings.windows,
        expected_non_spine_per_year: settings.expected_non_spine_per_year,
        rows,
    }
}
