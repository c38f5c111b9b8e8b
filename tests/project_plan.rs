//! The project plan: dates, overdue tasks, problems with dates and dependencies, the starter
//! plan, and the Gantt chart with its table.

use fls_toolkit::charts::project::{gantt_rows, gantt_svg, plan_table};
use fls_toolkit::model::project::plan::*;
use fls_toolkit::model::project::Status;

#[test]
fn iso_dates_convert_to_day_numbers_and_back() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("2000-03-01"), Some(11_017));
    assert_eq!(day_number("2024-02-29").map(|d| d - day_number("2024-02-28").unwrap()), Some(1));
    assert_eq!(day_number("2026-13-01"), None);
    assert_eq!(day_number(""), None);
    for day in [-1000, 0, 11_017, 20_000, 20_424] {
        assert_eq!(day_number(&iso_date(day)), Some(day));
    }
    assert_eq!(iso_date(day_number("2026-12-03").unwrap() + 30), "2027-01-02");
}

#[test]
fn a_task_is_overdue_only_when_not_done_and_past_its_due_date() {
    let t = Task { id: 1, due: "2026-12-01".into(), ..Default::default() };
    assert!(t.is_overdue("2026-12-02"));
    assert!(!t.is_overdue("2026-12-01"));
    assert!(!Task { status: Status::Done, ..t.clone() }.is_overdue("2027-01-01"));
    assert!(!Task { due: String::new(), ..t }.is_overdue("2027-01-01"));
}

#[test]
fn problems_with_dates_and_dependencies_are_named() {
    let tasks = vec![
        Task { id: 1, name: "Team".into(), start: "2026-01-10".into(), due: "2026-01-05".into(), ..Default::default() },
        Task { id: 2, name: "PID".into(), start: "2026-01-01".into(), due: "2026-02-01".into(), depends_on: vec![1, 9], ..Default::default() },
    ];
    let problems = plan_problems(&tasks);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("Team: the due date is before the start date"));
    assert!(problems.iter().any(|p| p.contains("PID starts before “Team”")));
    assert!(problems.iter().any(|p| p == "PID waits for task 9, but there is no task 9."), "{problems:?}");
}

fn named(id: u32, depends_on: Vec<u32>) -> Task {
    Task { id, name: format!("T{id}"), depends_on, ..Default::default() }
}

#[test]
fn tasks_that_wait_for_each_other_in_a_circle_are_called_circular_and_named() {
    // 1 ⇄ 2; 3 → 4 → 5 → 3; 6 waits for itself; 7 waits for 1 (outside any circle).
    let tasks = vec![named(1, vec![2]), named(2, vec![1]), named(3, vec![4]), named(4, vec![5]), named(5, vec![3]), named(6, vec![6]), named(7, vec![1])];
    assert_eq!(circular_waits(&tasks), vec![vec![1, 2], vec![3, 4, 5], vec![6]]);
    let problems = plan_problems(&tasks);
    let circular: Vec<&String> = problems.iter().filter(|p| p.contains("in a circle")).collect();
    assert_eq!(circular.len(), 2, "{problems:?}");
    assert_eq!(circular[0], "Tasks 1 and 2 wait for each other in a circle, so none of them can start: task 1 (“T1”) waits for task 2 (“T2”), which waits for task 1. Remove one of these from “Waits for”.");
    assert_eq!(circular[1], "Tasks 3, 4 and 5 wait for each other in a circle, so none of them can start: task 3 (“T3”) waits for task 4 (“T4”), which waits for task 5 (“T5”), which waits for task 3. Remove one of these from “Waits for”.");
    assert!(problems.iter().any(|p| p == "Task 6 (“T6”) waits for itself, so it can never start. Remove 6 from its “Waits for”."), "{problems:?}");
    // A circle is found wherever the list starts, and named once.
    let rotated = vec![named(5, vec![3]), named(4, vec![5]), named(3, vec![4])];
    assert_eq!(circular_waits(&rotated), vec![vec![3, 4, 5]]);
    // Waiting in a line, or two tasks waiting for the same one, is not a circle.
    assert!(circular_waits(&[named(1, vec![]), named(2, vec![1]), named(3, vec![1, 2])]).is_empty());
    assert!(circular_waits(&starter_plan("2026-12-03")).is_empty());
}

#[test]
fn the_waits_for_field_reads_task_numbers_and_names_anything_else() {
    let read = WaitsFor::parse("1, 3,4 ,");
    assert_eq!((read.tasks.as_slice(), read.error()), (&[1, 3, 4][..], None));
    assert_eq!(WaitsFor::parse("  ").tasks, Vec::<u32>::new());
    assert_eq!(WaitsFor::parse("2, 2").tasks, vec![2], "a repeat is read once");
    let bad = WaitsFor::parse("abc");
    assert!(bad.tasks.is_empty());
    assert_eq!(bad.error().as_deref(), Some("“abc” is not a task number. Enter task numbers separated by commas, for example 1, 3."));
    let mixed = WaitsFor::parse("1, two, -3, 4.5");
    assert_eq!(mixed.tasks, vec![1], "the numbers that can be read are kept");
    assert_eq!(mixed.error().as_deref(), Some("“two”, “-3” and “4.5” are not task numbers. Enter task numbers separated by commas, for example 1, 3."));
    assert_eq!(WaitsFor::parse("1 2").error().as_deref(), Some("“1 2” is not a task number. Enter task numbers separated by commas, for example 1, 3."));
}

