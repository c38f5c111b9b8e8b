//! The business-case page's figures: headline results, the cash-flow, fractures-avoided and
//! tornado charts with their tables, who pays and who saves, and the scenario comparison.
//! Pure: built from model outputs, formatted for UK readers; the page only shows them.

use super::spec::{AxisFormat, BarRow, HorizontalBars, Lines, Marker, Series, StackedBars};
use super::table::Table;
use crate::model::business_case::{CostPerQaly, Outputs, Payer, Results, Tornado, YearResult};
use crate::model::format::{decimal, money, percent, whole};
use crate::model::fracture_site::FractureSite;

/// One headline figure: its stable `data-testid`, label, value and a note.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    pub testid: &'static str,
    pub label: &'static str,
    pub value: String,
    pub note: String,
}

/// Text of the break-even year: the model year, or "not within horizon".
pub fn break_even_text(results: &Results) -> String {
    results.break_even_year.map_or_else(|| "not within horizon".to_string(), |y| y.to_string())
}

fn roi_text(results: &Results) -> String {
    results.return_on_investment.map_or_else(|| "none (the service costs nothing extra)".into(), |r| percent(r * 100.0))
}

/// The headline results for the service running every year of the horizon (all cohorts).
pub fn headlines(outputs: &Outputs) -> Vec<Headline> {
    let s = &outputs.service;
    let years = outputs.horizon_years;
    let over = if years == 1 { "Over 1 year".to_string() } else { format!("Over {years} years") };
    let cost_per_qaly_note = match s.cost_per_qaly {
        CostPerQaly::Gbp(_) => "Net cost per QALY gained, both discounted; NICE's threshold is £20,000–£30,000".to_string(),
        CostPerQaly::CostSaving => "The service saves money and gains QALYs".to_string(),
        CostPerQaly::NotApplicable => "No QALYs are gained".to_string(),
    };
    vec![
        Headline {
            testid: "bc-fractures-avoided",
            label: "Fractures avoided",
            value: whole(s.fractures_avoided),
            note: format!("{over}, with a new group of patients each year"),
        },
        Headline { testid: "bc-hip-fractures-avoided", label: "Hip fractures avoided", value: whole(s.hip_fractures_avoided), note: format!("{} hospital bed days saved", whole(s.bed_days_saved)) },
        Headline {
            testid: "bc-fls-cost",
            label: "Extra cost of the service",
            value: money(s.fls_cost_gbp),
            note: "Staff, DXA scans, drugs and monitoring, over usual care".into(),
        },
        Headline { testid: "bc-gross-savings", label: "Savings from fractures avoided", value: money(s.gross_savings_gbp), note: "Hospital, community and social care".into() },
        Headline {
            testid: "bc-net-cost",
            label: if s.net_cost_gbp < 0.0 { "Net saving (shown as a negative net cost)" } else { "Net cost" },
            value: money(s.net_cost_gbp),
            note: format!("Cost minus savings; return on investment {}", roi_text(s)),
        },
        Headline { testid: "bc-qalys", label: "QALYs gained", value: decimal(s.qalys_gained, 1), note: "Quality-adjusted life years, discounted".into() },
        Headline { testid: "bc-cost-per-qaly", label: "Cost per QALY", value: s.cost_per_qaly.display(), note: cost_per_qaly_note },
        Headline {
            testid: "bc-break-even-year",
            label: "Break-even year",
            value: break_even_text(s),
            note: "The first year in which cumulative savings reach cumulative cost".into(),
        },
        Headline {
            testid: "bc-wte-required",
            label: "Staff needed (WTE)",
            value: decimal(outputs.wte_required, 1),
            note: format!("For {} new patients a year", whole(outputs.caseload.patients_per_year)),
        },
    ]
}

fn year_labels(years: &[YearResult]) -> Vec<String> {
    years.iter().map(|y| format!("Year {}", y.year)).collect()
}

fn csv_money(value: f64) -> String {
    format!("{value:.0}")
}

/// Cumulative cost and cumulative savings by year, with the break-even year marked.
pub fn cash_flow_chart(results: &Results, area_name: &str) -> Lines {
    Lines {
        title: format!("Cumulative cost and savings of the service — {area_name}"),
        x_label: "Year of the service".into(),
        y_label: "£ (cumulative)".into(),
        x: results.years.iter().map(|y| y.year as u32).collect(),
        series: vec![
            Series { name: "Cumulative cost of the service".into(), values: results.years.iter().map(|y| y.cumulative_cost_gbp).collect() },
            Series { name: "Cumulative savings".into(), values: results.years.iter().map(|y| y.cumulative_savings_gbp).collect() },
        ],
        y_format: AxisFormat::Money,
        markers: results.break_even_year.map(|y| Marker { x: y as u32, label: format!("Break-even in year {y}") }).into_iter().collect(),
    }
}

