//! ONS 2022-based national population projections (principal), as growth factors by
//! country, sex, age band and year 2022–2047 (`growth_factor_vs_2022`, published to four
//! decimals). Built by `build.rs` from `src/data/ons/projection_growth_factors_npp2022_country_sex_age.csv`.

use std::sync::OnceLock;

use super::areas::Country;
use crate::model::population::{AgeBand, Sex};
use crate::model::projection::CountryGrowth;

const GROWTH_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/growth.tsv"));

fn parse(tsv: &str) -> Vec<CountryGrowth> {
    let mut countries: Vec<CountryGrowth> = Vec::new();
    for line in tsv.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        let at = match countries.iter().position(|c| c.country_code == cells[0]) {
            Some(at) => at,
            None => {
                countries.push(CountryGrowth::new(cells[0]));
                countries.len() - 1
            }
        };
        let sex = if cells[1] == "F" { Sex::Female } else { Sex::Male };
        let band = AgeBand::from_label(cells[2]).expect("embedded age band");
        for (offset, cell) in cells[3..].iter().enumerate() {
            countries[at].factors[sex.index()][band.index()][offset] = cell.parse().expect("embedded factor");
        }
    }
    countries
}

/// The growth factors of `country`.
pub fn growth(country: Country) -> &'static CountryGrowth {
    static GROWTH: OnceLock<Vec<CountryGrowth>> = OnceLock::new();
    GROWTH
        .get_or_init(|| parse(GROWTH_TSV))
        .iter()
        .find(|g| g.country_code == country.code())
        .expect("every UK country has projections")
}
