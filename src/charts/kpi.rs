//! The charts and tables of the KPI page, built from the KPI engine's results: the p-chart
//! of each KPI with its table, the KPI summary, breakdowns, worklist, rejected rows,
//! warnings, the columns of the file and the contract itself.
//!
//! Tables that could hold a million rows (worklist, rejected rows) show at most `limit`
//! rows; their CSV downloads come from the engine and hold every row.

use super::spec::{PChart, PChartPoint};
use super::table::Table;
use crate::data::sources::{national_kpi_result, NATIONAL_KPI_YEARS};
use crate::model::format::{count_noun, decimal, whole};
use crate::model::kpi::{
    accepted_spellings, Breakdown, BreakdownBy, ChartPoint, Column, Date, Denominator, Direction, Import, Kpi, KpiResult,
    KpiResults, PeriodLength, RagBand, RejectedRow, RunChart, Side, WarningKind, Windows, Worklist,
};

fn strings<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// Display and CSV rows that are the same text.
fn same(caption: String, headers: Vec<String>, rows: Vec<Vec<String>>) -> Table {
    Table { caption, headers, csv_rows: rows.clone(), rows }
}

fn period_word(length: PeriodLength) -> &'static str {
    match length {
        PeriodLength::Month => "Month",
        PeriodLength::Quarter => "Quarter",
    }
}

/// The p-chart of one KPI, in percent, with the contract's target (the green threshold).
pub fn run_chart_spec(chart: &RunChart) -> PChart {
    PChart {
        title: format!("KPI {} {} — by {} of fracture", chart.kpi.number(), chart.kpi.title(), period_word(chart.length).to_lowercase()),
        x_label: format!("{} of fracture date", period_word(chart.length)),
        centre_percent: chart.centre_line * 100.0,
        target_percent: RagBand::target_percent(chart.kpi),
        points: chart
            .points
            .iter()
            .map(|p| PChartPoint {
                label: p.period.label(),
                percent: p.proportion * 100.0,
                lower_percent: p.lower_limit * 100.0,
                upper_percent: p.upper_limit * 100.0,
                special_cause: p.is_special_cause(),
            })
            .collect(),
    }
}

/// Which special-cause rules flag a point, in words ("" when none).
pub fn special_cause_text(point: &ChartPoint) -> String {
    let mut causes = Vec::new();
    match point.outside_limits {
        Some(Side::Above) => causes.push("above the upper limit"),
        Some(Side::Below) => causes.push("below the lower limit"),
        None => {}
    }
    match point.shift {
        Some(Side::Above) => causes.push("run of 7+ above the centre line"),
        Some(Side::Below) => causes.push("run of 7+ below the centre line"),
        None => {}
    }
    for (flag, direction) in [(point.increasing_trend, Direction::Increasing), (point.decreasing_trend, Direction::Decreasing)] {
        if flag {
            causes.push(match direction {
                Direction::Increasing => "6+ rising in a row",
                Direction::Decreasing => "6+ falling in a row",
            });
        }
    }
    causes.join("; ")
}

/// The same numbers as the p-chart: one row per period.
pub fn run_chart_table(chart: &RunChart) -> Table {
    let headers = strings([period_word(chart.length), "Numerator", "Denominator", "Pending", "Percent", "Lower limit", "Centre line", "Upper limit", "Special cause"]);
    let centre = chart.centre_line * 100.0;
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for p in &chart.points {
        let cause = special_cause_text(p);
        rows.push(vec![
            p.period.label(),
            whole(p.numerator as f64),
            whole(p.denominator as f64),
            whole(p.pending as f64),
            format!("{}%", decimal(p.proportion * 100.0, 1)),
            format!("{}%", decimal(p.lower_limit * 100.0, 1)),
            format!("{}%", decimal(centre, 1)),
            format!("{}%", decimal(p.upper_limit * 100.0, 1)),
            if cause.is_empty() { "—".into() } else { cause.clone() },
        ]);
        csv_rows.push(vec![
            p.period.key(),
            p.numerator.to_string(),
            p.denominator.to_string(),
            p.pending.to_string(),
            format!("{:.3}", p.proportion * 100.0),
            format!("{:.3}", p.lower_limit * 100.0),
            format!("{:.3}", centre),
            format!("{:.3}", p.upper_limit * 100.0),
            cause,
        ]);
    }
    Table {
        caption: format!("KPI {} {} by {} of fracture: p-chart values (percent)", chart.kpi.number(), chart.kpi.title(), period_word(chart.length).to_lowercase()),
        headers,
        rows,
        csv_rows,
    }
}

