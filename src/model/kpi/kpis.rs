//! The 11 KPIs and how one record counts towards each.
//!
//! Contract (The KPIs): days are counted from `fracture_date` (same day = 0).
//! "Recommended" means `bone_therapy_recommended` is `yes` or `already_on`. "Started" means
//! `already_on`, or a valid `treatment_start_date` on or after the fracture date.
//!
//! | KPI | numerator | denominator (then minus pending, where a window applies) |
//! |---|---|---|
//! | 1 | sex, age, fracture_site, dxa_status, falls_assessment, bone_therapy_recommended all present and valid | records |
//! | 2 | known site other than spine | expected caseload over the days covered (see [`KpiResults`](super::KpiResults)) |
//! | 3 | site spine | records |
//! | 4 | `fls_assessment_date` within 0–90 days | records |
//! | 5 | `dxa_date` within 0–90 days | `dxa_status` done or recommended, or a valid `dxa_date` (even before the fracture) |
//! | 6 | `falls_assessment` done, referred or recommended | records |
//! | 7 | recommended | records |
//! | 8 | `strength_balance_date` within 0–112 days | known site other than hip |
//! | 9 | `followup_date` within 0–112 days | recommended |
//! | 10 | `already_on`, or `treatment_start_date` within 0–112 days | recommended |
//! | 11 | `adherent_52_weeks` = yes | started |

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{
    Adherence, BoneTherapy, Date, DxaStatus, FallsAssessment, FractureSite, PatientRecord, Windows,
};

/// One of the 11 FLS-DB key performance indicators.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kpi {
    DataCompleteness,
    NonSpineIdentification,
    SpineIdentification,
    AssessmentWithin90Days,
    DxaWithin90Days,
    FallsAssessment,
    BoneTherapyRecommended,
    StrengthBalanceWithin16Weeks,
    MonitoringWithin16Weeks,
    TreatmentStartedWithin16Weeks,
    AdherenceAt52Weeks,
}

impl Kpi {
    /// All 11, in number order.
    pub const ALL: [Kpi; 11] = [
        Kpi::DataCompleteness,
        Kpi::NonSpineIdentification,
        Kpi::SpineIdentification,
        Kpi::AssessmentWithin90Days,
        Kpi::DxaWithin90Days,
        Kpi::FallsAssessment,
        Kpi::BoneTherapyRecommended,
        Kpi::StrengthBalanceWithin16Weeks,
        Kpi::MonitoringWithin16Weeks,
        Kpi::TreatmentStartedWithin16Weeks,
        Kpi::AdherenceAt52Weeks,
    ];

    /// The KPI's number, 1–11.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The KPI with number 1–11.
    pub fn from_number(number: u8) -> Option<Kpi> {
        Kpi::ALL.get(usize::from(number).checked_sub(1)?).copied()
    }

