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
    assert!(problems.iter().any(|p| p.contains("task 9, which no longer exists")));
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
