//! Benchmark: generate a realistic patient-record CSV (deterministic), then read it and
//! compute the KPIs, printing rows per second.
//!
//! `cargo run --profile native-bench --example kpi_bench [rows] [file]` (default 1,000,000
//! rows in a temporary file that is removed afterwards; a file named is kept).
//! `scripts/bench-kpi.sh` runs this, then the same file in the browser and in pandas.

use std::fmt::Write as _;
use std::time::Instant;

use fls_toolkit::model::kpi::{
    aggregates, breakdown, compute, parse, run_charts, worklist, BreakdownBy, Date, Importer,
    KpiSettings, PeriodLength,
};

/// Numerical Recipes 64-bit linear congruential generator; the high bits are used.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent
    }
}

fn date_text(rng: &mut Lcg, date: Date) -> String {
    let (y, m, d) = date.year_month_day();
    match rng.below(6) {
        0 => format!("{d}/{m}/{y}"),
        1 => format!("{d:02}/{m:02}/{y} 00:00"),
        2 => format!("{y}-{m:02}-{d:02} 00:00:00"),
        3 | 4 => format!("{d:02}/{m:02}/{y}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    }
}

/// A date `min..=max` days after `fracture` with probability `percent`, else blank.
fn maybe_date(rng: &mut Lcg, fracture: Date, percent: u32, min: i32, max: i32) -> String {
    if !rng.chance(percent) {
        return String::new();
    }
    let days = min + rng.below((max - min + 1) as u32) as i32;
    date_text(rng, fracture.plus_days(days))
}

fn pick<'a>(rng: &mut Lcg, options: &[&'a str]) -> &'a str {
    options[rng.below(options.len() as u32) as usize]
}

fn generate(rows: usize) -> String {
    let mut rng = Lcg(20_240_105);
    let start = Date::from_ymd(2022, 1, 1).unwrap();
    let mut csv = String::with_capacity(rows * 140);
    csv.push_str("\u{feff}Record ID,sex,age,Fracture Date,fracture_site,fls_assessment_date,dxa_status,dxa_date,falls_assessment,bone_therapy_recommended,strength_balance_date,followup_date,treatment_start_date,adherent_52_weeks,Ward\r\n");
    for i in 0..rows {
        // About 0.1% duplicate ids, 0.1% blank fracture dates, 1% under 50.
        let id = if rng.below(1000) == 0 {
            format!("P-{:07}", i / 2)
        } else {
            format!("P-{i:07}")
        };
        let fracture = start.plus_days(rng.below(3 * 365) as i32);
        let fracture_text = if rng.below(1000) == 0 {
            String::new()
        } else {
            date_text(&mut rng, fracture)
        };
        let age = if rng.chance(1) {
            40 + rng.below(10)
        } else {
            50 + rng.below(50)
        };
        let age = if rng.chance(3) {
            String::new()
        } else {
            age.to_string()
        };
        let sex = pick(&mut rng, &["F", "F", "Female", "M", "male", "", "F"]);
        let site = pick(
            &mut rng,
            &[
                "hip",
                "Neck of Femur",
                "spine",
                "Vertebral",
                "wrist",
                "radius",
                "humerus",
                "pelvis",
                "other",
                "Other",
                "",
                "ankle?",
            ],
        );
        let dxa_status = pick(
            &mut rng,
            &["done", "recommended", "not_indicated", "declined", ""],
        );
        let falls = pick(
            &mut rng,
            &[
                "done",
                "referred",
                "recommended",
                "not_done",
                "yes",
                "no",
                "",
            ],
        );
        let therapy = pick(&mut rng, &["yes", "yes", "no", "already_on", ""]);
        let assessment = maybe_date(&mut rng, fracture, 80, -2, 200);
        let dxa = maybe_date(&mut rng, fracture, 50, -5, 180);
        let strength = maybe_date(&mut rng, fracture, 20, 0, 200);
        let followup = maybe_date(&mut rng, fracture, 40, 0, 200);
        let treatment = maybe_date(&mut rng, fracture, 45, -3, 200);
        let adherent = pick(&mut rng, &["yes", "no", "unknown", "", ""]);
        let ward = pick(
            &mut rng,
            &[
                "Ward 1",
                "\"A&E, Minors\"",
                "\"Fracture \"\"clinic\"\"\"",
                "",
            ],
        );
        let _ = write!(
            csv,
            "{id},{sex},{age},{fracture_text},{site},{assessment},{dxa_status},{dxa},{falls},{therapy},{strength},{followup},{treatment},{adherent},{ward}\r\n"
        );
    }
    csv
}

