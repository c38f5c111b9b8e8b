//! Every KPI by sex, by age band or by fracture site.
//!
//! Each group's KPIs are computed exactly as for the whole file (same rules, same windows,
//! and the whole file's as-at date, so pending is judged the same way), over the records of
//! that group only. The groups partition the records, so each KPI's numerators,
//! denominators and pending counts add up to the whole file's. KPI 2 is "n/a"
//! ([`NotAvailable::NotForSubgroup`]) because the expected caseload is for the whole area.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{
    as_at_date, AgeBand, Date, FractureSite, KpiResults, KpiSettings, KpiTally, NotAvailable,
    PatientRecord, Sex,
};

/// What to break the KPIs down by.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakdownBy {
    Sex,
    AgeBand,
    FractureSite,
}

/// One group of a breakdown (`None` = missing value, shown as "Unknown").
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Sex(Option<Sex>),
    AgeBand(AgeBand),
    FractureSite(Option<FractureSite>),
}

impl Group {
    /// Every group of a breakdown, in display order (unknown last).
    pub fn all(by: BreakdownBy) -> Vec<Group> {
        match by {
            BreakdownBy::Sex => vec![
                Group::Sex(Some(Sex::Female)),
                Group::Sex(Some(Sex::Male)),
                Group::Sex(None),
            ],
            BreakdownBy::AgeBand => AgeBand::ALL.into_iter().map(Group::AgeBand).collect(),
            BreakdownBy::FractureSite => FractureSite::ALL
                .into_iter()
                .map(Some)
                .chain([None])
                .map(Group::FractureSite)
                .collect(),
        }
    }

    /// The group a record belongs to.
    pub fn of(record: &PatientRecord, by: BreakdownBy) -> Group {
        match by {
            BreakdownBy::Sex => Group::Sex(record.sex),
            BreakdownBy::AgeBand => Group::AgeBand(AgeBand::of(record.age)),
            BreakdownBy::FractureSite => Group::FractureSite(record.fracture_site),
        }
    }

    /// Position in [`Group::all`].
    fn index(self) -> usize {
        match self {
            Group::Sex(Some(Sex::Female)) => 0,
            Group::Sex(Some(Sex::Male)) => 1,
            Group::Sex(None) => 2,
            Group::AgeBand(band) => band as usize,
            Group::FractureSite(Some(site)) => site as usize,
            Group::FractureSite(None) => FractureSite::ALL.len(),
        }
    }

    /// `Female`, `75–84`, `Hip`, `Unknown`...
    pub fn label(self) -> &'static str {
        match self {
            Group::Sex(Some(sex)) => sex.label(),
            Group::AgeBand(band) => band.label(),
            Group::FractureSite(Some(site)) => site.label(),
            Group::Sex(None) | Group::FractureSite(None) => "Unknown",
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The KPIs for one group.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct GroupResults {
    pub group: Group,
    pub results: KpiResults,
}

/// A breakdown: every group, in display order, including empty ones (all "n/a").
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Breakdown {
    pub by: BreakdownBy,
    /// The whole file's as-at date, used for every group.
    pub as_at: Option<Date>,
    pub groups: Vec<GroupResults>,
}

/// Every KPI for each group of `by` (see the module documentation).
pub fn breakdown(records: &[PatientRecord], settings: &KpiSettings, by: BreakdownBy) -> Breakdown {
    let as_at = as_at_date(records, settings);
    let groups = Group::all(by);
    let mut tallies = vec![KpiTally::default(); groups.len()];
    if let Some(as_at) = as_at {
        for record in records {
            tallies[Group::of(record, by).index()].add(record, &settings.windows, as_at);
        }
    }
    let groups = groups
        .into_iter()
        .zip(&tallies)
        .map(|(group, tally)| {
            let mut results = tally.results(as_at, None);
            let kpi2 = &mut results.kpis[super::Kpi::NonSpineIdentification.index()];
            *kpi2 = kpi2.without_percent(NotAvailable::NotForSubgroup);
            GroupResults { group, results }
        })
        .collect();
    Breakdown { by, as_at, groups }
}
