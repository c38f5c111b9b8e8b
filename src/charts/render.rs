//! Drawing chart specs with plotters into SVG text (the page shows it; the PNG download
//! rasterises it in the browser). Drawing code is generic over the backend.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::spec::{AxisFormat, HorizontalBars, Lines, PChart, StackedBars, PALETTE};
use crate::model::format::{decimal, money, whole};

/// Chart size in pixels (the SVG scales to its container).
pub const WIDTH: u32 = 900;
pub const HEIGHT: u32 = 460;

fn colour(i: usize) -> RGBColor {
    let (r, g, b) = PALETTE[i % PALETTE.len()];
    RGBColor(r, g, b)
}

/// The label of the category at axis position `x` on a category axis (categories sit at
/// 0, 1, 2, …), showing every `step`-th one; blank between positions and beyond the ends.
fn category_label(labels: &[String], x: f64, step: usize) -> String {
    let i = x.round();
    let at_category = (x - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < labels.len();
    if at_category && (i as usize).is_multiple_of(step) { labels[i as usize].clone() } else { String::new() }
}

/// Axis numbers: whole numbers (or pounds) with separators, or one decimal when the axis is
/// short (so a small area's axis does not read 0 0 1 1 1).
fn axis_text(format: AxisFormat, value: f64, axis_max: f64) -> String {
    match format {
        AxisFormat::Whole if axis_max < 10.0 => decimal(value, 1),
        AxisFormat::Whole => whole(value),
        AxisFormat::Money => money(value),
    }
}

fn nice_max(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    max * 1.1
}

/// The legend box every chart uses, its text `size` pixels high.
fn draw_legend<'a, DB: DrawingBackend + 'a, CT: CoordTranslate>(chart: &mut ChartContext<'a, DB, CT>, position: SeriesLabelPosition, size: u32) -> DrawResult<(), DB> {
    chart
        .configure_series_labels()
        .position(position)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK.mix(0.3))
        .label_font(("sans-serif", size))
        .draw()
}

type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Draws stacked bars into `area`.
pub fn draw_stacked_bars<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, spec: &StackedBars) -> DrawResult<(), DB> {
    area.fill(&WHITE)?;
    let area = area.titled(&spec.title, ("sans-serif", 20))?;
    let y_max = nice_max(spec.max_stack());
    let n = spec.categories.len();
    let panels = area.split_evenly((1, spec.panels.len().max(1)));
    let last_panel = spec.panels.len().saturating_sub(1);
    for (p, (panel_area, (panel_title, series))) in panels.iter().zip(&spec.panels).enumerate() {
        let mut chart = ChartBuilder::on(panel_area)
            .caption(panel_title, ("sans-serif", 18))
            .margin(8)
            .x_label_area_size(44)
            .y_label_area_size(64)
            .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), 0f64..y_max)?;
        let categories = spec.categories.clone();
        chart
            .configure_mesh()
            .disable_x_mesh()
            .max_light_lines(0)
            .x_labels(n)
            .x_label_formatter(&move |x| category_label(&categories, *x, 1))
            .y_label_formatter(&|y| axis_text(AxisFormat::Whole, *y, y_max))
            .y_desc(&spec.y_label)
            .x_desc(&spec.x_label)
            .label_style(("sans-serif", 13))
            .axis_desc_style(("sans-serif", 14))
            .draw()?;
        let mut base = vec![0.0; n];
        for (s, one) in series.iter().enumerate() {
            let fill = colour(s).filled();
            let bars: Vec<Rectangle<(f64, f64)>> = one
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let bottom = base[i];
                    base[i] += v;
                    Rectangle::new([(i as f64 - 0.38, bottom), (i as f64 + 0.38, bottom + v)], fill)
                })
                .collect();
            chart
                .draw_series(bars)?
                .label(&one.name)
                .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], colour(s).filled()));
        }
        // One legend, in the last panel's top right corner, where the oldest bands' bars are
        // lowest; a single panel of years (which grow as cohorts add up) has it top left.
        if p == last_panel {
            let position = if spec.panels.len() == 1 { SeriesLabelPosition::UpperLeft } else { SeriesLabelPosition::UpperRight };
            draw_legend(&mut chart, position, 14)?;
        }
    }
    area.present()
}

