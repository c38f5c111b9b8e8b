//! The KPI engine: patient-record CSV in, the 11 FLS KPIs out.
//!
//! Implements `docs/kpi-contract.md` exactly; each file names the contract rule it
//! implements. Pure Rust (std, serde, csv): no browser calls, no threads, no clock, no
//! files, so it runs the same natively and in WebAssembly.
//!
//! Pipeline:
//!
//! 1. [`parse`] (or [`Importer`] in chunks) → [`Import`]: records, rejected rows, warnings,
//!    columns recognised and ignored.
//! 2. [`compute`] with [`KpiSettings`] → [`KpiResults`]: the 11 KPIs with percent, fraction,
//!    pending count and [`RagBand`].
//! 3. [`breakdown`] by sex, age band or fracture site; [`worklist`] of patients due or
//!    overdue; [`run_chart`] (SPC p-charts) by month or quarter; [`aggregates`] (counts per
//!    KPI per month, no identifiers) for saving.
//!
//! ```ignore
//! // (`ignore`d: a doctest links the whole app, which is slow; tests/kpi/doc_examples.rs runs this.)
//! use fls_toolkit::model::kpi::{compute, parse, Kpi, KpiSettings};
//! let csv = "record_id,fracture_date,fls_assessment_date\nA,01/01/2024,15/01/2024\nB,01/01/2024,\nC,2024-12-01,\n";
//! let import = parse(csv.as_bytes()).unwrap();
//! let results = compute(&import.records, &KpiSettings::default());
//! let kpi4 = results.get(Kpi::AssessmentWithin90Days);
//! assert_eq!((kpi4.percent_text(), kpi4.fraction_text(), kpi4.pending), ("50.0%".to_string(), "1/2".to_string(), 1));
//! ```
//!
//! Patient-level rows stay in memory; only [`Aggregates`] are meant to be saved.

mod aggregates;
mod band;
mod breakdown;
mod columns;
mod export;
mod id_index;
mod import;
mod import_error;
mod kpis;
mod line_counter;
mod record;
mod rejection;
mod results;
mod run_chart;
mod settings;
mod settings_form;
mod template;
mod unclosed_quote;
mod values;
mod warning;
mod worklist;

pub use aggregates::{aggregates, AggregateRow, Aggregates};
pub use band::RagBand;
pub use breakdown::{breakdown, Breakdown, BreakdownBy, Group, GroupResults};
pub use columns::{normalise_header, Column, IgnoredBecause, IgnoredColumn, RecognisedColumn};
pub use crate::model::date::{days_in_month, is_leap_year, Date};
pub use export::rejected_rows_csv;
pub use import::{parse, parse_with_today, Import, ImportProgress, Importer};
pub use import_error::ImportError;
pub use kpis::{classify, Kpi, KpiCounts, KpiTally, Outcome};
pub use record::PatientRecord;
pub use rejection::{RejectedRow, RejectionReason};
pub use results::{
    as_at_date, compute, compute_subset, percent_tenths, percent_text, Denominator, KpiResult,
    KpiResults, NotAvailable,
};
pub use run_chart::{
    p_chart, run_chart, run_charts, shift_sides, tallies_by_period, trend_directions, ChartPoint,
    Direction, Period, PeriodLength, RunChart, RunChartError, Side, SHIFT_RUN, TREND_RUN,
};
pub use settings::{KpiSettings, SettingsError, Windows, LONGEST_WINDOW_DAYS};
pub use settings_form::{expected_non_spine_per_year, settings_from_text, window_field, AS_AT_FIELD, EXPECTED_FIELD};
pub use template::{template_csv, EXAMPLE_CSV};
pub use unclosed_quote::UnclosedQuote;
pub use values::{
    accepted_spellings, Adherence, AgeBand, AgeCell, BoneTherapy, DxaStatus, FallsAssessment, FractureSite, Sex,
    OLDEST_AGE, YOUNGEST_AGE,
};
pub use warning::{Warning, WarningCounts, WarningKind};
pub use worklist::{outstanding_actions, worklist, Action, Worklist, WorklistItem, WorklistStatus, DUE_SOON_DAYS};
