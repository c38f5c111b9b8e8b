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
        self.dates().filter(|(s, d)| s <= d)
    }

    /// Start and due as day numbers, when both are dates (in whatever order).
    pub fn dates(&self) -> Option<(i64, i64)> {
        day_number(&self.start).zip(day_number(&self.due))
    }

    /// Both dates are given and the due date is before the start date.
    pub fn due_before_start(&self) -> bool {
        matches!(self.dates(), Some((s, d)) if d < s)
    }

    /// The task's name, or "Task 3" when it has none.
    fn title(&self) -> String {
        if self.name.trim().is_empty() { format!("Task {}", self.id) } else { self.name.trim().to_string() }
    }

    /// "task 3 (“Write the PID”)", or "task 3" when it has no name.
    fn reference(&self) -> String {
        if self.name.trim().is_empty() { format!("task {}", self.id) } else { format!("task {} (“{}”)", self.id, self.name.trim()) }
    }
}

/// What was typed in a task's "Waits for" field: task numbers separated by commas.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WaitsFor {
    /// The task numbers read, in the order typed, each once.
    pub tasks: Vec<u32>,
    /// The pieces between commas that are not task numbers (whole numbers from 0), as typed.
    pub not_task_numbers: Vec<String>,
}

impl WaitsFor {
    /// Reads the field: pieces between commas, spaces around them ignored, blank pieces
    /// skipped (so "1, 3," is tasks 1 and 3). Anything else is kept to be named in [`WaitsFor::error`].
    pub fn parse(text: &str) -> WaitsFor {
        let mut read = WaitsFor::default();
        for piece in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match piece.parse::<u32>() {
                Ok(n) if !read.tasks.contains(&n) => read.tasks.push(n),
                Ok(_) => {}
                Err(_) => read.not_task_numbers.push(piece.to_string()),
            }
        }
        read
    }

    /// What to tell the user when some of the text is not a task number.
    pub fn error(&self) -> Option<String> {
        let quoted: Vec<String> = self.not_task_numbers.iter().map(|p| format!("“{p}”")).collect();
        let what = match quoted.as_slice() {
            [] => return None,
            [one] => format!("{one} is not a task number"),
            [rest @ .., last] => format!("{} and {last} are not task numbers", rest.join(", ")),
        };
        Some(format!("{what}. Enter task numbers separated by commas, for example 1, 3."))
    }
}

/// The text a task's "Waits for" field shows: what was `typed` there, while it still reads as
/// the task's saved waits (so "1," keeps its comma and "abc" stays until it is corrected);
/// otherwise — nothing typed, or the plan changed since — the saved waits, e.g. "1, 3".
pub fn waits_for_text(task: &Task, typed: Option<&str>) -> String {
    match typed {
        Some(text) if WaitsFor::parse(text).tasks == task.depends_on => text.to_string(),
        _ => task.depends_on.iter().map(u32::to_string).collect::<Vec<_>>().join(", "),
    }
}

/// The error to show beside a task's "Waits for" field, from the text [`waits_for_text`] shows.
pub fn waits_for_error(task: &Task, typed: Option<&str>) -> Option<String> {
    WaitsFor::parse(&waits_for_text(task, typed)).error()
}

/// The "Waits for" errors as plan checks, one per task whose field holds something that is not
/// a task number, naming the task; `typed` is the text typed in each task's field, by task id.
pub fn waits_for_problems(tasks: &[Task], typed: &std::collections::BTreeMap<u32, String>) -> Vec<String> {
    tasks
        .iter()
        .filter_map(|t| waits_for_error(t, typed.get(&t.id).map(String::as_str)).map(|e| format!("{}, “Waits for”: {e}", capitalise(&t.reference()))))
        .collect()
}

/// Groups of tasks that wait for each other in a circle, so none of them can ever start. Each
/// is the task ids in waiting order, beginning at its lowest id: `[1, 2, 3]` means task 1
/// waits for 2, 2 for 3 and 3 for 1; `[4]` is a task that waits for itself. Each circle is
/// named once, in the order of its lowest id; waits for tasks that do not exist are ignored.
///
/// Found by a depth-first walk along "waits for": meeting a task that is still on the walk's
/// path closes a circle (the path from that task to here).
pub fn circular_waits(tasks: &[Task]) -> Vec<Vec<u32>> {
    use std::collections::BTreeMap;
    let waits: BTreeMap<u32, Vec<u32>> = tasks.iter().map(|t| (t.id, t.depends_on.clone())).collect();
    // 0: not visited; 1: on the current path; 2: finished.
    let mut state: BTreeMap<u32, u8> = BTreeMap::new();
    let mut circles: Vec<Vec<u32>> = Vec::new();
    for &root in waits.keys() {
        if state.get(&root).copied().unwrap_or(0) != 0 {
            continue;
        }
        // The path and, for each task on it, how many of its waits have been followed.
        let mut path: Vec<(u32, usize)> = vec![(root, 0)];
        state.insert(root, 1);
        while let Some((task, next)) = path.last().copied() {
            let deps = &waits[&task];
            if next == deps.len() {
                state.insert(task, 2);
                path.pop();
                continue;
            }
            path.last_mut().expect("path is not empty").1 += 1;
            let dep = deps[next];
            if !waits.contains_key(&dep) {
                continue;
            }
            match state.get(&dep).copied().unwrap_or(0) {
                0 => {
                    state.insert(dep, 1);
                    path.push((dep, 0));
                }
                1 => {
                    let from = path.iter().position(|(t, _)| *t == dep).expect("a task on the path");
                    let mut circle: Vec<u32> = path[from..].iter().map(|(t, _)| *t).collect();
                    let lowest = circle.iter().enumerate().min_by_key(|(_, t)| **t).map_or(0, |(i, _)| i);
                    circle.rotate_left(lowest);
                    if !circles.contains(&circle) {
                        circles.push(circle);
                    }
                }
                _ => {}
            }
        }
    }
    circles.sort();
    circles
}

/// Problems with a plan, in words: a due date before its start, a task waiting for one that
/// ends after it starts or for a task that does not exist, and tasks that wait for each other
/// in a circle (see [`circular_waits`]).
pub fn plan_problems(tasks: &[Task]) -> Vec<String> {
    let mut out = Vec::new();
    for t in tasks {
        let name = t.title();
        if t.due_before_start() {
            out.push(format!("{name}: the due date is before the start date."));
        }
        for dep in &t.depends_on {
            match tasks.iter().find(|o| o.id == *dep) {
                None => out.push(format!("{name} waits for task {dep}, but there is no task {dep}.")),
                Some(o) if o.id == t.id => {}
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
    let by_id = |id: u32| tasks.iter().find(|t| t.id == id).expect("circles name tasks of the plan");
    for circle in circular_waits(tasks) {
        match circle.as_slice() {
            [one] => out.push(format!("{} waits for itself, so it can never start. Remove {one} from its “Waits for”.", capitalise(&by_id(*one).reference()))),
            [first, second, later @ ..] => {
                let numbers: Vec<String> = circle.iter().map(u32::to_string).collect();
                let (last, rest) = numbers.split_last().expect("a circle of two or more");
                let mut chain = format!("{} waits for {}", by_id(*first).reference(), by_id(*second).reference());
                for id in later {
                    chain.push_str(&format!(", which waits for {}", by_id(*id).reference()));
                }
                out.push(format!(
                    "Tasks {} and {last} wait for each other in a circle, so none of them can start: {chain}, which waits for task {first}. Remove one of these from “Waits for”.",
                    rest.join(", ")
                ));
            }
            [] => {}
        }
    }
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
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