/// Draws lines with point markers into `area`.
pub fn draw_lines<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, spec: &Lines) -> DrawResult<(), DB> {
    area.fill(&WHITE)?;
    let (Some(first), Some(last)) = (spec.x.first().copied(), spec.x.last().copied()) else { return area.present() };
    // The top third stays clear for the legend.
    let y_top = nice_max(spec.max_value()) * 1.5;
    let mut chart = ChartBuilder::on(area)
        .caption(&spec.title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(if spec.y_format == AxisFormat::Money { 100 } else { 72 })
        // f64 years: plotters' integer key points overflow on u32 ranges. Headroom above for the legend.
        .build_cartesian_2d(first as f64 - 0.3..last.max(first + 1) as f64 + 0.3, 0f64..y_top)?;
    chart
        .configure_mesh()
        .x_labels(spec.x.len())
        .max_light_lines(0)
        .x_label_formatter(&|x| if (x - x.round()).abs() < 1e-6 { format!("{}", x.round()) } else { String::new() })
        .y_label_formatter(&|y| axis_text(spec.y_format, *y, y_top))
        .x_desc(&spec.x_label)
        .y_desc(&spec.y_label)
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .draw()?;
    for (s, series) in spec.series.iter().enumerate() {
        let points: Vec<(f64, f64)> = spec.x.iter().map(|x| *x as f64).zip(series.values.iter().copied()).collect();
        let style = colour(s).stroke_width(3);
        chart
            .draw_series(LineSeries::new(points.clone(), style))?
            .label(&series.name)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], colour(s).stroke_width(3)));
        chart.draw_series(points.into_iter().map(|p| Circle::new(p, 4, colour(s).filled())))?;
    }
    for marker in &spec.markers {
        let x = marker.x as f64;
        chart.draw_series(std::iter::once(PathElement::new(vec![(x, 0.0), (x, y_top * 0.78)], BLACK.stroke_width(2))))?;
        chart.draw_series(std::iter::once(Text::new(marker.label.clone(), (x, y_top * 0.8), ("sans-serif", 14).into_font().color(&BLACK))))?;
    }
    draw_legend(&mut chart, SeriesLabelPosition::UpperLeft, 14)?;
    area.present()
}

/// Draws horizontal bars (rows top to bottom) with a reference line into `area`.
pub fn draw_horizontal_bars<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, spec: &HorizontalBars) -> DrawResult<(), DB> {
    area.fill(&WHITE)?;
    let n = spec.rows.len().max(1);
    let (lo, hi) = spec.value_range();
    let (lo, hi) = if lo.is_finite() && hi.is_finite() { (lo.min(0.0), hi.max(0.0)) } else { (0.0, 1.0) };
    let pad = ((hi - lo) * 0.08).max(1.0);
    let mut chart = ChartBuilder::on(area)
        .caption(&spec.title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(290)
        .build_cartesian_2d(lo - pad..hi + pad, -0.5f64..(n as f64 - 0.5))?;
    // Row 0 at the top: y = n − 1 − row.
    let labels: Vec<String> = spec.rows.iter().map(|r| r.label.clone()).collect();
    let format = spec.x_format;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .max_light_lines(0)
        .y_labels(n)
        .y_label_formatter(&move |y| {
            let i = y.round();
            let row = n as f64 - 1.0 - i;
            if (y - i).abs() < 1e-6 && row >= 0.0 && (row as usize) < labels.len() { labels[row as usize].clone() } else { String::new() }
        })
        .x_label_formatter(&move |x| axis_text(format, *x, hi))
        .x_labels(6)
        .x_desc(&spec.x_label)
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .draw()?;
    for (s, name) in spec.legend.iter().enumerate() {
        let bars: Vec<Rectangle<(f64, f64)>> = spec
            .rows
            .iter()
            .enumerate()
            .flat_map(|(row, r)| {
                let y = n as f64 - 1.0 - row as f64;
                r.segments.iter().filter(move |seg| seg.2 == s).map(move |(a, b, _)| Rectangle::new([(a.min(*b), y - 0.32), (a.max(*b), y + 0.32)], colour(s).filled()))
            })
            .collect();
        chart.draw_series(bars)?.label(name).legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], colour(s).filled()));
    }
    if let Some((value, label)) = &spec.reference {
        chart
            .draw_series(std::iter::once(PathElement::new(vec![(*value, -0.5), (*value, n as f64 - 0.5)], BLACK.stroke_width(2))))?
            .label(label)
            .legend(|(x, y)| PathElement::new(vec![(x + 6, y - 7), (x + 6, y + 7)], BLACK.stroke_width(2)));
    }
    // One series needs no legend: the title names it.
    if spec.legend.len() < 2 {
        return area.present();
    }
    // Lower left: a tornado's bottom rows are its shortest bars, close to the reference line.
    draw_legend(&mut chart, SeriesLabelPosition::LowerLeft, 14)?;
    area.present()
}