/// The cash flow year by year: cost, savings, net and the cumulative figures.
pub fn cash_flow_table(results: &Results, area_name: &str) -> Table {
    let headers = ["Year", "Cost of the service", "Savings", "Net cost", "Cumulative cost", "Cumulative savings", "Cumulative net cost"].map(String::from).to_vec();
    let values = |y: &YearResult| [y.fls_cost_gbp, y.gross_savings_gbp, y.net_cost_gbp, y.cumulative_cost_gbp, y.cumulative_savings_gbp, y.cumulative_net_cost_gbp];
    let rows = results.years.iter().map(|y| std::iter::once(y.year.to_string()).chain(values(y).into_iter().map(money)).collect()).collect();
    let csv_rows = results.years.iter().map(|y| std::iter::once(y.year.to_string()).chain(values(y).into_iter().map(csv_money)).collect()).collect();
    Table { caption: format!("Cash flow of the service by year, £ — {area_name} (break-even year: {})", break_even_text(results)), headers, rows, csv_rows }
}

/// Fractures avoided in each year of the service, stacked by site.
pub fn fractures_avoided_chart(results: &Results, area_name: &str) -> StackedBars {
    StackedBars {
        title: format!("Fractures avoided by site and year — {area_name}"),
        x_label: "Year of the service".into(),
        y_label: "Fractures avoided".into(),
        categories: year_labels(&results.years),
        panels: vec![(
            String::new(),
            FractureSite::ALL.iter().map(|site| Series { name: site.label().into(), values: results.years.iter().map(|y| y.fractures_avoided.get(*site)).collect() }).collect(),
        )],
    }
}

/// Fractures avoided by year (rows) and site (columns), with totals.
pub fn fractures_avoided_table(results: &Results, area_name: &str) -> Table {
    let mut headers = vec!["Year".to_string()];
    headers.extend(FractureSite::ALL.iter().map(|s| s.label().to_string()));
    headers.push("All sites".into());
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    let by_year = results.years.iter().map(|y| (y.year.to_string(), y.fractures_avoided));
    for (label, by_site) in by_year.chain(std::iter::once(("All years".to_string(), results.fractures_avoided_by_site))) {
        let values: Vec<f64> = FractureSite::ALL.iter().map(|s| by_site.get(*s)).chain(std::iter::once(by_site.total())).collect();
        rows.push(std::iter::once(label.clone()).chain(values.iter().map(|v| decimal(*v, 1))).collect());
        csv_rows.push(std::iter::once(label).chain(values.iter().map(|v| format!("{v:.2}"))).collect());
    }
    Table { caption: format!("Fractures avoided by the service by year and site — {area_name}"), headers, rows, csv_rows }
}

/// Who pays for the service and who saves from the fractures it avoids, over the horizon.
pub fn payer_table(results: &Results) -> Table {
    let headers = ["Organisation", "Pays for the service", "Saves from fractures avoided", "Net cost to them"].map(String::from).to_vec();
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    let lines = Payer::ALL.iter().map(|p| (p.label().to_string(), results.fls_cost_by_payer.get(*p), results.savings_by_payer.get(*p)));
    for (name, pays, saves) in lines.chain(std::iter::once(("All".to_string(), results.fls_cost_gbp, results.gross_savings_gbp))) {
        rows.push(vec![name.clone(), money(pays), money(saves), money(pays - saves)]);
        csv_rows.push(vec![name, csv_money(pays), csv_money(saves), csv_money(pays - saves)]);
    }
    Table { caption: "Who pays and who saves, over the whole horizon (negative net cost = a net saving)".into(), headers, rows, csv_rows }
}

/// The tornado: net cost with each input at its low and its high value, around the base case.
pub fn tornado_chart(tornado: &Tornado, area_name: &str) -> HorizontalBars {
    let base = tornado.base_net_cost_gbp;
    HorizontalBars {
        title: format!("What moves the net cost most — {area_name}"),
        x_label: "Net cost of the service over the horizon, £".into(),
        x_format: AxisFormat::Money,
        legend: vec!["Input at its low value".into(), "Input at its high value".into()],
        rows: tornado
            .bars
            .iter()
            .map(|b| BarRow { label: b.label.to_string(), segments: vec![(base, b.net_cost_at_low_gbp, 0), (base, b.net_cost_at_high_gbp, 1)] })
            .collect(),
        reference: Some((base, format!("Your inputs: {}", money(base)))),
    }
}

/// The tornado's numbers: each input's range and the net cost at each end.
pub fn tornado_table(tornado: &Tornado) -> Table {
    let headers = ["Input", "Low value", "High value", "Net cost at low", "Net cost at high", "Swing", "Why this range"].map(String::from).to_vec();
    let factor = |f: f64| format!("× {}", decimal(f, 2));
    let rows = tornado
        .bars
        .iter()
        .map(|b| vec![b.label.into(), factor(b.low_factor), factor(b.high_factor), money(b.net_cost_at_low_gbp), money(b.net_cost_at_high_gbp), money(b.swing_gbp), b.reason.into()])
        .collect();
    let csv_rows = tornado
        .bars
        .iter()
        .map(|b| vec![b.label.into(), b.low_factor.to_string(), b.high_factor.to_string(), csv_money(b.net_cost_at_low_gbp), csv_money(b.net_cost_at_high_gbp), csv_money(b.swing_gbp), b.reason.into()])
        .collect();
    Table {
        caption: format!("One-way sensitivity: net cost with each input at a low and a high value (your inputs give {})", money(tornado.base_net_cost_gbp)),
        headers,
        rows,
        csv_rows,
    }
}

