//! Charts and tables of the project workspace: the Stakeholder Reference Group's
//! interest/influence grid.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::render::{HEIGHT, WIDTH};
use super::spec::PALETTE;
use super::table::Table;
use crate::model::project::{Level, Stakeholder};

type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Where each stakeholder is drawn: the centre of their interest × influence cell (1–3 on
/// each axis), spread within the cell when several share it.
pub fn grid_positions(stakeholders: &[Stakeholder]) -> Vec<(f64, f64)> {
    stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let same: Vec<usize> = (0..stakeholders.len())
                .filter(|&j| stakeholders[j].interest == s.interest && stakeholders[j].influence == s.influence)
                .collect();
            let rank = same.iter().position(|&j| j == i).unwrap_or(0);
            let n = same.len();
            // Spread down the cell: at most ±0.35 from its centre.
            let offset = if n <= 1 { 0.0 } else { 0.35 - 0.7 * rank as f64 / (n - 1) as f64 };
            (s.interest.score() as f64, s.influence.score() as f64 + offset)
        })
        .collect()
}

/// Draws the interest (x) × influence (y) grid with the four engagement quadrants.
pub fn draw_stakeholder_grid<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, stakeholders: &[Stakeholder]) -> DrawResult<(), DB> {
    area.fill(&WHITE)?;
    let area = area.titled("Stakeholder Reference Group: interest and influence", ("sans-serif", 20))?;
    let mut chart = ChartBuilder::on(&area)
        .margin(12)
        .x_label_area_size(48)
        .y_label_area_size(80)
        .build_cartesian_2d(0.5f64..3.5f64, 0.5f64..3.5f64)?;
    let level = |v: &f64| {
        let i = v.round();
        if (v - i).abs() < 1e-6 && (1.0..=3.0).contains(&i) { Level::ALL[i as usize - 1].label().to_string() } else { String::new() }
    };
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(3)
        .y_labels(3)
        .x_label_formatter(&level)
        .y_label_formatter(&level)
        .x_desc("Interest")
        .y_desc("Influence")
        .label_style(("sans-serif", 14))
        .axis_desc_style(("sans-serif", 15))
        .draw()?;
    // Quadrant shading and names: medium and high count as high.
    let quadrants = [
        ((0.5, 1.5), (1.5, 3.5), "Keep satisfied", RGBColor(255, 244, 214)),
        ((1.5, 1.5), (3.5, 3.5), "Work closely", RGBColor(222, 235, 250)),
        ((0.5, 0.5), (1.5, 1.5), "Keep an eye on", RGBColor(240, 240, 240)),
        ((1.5, 0.5), (3.5, 1.5), "Keep informed", RGBColor(225, 243, 235)),
    ];
    for ((x0, y0), (x1, y1), name, fill) in quadrants {
        chart.draw_series(std::iter::once(Rectangle::new([(x0, y0), (x1, y1)], fill.filled())))?;
        chart.draw_series(std::iter::once(Text::new(name.to_string(), (x0 + 0.05, y1 - 0.08), ("sans-serif", 14).into_font().color(&RGBColor(80, 80, 80)))))?;
    }
    let (r, g, b) = PALETTE[0];
    let blue = RGBColor(r, g, b);
    for (s, (x, y)) in stakeholders.iter().zip(grid_positions(stakeholders)) {
        chart.draw_series(std::iter::once(Circle::new((x, y), 6, blue.filled())))?;
        let label = if s.name.trim().is_empty() { "(no name)".to_string() } else { s.name.clone() };
        chart.draw_series(std::iter::once(Text::new(label, (x + 0.06, y + 0.03), ("sans-serif", 13))))?;
    }
    Ok(())
}

/// The grid as SVG text.
pub fn stakeholder_grid_svg(stakeholders: &[Stakeholder]) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_stakeholder_grid(&root, stakeholders).expect("drawing to a string cannot fail");
    }
    svg
}

/// The same stakeholders as a table.
pub fn stakeholder_table(stakeholders: &[Stakeholder]) -> Table {
    let rows: Vec<Vec<String>> = stakeholders
        .iter()
        .map(|s| vec![s.name.clone(), s.organisation.clone(), s.interest.label().into(), s.influence.label().into(), s.engagement().into()])
        .collect();
    Table {
        caption: "Stakeholder Reference Group".into(),
        headers: ["Name", "Organisation or group", "Interest", "Influence", "How to engage"].map(String::from).to_vec(),
        csv_rows: rows.clone(),
        rows,
    }
}

/// The SVG of a document's figure, drawn from the same figures as the document (`None` when
/// the figures it needs are missing). Every chart is [`WIDTH`] × [`HEIGHT`] pixels.
pub fn document_figure_svg(id: crate::model::project::documents::FigureId, workspace: &crate::model::project::Workspace, figures: &crate::model::project::documents::ModelFigures) -> Option<String> {
    use super::business_case::{cash_flow_chart, fractures_avoided_chart};
    use super::figures::projection_chart;
    use super::render::{lines_svg, stacked_bars_svg};
    use crate::model::project::documents::FigureId;
    match id {
        FigureId::StakeholderGrid => (!workspace.stakeholders.is_empty()).then(|| stakeholder_grid_svg(&workspace.stakeholders)),
        FigureId::Projection => (!figures.projection.is_empty()).then(|| lines_svg(&projection_chart(figures.projection, figures.area_name))),
        FigureId::CashFlow => figures.business_case.map(|o| lines_svg(&cash_flow_chart(&o.service, figures.area_name))),
        FigureId::FracturesAvoided => figures.business_case.map(|o| stacked_bars_svg(&fractures_avoided_chart(&o.service, figures.area_name))),
    }
}