fn rate(rows: usize, seconds: f64) -> String {
    format!("{:>12.0} rows/s ({seconds:.3} s)", rows as f64 / seconds)
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let named = std::env::args().nth(2).map(std::path::PathBuf::from);
    let path = named.clone().unwrap_or_else(|| std::env::temp_dir().join("fls_kpi_bench.csv"));
    let t = Instant::now();
    std::fs::write(&path, generate(rows)).expect("write the temporary CSV");
    println!(
        "generated {rows} rows in {:.2} s → {}",
        t.elapsed().as_secs_f64(),
        path.display()
    );
    let bytes = std::fs::read(&path).expect("read the temporary CSV back");
    println!("file size: {:.1} MB", bytes.len() as f64 / 1e6);

    let t = Instant::now();
    let import = parse(&bytes).expect("the generated file is valid");
    let parse_s = t.elapsed().as_secs_f64();
    println!(
        "parse:              {}  records {}, rejected {}, warnings {}",
        rate(rows, parse_s),
        import.records.len(),
        import.rejected.len(),
        import.warnings.len()
    );

    let t = Instant::now();
    let mut importer = Importer::new(&bytes[..]);
    let mut calls = 0;
    while !importer.read_rows(50_000).expect("valid").done {
        calls += 1;
    }
    let chunked = importer.finish().expect("valid");
    println!(
        "parse in chunks:    {}  ({calls} calls of 50,000 rows)",
        rate(rows, t.elapsed().as_secs_f64())
    );
    assert_eq!(chunked.records.len(), import.records.len());

    let settings = KpiSettings {
        expected_non_spine_per_year: Some(300_000.0),
        ..KpiSettings::default()
    };
    let t = Instant::now();
    let results = compute(&import.records, &settings);
    let compute_s = t.elapsed().as_secs_f64();
    println!("compute 11 KPIs:    {}", rate(rows, compute_s));
    println!("parse + compute:    {}", rate(rows, parse_s + compute_s));
    println!("NATIVE_SECONDS {:.6}", parse_s + compute_s);

    let t = Instant::now();
    for by in [
        BreakdownBy::Sex,
        BreakdownBy::AgeBand,
        BreakdownBy::FractureSite,
    ] {
        let _ = breakdown(&import.records, &settings, by);
    }
    println!(
        "3 breakdowns:       {}",
        rate(rows, t.elapsed().as_secs_f64())
    );
    let t = Instant::now();
    let charts = run_charts(&import.records, &settings, PeriodLength::Month);
    let saved = aggregates(&import.records, &settings);
    println!(
        "run charts + aggr.: {}  ({} charts, {} aggregate rows)",
        rate(rows, t.elapsed().as_secs_f64()),
        charts.len(),
        saved.rows.len()
    );
    let t = Instant::now();
    let list = worklist(&import.records, &settings);
    println!(
        "worklist:           {}  ({} items)",
        rate(rows, t.elapsed().as_secs_f64()),
        list.items.len()
    );

    println!("as at {}", results.as_at.map_or("-".into(), |d| d.uk()));
    for kpi in &results.kpis {
        println!(
            "  {:<45} {:>8} {:>18}  pending {}",
            kpi.kpi.to_string(),
            kpi.percent_text(),
            kpi.fraction_text(),
            kpi.pending
        );
    }
    // The same figures in a fixed form, compared line by line with the pandas script's.
    for kpi in &results.kpis {
        println!("kpi {} {} {} pending {}", kpi.kpi.number(), kpi.percent_text(), kpi.fraction_text(), kpi.pending);
    }
    if named.is_none() {
        let _ = std::fs::remove_file(&path);
    }
}