/// A KPI's denominator as shown: a count, or KPI 2's expected caseload to one decimal.
pub fn denominator_text(result: &KpiResult) -> String {
    match result.denominator {
        Denominator::Records(d) => whole(d as f64),
        Denominator::ExpectedCaseload(Some(e)) => decimal(e, 1),
        Denominator::ExpectedCaseload(None) => "not set".into(),
    }
}

/// What was read: `"1 row read: 1 record counted, 0 rejected."`.
pub fn rows_read_text(import: &Import) -> String {
    let read = if import.rows_read == 1 { "row read" } else { "rows read" };
    let counted = if import.records.len() == 1 { "record counted" } else { "records counted" };
    format!(
        "{} {read}: {} {counted}, {} rejected.",
        whole(import.rows_read as f64),
        whole(import.records.len() as f64),
        whole(import.rejected.len() as f64)
    )
}

/// The fracture dates the records cover: `"01/02/2024 to 03/02/2024 (3 days)"`, "—" with no records.
pub fn fractures_covered_text(results: &KpiResults) -> String {
    match (results.first_fracture_date, results.last_fracture_date) {
        (Some(first), Some(last)) => format!("{} to {} ({})", first.uk(), last.uk(), count_noun(u64::from(results.days_covered), "day", "days")),
        _ => "—".into(),
    }
}

/// KPI 11's note: how many started records had adherence blank or unknown.
pub fn adherence_note(results: &KpiResults) -> String {
    let n = results.adherence_blank_or_unknown;
    let had = if n == 1 { "started record had" } else { "started records had" };
    format!("{} {had} adherence blank or unknown (counted as not adherent).", whole(n as f64))
}

/// How KPI 2 was worked out, from its result (`None` without an expected caseload or records):
/// `"KPI 2: 64 non-spine records ÷ (1,234.5 a year × 711 days ÷ 365.25 = 2,403.1 expected)."`.
pub fn kpi2_working_text(results: &KpiResults, expected_per_year: Option<f64>) -> Option<String> {
    let kpi2 = results.get(Kpi::NonSpineIdentification);
    let (Some(per_year), Denominator::ExpectedCaseload(Some(expected))) = (expected_per_year, kpi2.denominator) else { return None };
    (results.days_covered > 0).then(|| {
        format!(
            "KPI 2: {} ÷ ({} a year × {} ÷ 365.25 = {} expected).",
            count_noun(kpi2.numerator, "non-spine record", "non-spine records"),
            decimal(per_year, 1),
            count_noun(u64::from(results.days_covered), "day", "days"),
            decimal(expected, 1)
        )
    })
}

/// The label of a KPI's time-window field: `"Time window for KPI 5 (DXA within 90 days)"`.
pub fn window_label(kpi: Kpi) -> String {
    format!("Time window for KPI {} ({})", kpi.number(), kpi.title())
}

/// Words for a download's file name, as the other pages name theirs (area first, then what
/// the file holds), with the as-at date (ISO, so names sort by date):
/// `"Leeds FLS KPIs as at 2026-01-23"` (the page makes it `leeds-fls-kpis-as-at-2026-01-23.csv`).
pub fn kpi_file_words(area_name: &str, what: &str, as_at: Option<Date>) -> String {
    let mut words = format!("{} {what}", area_name.trim());
    if let Some(as_at) = as_at {
        words.push_str(&format!(" as at {}", as_at.iso()));
    }
    words.trim().to_string()
}

