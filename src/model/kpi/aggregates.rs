//! Aggregates that may be saved: counts per KPI per month of fracture date, with no record
//! ids, dates of birth or any other patient-level detail.
//!
//! Each row is one KPI in one month: numerator, denominator (pending left out) and pending,
//! as at the as-at date. For KPI 2 the numerator is the month's non-spine records and the
//! saved denominator is the month's records (the expected caseload is a setting, saved
//! alongside, not a count). Months with no records are included (all counts 0) so the series
//! has no gaps.
//!
//! In the CSV, KPI 2's denominator is left blank: KPI 2 is compared with the expected
//! caseload, not with the records, and "2024-01,2,2,2,0" would read as 100%. A last column,
//! `denominator_is`, says for every row what the denominator is.

use serde::{Deserialize, Serialize};

use super::export::csv_text;
use crate::model::format;
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
    /// How many months the counts cover (months with no records included).
    pub fn months(&self) -> usize {
        self.rows.iter().map(|r| r.month).collect::<std::collections::BTreeSet<_>>().len()
    }

    /// CSV text: `month,kpi,numerator,denominator,pending,denominator_is`, KPI 2's
    /// denominator blank (see the module documentation).
    pub fn to_csv(&self) -> String {
        let records = "records (pending left out)".to_string();
        let expected = format!(
            "expected caseload ({}), not records: KPI 2 compares the month's non-spine records with it",
            self.expected_non_spine_per_year.map_or_else(
                || "none was set".to_string(),
                |per_year| format!("{} non-spine fractures a year", format::decimal(per_year, 1))
            )
        );
        csv_text(
            &["month", "kpi", "numerator", "denominator", "pending", "denominator_is"],
            self.rows.iter().map(|r| {
                let share_of_records = Kpi::from_number(r.kpi).is_none_or(Kpi::is_share_of_records);
                [
                    r.month.key(),
                    r.kpi.to_string(),
                    r.numerator.to_string(),
                    if share_of_records { r.denominator.to_string() } else { String::new() },
                    r.pending.to_string(),
                    if share_of_records { records.clone() } else { expected.clone() },
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
