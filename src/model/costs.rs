//! What fragility fractures cost and the hospital beds they take.
//!
//! `hospital cost = Σ_site F[site] × hospital cost per fracture[site] × (1 + uplift ÷ 100)`,
//! likewise social care; `total = hospital + social care`;
//! `hip bed days = F[hip] × mean acute stay (days)`.

use serde::{Deserialize, Serialize};

use super::epidemiology::FractureCounts;
use super::fracture_site::FractureSite;

/// Published first-year costs per fracture (domain guide §3), the defaults of both the
/// local-impact and the business-case pages.
/// Hip, hospital: Leal et al., Osteoporos Int 2016 (2012/13 prices).
pub const HIP_HOSPITAL_GBP: f64 = 14_163.0;
/// Hip, social care in the first 4 months: WHiTE cohort (Oxford NDORMS), Age and Ageing.
pub const HIP_SOCIAL_CARE_GBP: f64 = 15_525.0;
/// Clinical vertebral, incremental first-year healthcare: THIN 2001–05 (RTI Health Solutions).
pub const VERTEBRAL_GBP: f64 = 1_152.0;
/// Wrist, humerus and other non-hip non-vertebral fractures: THIN 2001–05 (RTI Health Solutions).
pub const NON_HIP_NON_VERTEBRAL_GBP: f64 = 690.0;

/// Cost per fracture by site and the hip length of stay, at one price year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitCosts {
    /// Hospital (NHS) cost per fracture in the first year, £, by site.
    pub hospital_gbp: [f64; 4],
    /// Social care cost per fracture, £, by site.
    pub social_care_gbp: [f64; 4],
    /// Price uplift applied to every cost, percent (0 = the source's price year).
    pub uplift_percent: f64,
    /// Mean acute hospital stay per hip fracture, days.
    pub hip_bed_days: f64,
}

impl UnitCosts {
    fn uplift(&self) -> f64 {
        1.0 + self.uplift_percent / 100.0
    }

    /// Hospital plus social care cost of one fracture at `site`, uplifted.
    pub fn per_fracture_gbp(&self, site: FractureSite) -> f64 {
        (self.hospital_gbp[site.index()] + self.social_care_gbp[site.index()]) * self.uplift()
    }
}

/// Yearly costs of the expected fractures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CostSummary {
    pub hospital_gbp_by_site: [f64; 4],
    pub social_care_gbp_by_site: [f64; 4],
    pub hip_bed_days: f64,
}

impl CostSummary {
    pub fn hospital_gbp(&self) -> f64 {
        self.hospital_gbp_by_site.iter().sum()
    }
    pub fn social_care_gbp(&self) -> f64 {
        self.social_care_gbp_by_site.iter().sum()
    }
    pub fn total_gbp(&self) -> f64 {
        self.hospital_gbp() + self.social_care_gbp()
    }
    pub fn site_total_gbp(&self, site: FractureSite) -> f64 {
        self.hospital_gbp_by_site[site.index()] + self.social_care_gbp_by_site[site.index()]
    }
}

/// Costs and hip bed days of `fractures` at `unit` prices.
pub fn fracture_costs(fractures: &FractureCounts, unit: &UnitCosts) -> CostSummary {
    let mut summary = CostSummary::default();
    for site in FractureSite::ALL {
        let n = fractures.site_total(site);
        summary.hospital_gbp_by_site[site.index()] = n * unit.hospital_gbp[site.index()] * unit.uplift();
        summary.social_care_gbp_by_site[site.index()] = n * unit.social_care_gbp[site.index()] * unit.uplift();
    }
    summary.hip_bed_days = fractures.site_total(FractureSite::Hip) * unit.hip_bed_days;
    summary
}