#[test]
fn the_waits_for_field_keeps_what_was_typed_until_the_plan_changes_another_way() {
    let task = Task { id: 3, name: "PID".into(), depends_on: vec![1], ..Default::default() };
    // Nothing typed: the saved waits.
    assert_eq!(waits_for_text(&Task { depends_on: vec![1, 2], ..task.clone() }, None), "1, 2");
    // Typing "1," (the saved waits are still [1]) keeps the comma; "1, abc" keeps the wrong part to correct.
    assert_eq!(waits_for_text(&task, Some("1,")), "1,");
    assert_eq!(waits_for_text(&task, Some("1, abc")), "1, abc");
    assert_eq!(waits_for_error(&task, Some("1, abc")).as_deref(), Some("“abc” is not a task number. Enter task numbers separated by commas, for example 1, 3."));
    assert_eq!(waits_for_error(&task, Some("1,")), None);
    // The starter plan replaced the task's waits: what was typed no longer applies.
    assert_eq!(waits_for_text(&task, Some("abc")), "1");
    assert_eq!(waits_for_error(&task, Some("abc")), None);
    let typed = std::collections::BTreeMap::from([(3, "1, abc".to_string()), (4, "2".to_string())]);
    let tasks = vec![task, Task { id: 4, depends_on: vec![2], ..Default::default() }];
    assert_eq!(
        waits_for_problems(&tasks, &typed),
        vec!["Task 3 (“PID”), “Waits for”: “abc” is not a task number. Enter task numbers separated by commas, for example 1, 3.".to_string()]
    );
}

#[test]
fn the_starter_plan_runs_through_all_six_phases_in_order_without_problems() {
    let plan = starter_plan("2026-12-03");
    assert_eq!(plan.len(), 14);
    assert_eq!(plan[0].start, "2026-12-03");
    let phases: Vec<u8> = plan.iter().map(|t| t.phase).collect();
    assert!(phases.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!((phases[0], phases[13]), (1, 6));
    assert!(plan_problems(&plan).is_empty());
    assert!(plan.iter().all(|t| t.span().is_some() && t.status == Status::NotStarted));
    assert_eq!(starter_plan("not a date"), Vec::new());
}

#[test]
fn a_task_due_before_it_starts_is_still_drawn_and_named_in_the_checks() {
    let backwards = Task { id: 1, name: "Backwards".into(), start: "2026-03-10".into(), due: "2026-03-01".into(), ..Default::default() };
    let tasks = vec![backwards, Task { id: 2, name: "Fine".into(), start: "2026-03-01".into(), due: "2026-03-20".into(), ..Default::default() }];
    let rows = gantt_rows(&tasks, "2026-03-05");
    assert_eq!(rows.len(), 2, "the task due before its start is still a row");
    let start = day_number("2026-03-10").unwrap();
    assert_eq!(rows[0].1, (start, start), "drawn as a marker at its start");
    let (svg, height) = gantt_svg(&tasks, "2026-03-05");
    assert!(svg.contains("Backwards (due before start)"), "the chart says why the bar has no length");
    assert_eq!(height, 200);
    assert_eq!(plan_problems(&tasks), vec!["Backwards: the due date is before the start date.".to_string()]);
}

#[test]
fn the_gantt_chart_marks_overdue_tasks_and_today() {
    let mut plan = starter_plan("2026-01-05");
    plan[1].status = Status::Done;
    plan.push(Task { id: 99, name: "No dates yet".into(), ..Default::default() });
    // Due dates: 19/01 (task 1), 09/02 (task 2, done), 02/03 (task 3), 30/03 (task 4).
    let today = "2026-03-10";
    let rows = gantt_rows(&plan, today);
    assert_eq!(rows.len(), 14, "the task without dates is not drawn");
    let overdue: Vec<u32> = rows.iter().filter(|r| r.2).map(|r| r.0.id).collect();
    assert_eq!(overdue, vec![1, 3], "due before 10 March and not done");
    let (svg, height) = gantt_svg(&plan, today);
    assert!(svg.contains("Today") && svg.contains("(overdue)"));
    assert_eq!(height, 90 + 28 * 14);
    let table = plan_table(&plan, today);
    assert_eq!(table.rows.len(), 15);
    assert_eq!(table.rows[0][6], "Not started (overdue)");
    assert_eq!(table.rows[0][4], "05/01/2026");
}
