//! Worklist: patients with an action outstanding as at the as-at date.
//!
//! Three actions, each outstanding when its condition holds, each with a due date counted
//! from the fracture date using the same window as its KPI:
//!
//! | action | outstanding when | due date |
//! |---|---|---|
//! | Monitoring contact (KPI 9) | recommended (`yes` or `already_on`) and no `followup_date` on or after the fracture date | fracture date + monitoring window (112 days) |
//! | Treatment start (KPI 10) | `bone_therapy_recommended` = `yes` and not started (no `treatment_start_date` on or after the fracture date) | fracture date + treatment window (112 days) |
//! | Adherence check (KPI 11) | started and `adherent_52_weeks` blank or `unknown` | fracture date + adherence window (364 days) |
//!
//! Status: **overdue** when `as_at > due date`, otherwise **due** (the due date is today or
//! later). `days_overdue = as_at − due date` (negative: days left). An outstanding action is
//! listed however old it is, so a patient missed long ago stays visible. Items are sorted by
//! due date, then record id, then action.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::export::csv_text;
use super::{as_at_date, Adherence, BoneTherapy, Date, KpiSettings, PatientRecord};

/// Something to do for a patient.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    MonitoringContact,
    TreatmentStart,
    AdherenceCheck,
}

impl Action {
    pub fn label(self) -> &'static str {
        match self {
            Action::MonitoringContact => "16-week monitoring contact",
            Action::TreatmentStart => "Treatment start",
            Action::AdherenceCheck => "52-week adherence check",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Whether an outstanding action is past its due date.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorklistStatus {
    /// Due date is on or after the as-at date.
    Due,
    /// The as-at date is after the due date.
    Overdue,
}

impl WorklistStatus {
    pub fn label(self) -> &'static str {
        match self {
            WorklistStatus::Due => "Due",
            WorklistStatus::Overdue => "Overdue",
        }
    }
}

/// One outstanding action for one patient.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct WorklistItem {
    pub record_id: String,
    /// Line of the file the record came from.
    pub line: u64,
    pub action: Action,
    pub fracture_date: Date,
    pub due_date: Date,
    pub status: WorklistStatus,
    /// `as_at − due_date` in days (negative: days still left).
    pub days_overdue: i32,
}

/// The worklist as at a date.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Worklist {
    pub as_at: Option<Date>,
    pub items: Vec<WorklistItem>,
}

impl Worklist {
    /// How many items have `status`.
    pub fn count(&self, status: WorklistStatus) -> usize {
        self.items.iter().filter(|i| i.status == status).count()
    }

    /// CSV text: `record_id,action,fracture_date,due_date,status,days_overdue` (dates
    /// dd/mm/yyyy).
    pub fn to_csv(&self) -> String {
        csv_text(
            &[
                "record_id",
                "action",
                "fracture_date",
                "due_date",
                "status",
                "days_overdue",
            ],
            self.items.iter().map(|i| {
                [
                    i.record_id.clone(),
                    i.action.label().to_string(),
                    i.fracture_date.uk(),
                    i.due_date.uk(),
                    i.status.label().to_string(),
                    i.days_overdue.to_string(),
                ]
            }),
        )
    }
}

/// The actions outstanding for one record (see the module table).
pub fn outstanding_actions(record: &PatientRecord, settings: &KpiSettings) -> Vec<(Action, Date)> {
    let w = &settings.windows;
    let f = record.fracture_date;
    let on_or_after_fracture = |d: Option<Date>| d.is_some_and(|d| d >= f);
    let mut actions = Vec::new();
    if record.is_recommended() && !on_or_after_fracture(record.followup_date) {
        actions.push((
            Action::MonitoringContact,
            f.plus_days(w.monitoring_days as i32),
        ));
    }
    if record.bone_therapy_recommended == Some(BoneTherapy::Yes) && !record.has_started_treatment()
    {
        actions.push((Action::TreatmentStart, f.plus_days(w.treatment_days as i32)));
    }
    if record.has_started_treatment()
        && matches!(record.adherent_52_weeks, None | Some(Adherence::Unknown))
    {
        actions.push((Action::AdherenceCheck, f.plus_days(w.adherence_days as i32)));
    }
    actions
}

/// The worklist for `records` as at the settings' as-at date (or the latest date in the
/// records).
pub fn worklist(records: &[PatientRecord], settings: &KpiSettings) -> Worklist {
    let Some(as_at) = as_at_date(records, settings) else {
        return Worklist {
            as_at: None,
            items: Vec::new(),
        };
    };
    let mut items: Vec<WorklistItem> = records
        .iter()
        .flat_map(|record| {
            outstanding_actions(record, settings)
                .into_iter()
                .map(move |(action, due_date)| {
                    let days_overdue = as_at.days_since(due_date);
                    WorklistItem {
                        record_id: record.record_id.clone(),
                        line: record.line,
                        action,
                        fracture_date: record.fracture_date,
                        due_date,
                        status: if days_overdue > 0 {
                            WorklistStatus::Overdue
                        } else {
                            WorklistStatus::Due
                        },
                        days_overdue,
                    }
                })
        })
        .collect();
    items.sort_by(|a, b| {
        (a.due_date, &a.record_id, a.action).cmp(&(b.due_date, &b.record_id, b.action))
    });
    Worklist {
        as_at: Some(as_at),
        items,
    }
}
