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
//! Status, as at the as-at date: **overdue** when `as_at > due date`; **due** when the due
//! date is the as-at date or up to [`DUE_SOON_DAYS`] (28) days after it; **not yet due** when
//! it is later (a 52-week adherence check is outstanding from the day treatment starts, so
//! without this "due" would reach eleven months ahead). `days_overdue = as_at − due date`
//! (negative: days left); on screen and in the CSV it is shown only when overdue, and
//! [`WorklistItem::when_text`] says "305 days overdue", "due today" or "due in 12 days". An
//! outstanding action is listed however old or far off it is, so no patient is lost. Items
//! are sorted by due date, then record id, then action.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::export::csv_text;
use super::{as_at_date, Adherence, BoneTherapy, Date, KpiSettings, PatientRecord};

/// An action whose due date is at most this many days after the as-at date is due; a later
/// one is not yet due.
pub const DUE_SOON_DAYS: i32 = 28;

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

/// Whether an outstanding action is past its due date, due soon or not yet due.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorklistStatus {
    /// The due date is the as-at date or up to [`DUE_SOON_DAYS`] days after it.
    Due,
    /// The as-at date is after the due date.
    Overdue,
    /// The due date is more than [`DUE_SOON_DAYS`] days after the as-at date.
    NotYetDue,
}

impl WorklistStatus {
    pub fn label(self) -> &'static str {
        match self {
            // The number is DUE_SOON_DAYS (a test checks they agree).
            WorklistStatus::Due => "Due within 28 days",
            WorklistStatus::Overdue => "Overdue",
            WorklistStatus::NotYetDue => "Not yet due",
        }
    }

    /// The status of an action `days_overdue` days past its due date (negative: days left).
    pub fn for_days_overdue(days_overdue: i32) -> WorklistStatus {
        if days_overdue > 0 {
            WorklistStatus::Overdue
        } else if -days_overdue <= DUE_SOON_DAYS {
            WorklistStatus::Due
        } else {
            WorklistStatus::NotYetDue
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

impl WorklistItem {
    /// When the action is due, in words: "305 days overdue", "1 day overdue", "due today",
    /// "due in 12 days".
    pub fn when_text(&self) -> String {
        let days = |n: i32| if n == 1 { "1 day".to_string() } else { format!("{n} days") };
        match self.days_overdue {
            0 => "due today".to_string(),
            n if n > 0 => format!("{} overdue", days(n)),
            n => format!("due in {}", days(-n)),
        }
    }

    /// Days overdue as a number when overdue, otherwise blank.
    pub fn days_overdue_text(&self) -> String {
        if self.days_overdue > 0 {
            self.days_overdue.to_string()
        } else {
            String::new()
        }
    }
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
    /// dd/mm/yyyy; `days_overdue` blank unless overdue).
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
                    i.days_overdue_text(),
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
                        status: WorklistStatus::for_days_overdue(days_overdue),
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
