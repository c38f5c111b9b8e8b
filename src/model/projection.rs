//! How an area's fractures grow as its population ages.
//!
//! `pop[y, sex, band] = Σ_country base_2022[country part, sex, band] × factor[country, sex, band, y]`
//! and `F[y, site] = Σ pop[y, sex, band] × rate[site, sex, band] ÷ 10,000` with the same
//! (calibrated) rates as the local-impact page. The factors are the ONS 2022-based
//! national population projections (principal): national, not local — an area is assumed
//! to age like its country.

use serde::{Deserialize, Serialize};

use super::epidemiology::{expected_fractures, FractureCounts, RateTable};
use super::population::{AgeBand, Population, Sex};

/// First and last years that projection factors cover.
pub const FIRST_YEAR: u32 = 2022;
pub const LAST_YEAR: u32 = 2047;
/// Start years a user may choose, and projection lengths.
pub const START_YEARS: std::ops::RangeInclusive<u32> = 2022..=2037;
pub const LENGTHS: std::ops::RangeInclusive<u32> = 5..=10;

const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// Growth factors (population in a year ÷ population in 2022) of one country, `[sex][band][year − 2022]`.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryGrowth {
    pub country_code: String,
    pub factors: [[[f64; YEARS]; AgeBand::COUNT]; 2],
}

impl CountryGrowth {
    /// A country whose factors are all 1 until set.
    pub fn new(country_code: &str) -> CountryGrowth {
        CountryGrowth { country_code: country_code.to_string(), factors: [[[1.0; YEARS]; AgeBand::COUNT]; 2] }
    }

    /// The factor for `year`, or `None` outside 2022–2047.
    pub fn factor(&self, sex: Sex, band: AgeBand, year: u32) -> Option<f64> {
        let offset = year.checked_sub(FIRST_YEAR)? as usize;
        self.factors[sex.index()][band.index()].get(offset).copied()
    }
}

/// One part of an area lying in one country, with its 2022 population.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryPart<'a> {
    pub growth: &'a CountryGrowth,
    pub base_2022: Population,
}

/// One year of a projection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectedYear {
    pub year: u32,
    pub population: Population,
    pub fractures: FractureCounts,
}

/// Why a projection cannot be made, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectionError {
    StartYearOutOfRange(u32),
    LengthOutOfRange(u32),
}

impl std::fmt::Display for ProjectionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProjectionError::StartYearOutOfRange(y) => write!(
                f,
                "The start year {y} is outside the projections: choose a year from {} to {}",
                START_YEARS.start(),
                START_YEARS.end()
            ),
            ProjectionError::LengthOutOfRange(n) => {
                write!(f, "{n} years cannot be shown: choose from {} to {} years", LENGTHS.start(), LENGTHS.end())
            }
        }
    }
}

/// Population of `parts` in `year`: each country part grown by its own country's factors, summed.
pub fn population_in(parts: &[CountryPart<'_>], year: u32) -> Population {
    let mut population = Population::default();
    for part in parts {
        for sex in Sex::ALL {
            for band in AgeBand::all() {
                let factor = part.growth.factor(sex, band, year).unwrap_or(f64::NAN);
                population.counts[sex.index()][band.index()] += part.base_2022.get(sex, band) * factor;
            }
        }
    }
    population
}

/// Every year from `from` to `from + length` inclusive (`length + 1` values).
pub fn project(parts: &[CountryPart<'_>], rates: &RateTable, from: u32, length: u32) -> Result<Vec<ProjectedYear>, ProjectionError> {
    if !START_YEARS.contains(&from) {
        return Err(ProjectionError::StartYearOutOfRange(from));
    }
    if !LENGTHS.contains(&length) {
        return Err(ProjectionError::LengthOutOfRange(length));
    }
    Ok((from..=from + length)
        .map(|year| {
            let population = population_in(parts, year);
            let fractures = expected_fractures(&population, rates);
            ProjectedYear { year, population, fractures }
        })
        .collect())
}

/// Percentage change in total fractures from the first to the last year:
/// `(F_last − F_first) ÷ F_first × 100`; `None` when the first year has none.
pub fn increase_percent(years: &[ProjectedYear]) -> Option<f64> {
    let first = years.first()?.fractures.total();
    let last = years.last()?.fractures.total();
    (first > 0.0).then(|| (last - first) / first * 100.0)
}
