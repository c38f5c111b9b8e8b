//! Expected fragility fractures in a population: rates per 10,000 person-years by site,
//! sex and age band, applied to a population.
//!
//! `F[site] = Σ_sex,band pop[sex, band] × rate[site, sex, band] ÷ 10,000`
//! (domain guide §3). Calibration multiplies every rate by `observed hip ÷ predicted hip`.

use serde::{Deserialize, Serialize};

use super::fracture_site::FractureSite;
use super::population::{AgeBand, BySexAndBand, Population, Sex};

/// Yearly fracture rates per 10,000 people, indexed `[site][sex][band]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RateTable {
    pub per_10k: [BySexAndBand; 4],
}

impl RateTable {
    pub fn get(&self, site: FractureSite, sex: Sex, band: AgeBand) -> f64 {
        self.per_10k[site.index()][sex.index()][band.index()]
    }

    pub fn set(&mut self, site: FractureSite, sex: Sex, band: AgeBand, per_10k: f64) {
        self.per_10k[site.index()][sex.index()][band.index()] = per_10k;
    }

    /// Every rate multiplied by `factor` (used for calibration).
    pub fn scaled(&self, factor: f64) -> RateTable {
        let mut scaled = self.clone();
        scaled.per_10k.iter_mut().flatten().flatten().for_each(|r| *r *= factor);
        scaled
    }
}

/// Expected fractures a year, indexed `[site][sex][band]`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FractureCounts {
    pub by_site_sex_band: [BySexAndBand; 4],
}

impl FractureCounts {
    pub fn get(&self, site: FractureSite, sex: Sex, band: AgeBand) -> f64 {
        self.by_site_sex_band[site.index()][sex.index()][band.index()]
    }

    /// All fractures at one site: `Σ_sex,band F[site, sex, band]`.
    pub fn site_total(&self, site: FractureSite) -> f64 {
        self.by_site_sex_band[site.index()].iter().flatten().sum()
    }

    /// Fractures of every site in one sex and band (a bar of the age chart).
    pub fn sex_band_total(&self, sex: Sex, band: AgeBand) -> f64 {
        FractureSite::ALL.iter().map(|s| self.get(*s, sex, band)).sum()
    }

    /// All fractures at all sites.
    pub fn total(&self) -> f64 {
        FractureSite::ALL.iter().map(|s| self.site_total(*s)).sum()
    }
}

/// Expected fractures a year: `pop[sex, band] × rate[site, sex, band] ÷ 10,000` for every cell.
pub fn expected_fractures(population: &Population, rates: &RateTable) -> FractureCounts {
    let mut counts = FractureCounts::default();
    for site in FractureSite::ALL {
        for sex in Sex::ALL {
            for band in AgeBand::all() {
                counts.by_site_sex_band[site.index()][sex.index()][band.index()] =
                    population.get(sex, band) * rates.get(site, sex, band) / 10_000.0;
            }
        }
    }
    counts
}

/// The factor that makes the model's hip fractures match a locally observed count
/// (for example from the National Hip Fracture Database): `observed ÷ predicted`.
/// `None` when the model predicts no hip fractures (nothing to scale).
pub fn calibration_factor(observed_hip_fractures: f64, predicted_hip_fractures: f64) -> Option<f64> {
    (predicted_hip_fractures > 0.0).then(|| observed_hip_fractures / predicted_hip_fractures)
}
