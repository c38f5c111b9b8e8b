//! Host tests of what the business-case page shows: reading the saved form (edits, presets),
//! the headline texts and their stable ids, the charts and tables with their CSV and SVG,
//! and the scenario comparison — for Leeds with the default local-impact assumptions.

use std::collections::BTreeMap;

use fls_toolkit::charts::business_case::{
    cash_flow_chart, cash_flow_table, comparison_chart, comparison_table, fractures_avoided_chart, fractures_avoided_table, headlines, payer_table,
    tornado_chart, tornado_table,
};
use fls_toolkit::charts::render::{horizontal_bars_svg, lines_svg, stacked_bars_svg};
use fls_toolkit::data::areas::areas;
use fls_toolkit::data::defaults::impact_defaults;
use fls_toolkit::model::business_case::edits::{apply_edits, apply_preset, read_edits, set_edit, CASELOAD_MODE, TYPED};
use fls_toolkit::model::business_case::{self as bc, BySite, CaseloadMode, Inputs, ServicePreset};
use fls_toolkit::model::format::{decimal, money, whole};
use fls_toolkit::model::fracture_site::FractureSite;
use fls_toolkit::model::impact::local_impact;

fn leeds_base() -> Inputs {
    let leeds = areas().find("E08000035").unwrap();
    let impact = local_impact(&leeds.population, impact_defaults());
    Inputs::with_index_fractures(BySite::from_fn(|s| impact.fractures.site_total(s)))
}

fn edits(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn leeds_defaults_give_a_plausible_business_case() {
    let base = leeds_base();
    let (valid, errors) = read_edits(&base, &BTreeMap::new());
    assert!(errors.is_empty());
    let o = bc::run(&valid.unwrap());
    let s = &o.service;
    println!(
        "Leeds defaults (service, 5 years): index fractures {:.0}; patients {:.0}/yr; fractures avoided {:.1} (hip {:.1}); FLS cost {}; savings {}; net cost {}; QALYs {:.1}; cost per QALY {}; break-even {:?}; WTE {:.1}; bed days {:.0}",
        base.reach.index_fractures.total(), o.caseload.patients_per_year, s.fractures_avoided, s.hip_fractures_avoided, money(s.fls_cost_gbp),
        money(s.gross_savings_gbp), money(s.net_cost_gbp), s.qalys_gained, s.cost_per_qaly.display(), s.break_even_year, o.wte_required, s.bed_days_saved
    );
    // Leeds has about 300,000 people aged 50+: thousands of fragility fractures a year, so a
    // caseload in the thousands, a handful of nurses and hundreds of fractures avoided.
    assert!((1_500.0..6_000.0).contains(&o.caseload.patients_per_year), "{}", o.caseload.patients_per_year);
    assert!((100.0..1_000.0).contains(&s.fractures_avoided));
    assert!((3.0..30.0).contains(&o.wte_required));
    assert!((s.net_cost_gbp - (s.fls_cost_gbp - s.gross_savings_gbp)).abs() < 1e-6);
}

#[test]
fn edits_are_read_with_their_rules_and_invalid_text_keeps_the_default() {
    let base = leeds_base();
    let (inputs, errors) = apply_edits(&base, &edits(&[("dxa_scan_cost_gbp", "£1,200"), ("fls_dxa_pct", "85%"), ("nurse_salary_gbp", "lots"), ("unknown_id", "3")]));
    assert_eq!(inputs.service_costs.dxa_scan_gbp, 1_200.0);
    assert_eq!(inputs.pathway.fls_dxa_pct, 85.0);
    assert_eq!(inputs.staffing.nurse_salary_gbp, base.staffing.nurse_salary_gbp, "unreadable text keeps the default");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "nurse_salary_gbp");
    assert_eq!(errors[0].message, "Enter FLS nurse specialist salary (Agenda for Change band 7) as a number between £0 and £300,000");
    // Out of range: reported in the field's words, and the model still runs on the default.
    let (valid, errors) = read_edits(&base, &edits(&[("horizon_years", "12")]));
    assert_eq!(errors[0].message, "Enter years the business case looks ahead between 1 and 10");
    assert_eq!(valid.unwrap().horizon_years(), 5);
    let (valid, errors) = read_edits(&base, &edits(&[("horizon_years", "2.5")]));
    assert_eq!(errors[0].message, "Enter years the business case looks ahead as a whole number between 1 and 10");
    assert_eq!(valid.unwrap().horizon_years(), 5);
    // A rule across fields stops the model: no results rather than wrong ones.
    let (valid, errors) = read_edits(&base, &edits(&[("mix_alendronate_pct", "50")]));
    assert!(valid.is_none());
    assert_eq!(errors[0].field, "mix_alendronate_pct");
    assert!(errors[0].message.contains("add up to 100%"));
    // The typed caseload is used only when chosen.
    let typed = edits(&[(CASELOAD_MODE, TYPED), ("typed_caseload_per_year", "750")]);
    let (inputs, _) = apply_edits(&base, &typed);
    assert_eq!(inputs.reach.caseload_mode, CaseloadMode::Typed);
    let o = bc::run(&inputs.validate().unwrap());
    assert!((o.caseload.patients_per_year - 750.0).abs() < 1e-9);
}