/// One compared output: label, display text and the number behind it (for differences).
struct KeyOutput {
    label: &'static str,
    show: fn(f64) -> String,
    get: fn(&Outputs) -> Option<f64>,
}

fn one_decimal(v: f64) -> String {
    decimal(v, 1)
}

const KEY_OUTPUTS: &[KeyOutput] = &[
    KeyOutput { label: "Patients a year", show: whole, get: |o| Some(o.caseload.patients_per_year) },
    KeyOutput { label: "Fractures avoided", show: whole, get: |o| Some(o.service.fractures_avoided) },
    KeyOutput { label: "Hip fractures avoided", show: whole, get: |o| Some(o.service.hip_fractures_avoided) },
    KeyOutput { label: "Bed days saved", show: whole, get: |o| Some(o.service.bed_days_saved) },
    KeyOutput { label: "Extra cost of the service", show: money, get: |o| Some(o.service.fls_cost_gbp) },
    KeyOutput { label: "Savings", show: money, get: |o| Some(o.service.gross_savings_gbp) },
    KeyOutput { label: "Net cost", show: money, get: |o| Some(o.service.net_cost_gbp) },
    KeyOutput { label: "QALYs gained", show: one_decimal, get: |o| Some(o.service.qalys_gained) },
    KeyOutput { label: "Cost per fracture avoided", show: money, get: |o| o.service.cost_per_fracture_avoided_gbp },
    KeyOutput { label: "Staff needed (WTE)", show: one_decimal, get: |o| Some(o.wte_required) },
];

/// Key outputs of named scenarios side by side, with each scenario's difference from the
/// first. Cost per QALY and break-even year are shown as text (they have no difference).
pub fn comparison_table(scenarios: &[(String, Outputs)]) -> Table {
    let Some((first_name, _)) = scenarios.first() else {
        return Table { caption: "No scenarios chosen".into(), headers: vec!["Output".into()], rows: Vec::new(), csv_rows: Vec::new() };
    };
    let mut headers = vec!["Output".to_string()];
    headers.extend(scenarios.iter().map(|(name, _)| name.clone()));
    headers.extend(scenarios.iter().skip(1).map(|(name, _)| format!("{name} minus {first_name}")));
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for key in KEY_OUTPUTS {
        let values: Vec<Option<f64>> = scenarios.iter().map(|(_, o)| (key.get)(o)).collect();
        let shown = |v: &Option<f64>| v.map_or_else(|| "n/a".to_string(), key.show);
        let plain = |v: &Option<f64>| v.map_or_else(|| "n/a".to_string(), |v| format!("{v:.2}"));
        let differences: Vec<Option<f64>> = values.iter().skip(1).map(|v| Some(v.as_ref()? - values[0]?)).collect();
        // A rise reads "+£1,234"; a difference that rounds to nothing has no sign.
        let signed = |d: &Option<f64>| {
            let text = shown(d);
            let rounds_to_nothing = !text.chars().any(|c| c.is_ascii_digit() && c != '0');
            if d.is_some_and(|d| d > 0.0) && !rounds_to_nothing { format!("+{text}") } else { text }
        };
        rows.push(std::iter::once(key.label.to_string()).chain(values.iter().map(shown)).chain(differences.iter().map(signed)).collect());
        csv_rows.push(std::iter::once(key.label.to_string()).chain(values.iter().map(plain)).chain(differences.iter().map(plain)).collect());
    }
    type TextRow = (&'static str, fn(&Outputs) -> String);
    let text_rows: [TextRow; 2] = [("Cost per QALY", |o| o.service.cost_per_qaly.display()), ("Break-even year", |o| break_even_text(&o.service))];
    for (label, text) in text_rows {
        let row: Vec<String> = std::iter::once(label.to_string())
            .chain(scenarios.iter().map(|(_, o)| text(o)))
            .chain(scenarios.iter().skip(1).map(|_| "—".to_string()))
            .collect();
        csv_rows.push(row.iter().map(|c| if c == "—" { String::new() } else { c.replace(['£', ','], "") }).collect());
        rows.push(row);
    }
    Table { caption: format!("Scenarios side by side, service running every year of the horizon; differences are from “{first_name}”"), headers, rows, csv_rows }
}

/// Net cost of each scenario as a bar (negative = net saving).
pub fn comparison_chart(scenarios: &[(String, Outputs)]) -> HorizontalBars {
    HorizontalBars {
        title: "Net cost of each scenario (negative = net saving)".into(),
        x_label: "Net cost over the horizon, £".into(),
        x_format: AxisFormat::Money,
        legend: vec!["Net cost".into()],
        rows: scenarios.iter().map(|(name, o)| BarRow { label: name.clone(), segments: vec![(0.0, o.service.net_cost_gbp, 0)] }).collect(),
        reference: Some((0.0, "No net cost".into())),
    }
}