    /// Position in [`Kpi::ALL`] (number − 1).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The KPI's name as shown on screen.
    pub fn title(self) -> &'static str {
        match self {
            Kpi::DataCompleteness => "Data completeness",
            Kpi::NonSpineIdentification => "Identification (non-spine)",
            Kpi::SpineIdentification => "Identification (spine)",
            Kpi::AssessmentWithin90Days => "Assessment within 90 days",
            Kpi::DxaWithin90Days => "DXA within 90 days",
            Kpi::FallsAssessment => "Falls assessment",
            Kpi::BoneTherapyRecommended => "Bone therapy recommended",
            Kpi::StrengthBalanceWithin16Weeks => "Strength and balance within 16 weeks",
            Kpi::MonitoringWithin16Weeks => "Monitoring within 16 weeks",
            Kpi::TreatmentStartedWithin16Weeks => "Treatment started within 16 weeks",
            Kpi::AdherenceAt52Weeks => "Adherence at 52 weeks",
        }
    }

    /// The KPI's time window in days, if it has one (KPIs 4, 5, 8, 9, 10, 11).
    pub fn window_days(self, windows: &Windows) -> Option<u32> {
        match self {
            Kpi::AssessmentWithin90Days => Some(windows.assessment_days),
            Kpi::DxaWithin90Days => Some(windows.dxa_days),
            Kpi::StrengthBalanceWithin16Weeks => Some(windows.strength_balance_days),
            Kpi::MonitoringWithin16Weeks => Some(windows.monitoring_days),
            Kpi::TreatmentStartedWithin16Weeks => Some(windows.treatment_days),
            Kpi::AdherenceAt52Weeks => Some(windows.adherence_days),
            _ => None,
        }
    }

    /// The numerator in words (the contract's table).
    pub fn numerator_text(self) -> &'static str {
        match self {
            Kpi::DataCompleteness => "Records with sex, age, fracture_site, dxa_status, falls_assessment and bone_therapy_recommended all present and valid",
            Kpi::NonSpineIdentification => "Records with a known site other than spine",
            Kpi::SpineIdentification => "Records with site spine",
            Kpi::AssessmentWithin90Days => "fls_assessment_date within 0–90 days of the fracture",
            Kpi::DxaWithin90Days => "dxa_date within 0–90 days",
            Kpi::FallsAssessment => "falls_assessment done, referred or recommended",
            Kpi::BoneTherapyRecommended => "Recommended (bone_therapy_recommended yes or already_on)",
            Kpi::StrengthBalanceWithin16Weeks => "strength_balance_date within 0–112 days",
            Kpi::MonitoringWithin16Weeks => "followup_date within 0–112 days",
            Kpi::TreatmentStartedWithin16Weeks => "already_on, or treatment_start_date within 0–112 days",
            Kpi::AdherenceAt52Weeks => "adherent_52_weeks = yes",
        }
    }

    /// The denominator in words (the contract's table; pending records are then left out
    /// where a window applies).
    pub fn denominator_text(self) -> &'static str {
        match self {
            Kpi::NonSpineIdentification => "Expected non-spine fragility fractures (hip + wrist + other sites) for the area over the days the file covers (first to last fracture date, both included): yearly figure × days ÷ 365.25",
            Kpi::DxaWithin90Days => "Records with dxa_status done or recommended, or with a valid dxa_date (even one before the fracture)",
            Kpi::StrengthBalanceWithin16Weeks => "Records with a known site other than hip",
            Kpi::MonitoringWithin16Weeks | Kpi::TreatmentStartedWithin16Weeks => "Recommended",
            Kpi::AdherenceAt52Weeks => "Started (already_on, or a valid treatment_start_date on or after the fracture); blank or unknown counts as not adherent",
            _ => "Records",
        }
    }

    /// Whether the KPI is a share of records (all but KPI 2, whose denominator is an
    /// expected caseload).
    pub fn is_share_of_records(self) -> bool {
        self != Kpi::NonSpineIdentification
    }
}

impl fmt::Display for Kpi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KPI {} {}", self.number(), self.title())
    }
}

/// How one record counts towards one KPI.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
    /// Not in the denominator.
    NotCounted,
    /// In the denominator but the window has not ended by the as-at date: left out of
    /// numerator and denominator and counted as pending.
    Pending,
    /// In the numerator (and denominator).
    Met,
    /// In the denominator only.
    NotMet,
}