/// A horizontal bar chart as SVG text.
pub fn horizontal_bars_svg(spec: &HorizontalBars) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_horizontal_bars(&root, spec).expect("drawing to a string cannot fail");
    }
    svg
}

/// Draws a p-chart into `area`: the KPI by period (line and dots), the centre line, upper and
/// lower 3-sigma limits as steps that change with each period's denominator, the target as
/// a dashed line, and special-cause points as larger orange diamonds. The key is a row above
/// the plot, so the percent axis ends at its top tick (at most 100%) and every tick is
/// labelled.
pub fn draw_p_chart<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, spec: &PChart) -> DrawResult<(), DB> {
    area.fill(&WHITE)?;
    let n = spec.points.len();
    if n == 0 {
        return area.present();
    }
    let area = area.titled(&spec.title, ("sans-serif", 20))?;
    let (key_area, plot_area) = area.split_vertically(34);
    let axis = p_chart_axis(spec);
    let mut chart = ChartBuilder::on(&plot_area)
        .margin(12)
        .margin_top(8)
        .x_label_area_size(52)
        .y_label_area_size(64)
        .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), axis)?;
    let labels: Vec<String> = spec.points.iter().map(|p| p.label.clone()).collect();
    // At most about 12 labels so they never overlap.
    let step = n.div_ceil(12).max(1);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .x_labels(n)
        .x_label_formatter(&move |x| category_label(&labels, *x, step))
        .y_label_formatter(&|y| format!("{y:.0}%"))
        .x_desc(&spec.x_label)
        .y_desc("Percent")
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .draw()?;
    let grey = RGBColor(110, 110, 110);
    let limit_style = grey.stroke_width(1);
    let steps = |value: fn(&super::spec::PChartPoint) -> f64| -> Vec<(f64, f64)> {
        spec.points.iter().enumerate().flat_map(|(i, p)| [(i as f64 - 0.5, value(p)), (i as f64 + 0.5, value(p))]).collect()
    };
    chart.draw_series(LineSeries::new(steps(|p| p.upper_percent), limit_style))?;
    chart.draw_series(LineSeries::new(steps(|p| p.lower_percent), limit_style))?;
    let centre = spec.centre_percent;
    chart.draw_series(LineSeries::new(vec![(-0.5, centre), (n as f64 - 0.5, centre)], BLACK.stroke_width(2)))?;
    let target = spec.target_percent;
    let green = colour(2);
    let dashes: Vec<PathElement<(f64, f64)>> = (0..n * 4)
        .step_by(2)
        .map(|k| {
            let x0 = -0.5 + k as f64 / 4.0;
            PathElement::new(vec![(x0, target), ((x0 + 0.25).min(n as f64 - 0.5), target)], green.stroke_width(2))
        })
        .collect();
    chart.draw_series(dashes)?;
    let blue = colour(0);
    let values: Vec<(f64, f64)> = spec.points.iter().enumerate().map(|(i, p)| (i as f64, p.percent)).collect();
    chart.draw_series(LineSeries::new(values.clone(), blue.stroke_width(2)))?;
    chart.draw_series(values.iter().zip(&spec.points).filter(|(_, p)| !p.special_cause).map(|(v, _)| Circle::new(*v, 4, blue.filled())))?;
    let orange = colour(5);
    chart.draw_series(values.iter().zip(&spec.points).filter(|(_, p)| p.special_cause).map(|(&(x, y), _)| {
        EmptyElement::at((x, y)) + Polygon::new(vec![(0, -8), (8, 0), (0, 8), (-8, 0)], orange.filled())
    }))?;

    // The key: one row of sample and words per series, centred above the plot.
    let font = ("sans-serif", 13).into_font().color(&BLACK);
    let entries: [(&str, String); 5] = [
        ("limits", "3-sigma limits".to_string()),
        ("centre", format!("Centre line {centre:.1}%")),
        ("target", format!("Target {target:.0}%")),
        ("kpi", "KPI this period".to_string()),
        ("special", "Special cause".to_string()),
    ];
    let (sample, gap, between) = (18, 6, 22);
    let widths: Vec<i32> = entries.iter().map(|(_, text)| key_area.estimate_text_size(text, &font).map_or(7 * text.len() as i32, |(w, _)| w as i32)).collect();
    let total: i32 = widths.iter().map(|w| sample + gap + w).sum::<i32>() + between * (entries.len() as i32 - 1);
    let (key_width, key_height) = key_area.dim_in_pixel();
    let y = key_height as i32 / 2;
    let mut x = ((key_width as i32 - total) / 2).max(0);
    for ((kind, text), width) in entries.iter().zip(widths) {
        let line = |style: ShapeStyle| PathElement::new(vec![(x, y), (x + sample, y)], style);
        match *kind {
            "limits" => key_area.draw(&line(grey.stroke_width(1)))?,
            "centre" => key_area.draw(&line(BLACK.stroke_width(2)))?,
            "target" => {
                key_area.draw(&PathElement::new(vec![(x, y), (x + 7, y)], green.stroke_width(2)))?;
                key_area.draw(&PathElement::new(vec![(x + 11, y), (x + sample, y)], green.stroke_width(2)))?;
            }
            "kpi" => {
                key_area.draw(&line(blue.stroke_width(2)))?;
                key_area.draw(&Circle::new((x + sample / 2, y), 4, blue.filled()))?;
            }
            _ => key_area.draw(&Polygon::new(vec![(x + 9, y - 7), (x + 16, y), (x + 9, y + 7), (x + 2, y)], orange.filled()))?,
        }
        key_area.draw(&Text::new(text.clone(), (x + sample + gap, y), font.pos(Pos::new(HPos::Left, VPos::Center))))?;
        x += sample + gap + width + between;
    }
    area.present()
}

