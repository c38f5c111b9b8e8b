//! The project plan: tasks with phase, owner, start, due date, status and the tasks they
//! wait for; which are overdue; and a starter plan drawn from the six phases.

use serde::{Deserialize, Serialize};

use super::workspace::Status;
use crate::model::date::Date;

/// One task of the plan. Dates are ISO (`yyyy-mm-dd`) as the date fields give them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Task {
    pub id: u32,
    pub name: String,
    /// Phase 1–6.
    pub phase: u8,
    pub owner: String,
    pub start: String,
    pub due: String,
    pub status: Status,
    /// Ids of the tasks that must finish first.
    pub depends_on: Vec<u32>,
}

/// Days since 1 January 1970 of a date as the date fields give it (ISO `yyyy-mm-dd`; a UK
/// `dd/mm/yyyy` is read too), or `None` if it is not a date.
pub fn day_number(text: &str) -> Option<i64> {
    Date::parse(text).map(|d| i64::from(d.day_number()))
}

/// The ISO date of a day number (inverse of [`day_number`]); empty outside years 1–9999.
pub fn iso_date(day: i64) -> String {
    i32::try_from(day).ok().and_then(Date::from_day_number).map(Date::iso).unwrap_or_default()
}

impl Task {
    /// Not done and its due date is before `today`.
    pub fn is_overdue(&self, today: &str) -> bool {
        self.status != Status::Done && matches!((day_number(&self.due), day_number(today)), (Some(due), Some(t)) if due < t)
    }

    /// Start and due as day numbers, when both are dates and the start is not after the due date.
    pub fn span(&self) -> Option<(i64, i64)> {
        match (day_number(&self.start), day_number(&self.due)) {
            (Some(s), Some(d)) if s <= d => Some((s, d)),
            _ => None,
        }
    }
}

/// Problems with a plan, in words: a due date before its start, a task waiting for one that
/// ends after it starts, or for a task that does not exist.
pub fn plan_problems(tasks: &[Task]) -> Vec<String> {
    let mut out = Vec::new();
    for t in tasks {
        let name = if t.name.trim().is_empty() { format!("Task {}", t.id) } else { t.name.trim().to_string() };
        if let (Some(s), Some(d)) = (day_number(&t.start), day_number(&t.due)) {
            if d < s {
                out.push(format!("{name}: the due date is before the start date."));
            }
        }
        for dep in &t.depends_on {
            match tasks.iter().find(|o| o.id == *dep) {
                None => out.push(format!("{name} waits for task {dep}, which no longer exists.")),
                Some(o) => {
                    if let (Some(o_due), Some(start)) = (day_number(&o.due), day_number(&t.start)) {
                        if o_due > start {
                            let other = if o.name.trim().is_empty() { format!("task {}", o.id) } else { format!("“{}”", o.name.trim()) };
                            out.push(format!("{name} starts before {other}, which it waits for, is due."));
                        }
                    }
                }
            }
        }
    }
    out
}

/// A starter plan from the six phases, beginning on `start` (ISO): each task follows the one
/// before it in its phase, and the first task of each phase waits for the last of the phase before.
pub fn starter_plan(start: &str) -> Vec<Task> {
    const STEPS: &[(u8, &str, i64)] = &[
        (1, "Name the Clinical Champion and form the project team", 14),
        (1, "Set up the Stakeholder Reference Group and hold its first meeting", 21),
        (1, "Write and agree the Project Initiation Document", 21),
        (2, "Map the current patient pathway", 28),
        (2, "Agree the desired pathway against the clinical standards", 28),
        (2, "Agree SMART objectives and an outline service model", 14),
        (3, "Work out the local caseload and likely impact on fractures", 14),
        (3, "Estimate the staff and resources needed", 14),
        (4, "Write the service specification", 28),
        (4, "Write the business case and take it for approval", 42),
        (4, "Plan the pilot", 14),
        (5, "Recruit staff and start the pilot", 56),
        (5, "Start submitting data to FLS-DB and reviewing the KPIs", 84),
        (6, "Review the pilot, refine the pathway and plan for the long term", 28),
    ];
    let Some(mut day) = day_number(start) else { return Vec::new() };
    let mut tasks: Vec<Task> = Vec::new();
    for (i, (phase, name, days)) in STEPS.iter().enumerate() {
        let id = i as u32 + 1;
        let depends_on = if i == 0 { Vec::new() } else { vec![id - 1] };
        tasks.push(Task { id, name: name.to_string(), phase: *phase, owner: String::new(), start: iso_date(day), due: iso_date(day + days), status: Status::NotStarted, depends_on });
        day += days;
    }
    tasks
}