#[test]
fn edits_equal_to_the_default_are_dropped_and_presets_set_their_inputs() {
    let mut e = BTreeMap::new();
    set_edit(&mut e, "horizon_years", "7".into(), &Inputs::default());
    set_edit(&mut e, "dxa_scan_cost_gbp", " 70 ".into(), &Inputs::default());
    assert_eq!(e, edits(&[("horizon_years", "7")]));
    apply_preset(&mut e, ServicePreset::Minimal, &Inputs::default());
    assert_eq!(e["non_spine_identification_pct"], "60");
    assert_eq!(e["horizon_years"], "7", "a preset leaves other inputs alone");
    let base = leeds_base();
    let minimal = bc::run(&read_edits(&base, &e).0.unwrap());
    apply_preset(&mut e, ServicePreset::Full, &Inputs::default());
    assert_eq!(e, edits(&[("horizon_years", "7")]), "the full service is the defaults");
    let full = bc::run(&read_edits(&base, &e).0.unwrap());
    assert!(full.service.fractures_avoided > minimal.service.fractures_avoided);
}

#[test]
fn headlines_have_the_stable_ids_and_uk_formats() {
    let o = bc::run(&leeds_base().validate().unwrap());
    let h = headlines(&o);
    let ids: Vec<&str> = h.iter().map(|h| h.testid).collect();
    assert_eq!(
        ids,
        ["bc-fractures-avoided", "bc-hip-fractures-avoided", "bc-fls-cost", "bc-gross-savings", "bc-net-cost", "bc-qalys", "bc-cost-per-qaly", "bc-break-even-year", "bc-wte-required"]
    );
    let value = |id: &str| h.iter().find(|h| h.testid == id).unwrap().value.clone();
    let s = &o.service;
    assert_eq!(value("bc-fractures-avoided"), whole(s.fractures_avoided));
    assert_eq!(value("bc-fls-cost"), money(s.fls_cost_gbp));
    assert_eq!(value("bc-net-cost"), money(s.fls_cost_gbp - s.gross_savings_gbp));
    assert_eq!(value("bc-qalys"), decimal(s.qalys_gained, 1));
    assert_eq!(value("bc-wte-required"), decimal(o.wte_required, 1));
    assert!(value("bc-fls-cost").starts_with('£') && value("bc-fls-cost").contains(','));
    let per_qaly = value("bc-cost-per-qaly");
    assert!(per_qaly == "cost saving" || per_qaly == "n/a" || per_qaly.starts_with('£'), "{per_qaly}");
    let break_even = value("bc-break-even-year");
    assert!(break_even == "not within horizon" || break_even.parse::<usize>().is_ok(), "{break_even}");
    // A net saving shows a leading minus.
    let mut cheap = leeds_base();
    cheap.set("hip_acute_cost_gbp", 200_000.0).unwrap();
    let o = bc::run(&cheap.validate().unwrap());
    assert!(headlines(&o)[4].value.starts_with("-£"));
    assert_eq!(headlines(&o)[6].value, "cost saving");
}