/// A p-chart's percent axis: from `low` to `high` with a labelled tick every `step` points.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PercentAxis {
    pub low: f64,
    pub high: f64,
    pub step: f64,
}

impl PercentAxis {
    /// The ticks, `low`, `low + step`, … `high`.
    pub fn ticks(&self) -> Vec<f64> {
        let count = ((self.high - self.low) / self.step).round() as usize;
        (0..=count).map(|i| self.low + i as f64 * self.step).collect()
    }
}

/// The axis as plotters coordinates: linear from `low` to `high`, its key points (ticks,
/// grid lines and labels) exactly [`PercentAxis::ticks`].
impl Ranged for PercentAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        // As plotters maps an f64 range.
        let share = (value - self.low) / (self.high - self.low);
        let length = f64::from(limit.1 - limit.0);
        if length >= 0.0 {
            limit.0 + (length * share + 1e-3).floor() as i32
        } else {
            limit.0 + (length * share - 1e-3).ceil() as i32
        }
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks()
        }
    }

    fn range(&self) -> Range<f64> {
        self.low..self.high
    }
}

/// The percent axis of a p-chart: from a little below the lowest of points, limits, centre
/// and target to a little above the highest, within 0–100%, so variation in a large file is
/// visible. Both ends are multiples of the tick step (5, 10, 20 or 25 points, the first that
/// gives at most 10 intervals), so the axis ends on a labelled tick and never passes 100%.
pub fn p_chart_axis(spec: &PChart) -> PercentAxis {
    let values = spec
        .points
        .iter()
        .flat_map(|p| [p.percent, p.lower_percent, p.upper_percent])
        .chain([spec.centre_percent, spec.target_percent])
        .filter(|v| v.is_finite());
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (lo, hi) = if lo.is_finite() { (lo.clamp(0.0, 100.0), hi.clamp(0.0, 100.0)) } else { (0.0, 100.0) };
    let pad = ((hi - lo) * 0.1).max(2.0);
    let (lo, hi) = (lo - pad, hi + pad);
    for step in [5.0, 10.0, 20.0, 25.0] {
        let low = ((lo / step).floor() * step).max(0.0);
        let high = ((hi / step).ceil() * step).min(100.0);
        if (high - low) / step <= 10.0 {
            return PercentAxis { low, high, step };
        }
    }
    PercentAxis { low: 0.0, high: 100.0, step: 25.0 }
}

/// A p-chart as SVG text.
pub fn p_chart_svg(spec: &PChart) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_p_chart(&root, spec).expect("drawing to a string cannot fail");
    }
    svg
}

/// A stacked bar chart as SVG text.
pub fn stacked_bars_svg(spec: &StackedBars) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_stacked_bars(&root, spec).expect("drawing to a string cannot fail");
    }
    svg
}

/// A line chart as SVG text.
pub fn lines_svg(spec: &Lines) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_lines(&root, spec).expect("drawing to a string cannot fail");
    }
    svg
}
