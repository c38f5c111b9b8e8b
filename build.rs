//! Build step: turns the ONS tables kept verbatim in `src/data/ons/` into a compact,
//! tab-separated form that the app embeds (one line per area, one line per country × sex ×
//! age band of projection factors). The verbatim CSVs stay in the repository as the record
//! of provenance; the compact form only drops repetition (an area's name written 18 times).
//!
//! Output `areas.tsv`: `kind \t code \t name \t method \t F 50-54 … F 90+ \t M 50-54 … M 90+`.
//! Output `growth.tsv`: `country_code \t sex \t age_band \t factor 2022 … factor 2047`.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::Path;

const BANDS: [&str; 9] = ["50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"];

struct AreaRows {
    kind: String,
    name: String,
    method: String,
    counts: [[Option<u64>; 9]; 2],
}

fn band_index(band: &str) -> usize {
    BANDS.iter().position(|b| *b == band).unwrap_or_else(|| panic!("unknown age band {band}"))
}

fn sex_index(sex: &str) -> usize {
    match sex {
        "F" => 0,
        "M" => 1,
        other => panic!("unknown sex {other}"),
    }
}

fn read(path: &str) -> csv::Reader<fs::File> {
    println!("cargo:rerun-if-changed={path}");
    csv::Reader::from_path(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn add(areas: &mut Vec<(String, AreaRows)>, index: &mut BTreeMap<String, usize>, key: String, row: AreaRows, sex: usize, band: usize, population: u64) {
    let at = *index.entry(key.clone()).or_insert_with(|| {
        areas.push((key, row));
        areas.len() - 1
    });
    let slot = &mut areas[at].1.counts[sex][band];
    assert!(slot.is_none(), "duplicate population row for {}", areas[at].0);
    *slot = Some(population);
}

fn main() {
    let mut areas: Vec<(String, AreaRows)> = Vec::new();
    let mut index = BTreeMap::new();

    for record in read("src/data/ons/population_50plus_by_la_age_sex_2022.csv").records() {
        let r = record.expect("valid CSV row");
        let row = AreaRows { kind: r[2].to_string(), name: r[1].to_string(), method: "ons".into(), counts: [[None; 9]; 2] };
        let key = format!("{}|{}", &r[2], &r[0]);
        add(&mut areas, &mut index, key, row, sex_index(&r[3]), band_index(&r[4]), r[5].parse().expect("population"));
    }
    for record in read("src/data/ons/population_50plus_by_health_geog_age_sex_2022.csv").records() {
        let r = record.expect("valid CSV row");
        let row = AreaRows { kind: r[0].to_string(), name: r[2].to_string(), method: r[3].to_string(), counts: [[None; 9]; 2] };
        let key = format!("{}|{}", &r[0], &r[1]);
        add(&mut areas, &mut index, key, row, sex_index(&r[4]), band_index(&r[5]), r[6].parse().expect("population"));
    }

    let mut out = String::new();
    for (key, area) in &areas {
        let code = key.split('|').nth(1).expect("key has a code");
        out.push_str(&format!("{}\t{}\t{}\t{}", area.kind, code, area.name, area.method));
        for sex in &area.counts {
            for count in sex {
                let n = count.unwrap_or_else(|| panic!("{key} lacks a band"));
                out.push_str(&format!("\t{n}"));
            }
        }
        out.push('\n');
    }

    let mut growth: BTreeMap<(String, usize, usize), BTreeMap<u32, String>> = BTreeMap::new();
    for record in read("src/data/ons/projection_growth_factors_npp2022_country_sex_age.csv").records() {
        let r = record.expect("valid CSV row");
        let year: u32 = r[4].parse().expect("year");
        growth
            .entry((r[0].to_string(), sex_index(&r[2]), band_index(&r[3])))
            .or_default()
            .insert(year, r[6].to_string());
    }
    let mut growth_out = String::new();
    for ((country, sex, band), years) in &growth {
        let first = *years.keys().next().expect("a year");
        assert_eq!(first, 2022, "projection factors must start in 2022");
        assert_eq!(years.len(), 26, "projection factors must cover 2022-2047");
        growth_out.push_str(&format!("{country}\t{}\t{}", ["F", "M"][*sex], BANDS[*band]));
        for factor in years.values() {
            growth_out.push('\t');
            growth_out.push_str(factor);
        }
        growth_out.push('\n');
    }

    let dir = env::var("OUT_DIR").expect("OUT_DIR");
    fs::write(Path::new(&dir).join("areas.tsv"), out).expect("write areas.tsv");
    fs::write(Path::new(&dir).join("growth.tsv"), growth_out).expect("write growth.tsv");
    println!("cargo:rerun-if-changed=build.rs");
}
