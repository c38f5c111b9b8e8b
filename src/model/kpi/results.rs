//! KPI results: percent, fraction, pending count and band for each of the 11 KPIs.
//!
//! Contract: percent with one decimal, rounded half away from zero; "n/a" when the
//! denominator is 0. The as-at date is the one the user entered, or else the latest valid
//! date in any date column of the records.
//!
//! KPI 2: `percent = 100 × non-spine records ÷ expected`, where
//! `expected = expected_non_spine_per_year × days_covered ÷ 365.25` and `days_covered` runs
//! from the first to the last fracture date, both included.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::format;

use super::{Date, Kpi, KpiSettings, KpiTally, PatientRecord, RagBand};

/// What a KPI's percent is taken over.
#[derive(Clone, Copy, PartialEq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Denominator {
    /// A count of records (pending ones left out).
    Records(u64),
    /// KPI 2: the expected caseload over the days covered, if one was given.
    ExpectedCaseload(Option<f64>),
}

/// Why a KPI has no percent.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotAvailable {
    /// No record is in the denominator.
    NoRecords,
    /// Every record in the denominator is still pending.
    AllPending,
    /// KPI 2: no expected yearly caseload entered.
    NoExpectedCaseload,
    /// KPI 2: the expected caseload is not a number above 0.
    ExpectedCaseloadInvalid,
    /// KPI 2 for a subgroup (sex, age band, site): the expected caseload is for the whole
    /// area.
    NotForSubgroup,
}

impl fmt::Display for NotAvailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NotAvailable::NoRecords => "No records are in the denominator.",
            NotAvailable::AllPending => {
                "Every record in the denominator is still within its time window (pending)."
            }
            NotAvailable::NoExpectedCaseload => {
                "Enter the expected number of non-spine fragility fractures a year to see this KPI."
            }
            NotAvailable::ExpectedCaseloadInvalid => {
                "The expected number of non-spine fragility fractures a year must be greater than 0."
            }
            NotAvailable::NotForSubgroup => {
                "Not shown for a subgroup: the expected caseload is for the whole area."
            }
        })
    }
}

/// One KPI's result.
#[derive(Clone, Copy, PartialEq, Debug, Serialize, Deserialize)]
pub struct KpiResult {
    pub kpi: Kpi,
    pub numerator: u64,
    pub denominator: Denominator,
    /// Records left out because their window had not ended by the as-at date.
    pub pending: u64,
    /// Percent rounded to one decimal (`52.5`), `None` for "n/a".
    pub percent: Option<f64>,
    pub band: Option<RagBand>,
    /// Why `percent` is `None`.
    pub not_available: Option<NotAvailable>,
}

impl KpiResult {
    /// `52.5%` or `n/a`.
    pub fn percent_text(&self) -> String {
        percent_text(self.percent)
    }

    /// `32/71`; KPI 2 `64/123.4` (expected caseload to one decimal, with thousands
    /// separators) or `64/n/a`.
    pub fn fraction_text(&self) -> String {
        match self.denominator {
            Denominator::Records(d) => format!("{}/{}", self.numerator, d),
            Denominator::ExpectedCaseload(Some(e)) => {
                format!("{}/{}", self.numerator, format::decimal(e, 1))
            }
            Denominator::ExpectedCaseload(None) => format!("{}/n/a", self.numerator),
        }
    }

    fn from_count(kpi: Kpi, numerator: u64, denominator: u64, pending: u64) -> KpiResult {
        let tenths = percent_tenths(numerator, denominator);
        KpiResult {
            kpi,
            numerator,
            denominator: Denominator::Records(denominator),
            pending,
            percent: tenths.map(|t| t as f64 / 10.0),
            band: tenths.map(|t| RagBand::for_percent_tenths(kpi, t)),
            not_available: match (tenths, pending) {
                (Some(_), _) => None,
                (None, 0) => Some(NotAvailable::NoRecords),
                (None, _) => Some(NotAvailable::AllPending),
            },
        }
    }

    /// This result made "n/a" for `reason` (keeps the counts).
    pub fn without_percent(mut self, reason: NotAvailable) -> KpiResult {
        self.percent = None;
        self.band = None;
        self.not_available = Some(reason);
        self
    }
}

/// `52.5%` for `Some(52.5)` (the app's [`format::percent`]), `n/a` for `None`.
pub fn percent_text(percent: Option<f64>) -> String {
    percent.map_or_else(|| "n/a".to_string(), format::percent)
}

/// `100 × numerator ÷ denominator` in tenths of a percent, rounded half away from zero
/// exactly in integers: `⌊(2000·n + d) ÷ 2d⌋`. `None` when the denominator is 0.
pub fn percent_tenths(numerator: u64, denominator: u64) -> Option<i64> {
    if denominator == 0 {
        return None;
    }
    let (n, d) = (u128::from(numerator), u128::from(denominator));
    Some(((2000 * n + d) / (2 * d)) as i64)
}