/// The band as a word ("—" when the KPI is n/a).
pub fn band_text(result: &KpiResult) -> &'static str {
    result.band.map_or("—", RagBand::label)
}

/// The national result of a KPI in a year as text ("not published" when there is none).
pub fn national_text(year: u16, kpi: Kpi) -> String {
    national_kpi_result(year, kpi.number()).map_or_else(|| "not published".into(), |p| format!("{}%", decimal(p, 1)))
}

/// All 11 KPIs beside the national results.
pub fn kpi_summary_table(results: &KpiResults) -> Table {
    let mut headers = strings(["KPI", "Result", "Numerator", "Denominator", "Pending", "Band"]);
    headers.extend(NATIONAL_KPI_YEARS.iter().map(|y| format!("National {y} (FLS-DB)")));
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for r in &results.kpis {
        let mut row = vec![r.kpi.to_string(), r.percent_text(), whole(r.numerator as f64), denominator_text(r), whole(r.pending as f64), band_text(r).into()];
        row.extend(NATIONAL_KPI_YEARS.iter().map(|y| national_text(*y, r.kpi)));
        rows.push(row);
        let mut csv = vec![
            r.kpi.to_string(),
            r.percent.map_or(String::new(), |p| format!("{p:.1}")),
            r.numerator.to_string(),
            match r.denominator {
                Denominator::Records(d) => d.to_string(),
                Denominator::ExpectedCaseload(e) => e.map_or(String::new(), |e| format!("{e:.1}")),
            },
            r.pending.to_string(),
            r.band.map_or(String::new(), |b| b.label().into()),
        ];
        csv.extend(NATIONAL_KPI_YEARS.iter().map(|y| national_kpi_result(*y, r.kpi.number()).map_or(String::new(), |p| format!("{p:.1}"))));
        csv_rows.push(csv);
    }
    let as_at = results.as_at.map_or("no date".into(), |d| d.uk());
    Table { caption: format!("The 11 FLS KPIs as at {as_at}, with the national results"), headers, rows, csv_rows }
}

fn breakdown_word(by: BreakdownBy) -> &'static str {
    match by {
        BreakdownBy::Sex => "Sex",
        BreakdownBy::AgeBand => "Age band",
        BreakdownBy::FractureSite => "Fracture site",
    }
}

/// Every KPI for every group, one row per group and KPI.
pub fn breakdown_table(breakdown: &Breakdown) -> Table {
    let word = breakdown_word(breakdown.by);
    let headers = strings([word, "KPI", "Result", "Numerator", "Denominator", "Pending", "Band"]);
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for group in &breakdown.groups {
        for r in &group.results.kpis {
            rows.push(vec![
                group.group.label().to_string(),
                r.kpi.to_string(),
                r.percent_text(),
                whole(r.numerator as f64),
                denominator_text(r),
                whole(r.pending as f64),
                band_text(r).into(),
            ]);
            csv_rows.push(vec![
                group.group.label().to_string(),
                r.kpi.to_string(),
                r.percent.map_or(String::new(), |p| format!("{p:.1}")),
                r.numerator.to_string(),
                match r.denominator {
                    Denominator::Records(d) => d.to_string(),
                    Denominator::ExpectedCaseload(_) => String::new(),
                },
                r.pending.to_string(),
                r.band.map_or(String::new(), |b| b.label().into()),
            ]);
        }
    }
    Table { caption: format!("Every KPI by {} (KPI 2 is for the whole area only)", word.to_lowercase()), headers, rows, csv_rows }
}

