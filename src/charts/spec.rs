//! Chart specifications: the numbers and labels of a chart, independent of drawing, so
//! the same spec gives the SVG, the table beside it and the CSV download.

/// Colours chosen to stay distinct for the common colour-vision deficiencies (Okabe–Ito).
pub const PALETTE: [(u8, u8, u8); 6] = [(0, 94, 184), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233), (213, 94, 0)];

/// A named series of values, one per category or x value.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// Bars stacked by series, in one or more side-by-side panels sharing the y axis
/// (e.g. panels Women and Men, categories age bands, series fracture sites).
#[derive(Clone, Debug, PartialEq)]
pub struct StackedBars {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub categories: Vec<String>,
    /// `(panel title, series)`; each series has one value per category.
    pub panels: Vec<(String, Vec<Series>)>,
}

impl StackedBars {
    /// The tallest stack over all panels (sets the shared y axis).
    pub fn max_stack(&self) -> f64 {
        self.panels
            .iter()
            .flat_map(|(_, series)| (0..self.categories.len()).map(move |i| series.iter().map(|s| s.values[i]).sum::<f64>()))
            .fold(0.0, f64::max)
    }
}

/// Lines over years (or any numeric x).
#[derive(Clone, Debug, PartialEq)]
pub struct Lines {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub x: Vec<u32>,
    pub series: Vec<Series>,
    /// Whole numbers or pounds on the y axis.
    pub y_format: AxisFormat,
    /// Vertical lines marking an x value, with a label (e.g. the break-even year).
    pub markers: Vec<Marker>,
}

/// How axis values read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisFormat {
    Whole,
    Money,
}

/// A labelled vertical line at one x value.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: u32,
    pub label: String,
}

/// Horizontal bars, each row made of segments between two values, around a reference line
/// (a tornado: for each input, the result at its low and high value around the base case).
#[derive(Clone, Debug, PartialEq)]
pub struct HorizontalBars {
    pub title: String,
    pub x_label: String,
    pub x_format: AxisFormat,
    /// Names of the series, for the legend (segment `series` indexes this list).
    pub legend: Vec<String>,
    /// Rows from top to bottom.
    pub rows: Vec<BarRow>,
    /// A vertical line (value, label), e.g. the base case or zero.
    pub reference: Option<(f64, String)>,
}

/// One row of horizontal bars.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub label: String,
    /// `(from, to, series)`.
    pub segments: Vec<(f64, f64, usize)>,
}

impl HorizontalBars {
    /// Smallest and largest values drawn (segments and the reference line).
    pub fn value_range(&self) -> (f64, f64) {
        let values = self.rows.iter().flat_map(|r| r.segments.iter().flat_map(|(a, b, _)| [*a, *b])).chain(self.reference.iter().map(|(v, _)| *v));
        values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
    }
}

impl Lines {
    pub fn max_value(&self) -> f64 {
        self.series.iter().flat_map(|s| s.values.iter().copied()).fold(0.0, f64::max)
    }
}

/// One period of a p-chart, in percent.
#[derive(Clone, Debug, PartialEq)]
pub struct PChartPoint {
    pub label: String,
    pub percent: f64,
    pub lower_percent: f64,
    pub upper_percent: f64,
    /// Flagged by a special-cause rule (drawn as a larger, differently shaped marker).
    pub special_cause: bool,
}

/// A statistical process control p-chart: points with limits that vary by period, a centre
/// line and a target line.
#[derive(Clone, Debug, PartialEq)]
pub struct PChart {
    pub title: String,
    pub x_label: String,
    pub centre_percent: f64,
    pub target_percent: f64,
    pub points: Vec<PChartPoint>,
}