/// The tasks a Gantt chart draws — every task with a start and a due date — with the days
/// its bar covers and its overdue flag. A task due before it starts covers no days: it is
/// drawn as a marker at its start (and the plan checks say why).
pub fn gantt_rows<'a>(tasks: &'a [crate::model::project::plan::Task], today: &str) -> Vec<(&'a crate::model::project::plan::Task, (i64, i64), bool)> {
    tasks.iter().filter_map(|t| t.dates().map(|(start, due)| (t, (start, due.max(start)), t.is_overdue(today)))).collect()
}

fn short(name: &str, max: usize) -> String {
    if name.chars().count() <= max { name.to_string() } else { format!("{}…", name.chars().take(max - 1).collect::<String>()) }
}

/// Draws the plan as a Gantt chart: one bar per task from start to due date, done tasks in
/// green, overdue ones in red, and a line at today. A task due before it starts is an
/// outlined marker at its start, named "(due before start)".
pub fn draw_gantt<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, tasks: &[crate::model::project::plan::Task], today: &str) -> DrawResult<(), DB> {
    use crate::model::project::plan::{day_number, iso_date};
    use crate::model::project::{uk_date, Status};
    area.fill(&WHITE)?;
    let area = area.titled("Project plan", ("sans-serif", 20))?;
    let rows = gantt_rows(tasks, today);
    let today_day = day_number(today);
    let first = rows.iter().map(|(_, (s, _), _)| *s).chain(today_day).min().unwrap_or(0);
    let last = rows.iter().map(|(_, (_, d), _)| *d).chain(today_day).max().unwrap_or(first + 30).max(first + 7);
    let n = rows.len().max(1);
    let names: Vec<String> = rows
        .iter()
        .map(|(t, _, overdue)| {
            let backwards = if t.due_before_start() { " (due before start)" } else { "" };
            let late = if *overdue { " (overdue)" } else { "" };
            // 44 characters fit the label area; the name gives way to the notes.
            let room = (44 - backwards.chars().count() - late.chars().count()).min(34);
            format!("{}{backwards}{late}", short(if t.name.trim().is_empty() { "(no name)" } else { t.name.trim() }, room))
        })
        .collect();
    let mut chart = ChartBuilder::on(&area)
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(300)
        .build_cartesian_2d((first - 3) as f64..(last + 3) as f64, n as f64..0f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n * 2 + 1)
        .y_label_formatter(&|y| {
            let i = y - 0.5;
            let r = i.round();
            if (i - r).abs() < 1e-6 && r >= 0.0 && (r as usize) < names.len() { names[r as usize].clone() } else { String::new() }
        })
        .x_labels(8)
        .x_label_formatter(&|x| uk_date(&iso_date(x.round() as i64)))
        .label_style(("sans-serif", 12))
        .draw()?;
    for (i, (t, (s, d), overdue)) in rows.iter().enumerate() {
        let colour = if t.status == Status::Done {
            RGBColor(0, 158, 115)
        } else if *overdue {
            RGBColor(213, 94, 0)
        } else {
            let (r, g, b) = PALETTE[0];
            RGBColor(r, g, b)
        };
        let y = i as f64;
        let bar = [(*s as f64, y + 0.2), ((*d).max(*s + 1) as f64, y + 0.8)];
        if t.due_before_start() {
            // No length to draw: an outlined marker, so it is not mistaken for a one-day task.
            chart.draw_series(std::iter::once(Rectangle::new(bar, colour.stroke_width(2))))?;
        } else {
            chart.draw_series(std::iter::once(Rectangle::new(bar, colour.filled())))?;
        }
    }
    if let Some(t) = today_day {
        let red = RGBColor(200, 0, 0);
        chart.draw_series(std::iter::once(PathElement::new(vec![(t as f64, 0.0), (t as f64, n as f64)], red.stroke_width(2))))?;
        chart.draw_series(std::iter::once(Text::new("Today".to_string(), (t as f64 + 1.0, 0.05), ("sans-serif", 12).into_font().color(&red))))?;
    }
    Ok(())
}

/// The Gantt chart as SVG text; its height grows with the number of tasks.
pub fn gantt_svg(tasks: &[crate::model::project::plan::Task], today: &str) -> (String, u32) {
    let height = (90 + 28 * gantt_rows(tasks, today).len() as u32).max(200);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        draw_gantt(&root, tasks, today).expect("drawing to a string cannot fail");
    }
    (svg, height)
}

/// The plan as a table (the same tasks as the chart, and any without dates).
pub fn plan_table(tasks: &[crate::model::project::plan::Task], today: &str) -> Table {
    use crate::model::project::uk_date;
    let rows: Vec<Vec<String>> = tasks
        .iter()
        .map(|t| {
            let status = if t.is_overdue(today) { format!("{} (overdue)", t.status.label()) } else { t.status.label().to_string() };
            let deps = t.depends_on.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ");
            vec![t.id.to_string(), t.name.clone(), t.phase.to_string(), t.owner.clone(), uk_date(&t.start), uk_date(&t.due), status, deps]
        })
        .collect();
    Table {
        caption: "Project plan".into(),
        headers: ["Task", "Name", "Phase", "Owner", "Start", "Due", "Status", "Waits for tasks"].map(String::from).to_vec(),
        csv_rows: rows.clone(),
        rows,
    }
}