/// How `record` counts towards `kpi` as at `as_at` (see the module table). For KPI 2 every
/// record is counted (`Met` when its site is known and not spine); its real denominator is
/// the expected caseload.
pub fn classify(record: &PatientRecord, kpi: Kpi, windows: &Windows, as_at: Date) -> Outcome {
    let r = record;
    let in_denominator = match kpi {
        Kpi::DxaWithin90Days => {
            matches!(r.dxa_status, Some(DxaStatus::Done | DxaStatus::Recommended))
                || r.dxa_date.is_some()
        }
        Kpi::StrengthBalanceWithin16Weeks => {
            r.fracture_site.is_some_and(|s| s != FractureSite::Hip)
        }
        Kpi::MonitoringWithin16Weeks | Kpi::TreatmentStartedWithin16Weeks => r.is_recommended(),
        Kpi::AdherenceAt52Weeks => r.has_started_treatment(),
        _ => true,
    };
    if !in_denominator {
        return Outcome::NotCounted;
    }
    let window = kpi.window_days(windows);
    if window.is_some_and(|w| r.is_pending(w, as_at)) {
        return Outcome::Pending;
    }
    let window = window.unwrap_or(0);
    let met = match kpi {
        Kpi::DataCompleteness => {
            r.sex.is_some()
                && r.age.is_some()
                && r.fracture_site.is_some()
                && r.dxa_status.is_some()
                && r.falls_assessment.is_some()
                && r.bone_therapy_recommended.is_some()
        }
        Kpi::NonSpineIdentification => r.is_non_spine(),
        Kpi::SpineIdentification => r.fracture_site == Some(FractureSite::Spine),
        Kpi::AssessmentWithin90Days => r.within(r.fls_assessment_date, window),
        Kpi::DxaWithin90Days => r.within(r.dxa_date, window),
        Kpi::FallsAssessment => matches!(
            r.falls_assessment,
            Some(FallsAssessment::Done | FallsAssessment::Referred | FallsAssessment::Recommended)
        ),
        Kpi::BoneTherapyRecommended => r.is_recommended(),
        Kpi::StrengthBalanceWithin16Weeks => r.within(r.strength_balance_date, window),
        Kpi::MonitoringWithin16Weeks => r.within(r.followup_date, window),
        Kpi::TreatmentStartedWithin16Weeks => {
            r.bone_therapy_recommended == Some(BoneTherapy::AlreadyOn)
                || r.within(r.treatment_start_date, window)
        }
        Kpi::AdherenceAt52Weeks => r.adherent_52_weeks == Some(Adherence::Yes),
    };
    if met {
        Outcome::Met
    } else {
        Outcome::NotMet
    }
}

/// Counts for one KPI. `denominator` excludes pending records.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct KpiCounts {
    pub numerator: u64,
    pub denominator: u64,
    pub pending: u64,
}

impl KpiCounts {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::NotCounted => {}
            Outcome::Pending => self.pending += 1,
            Outcome::Met => {
                self.numerator += 1;
                self.denominator += 1;
            }
            Outcome::NotMet => self.denominator += 1,
        }
    }

    fn merge(&mut self, other: &KpiCounts) {
        self.numerator += other.numerator;
        self.denominator += other.denominator;
        self.pending += other.pending;
    }
}

/// Running counts over a set of records, for all 11 KPIs (the building block of
/// [`compute`](super::compute), breakdowns, run charts and aggregates).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct KpiTally {
    pub records: u64,
    /// Indexed by [`Kpi::index`]. For KPI 2: numerator = non-spine records, denominator =
    /// records.
    pub counts: [KpiCounts; 11],
    /// Started records (pending ones included) whose `adherent_52_weeks` is blank or
    /// `unknown` (odd values count as blank).
    pub adherence_blank_or_unknown: u64,
    pub first_fracture_date: Option<Date>,
    pub last_fracture_date: Option<Date>,
}

impl KpiTally {
    /// Adds one record.
    pub fn add(&mut self, record: &PatientRecord, windows: &Windows, as_at: Date) {
        self.records += 1;
        for kpi in Kpi::ALL {
            self.counts[kpi.index()].add(classify(record, kpi, windows, as_at));
        }
        if record.has_started_treatment()
            && matches!(record.adherent_52_weeks, None | Some(Adherence::Unknown))
        {
            self.adherence_blank_or_unknown += 1;
        }
        let d = record.fracture_date;
        self.first_fracture_date = Some(self.first_fracture_date.map_or(d, |f| f.min(d)));
        self.last_fracture_date = Some(self.last_fracture_date.map_or(d, |l| l.max(d)));
    }

    /// Adds another tally (e.g. two months into a quarter).
    pub fn merge(&mut self, other: &KpiTally) {
        self.records += other.records;
        for (mine, theirs) in self.counts.iter_mut().zip(&other.counts) {
            mine.merge(theirs);
        }
        self.adherence_blank_or_unknown += other.adherence_blank_or_unknown;
        self.first_fracture_date = match (self.first_fracture_date, other.first_fracture_date) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last_fracture_date = match (self.last_fracture_date, other.last_fracture_date) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }

    /// Counts for one KPI.
    pub fn get(&self, kpi: Kpi) -> KpiCounts {
        self.counts[kpi.index()]
    }

    /// Days from the first to the last fracture date, both included (0 with no records).
    pub fn days_covered(&self) -> u32 {
        match (self.first_fracture_date, self.last_fracture_date) {
            (Some(first), Some(last)) => (last.days_since(first) + 1) as u32,
            _ => 0,
        }
    }
}