/// Results for all 11 KPIs.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct KpiResults {
    /// The as-at date used (`None` only when there are no records and none was entered).
    pub as_at: Option<Date>,
    pub records: u64,
    /// First to last fracture date, both included.
    pub days_covered: u32,
    pub first_fracture_date: Option<Date>,
    pub last_fracture_date: Option<Date>,
    /// Records with a known site other than spine (KPI 2's numerator).
    pub non_spine_records: u64,
    /// Started records (pending ones included) with `adherent_52_weeks` blank or `unknown`;
    /// they count as not adherent in KPI 11.
    pub adherence_blank_or_unknown: u64,
    /// The 11 KPIs in number order.
    pub kpis: Vec<KpiResult>,
}

impl KpiResults {
    /// The result for one KPI.
    pub fn get(&self, kpi: Kpi) -> &KpiResult {
        &self.kpis[kpi.index()]
    }
}

impl KpiTally {
    /// The results from these counts. KPI 2 uses `expected_non_spine_per_year` over
    /// [`KpiTally::days_covered`].
    pub fn results(
        &self,
        as_at: Option<Date>,
        expected_non_spine_per_year: Option<f64>,
    ) -> KpiResults {
        let days_covered = self.days_covered();
        let kpis = Kpi::ALL
            .into_iter()
            .map(|kpi| {
                let c = self.get(kpi);
                if kpi == Kpi::NonSpineIdentification {
                    kpi2_result(c.numerator, expected_non_spine_per_year, days_covered)
                } else {
                    KpiResult::from_count(kpi, c.numerator, c.denominator, c.pending)
                }
            })
            .collect();
        KpiResults {
            as_at,
            records: self.records,
            days_covered,
            first_fracture_date: self.first_fracture_date,
            last_fracture_date: self.last_fracture_date,
            non_spine_records: self.get(Kpi::NonSpineIdentification).numerator,
            adherence_blank_or_unknown: self.adherence_blank_or_unknown,
            kpis,
        }
    }
}

/// KPI 2: `100 × non_spine ÷ (per_year × days_covered ÷ 365.25)`, one decimal, half away
/// from zero.
fn kpi2_result(non_spine: u64, per_year: Option<f64>, days_covered: u32) -> KpiResult {
    let kpi = Kpi::NonSpineIdentification;
    let expected = per_year.map(|y| y * f64::from(days_covered) / 365.25);
    let mut result = KpiResult {
        kpi,
        numerator: non_spine,
        denominator: Denominator::ExpectedCaseload(expected.filter(|e| e.is_finite())),
        pending: 0,
        percent: None,
        band: None,
        not_available: None,
    };
    match (per_year, expected) {
        (None, _) => result.not_available = Some(NotAvailable::NoExpectedCaseload),
        (Some(y), _) if !(y.is_finite() && y > 0.0) => {
            result.not_available = Some(NotAvailable::ExpectedCaseloadInvalid)
        }
        (_, Some(e)) if e > 0.0 => {
            let tenths = (non_spine as f64 * 1000.0 / e).round();
            result.percent = Some(tenths / 10.0);
            result.band = Some(RagBand::for_percent_tenths(kpi, tenths as i64));
        }
        _ => result.not_available = Some(NotAvailable::NoRecords),
    }
    result
}

/// The as-at date: the one in `settings`, or else the latest valid date in any date column
/// of `records` (`None` when there are no records).
pub fn as_at_date(records: &[PatientRecord], settings: &KpiSettings) -> Option<Date> {
    settings
        .as_at
        .or_else(|| records.iter().map(PatientRecord::latest_date).max())
}

/// All 11 KPIs over `records` (see the module documentation).
pub fn compute(records: &[PatientRecord], settings: &KpiSettings) -> KpiResults {
    match as_at_date(records, settings) {
        Some(as_at) => compute_subset(records, settings, as_at),
        None => KpiTally::default().results(None, settings.expected_non_spine_per_year),
    }
}

/// All 11 KPIs over any subset of records, as at a given date (normally the whole file's,
/// from [`as_at_date`], so pending is judged the same way for every subset). KPI 2 uses the
/// subset's own days covered.
pub fn compute_subset<'a>(
    records: impl IntoIterator<Item = &'a PatientRecord>,
    settings: &KpiSettings,
    as_at: Date,
) -> KpiResults {
    let mut tally = KpiTally::default();
    for record in records {
        tally.add(record, &settings.windows, as_at);
    }
    tally.results(Some(as_at), settings.expected_non_spine_per_year)
}