#[test]
fn cash_flow_and_fractures_avoided_figures_carry_the_same_numbers() {
    let mut inputs = leeds_base();
    inputs.set("hip_acute_cost_gbp", 60_000.0).unwrap();
    let o = bc::run(&inputs.validate().unwrap());
    let s = &o.service;
    let chart = cash_flow_chart(s, "Leeds");
    assert_eq!(chart.x, vec![1, 2, 3, 4, 5]);
    let close = |a: f64, b: f64| (a - b).abs() < 1e-6 * b.abs().max(1.0);
    assert!(close(*chart.series[0].values.last().unwrap(), s.fls_cost_gbp));
    assert!(close(*chart.series[1].values.last().unwrap(), s.gross_savings_gbp));
    let year = s.break_even_year.expect("dear hip fractures make the service break even");
    assert_eq!(chart.markers[0].x as usize, year);
    let table = cash_flow_table(s, "Leeds");
    assert_eq!(table.rows.len(), 5);
    assert!(table.caption.contains(&format!("break-even year: {year}")));
    let last = table.csv_rows.last().unwrap();
    assert_eq!(last[4], format!("{:.0}", s.years[4].cumulative_cost_gbp));
    assert!(close(s.years[4].cumulative_cost_gbp, s.fls_cost_gbp));
    assert!(lines_svg(&chart).contains("Break-even in year"));

    let bars = fractures_avoided_chart(s, "Leeds");
    let stacked: f64 = bars.panels[0].1.iter().flat_map(|series| series.values.iter()).sum();
    assert!((stacked - s.fractures_avoided).abs() < 1e-9);
    let table = fractures_avoided_table(s, "Leeds");
    assert_eq!(table.rows.len(), 6, "five years and the total");
    assert_eq!(table.rows[5][1], decimal(s.fractures_avoided_by_site.get(FractureSite::Hip), 1));
    assert!(table.to_csv().starts_with('\u{feff}'));
    assert!(stacked_bars_svg(&bars).starts_with("<svg"));

    let payers = payer_table(s);
    assert_eq!(payers.rows.len(), 5);
    assert_eq!(payers.rows[4], vec!["All".to_string(), money(s.fls_cost_gbp), money(s.gross_savings_gbp), money(s.net_cost_gbp)]);
}

#[test]
fn tornado_chart_ranks_inputs_and_renders() {
    let valid = leeds_base().validate().unwrap();
    let t = bc::one_way_sensitivity(&valid);
    let chart = tornado_chart(&t, "Leeds");
    assert_eq!(chart.rows.len(), t.bars.len());
    assert_eq!(chart.rows[0].label, t.bars[0].label, "largest swing at the top");
    assert_eq!(chart.reference.as_ref().unwrap().0, t.base_net_cost_gbp);
    let table = tornado_table(&t);
    assert_eq!(table.rows.len(), t.bars.len());
    assert_eq!(table.rows[0][5], money(t.bars[0].swing_gbp));
    let svg = horizontal_bars_svg(&chart);
    assert!(svg.starts_with("<svg") && svg.contains(t.bars[0].label));
}

#[test]
fn scenarios_compare_side_by_side_with_differences() {
    let base = leeds_base();
    let run = |e: &BTreeMap<String, String>| bc::run(&read_edits(&base, e).0.unwrap());
    let full = run(&BTreeMap::new());
    let mut minimal_edits = BTreeMap::new();
    apply_preset(&mut minimal_edits, ServicePreset::Minimal, &Inputs::default());
    let minimal = run(&minimal_edits);
    let scenarios = vec![("Full".to_string(), full.clone()), ("Minimal".to_string(), minimal.clone())];
    let table = comparison_table(&scenarios);
    assert_eq!(table.headers, ["Output", "Full", "Minimal", "Minimal minus Full"]);
    let row = table.rows.iter().find(|r| r[0] == "Net cost").unwrap();
    assert_eq!(row[1], money(full.service.net_cost_gbp));
    assert_eq!(row[2], money(minimal.service.net_cost_gbp));
    let difference = minimal.service.net_cost_gbp - full.service.net_cost_gbp;
    assert_eq!(row[3].trim_start_matches('+'), money(difference));
    let avoided = table.rows.iter().find(|r| r[0] == "Fractures avoided").unwrap();
    assert!(avoided[3].starts_with('-'), "the minimal service avoids fewer fractures: {}", avoided[3]);
    assert!(table.rows.iter().any(|r| r[0] == "Break-even year"));
    let csv = table.to_csv();
    assert!(csv.contains(&format!("Net cost,{:.2},{:.2},{:.2}", full.service.net_cost_gbp, minimal.service.net_cost_gbp, difference)), "{csv}");
    let chart = comparison_chart(&scenarios);
    assert_eq!(chart.rows.len(), 2);
    assert_eq!(chart.rows[1].segments[0], (0.0, minimal.service.net_cost_gbp, 0));
    assert!(horizontal_bars_svg(&chart).contains("Minimal"));
}
