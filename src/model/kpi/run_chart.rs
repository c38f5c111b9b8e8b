//! Run charts with statistical process control limits (p-charts), in the style of NHS
//! England's "Making Data Count" (2019). Pure data: the chart code draws it.
//!
//! Records are grouped by the month (or calendar quarter) of their fracture date; each
//! period's KPI counts use the whole file's as-at date and windows, so recent periods have
//! pending records left out, exactly as in the headline KPI. Periods whose denominator is 0
//! have no proportion and are left out of the chart (they neither break nor extend a run).
//!
//! For points `i` with numerator `xᵢ` and denominator `nᵢ`:
//!
//! - proportion `pᵢ = xᵢ ÷ nᵢ`;
//! - centre line `p̄ = Σxᵢ ÷ Σnᵢ`;
//! - limits `p̄ ± 3·√(p̄(1 − p̄) ÷ nᵢ)`, clamped to [0, 1] (they vary with `nᵢ`).
//!
//! Special-cause rules (each point carries its flags):
//!
//! - **Outside the limits**: `pᵢ > upper` or `pᵢ < lower` (a point exactly on a limit is
//!   inside).
//! - **Shift**: a run of 7 or more consecutive points all strictly above, or all strictly
//!   below, the centre line; every point of the run is flagged. A point exactly on the centre
//!   line ends a run.
//! - **Trend**: 6 or more consecutive points each strictly higher (or each strictly lower)
//!   than the one before, i.e. 5 or more rises (falls) in a row; every point of the run is
//!   flagged. Two equal points in a row end a run. A peak or trough can belong to a rising
//!   and a falling trend at once.
//!
//! Comparisons with the centre line and between points are made exactly, in integers
//! (`xᵢ·Σn` against `Σx·nᵢ`), so a point equal to the centre line is never misplaced by
//! rounding.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{as_at_date, Date, Kpi, KpiCounts, KpiSettings, KpiTally, PatientRecord};

/// Months or calendar quarters.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodLength {
    Month,
    Quarter,
}

/// A calendar month or quarter. Serialised as `"2024-01"` or `"2024-Q1"`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Period {
    pub year: i32,
    /// Month 1–12, or quarter 1–4.
    pub number: u8,
    pub length: PeriodLength,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Period {
    /// The period containing `date`.
    pub fn of(date: Date, length: PeriodLength) -> Period {
        let (year, month, _) = date.year_month_day();
        let number = match length {
            PeriodLength::Month => month,
            PeriodLength::Quarter => (month - 1) / 3 + 1,
        } as u8;
        Period {
            year,
            number,
            length,
        }
    }

    /// The period after this one.
    pub fn next(self) -> Period {
        let last = match self.length {
            PeriodLength::Month => 12,
            PeriodLength::Quarter => 4,
        };
        if self.number == last {
            Period {
                year: self.year + 1,
                number: 1,
                ..self
            }
        } else {
            Period {
                number: self.number + 1,
                ..self
            }
        }
    }

    /// `Jan 2024`, or `Jan–Mar 2024` for a quarter.
    pub fn label(self) -> String {
        let n = usize::from(self.number);
        match self.length {
            PeriodLength::Month => format!("{} {}", MONTHS[n - 1], self.year),
            PeriodLength::Quarter => {
                format!("{}–{} {}", MONTHS[3 * n - 3], MONTHS[3 * n - 1], self.year)
            }
        }
    }

    /// `2024-01`, or `2024-Q1` for a quarter (sorts in time order).
    pub fn key(self) -> String {
        self.to_string()
    }

    /// Reads a [`Period::key`].
    pub fn parse_key(text: &str) -> Option<Period> {
        let (year, rest) = text.split_once('-')?;
        let year: i32 = year.parse().ok()?;
        let (length, number) = match rest.strip_prefix('Q') {
            Some(q) => (
                PeriodLength::Quarter,
                q.parse::<u8>().ok().filter(|q| (1..=4).contains(q))?,
            ),
            None if rest.len() == 2 => (
                PeriodLength::Month,
                rest.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?,
            ),
            None => return None,
        };
        Some(Period {
            year,
            number,
            length,
        })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.length {
            PeriodLength::Month => write!(f, "{:04}-{:02}", self.year, self.number),
            PeriodLength::Quarter => write!(f, "{:04}-Q{}", self.year, self.number),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Period::parse_key(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a period (2024-01 or 2024-Q1)"))
        })
    }
}

/// Which side of the centre line.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Above,
    Below,
}

/// Which way a trend runs.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Increasing,
    Decreasing,
}

