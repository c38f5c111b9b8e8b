//! Benchmark: how long the business-case model takes to recompute, natively.
//!
//! `cargo run --profile native-bench --example business_case_bench [repeats]` (default 2,000).
//! `scripts/bench.sh` runs this beside the same recompute in the browser.
//!
//! What the business-case page recomputes when an input changes, timed separately and
//! together, for Leeds (E08000035) on the default inputs over a 10-year horizon:
//! - reading the typed inputs (`read_edits`: parse and validate every input),
//! - the model (`run`: caseload, cohort trace, costs, savings, QALYs, cash flow),
//! - the one-way sensitivity (`one_way_sensitivity`: the model re-run for each input's low
//!   and high value, the tornado chart),
//! - three saved scenarios compared side by side.
//!
//! It then runs the model once for every area in the embedded data, as a throughput check.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

use fls_toolkit::data::areas::areas;
use fls_toolkit::data::defaults::impact_defaults;
use fls_toolkit::model::business_case::edits::read_edits;
use fls_toolkit::model::business_case::{one_way_sensitivity, run, BySite, Inputs};
use fls_toolkit::model::impact::local_impact;

/// Median and 95th-percentile time of `repeats` calls of `f`, in microseconds.
fn time(repeats: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut samples: Vec<f64> = (0..repeats)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    (samples[repeats / 2], samples[repeats * 95 / 100])
}

fn main() {
    let repeats: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2_000).max(20);
    let leeds = areas().find("E08000035").expect("Leeds is in the embedded data");
    let impact = local_impact(&leeds.population, impact_defaults());
    let base = Inputs::with_index_fractures(BySite::from_fn(|s| impact.fractures.site_total(s)));
    let mut edits = BTreeMap::new();
    edits.insert("horizon_years".to_string(), "10".to_string());
    let valid = read_edits(&base, &edits).0.expect("the defaults are valid");
    let scenarios: Vec<BTreeMap<String, String>> = ["400", "600", "800"]
        .iter()
        .map(|caseload| {
            let mut e = edits.clone();
            e.insert("patients_per_nurse_wte".to_string(), caseload.to_string());
            e
        })
        .collect();

    println!("Business case, Leeds, default inputs, 10-year horizon; {repeats} repeats each (median / 95th percentile)");
    type Row<'a> = (&'static str, Box<dyn FnMut() + 'a>);
    let rows: [Row; 5] = [
        ("read and check the inputs", Box::new(|| drop(black_box(read_edits(&base, black_box(&edits)))))),
        ("model run", Box::new(|| drop(black_box(run(black_box(&valid)))))),
        ("one-way sensitivity (tornado)", Box::new(|| drop(black_box(one_way_sensitivity(black_box(&valid)))))),
        (
            "three scenarios compared",
            Box::new(|| {
                for e in &scenarios {
                    drop(black_box(read_edits(&base, e).0.map(|v| run(&v))));
                }
            }),
        ),
        (
            "whole page recompute (all of the above)",
            Box::new(|| {
                let valid = read_edits(&base, black_box(&edits)).0.unwrap();
                black_box(run(&valid));
                black_box(one_way_sensitivity(&valid));
                for e in &scenarios {
                    drop(black_box(read_edits(&base, e).0.map(|v| run(&v))));
                }
            }),
        ),
    ];
    let mut page_median = 0.0;
    for (name, mut f) in rows {
        let (median, p95) = time(repeats, &mut f);
        println!("  {name:<42} {median:>10.1} µs {p95:>10.1} µs");
        page_median = median;
    }
    println!("NATIVE_PAGE_RECOMPUTE_MS {:.3}", page_median / 1000.0);

    let all: Vec<_> = areas().list.iter().collect();
    let start = Instant::now();
    let mut net = 0.0;
    for area in &all {
        let impact = local_impact(&area.population, impact_defaults());
        let base = Inputs::with_index_fractures(BySite::from_fn(|s| impact.fractures.site_total(s)));
        if let Some(valid) = read_edits(&base, &edits).0 {
            net += run(&valid).service.net_cost_gbp;
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "  every area ({} areas: impact + inputs + model run)   {:.1} ms in all, {:.1} µs an area (checksum £{:.0})",
        all.len(),
        seconds * 1000.0,
        seconds * 1e6 / all.len() as f64,
        net
    );
}