/// The first `limit` items of the worklist (the CSV download holds them all).
pub fn worklist_table(list: &Worklist, limit: usize) -> Table {
    let headers = strings(["Record id", "Action", "Fracture date", "Due date", "Status", "When"]);
    let rows = list
        .items
        .iter()
        .take(limit)
        .map(|i| vec![i.record_id.clone(), i.action.label().into(), i.fracture_date.uk(), i.due_date.uk(), i.status.label().into(), i.when_text()])
        .collect();
    let shown = if list.items.len() > limit { format!(" (the first {} of {})", whole(limit as f64), whole(list.items.len() as f64)) } else { String::new() };
    same(format!("Actions outstanding, the most overdue first{shown}"), headers, rows)
}

/// The first `limit` rejected rows (the CSV download holds them all).
pub fn rejected_table(rejected: &[RejectedRow], limit: usize) -> Table {
    let rows = rejected.iter().take(limit).map(|r| vec![r.line.to_string(), r.record_id.clone(), r.reason.to_string()]).collect();
    let shown = if rejected.len() > limit { format!(" (the first {} of {})", whole(limit as f64), whole(rejected.len() as f64)) } else { String::new() };
    same(format!("Rows left out of the KPIs{shown}"), strings(["Line", "record_id", "Reason"]), rows)
}

/// `text` cut to `max` characters with an ellipsis, so one huge cell cannot flood the page.
fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// Warnings by kind, each with its count and the first example (shortened).
pub fn warnings_table(import: &Import) -> Table {
    let rows = WarningKind::ALL
        .into_iter()
        .filter(|k| import.warning_counts.get(*k) > 0)
        .map(|kind| {
            let example = import.warnings.iter().find(|w| w.kind == kind).map(|w| shortened(&w.message(), 200)).unwrap_or_default();
            vec![kind.label().to_string(), import.warning_counts.get(kind).to_string(), example]
        })
        .collect();
    same("Warnings by kind: the value was treated as missing (dates before the fracture are kept)".into(), strings(["Kind", "Count", "First example"]), rows)
}

/// The file's columns: what each was read as, or why it was ignored.
pub fn columns_table(import: &Import) -> Table {
    let mut columns: Vec<(usize, Vec<String>)> = import
        .columns_recognised
        .iter()
        .map(|c| (c.position, vec![c.position.to_string(), c.header.clone(), format!("Used as {}", c.column.name())]))
        .collect();
    columns.extend(import.columns_ignored.iter().map(|c| {
        let why = match c.because {
            crate::model::kpi::IgnoredBecause::Unknown => "Ignored: not in the template".to_string(),
            crate::model::kpi::IgnoredBecause::Repeated => "Ignored: repeats an earlier column".to_string(),
        };
        (c.position, vec![c.position.to_string(), c.header.clone(), why])
    }));
    columns.sort_by_key(|(position, _)| *position);
    same("Columns in your file".into(), strings(["Position", "Header", "Read as"]), columns.into_iter().map(|(_, row)| row).collect())
}

/// The template: each column, whether it is required and the values it takes.
pub fn contract_columns_table() -> Table {
    let rows = Column::ALL
        .into_iter()
        .map(|c| {
            let required = if Column::REQUIRED.contains(&c) { "Yes" } else { "No" };
            let values = match c {
                Column::RecordId => "Any local pseudonymous id (never an NHS number)",
                _ => accepted_spellings(c),
            };
            vec![c.name().to_string(), required.to_string(), values.to_string()]
        })
        .collect();
    same("The patient-record template: one row per patient with an index fragility fracture".into(), strings(["Column", "Required", "Values"]), rows)
}

/// The KPI rules: numerator, denominator, window and bands.
pub fn contract_kpis_table(windows: &Windows) -> Table {
    let rows = Kpi::ALL
        .into_iter()
        .map(|k| {
            let window = k.window_days(windows).map_or("—".to_string(), |d| count_noun(u64::from(d), "day", "days"));
            vec![k.to_string(), k.numerator_text().into(), k.denominator_text().into(), window, RagBand::rule_text(k).into()]
        })
        .collect();
    same("The KPIs: numerators, denominators, time windows and bands".into(), strings(["KPI", "Numerator", "Denominator", "Window", "Bands"]), rows)
}