/// One period of a p-chart.
#[derive(Clone, Copy, PartialEq, Debug, Serialize, Deserialize)]
pub struct ChartPoint {
    pub period: Period,
    pub numerator: u64,
    pub denominator: u64,
    pub pending: u64,
    /// `numerator ÷ denominator`, 0–1.
    pub proportion: f64,
    pub lower_limit: f64,
    pub upper_limit: f64,
    /// Special cause: outside the limits, and on which side.
    pub outside_limits: Option<Side>,
    /// Special cause: part of a run of 7 or more on one side of the centre line.
    pub shift: Option<Side>,
    /// Special cause: part of 6 or more consecutive rising points.
    pub increasing_trend: bool,
    /// Special cause: part of 6 or more consecutive falling points.
    pub decreasing_trend: bool,
}

impl ChartPoint {
    /// Whether any special-cause rule flags this point.
    pub fn is_special_cause(&self) -> bool {
        self.outside_limits.is_some()
            || self.shift.is_some()
            || self.increasing_trend
            || self.decreasing_trend
    }
}

/// A p-chart for one KPI.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct RunChart {
    pub kpi: Kpi,
    pub length: PeriodLength,
    /// `p̄ = Σ numerators ÷ Σ denominators`, 0–1.
    pub centre_line: f64,
    /// Periods with a denominator above 0, in time order.
    pub points: Vec<ChartPoint>,
}

/// Why a KPI has no run chart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RunChartError {
    /// KPI 2's denominator is an expected caseload, not a count of records, so it is not a
    /// proportion.
    NotAProportion,
    /// No period has a record in the denominator.
    NoData,
}

impl fmt::Display for RunChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RunChartError::NotAProportion => {
                "KPI 2 compares records with an expected caseload rather than a share of records, \
                 so it has no p-chart; see the monthly counts instead."
            }
            RunChartError::NoData => {
                "No period has records in this KPI's denominator yet (they may all be pending)."
            }
        })
    }
}

impl std::error::Error for RunChartError {}

/// KPI counts for every period from the first to the last fracture date (empty periods
/// included, in time order), as at the whole file's as-at date.
pub fn tallies_by_period(
    records: &[PatientRecord],
    settings: &KpiSettings,
    length: PeriodLength,
) -> Vec<(Period, KpiTally)> {
    let (Some(as_at), Some(first), Some(last)) = (
        as_at_date(records, settings),
        records.iter().map(|r| r.fracture_date).min(),
        records.iter().map(|r| r.fracture_date).max(),
    ) else {
        return Vec::new();
    };
    let mut periods = vec![Period::of(first, length)];
    let last = Period::of(last, length);
    while *periods.last().expect("not empty") < last {
        let next = periods.last().expect("not empty").next();
        periods.push(next);
    }
    let mut tallies = vec![KpiTally::default(); periods.len()];
    let first = periods[0];
    for record in records {
        let p = Period::of(record.fracture_date, length);
        let index = match length {
            PeriodLength::Month => {
                (p.year - first.year) * 12 + i32::from(p.number) - i32::from(first.number)
            }
            PeriodLength::Quarter => {
                (p.year - first.year) * 4 + i32::from(p.number) - i32::from(first.number)
            }
        } as usize;
        tallies[index].add(record, &settings.windows, as_at);
    }
    periods.into_iter().zip(tallies).collect()
}

/// The p-chart of `kpi` over `records` by `length` (see the module documentation).
pub fn run_chart(
    records: &[PatientRecord],
    settings: &KpiSettings,
    kpi: Kpi,
    length: PeriodLength,
) -> Result<RunChart, RunChartError> {
    let series: Vec<(Period, KpiCounts)> = tallies_by_period(records, settings, length)
        .into_iter()
        .map(|(period, tally)| (period, tally.get(kpi)))
        .collect();
    p_chart(kpi, length, &series)
}

/// P-charts for every KPI that has one (all but KPI 2, and only KPIs with data).
pub fn run_charts(
    records: &[PatientRecord],
    settings: &KpiSettings,
    length: PeriodLength,
) -> Vec<RunChart> {
    let tallies = tallies_by_period(records, settings, length);
    Kpi::ALL
        .into_iter()
        .filter_map(|kpi| {
            let series: Vec<(Period, KpiCounts)> =
                tallies.iter().map(|(p, t)| (*p, t.get(kpi))).collect();
            p_chart(kpi, length, &series).ok()
        })
        .collect()
}

