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