/// A p-chart from counts per period (periods with denominator 0 are left out).
pub fn p_chart(
    kpi: Kpi,
    length: PeriodLength,
    series: &[(Period, KpiCounts)],
) -> Result<RunChart, RunChartError> {
    if !kpi.is_share_of_records() {
        return Err(RunChartError::NotAProportion);
    }
    let used: Vec<&(Period, KpiCounts)> =
        series.iter().filter(|(_, c)| c.denominator > 0).collect();
    let total_numerator: u64 = used.iter().map(|(_, c)| c.numerator).sum();
    let total_denominator: u64 = used.iter().map(|(_, c)| c.denominator).sum();
    if total_denominator == 0 {
        return Err(RunChartError::NoData);
    }
    let centre = total_numerator as f64 / total_denominator as f64;
    let fractions: Vec<(u64, u64)> = used
        .iter()
        .map(|(_, c)| (c.numerator, c.denominator))
        .collect();
    let shifts = shift_sides(&fractions, (total_numerator, total_denominator));
    let trends = trend_directions(&fractions);
    let points = used
        .iter()
        .zip(shifts)
        .zip(trends)
        .map(
            |((&&(period, c), shift), (increasing_trend, decreasing_trend))| {
                let proportion = c.numerator as f64 / c.denominator as f64;
                let sigma = (centre * (1.0 - centre) / c.denominator as f64).sqrt();
                let lower_limit = (centre - 3.0 * sigma).max(0.0);
                let upper_limit = (centre + 3.0 * sigma).min(1.0);
                let outside_limits = if proportion > upper_limit {
                    Some(Side::Above)
                } else if proportion < lower_limit {
                    Some(Side::Below)
                } else {
                    None
                };
                ChartPoint {
                    period,
                    numerator: c.numerator,
                    denominator: c.denominator,
                    pending: c.pending,
                    proportion,
                    lower_limit,
                    upper_limit,
                    outside_limits,
                    shift,
                    increasing_trend,
                    decreasing_trend,
                }
            },
        )
        .collect();
    Ok(RunChart {
        kpi,
        length,
        centre_line: centre,
        points,
    })
}

/// Points needed in a run on one side of the centre line to flag a shift.
pub const SHIFT_RUN: usize = 7;
/// Points needed in a rising or falling run to flag a trend.
pub const TREND_RUN: usize = 6;

/// Shift flags for fractions `(numerator, denominator)` (denominators above 0) against the
/// centre line `centre = (Σx, Σn)`: each point in a run of [`SHIFT_RUN`] or more
/// consecutive points strictly on one side gets that side; a point on the line ends a run.
pub fn shift_sides(points: &[(u64, u64)], centre: (u64, u64)) -> Vec<Option<Side>> {
    let side = |&(x, n): &(u64, u64)| {
        let left = u128::from(x) * u128::from(centre.1);
        let right = u128::from(centre.0) * u128::from(n);
        match left.cmp(&right) {
            std::cmp::Ordering::Greater => Some(Side::Above),
            std::cmp::Ordering::Less => Some(Side::Below),
            std::cmp::Ordering::Equal => None,
        }
    };
    let sides: Vec<Option<Side>> = points.iter().map(side).collect();
    let mut flags = vec![None; points.len()];
    let mut start = 0;
    while start < sides.len() {
        let mut end = start + 1;
        while end < sides.len() && sides[end] == sides[start] {
            end += 1;
        }
        if sides[start].is_some() && end - start >= SHIFT_RUN {
            flags[start..end].fill(sides[start]);
        }
        start = end;
    }
    flags
}

/// Trend flags `(increasing, decreasing)` for fractions `(numerator, denominator)`
/// (denominators above 0): each point in a run of [`TREND_RUN`] or more consecutive points,
/// each strictly above (below) the one before, is flagged; equal neighbours end a run.
pub fn trend_directions(points: &[(u64, u64)]) -> Vec<(bool, bool)> {
    // steps[i]: direction from point i to point i + 1.
    let steps: Vec<Option<Direction>> = points
        .windows(2)
        .map(|w| {
            let ((x0, n0), (x1, n1)) = (w[0], w[1]);
            match (u128::from(x1) * u128::from(n0)).cmp(&(u128::from(x0) * u128::from(n1))) {
                std::cmp::Ordering::Greater => Some(Direction::Increasing),
                std::cmp::Ordering::Less => Some(Direction::Decreasing),
                std::cmp::Ordering::Equal => None,
            }
        })
        .collect();
    let mut flags = vec![(false, false); points.len()];
    let mut start = 0;
    while start < steps.len() {
        let mut end = start + 1;
        while end < steps.len() && steps[end] == steps[start] {
            end += 1;
        }
        // Steps start..end join points start..=end: (end − start + 1) points.
        if let Some(direction) = steps[start] {
            if end - start + 1 >= TREND_RUN {
                for flag in &mut flags[start..=end] {
                    match direction {
                        Direction::Increasing => flag.0 = true,
                        Direction::Decreasing => flag.1 = true,
                    }
                }
            }
        }
        start = end;
    }
    flags
}
